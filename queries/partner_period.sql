/*
id: partner_period
title:
  en: Trade with a partner in a period
  es: Comercio con un socio en un periodo
description: >
  U.S. imports from, exports to, goods balance with, or total trade with one partner (a
  country, a group such as the USMCA partners, a continent, or the world) in a year, a month,
  a quarter, a half or any run of months within a year, for all goods or one HS chapter
  (or several summed); with the same months of the four years before, the change from the
  year before, and the partner's share of the U.S. total and rank among countries.
answers:
  measure: level
  partners: [none, one]
  periods: [none, year, months]
  products: [none, hs, atp, naics]
params:
  partner: {type: partner, default: "-"}
  flow: {type: flow, default: imports}
  year: {type: year, default: latest}
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
      - "U.S. {p_flow} of {p_product} — {partner}, {p_when_bare} and earlier years"
      - "U.S. {p_flow} — {partner}, {p_when_bare} and earlier years"
    es:
      - "{p_flow} de EE.UU. de {p_product} — {partner}, {p_when_bare} y años previos"
      - "{p_flow} de EE.UU. — {partner}, {p_when_bare} y años previos"
headline: {column: value_usd, unit: USD, row_where: {year: year}}
sentence:
  en:
    imports:
      - "U.S. imports of {p_product} from {partner} were {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {partner} supplied {share:pct} of U.S. imports of these goods][ and ranked {rank:ordinal} of {countries} supplying countries]."
      - "U.S. imports from {partner} were {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {partner} supplied {share:pct} of all U.S. imports][ and ranked {rank:ordinal} of {countries} supplying countries]."
    exports:
      - "U.S. exports of {p_product} to {partner} were {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {partner} took {share:pct} of U.S. exports of these goods][ and ranked {rank:ordinal} of {countries} markets]."
      - "U.S. exports to {partner} were {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {partner} took {share:pct} of all U.S. exports][ and ranked {rank:ordinal} of {countries} markets]."
    balance:
      - "The U.S. had {value_usd:balance} in trade in {p_product} with {partner} {p_when}[, against {prev_value_usd:balance} {p_prev_in}]."
      - "The U.S. had {value_usd:balance} in goods trade with {partner} {p_when}[, against {prev_value_usd:balance} {p_prev_in}]."
    total:
      - "U.S. trade in {p_product} with {partner} (exports plus imports) was {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {share:pct} of the U.S. total][, {rank:ordinal} of {countries} trading partners]."
      - "U.S. goods trade with {partner} (exports plus imports) was {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {share:pct} of total U.S. goods trade][, {rank:ordinal} of {countries} trading partners]."
  es:
    imports:
      - "Las importaciones de EE.UU. de {p_product} desde {partner} sumaron {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {share:pct} de las importaciones de EE.UU. de estos bienes][, en el {rank:place} lugar entre {countries} países proveedores]."
      - "Las importaciones de EE.UU. desde {partner} sumaron {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {share:pct} del total importado][, en el {rank:place} lugar entre {countries} países proveedores]."
    exports:
      - "Las exportaciones de EE.UU. de {p_product} hacia {partner} sumaron {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {share:pct} de las exportaciones de EE.UU. de estos bienes][, en el {rank:place} lugar entre {countries} destinos]."
      - "Las exportaciones de EE.UU. hacia {partner} sumaron {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {share:pct} del total exportado][, en el {rank:place} lugar entre {countries} destinos]."
    balance:
      - "EE.UU. registró {value_usd:balance} en su comercio de {p_product} con {partner} {p_when}[, frente a {prev_value_usd:balance} {p_prev_in}]."
      - "EE.UU. registró {value_usd:balance} en su comercio de bienes con {partner} {p_when}[, frente a {prev_value_usd:balance} {p_prev_in}]."
    total:
      - "El comercio de EE.UU. de {p_product} con {partner} (exportaciones más importaciones) sumó {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {share:pct} del total estadounidense][, en el {rank:place} lugar entre {countries} socios comerciales]."
      - "El comercio de bienes de EE.UU. con {partner} (exportaciones más importaciones) sumó {value_usd:money} {p_when}[, {pct_change:change} {p_prev_from}][; {share:pct} del comercio total de bienes estadounidense][, en el {rank:place} lugar entre {countries} socios comerciales]."
suggestions:
  en:
    exports:
      - "What share of U.S. exports went to {p_partner} in {p_year}?"
      - "Trade balance with {p_partner} since 2013"
      - "Where does {p_partner} rank among U.S. export markets in {p_year}?"
    default:
      - "What share of U.S. imports came from {p_partner} in {p_year}?"
      - "Trade balance with {p_partner} since 2013"
      - "What does the U.S. buy from {p_partner}?"
  es:
    exports:
      - "¿Qué participación tuvo {p_partner} en las exportaciones de EE.UU. en {p_year}?"
      - "balanza comercial con {p_partner} desde 2013"
      - "lugar de {p_partner} entre los destinos de las exportaciones de EE.UU. en {p_year}"
    default:
      - "¿Qué participación tuvo {p_partner} en las importaciones de EE.UU. en {p_year}?"
      - "balanza comercial con {p_partner} desde 2013"
      - "¿Qué le compra EE.UU. a {p_partner}?"
examples:
  en:
    - How much did the US import from Mexico in 2024?
    - US exports to Canada in 2023
    - What was the trade deficit with China in 2024?
    - Total trade with Taiwan in 2022
    - US imports from Japan in the third quarter of 2021
    - Exports to Canada from February through May 2020
    - Imports from Germany in the first half of 2019
    - Imports from Mexico in March 2024
    - How much electrical machinery did the US import from Mexico in 2023?
  es:
    - ¿Cuánto importó EE.UU. de México en 2024?
    - exportaciones de EE.UU. a Canadá en 2023
    - ¿Cuál fue el déficit comercial con China en 2024?
    - importaciones desde Japón en el tercer trimestre de 2022
    - exportaciones a Canadá de marzo a agosto de 2019
    - importaciones desde Alemania en el primer semestre de 2022
    - importaciones de maquinaria eléctrica desde México en 2024
*/
WITH scoped AS (
    SELECT m.partner, m.year, sum(m.value_usd) AS value_usd
    FROM measures m
    JOIN product_scope(CAST($chapters AS VARCHAR[]), CAST($category AS VARCHAR), CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow
      AND m.year BETWEEN $year - 4 AND $year
      AND m.month BETWEEN $first_month AND $last_month
      AND (m.partner IN ($partner, '-') OR m.year = $year)
    GROUP BY m.partner, m.year
), ranked AS (
    -- a rank among countries is meaningful for flows, not for the balance
    SELECT s.partner, rank() OVER (ORDER BY s.value_usd DESC) AS rank, count(*) OVER () AS countries
    FROM scoped s JOIN partners p ON p.code = s.partner AND p.kind = 'country'
    WHERE s.year = $year AND s.value_usd > 0 AND $flow <> 'balance'
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       y.year, y.value_usd,
       prev.year AS prev_year,
       prev.value_usd AS prev_value_usd,
       -- a balance's percent change reads backwards (a growing deficit is "-5.7%"): none,
       -- as in period_change; the sentence compares the two deficits in dollars
       CASE WHEN $flow <> 'balance'
            THEN 100.0 * (y.value_usd - prev.value_usd) / NULLIF(abs(prev.value_usd), 0) END AS pct_change,
       CASE WHEN $flow <> 'balance' AND $partner <> '-'
            THEN 100.0 * y.value_usd / NULLIF(w.value_usd, 0) END AS share,
       CASE WHEN y.year = $year THEN r.rank END AS rank,
       CASE WHEN y.year = $year THEN r.countries END AS countries
FROM scoped y
JOIN partners p ON p.code = y.partner
LEFT JOIN scoped prev ON prev.partner = y.partner AND prev.year = y.year - 1
LEFT JOIN scoped w ON w.partner = '-' AND w.year = y.year
LEFT JOIN ranked r ON r.partner = y.partner
WHERE y.partner = $partner
ORDER BY y.year DESC
