/*
id: ytd
title:
  en: Latest month and year to date
  es: Último mes y acumulado del año
description: >
  U.S. imports, exports, balance or total trade with a partner in the latest month in the
  data and year to date, each against the same months a year earlier.
params:
  partner: {type: partner, default: "-"}
  flow: {type: flow, default: imports}
chart:
  kind: grouped_bar
  x: month
  group: year
  value: value_usd
  title:
    en: ["U.S. {p_flow} — {partner}, January–{latest_month:month_name} {latest_year} vs {prev_year}"]
    es: ["{p_flow} de EE.UU. — {partner}, enero–{latest_month:month_name} de {latest_year} frente a {prev_year}"]
headline: {column: ytd_value_usd, unit: USD}
sentence:
  en:
    imports: ["U.S. imports from {partner} were {value_usd:money} in {latest_month:month_name} {latest_year}, {pct_change:change} from a year earlier; January–{latest_month:month_name} they were {ytd_value_usd:money}, {ytd_pct_change:change} from the same months of {prev_year}.", "U.S. imports from {partner} were {value_usd:money} in {latest_month:month_name} {latest_year}; January–{latest_month:month_name} they were {ytd_value_usd:money}."]
    exports: ["U.S. exports to {partner} were {value_usd:money} in {latest_month:month_name} {latest_year}, {pct_change:change} from a year earlier; January–{latest_month:month_name} they were {ytd_value_usd:money}, {ytd_pct_change:change} from the same months of {prev_year}.", "U.S. exports to {partner} were {value_usd:money} in {latest_month:month_name} {latest_year}; January–{latest_month:month_name} they were {ytd_value_usd:money}."]
    balance: ["The U.S. had {value_usd:balance} with {partner} in {latest_month:month_name} {latest_year}; January–{latest_month:month_name} it had {ytd_value_usd:balance}, against {prev_ytd_value_usd:balance} in the same months of {prev_year}.", "The U.S. had {value_usd:balance} with {partner} in {latest_month:month_name} {latest_year}; January–{latest_month:month_name} it had {ytd_value_usd:balance}."]
    total: ["U.S. goods trade with {partner} was {value_usd:money} in {latest_month:month_name} {latest_year}, {pct_change:change} from a year earlier; January–{latest_month:month_name} it was {ytd_value_usd:money}, {ytd_pct_change:change} from the same months of {prev_year}.", "U.S. goods trade with {partner} was {value_usd:money} in {latest_month:month_name} {latest_year}; January–{latest_month:month_name} it was {ytd_value_usd:money}."]
  es:
    imports: ["Las importaciones de EE.UU. desde {partner} sumaron {value_usd:money} en {latest_month:month_name} de {latest_year}, {pct_change:change} anual; de enero a {latest_month:month_name} sumaron {ytd_value_usd:money}, {ytd_pct_change:change} respecto a los mismos meses de {prev_year}.", "Las importaciones de EE.UU. desde {partner} sumaron {value_usd:money} en {latest_month:month_name} de {latest_year}; de enero a {latest_month:month_name} sumaron {ytd_value_usd:money}."]
    exports: ["Las exportaciones de EE.UU. hacia {partner} sumaron {value_usd:money} en {latest_month:month_name} de {latest_year}, {pct_change:change} anual; de enero a {latest_month:month_name} sumaron {ytd_value_usd:money}, {ytd_pct_change:change} respecto a los mismos meses de {prev_year}.", "Las exportaciones de EE.UU. hacia {partner} sumaron {value_usd:money} en {latest_month:month_name} de {latest_year}; de enero a {latest_month:month_name} sumaron {ytd_value_usd:money}."]
    balance: ["EE.UU. registró {value_usd:balance} con {partner} en {latest_month:month_name} de {latest_year}; de enero a {latest_month:month_name} registró {ytd_value_usd:balance}, frente a {prev_ytd_value_usd:balance} en los mismos meses de {prev_year}.", "EE.UU. registró {value_usd:balance} con {partner} en {latest_month:month_name} de {latest_year}; de enero a {latest_month:month_name} registró {ytd_value_usd:balance}."]
    total: ["El comercio de bienes de EE.UU. con {partner} sumó {value_usd:money} en {latest_month:month_name} de {latest_year}, {pct_change:change} anual; de enero a {latest_month:month_name} sumó {ytd_value_usd:money}, {ytd_pct_change:change} respecto a los mismos meses de {prev_year}.", "El comercio de bienes de EE.UU. con {partner} sumó {value_usd:money} en {latest_month:month_name} de {latest_year}; de enero a {latest_month:month_name} sumó {ytd_value_usd:money}."]
suggestions:
  en:
    - "Imports from {p_partner} since 2013"
    - "Trade balance with {p_partner} since 2013"
  es:
    - "importaciones desde {p_partner} desde 2013"
    - "balanza comercial con {p_partner} desde 2013"
examples:
  en:
    - Imports from Mexico year to date
    - What is the latest month of data for exports to Canada?
    - Year-to-date deficit with China
    - YTD US imports compared with last year
  es:
    - importaciones desde México en lo que va del año
    - ¿Cuál es el último mes de exportaciones a Canadá?
    - déficit con China en lo que va del año
    - importaciones acumuladas del año frente al año pasado
*/
WITH latest AS (
    SELECT max(year * 100 + month) AS period
    FROM measures
    WHERE dataset = 'total' AND measure = $flow AND partner = '-'
), monthly AS (
    SELECT m.year, m.month, sum(m.value_usd) AS value_usd
    FROM measures m, latest l
    WHERE m.dataset = 'total' AND m.measure = $flow AND m.partner = $partner
      AND m.year IN (l.period // 100, l.period // 100 - 1)
      AND m.month <= l.period % 100
    GROUP BY m.year, m.month
), ytd AS (
    SELECT sum(value_usd) FILTER (WHERE year = l.period // 100) AS ytd_value_usd,
           sum(value_usd) FILTER (WHERE year = l.period // 100 - 1) AS prev_ytd_value_usd
    FROM monthly, latest l
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       m.year, m.month, m.value_usd,
       prev.value_usd AS prev_value_usd,
       100.0 * (m.value_usd - prev.value_usd) / abs(prev.value_usd) AS pct_change,
       l.period // 100 AS latest_year, l.period % 100 AS latest_month,
       l.period // 100 - 1 AS prev_year,
       t.ytd_value_usd, t.prev_ytd_value_usd,
       100.0 * (t.ytd_value_usd - t.prev_ytd_value_usd) / abs(t.prev_ytd_value_usd)
           AS ytd_pct_change
FROM monthly m
CROSS JOIN latest l
CROSS JOIN ytd t
JOIN partners p ON p.code = $partner
LEFT JOIN monthly prev ON prev.year = m.year - 1 AND prev.month = m.month
ORDER BY m.year DESC, m.month DESC
