/*
id: partner_month
title:
  en: Trade with a partner in a month
  es: Comercio con un socio en un mes
description: >
  U.S. imports, exports, balance or total trade with one partner in a given month, against
  the same month a year earlier; the table shows every month of both years.
params:
  partner: {type: partner, default: "-"}
  flow: {type: flow, default: imports}
  year: {type: year, default: latest}
  month: {type: month, default: latest}
chart:
  kind: grouped_bar
  x: month
  group: year
  value: value_usd
  title:
    en: ["U.S. {p_flow} — {partner}, by month, {prev_year} and {year}"]
    es: ["{p_flow} de EE.UU. — {partner}, por mes, {prev_year} y {year}"]
headline: {column: value_usd, unit: USD, row_where: {year: year, month: month}}
sentence:
  en:
    imports:
      - "U.S. imports from {partner} were {value_usd:money} in {month:month_name} {year}, {pct_change:change} from {month:month_name} {prev_year}."
      - "U.S. imports from {partner} were {value_usd:money} in {month:month_name} {year}."
    exports:
      - "U.S. exports to {partner} were {value_usd:money} in {month:month_name} {year}, {pct_change:change} from {month:month_name} {prev_year}."
      - "U.S. exports to {partner} were {value_usd:money} in {month:month_name} {year}."
    balance:
      - "The U.S. had {value_usd:balance} in goods trade with {partner} in {month:month_name} {year}, against {prev_value_usd:balance} in {month:month_name} {prev_year}."
      - "The U.S. had {value_usd:balance} in goods trade with {partner} in {month:month_name} {year}."
    total:
      - "U.S. goods trade with {partner} was {value_usd:money} in {month:month_name} {year}, {pct_change:change} from {month:month_name} {prev_year}."
      - "U.S. goods trade with {partner} was {value_usd:money} in {month:month_name} {year}."
  es:
    imports:
      - "Las importaciones de EE.UU. desde {partner} sumaron {value_usd:money} en {month:month_name} de {year}, {pct_change:change} respecto a {month:month_name} de {prev_year}."
      - "Las importaciones de EE.UU. desde {partner} sumaron {value_usd:money} en {month:month_name} de {year}."
    exports:
      - "Las exportaciones de EE.UU. hacia {partner} sumaron {value_usd:money} en {month:month_name} de {year}, {pct_change:change} respecto a {month:month_name} de {prev_year}."
      - "Las exportaciones de EE.UU. hacia {partner} sumaron {value_usd:money} en {month:month_name} de {year}."
    balance:
      - "EE.UU. registró {value_usd:balance} en su comercio de bienes con {partner} en {month:month_name} de {year}, frente a {prev_value_usd:balance} en {month:month_name} de {prev_year}."
      - "EE.UU. registró {value_usd:balance} en su comercio de bienes con {partner} en {month:month_name} de {year}."
    total:
      - "El comercio de bienes de EE.UU. con {partner} sumó {value_usd:money} en {month:month_name} de {year}, {pct_change:change} respecto a {month:month_name} de {prev_year}."
      - "El comercio de bienes de EE.UU. con {partner} sumó {value_usd:money} en {month:month_name} de {year}."
suggestions:
  en:
    - "Year-to-date imports from {p_partner}"
    - "Imports from {p_partner} in {p_year}"
  es:
    - "importaciones desde {p_partner} en lo que va del año"
    - "importaciones desde {p_partner} en {p_year}"
examples:
  en:
    - Imports from Mexico in March 2024
    - US exports to Canada in December 2023
    - What was the deficit with China in June 2024?
    - imports from China in january 2024
  es:
    - importaciones desde México en marzo de 2024
    - exportaciones a Canadá en diciembre de 2023
    - ¿Cuál fue el déficit con China en junio de 2024?
    - importaciones de China en enero 2024
*/
WITH monthly AS (
    SELECT year, month, sum(value_usd) AS value_usd
    FROM measures
    WHERE dataset = 'total' AND measure = $flow AND partner = $partner
      AND year IN ($year, $year - 1)
    GROUP BY year, month
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       m.year, m.month, m.value_usd,
       m.year - 1 AS prev_year,
       prev.value_usd AS prev_value_usd,
       100.0 * (m.value_usd - prev.value_usd) / abs(prev.value_usd) AS pct_change
FROM monthly m
JOIN partners p ON p.code = $partner
LEFT JOIN monthly prev ON prev.year = m.year - 1 AND prev.month = m.month
ORDER BY (m.year = $year AND m.month = $month) DESC, m.year DESC, m.month
