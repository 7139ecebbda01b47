/*
id: partner_growth
title:
  en: Growth between two years
  es: Crecimiento entre dos años
description: >
  How much U.S. imports, exports or total trade with a partner grew (or shrank) between two
  years, in percent and as an average annual rate, with every year in between.
params:
  partner: {type: partner, default: "2010"}
  flow: {type: flow, default: imports, choices: [imports, exports, total]}
  start_year: {type: year, default: 2013}
  end_year: {type: year, default: latest}
chart:
  kind: column
  value: value_usd
  highlight: end_year
  title:
    en: ["U.S. {p_flow} — {partner}, {p_start_year}–{p_end_year}"]
    es: ["{p_flow} de EE.UU. — {partner}, {p_start_year}–{p_end_year}"]
headline: {column: pct_change, unit: percent, row_where: {year: end_year}}
sentence:
  en:
    imports: ["U.S. imports from {partner} were {pct_change:change} in {year} compared with {first_year}, from {first_value_usd:money} to {value_usd:money} ({cagr_pct:signed_pct} a year on average).", "U.S. imports from {partner} were {pct_change:change} in {year} compared with {first_year}, from {first_value_usd:money} to {value_usd:money}."]
    exports: ["U.S. exports to {partner} were {pct_change:change} in {year} compared with {first_year}, from {first_value_usd:money} to {value_usd:money} ({cagr_pct:signed_pct} a year on average).", "U.S. exports to {partner} were {pct_change:change} in {year} compared with {first_year}, from {first_value_usd:money} to {value_usd:money}."]
    total: ["U.S. goods trade with {partner} was {pct_change:change} in {year} compared with {first_year}, from {first_value_usd:money} to {value_usd:money} ({cagr_pct:signed_pct} a year on average).", "U.S. goods trade with {partner} was {pct_change:change} in {year} compared with {first_year}, from {first_value_usd:money} to {value_usd:money}."]
  es:
    imports: ["Las importaciones de EE.UU. desde {partner} registraron {pct_change:change} en {year} frente a {first_year}, de {first_value_usd:money} a {value_usd:money} ({cagr_pct:signed_pct} anual en promedio).", "Las importaciones de EE.UU. desde {partner} registraron {pct_change:change} en {year} frente a {first_year}, de {first_value_usd:money} a {value_usd:money}."]
    exports: ["Las exportaciones de EE.UU. hacia {partner} registraron {pct_change:change} en {year} frente a {first_year}, de {first_value_usd:money} a {value_usd:money} ({cagr_pct:signed_pct} anual en promedio).", "Las exportaciones de EE.UU. hacia {partner} registraron {pct_change:change} en {year} frente a {first_year}, de {first_value_usd:money} a {value_usd:money}."]
    total: ["El comercio de bienes de EE.UU. con {partner} registró {pct_change:change} en {year} frente a {first_year}, de {first_value_usd:money} a {value_usd:money} ({cagr_pct:signed_pct} anual en promedio).", "El comercio de bienes de EE.UU. con {partner} registró {pct_change:change} en {year} frente a {first_year}, de {first_value_usd:money} a {value_usd:money}."]
suggestions:
  en:
    - "Trade balance with {p_partner} since {p_start_year}"
    - "{p_partner}'s share of U.S. imports in {p_end_year}"
  es:
    - "balanza comercial con {p_partner} desde {p_start_year}"
    - "participación de {p_partner} en las importaciones de EE.UU. en {p_end_year}"
examples:
  en:
    - How much have imports from Mexico grown since 2013?
    - Growth of exports to Canada between 2015 and 2024
    - How much did imports from China grow from 2018 to 2024?
    - Percent change in trade with Vietnam since 2013
  es:
    - ¿Cuánto han crecido las importaciones desde México desde 2013?
    - crecimiento de las exportaciones a Canadá entre 2015 y 2024
    - ¿Cuánto crecieron las importaciones de China de 2018 a 2024?
    - cambio porcentual del comercio con Vietnam desde 2013
*/
WITH yearly AS (
    SELECT year, sum(value_usd) AS value_usd
    FROM measures
    WHERE dataset = 'total' AND measure = $flow AND partner = $partner
      AND year BETWEEN $start_year AND $end_year
    GROUP BY year
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       y.year, y.value_usd,
       first_value(y.year) OVER w AS first_year,
       first_value(y.value_usd) OVER w AS first_value_usd,
       100.0 * (y.value_usd - first_value(y.value_usd) OVER w)
             / abs(first_value(y.value_usd) OVER w) AS pct_change,
       CASE WHEN y.year > first_value(y.year) OVER w AND first_value(y.value_usd) OVER w > 0
            THEN 100.0 * (power(y.value_usd / first_value(y.value_usd) OVER w,
                                1.0 / (y.year - first_value(y.year) OVER w)) - 1)
       END AS cagr_pct
FROM yearly y
JOIN partners p ON p.code = $partner
WINDOW w AS (ORDER BY y.year)
ORDER BY y.year DESC
