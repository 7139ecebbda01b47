/*
id: period_change
title:
  en: Change between two periods
  es: Cambio entre dos periodos
description: >
  How much U.S. imports, exports or total trade with a partner (or the world) changed
  between two years, or between the same months of two years (a quarter, a half, a month
  or a run of months), for all goods or an HS chapter: in percent, with both levels and,
  over several years, the average annual rate. For the balance, the change in dollars.
answers:
  measure: change
  partners: [none, one]
  periods: [none, year, months, span, pair]
  products: [none, hs, atp, naics]
params:
  partner: {type: partner, default: "-"}
  flow: {type: flow, default: imports}
  year: {type: year, default: latest}
  base_year: {type: year, default: previous}
  first_month: {type: month, default: 1}
  last_month: {type: month, default: 12}
  chapters: {type: hs_chapters, optional: true}
  category: {type: atp_category, optional: true}
  naics: {type: naics_code, optional: true}
chart:
  kind: column
  value: value_usd
  highlight: year
  title:
    en:
      - "U.S. {p_flow} of {p_product} — {partner}, {p_base_bare} to {p_when_bare}"
      - "U.S. {p_flow} — {partner}, {p_base_bare} to {p_when_bare}"
    es:
      - "{p_flow} de EE.UU. de {p_product} — {partner}, {p_base_bare} a {p_when_bare}"
      - "{p_flow} de EE.UU. — {partner}, {p_base_bare} a {p_when_bare}"
headline:
  - {when: {flow: balance}, column: change_usd, unit: USD, row_where: {year: year}}
  - {column: pct_change, unit: percent, row_where: {year: year}}
sentence:
  en:
    imports:
      - "U.S. imports of {p_product} from {partner} were {pct_change:change} {p_when} {p_base_vs}, from {base_value_usd:money} to {value_usd:money}[ ({cagr_pct:signed_pct} a year on average)]."
      - "U.S. imports from {partner} were {pct_change:change} {p_when} {p_base_vs}, from {base_value_usd:money} to {value_usd:money}[ ({cagr_pct:signed_pct} a year on average)]."
      - "U.S. imports from {partner} were {new_value_usd:money} {p_when}, new: there were none {p_base_in}."
      - "U.S. imports from {partner} were {value_usd:money} {p_when}, against {base_value_usd:money} {p_base_in}, so there is no percent change to give."
      - "U.S. imports from {partner} were {value_usd:money} {p_when}; there is no figure {p_base_in} to compare with."
    exports:
      - "U.S. exports of {p_product} to {partner} were {pct_change:change} {p_when} {p_base_vs}, from {base_value_usd:money} to {value_usd:money}[ ({cagr_pct:signed_pct} a year on average)]."
      - "U.S. exports to {partner} were {pct_change:change} {p_when} {p_base_vs}, from {base_value_usd:money} to {value_usd:money}[ ({cagr_pct:signed_pct} a year on average)]."
      - "U.S. exports to {partner} were {new_value_usd:money} {p_when}, new: there were none {p_base_in}."
      - "U.S. exports to {partner} were {value_usd:money} {p_when}, against {base_value_usd:money} {p_base_in}, so there is no percent change to give."
      - "U.S. exports to {partner} were {value_usd:money} {p_when}; there is no figure {p_base_in} to compare with."
    total:
      - "U.S. trade in {p_product} with {partner} was {pct_change:change} {p_when} {p_base_vs}, from {base_value_usd:money} to {value_usd:money}[ ({cagr_pct:signed_pct} a year on average)]."
      - "U.S. goods trade with {partner} was {pct_change:change} {p_when} {p_base_vs}, from {base_value_usd:money} to {value_usd:money}[ ({cagr_pct:signed_pct} a year on average)]."
      - "U.S. goods trade with {partner} was {new_value_usd:money} {p_when}, new: there was none {p_base_in}."
      - "U.S. goods trade with {partner} was {value_usd:money} {p_when}, against {base_value_usd:money} {p_base_in}, so there is no percent change to give."
      - "U.S. goods trade with {partner} was {value_usd:money} {p_when}; there is no figure {p_base_in} to compare with."
    balance:
      - "The U.S. had {value_usd:balance} in trade in {p_product} with {partner} {p_when}, against {base_value_usd:balance} {p_base_in}: a change of {change_usd:signed_money}."
      - "The U.S. had {value_usd:balance} in goods trade with {partner} {p_when}, against {base_value_usd:balance} {p_base_in}: a change of {change_usd:signed_money}."
  es:
    imports:
      - "Las importaciones de EE.UU. de {p_product} desde {partner} registraron {pct_change:change} {p_when} {p_base_vs}, de {base_value_usd:money} a {value_usd:money}[ ({cagr_pct:signed_pct} anual en promedio)]."
      - "Las importaciones de EE.UU. desde {partner} registraron {pct_change:change} {p_when} {p_base_vs}, de {base_value_usd:money} a {value_usd:money}[ ({cagr_pct:signed_pct} anual en promedio)]."
      - "Las importaciones de EE.UU. desde {partner} sumaron {new_value_usd:money} {p_when}, una cifra nueva: no hubo ninguna {p_base_in}."
      - "Las importaciones de EE.UU. desde {partner} sumaron {value_usd:money} {p_when}, frente a {base_value_usd:money} {p_base_in}, así que no hay variación porcentual que dar."
      - "Las importaciones de EE.UU. desde {partner} sumaron {value_usd:money} {p_when}; no hay cifra {p_base_in} para comparar."
    exports:
      - "Las exportaciones de EE.UU. de {p_product} hacia {partner} registraron {pct_change:change} {p_when} {p_base_vs}, de {base_value_usd:money} a {value_usd:money}[ ({cagr_pct:signed_pct} anual en promedio)]."
      - "Las exportaciones de EE.UU. hacia {partner} registraron {pct_change:change} {p_when} {p_base_vs}, de {base_value_usd:money} a {value_usd:money}[ ({cagr_pct:signed_pct} anual en promedio)]."
      - "Las exportaciones de EE.UU. hacia {partner} sumaron {new_value_usd:money} {p_when}, una cifra nueva: no hubo ninguna {p_base_in}."
      - "Las exportaciones de EE.UU. hacia {partner} sumaron {value_usd:money} {p_when}, frente a {base_value_usd:money} {p_base_in}, así que no hay variación porcentual que dar."
      - "Las exportaciones de EE.UU. hacia {partner} sumaron {value_usd:money} {p_when}; no hay cifra {p_base_in} para comparar."
    total:
      - "El comercio de EE.UU. de {p_product} con {partner} registró {pct_change:change} {p_when} {p_base_vs}, de {base_value_usd:money} a {value_usd:money}[ ({cagr_pct:signed_pct} anual en promedio)]."
      - "El comercio de bienes de EE.UU. con {partner} registró {pct_change:change} {p_when} {p_base_vs}, de {base_value_usd:money} a {value_usd:money}[ ({cagr_pct:signed_pct} anual en promedio)]."
      - "El comercio de bienes de EE.UU. con {partner} sumó {new_value_usd:money} {p_when}, una cifra nueva: no hubo comercio {p_base_in}."
      - "El comercio de bienes de EE.UU. con {partner} sumó {value_usd:money} {p_when}, frente a {base_value_usd:money} {p_base_in}, así que no hay variación porcentual que dar."
      - "El comercio de bienes de EE.UU. con {partner} sumó {value_usd:money} {p_when}; no hay cifra {p_base_in} para comparar."
    balance:
      - "EE.UU. registró {value_usd:balance} en su comercio de {p_product} con {partner} {p_when}, frente a {base_value_usd:balance} {p_base_in}: un cambio de {change_usd:signed_money}."
      - "EE.UU. registró {value_usd:balance} en su comercio de bienes con {partner} {p_when}, frente a {base_value_usd:balance} {p_base_in}: un cambio de {change_usd:signed_money}."
suggestions:
  en:
    exports:
      - "Trade balance with {p_partner} since 2013"
      - "{p_partner}'s share of U.S. exports in {p_year}"
    default:
      - "Trade balance with {p_partner} since 2013"
      - "{p_partner}'s share of U.S. imports in {p_year}"
  es:
    exports:
      - "balanza comercial con {p_partner} desde 2013"
      - "participación de {p_partner} en las exportaciones de EE.UU. en {p_year}"
    default:
      - "balanza comercial con {p_partner} desde 2013"
      - "participación de {p_partner} en las importaciones de EE.UU. en {p_year}"
examples:
  en:
    - How much have imports from Mexico grown since 2013?
    - Growth of exports to Canada between 2015 and 2024
    - Percent change in imports from Japan, Q3 2022 vs Q3 2021
    - How much did imports from China fall in 2023?
    - Percent change in electrical machinery imports from Mexico from 2023 to 2024
  es:
    - ¿Cuánto han crecido las importaciones desde México desde 2013?
    - crecimiento de las exportaciones a Canadá entre 2015 y 2024
    - variación porcentual de las importaciones desde Japón en el tercer trimestre de 2022 frente al de 2021
    - cambio porcentual del comercio con Vietnam desde 2013
*/
WITH yearly AS (
    SELECT m.year, sum(m.value_usd) AS value_usd
    FROM measures m
    JOIN product_scope(CAST($chapters AS VARCHAR[]), CAST($category AS VARCHAR), CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow AND m.partner = $partner
      AND m.year BETWEEN $base_year AND $year
      AND m.month BETWEEN $first_month AND $last_month
    GROUP BY m.year
), base AS (
    SELECT value_usd FROM yearly WHERE year = $base_year
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       y.year, y.value_usd,
       $base_year AS base_year,
       b.value_usd AS base_value_usd,
       CASE WHEN $flow <> 'balance'
            THEN 100.0 * (y.value_usd - b.value_usd) / NULLIF(abs(b.value_usd), 0) END AS pct_change,
       y.value_usd - b.value_usd AS change_usd,
       CASE WHEN $flow <> 'balance' AND b.value_usd = 0 AND y.value_usd <> 0
            THEN y.value_usd END AS new_value_usd,  -- from zero: "new", not a percent
       CASE WHEN $flow <> 'balance' AND b.value_usd > 0 AND y.value_usd > 0
                 AND y.year - $base_year > 1
            THEN 100.0 * (power(y.value_usd / b.value_usd, 1.0 / (y.year - $base_year)) - 1)
       END AS cagr_pct
FROM yearly y
CROSS JOIN base b
JOIN partners p ON p.code = $partner
ORDER BY y.year DESC
