/*
id: partner_year
title:
  en: Trade with a partner in a year
  es: Comercio con un socio en un año
description: >
  U.S. imports from, exports to, goods balance with, or total trade with one partner
  (a country, a group such as the USMCA partners, a continent, or the world) in a
  calendar year, with the four years before for context and the change from the year before.
params:
  partner: {type: partner, default: "-"}
  flow: {type: flow, default: imports}
  year: {type: year, default: latest}
chart:
  kind: column
  value: value_usd
  highlight: year
  title:
    en: ["U.S. {p_flow} — {partner}, {p_year} and the years before"]
    es: ["{p_flow} de EE.UU. — {partner}, {p_year} y años previos"]
headline: {column: value_usd, unit: USD, row_where: {year: year}}
sentence:
  en:
    imports:
      - "U.S. imports from {partner} were {value_usd:money} in {year}, {pct_change:change} from {prev_year}."
      - "U.S. imports from {partner} were {value_usd:money} in {year}."
    exports:
      - "U.S. exports to {partner} were {value_usd:money} in {year}, {pct_change:change} from {prev_year}."
      - "U.S. exports to {partner} were {value_usd:money} in {year}."
    balance:
      - "The U.S. had {value_usd:balance} in goods trade with {partner} in {year}, against {prev_value_usd:balance} in {prev_year}."
      - "The U.S. had {value_usd:balance} in goods trade with {partner} in {year}."
    total:
      - "U.S. goods trade with {partner} (exports plus imports) was {value_usd:money} in {year}, {pct_change:change} from {prev_year}."
      - "U.S. goods trade with {partner} (exports plus imports) was {value_usd:money} in {year}."
  es:
    imports:
      - "Las importaciones de EE.UU. desde {partner} sumaron {value_usd:money} en {year}, {pct_change:change} respecto a {prev_year}."
      - "Las importaciones de EE.UU. desde {partner} sumaron {value_usd:money} en {year}."
    exports:
      - "Las exportaciones de EE.UU. hacia {partner} sumaron {value_usd:money} en {year}, {pct_change:change} respecto a {prev_year}."
      - "Las exportaciones de EE.UU. hacia {partner} sumaron {value_usd:money} en {year}."
    balance:
      - "EE.UU. registró {value_usd:balance} en su comercio de bienes con {partner} en {year}, frente a {prev_value_usd:balance} en {prev_year}."
      - "EE.UU. registró {value_usd:balance} en su comercio de bienes con {partner} en {year}."
    total:
      - "El comercio de bienes de EE.UU. con {partner} (exportaciones más importaciones) sumó {value_usd:money} en {year}, {pct_change:change} respecto a {prev_year}."
      - "El comercio de bienes de EE.UU. con {partner} (exportaciones más importaciones) sumó {value_usd:money} en {year}."
suggestions:
  en:
    - "What share of U.S. imports came from {p_partner} in {p_year}?"
    - "Trade balance with {p_partner} since 2013"
    - "What does the U.S. buy from {p_partner}?"
  es:
    - "¿Qué participación tuvo {p_partner} en las importaciones de EE.UU. en {p_year}?"
    - "balanza comercial con {p_partner} desde 2013"
    - "¿Qué le compra EE.UU. a {p_partner}?"
examples:
  en:
    - How much did the US import from Mexico in 2024?
    - US exports to Canada in 2023
    - What was the trade deficit with China in 2024?
    - Total trade with Taiwan in 2022
    - How much does the US import from Canada?
  es:
    - ¿Cuánto importó EE.UU. de México en 2024?
    - exportaciones de EE.UU. a Canadá en 2023
    - ¿Cuál fue el déficit comercial con China en 2024?
    - ¿Cuánto importa EE.UU. de Canadá?
    - comercio total con Taiwán en 2022
*/
WITH yearly AS (
    SELECT year, sum(value_usd) AS value_usd
    FROM measures
    WHERE dataset = 'total' AND measure = $flow AND partner = $partner
      AND year BETWEEN $year - 4 AND $year
    GROUP BY year
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       y.year, y.value_usd,
       lag(y.year) OVER w AS prev_year,
       lag(y.value_usd) OVER w AS prev_value_usd,
       100.0 * (y.value_usd - lag(y.value_usd) OVER w) / abs(lag(y.value_usd) OVER w) AS pct_change
FROM yearly y
JOIN partners p ON p.code = $partner
WINDOW w AS (ORDER BY y.year)
ORDER BY y.year DESC
