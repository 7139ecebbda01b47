/*
id: partner_trend
title:
  en: Trend over years
  es: Tendencia en el tiempo
description: >
  U.S. imports, exports, balance or total trade with one or several partners (or the world)
  year by year over a range of years, for all goods or an HS chapter, with each partner's
  change from the first year of the range.
answers:
  - measure: trend
    partners: [none, one, several]
    periods: [none, span]
    products: [none, hs, atp, naics]
  - measure: change
    partners: several
    periods: [none, span, pair]
    products: [none, hs, atp, naics]
params:
  partners: {type: partners, default: ["2010", "5700"]}
  flow: {type: flow, default: imports}
  start_year: {type: year, default: 2013}
  end_year: {type: year, default: latest}
  chapters: {type: hs_chapters, optional: true}
  category: {type: atp_category, optional: true}
  naics: {type: naics_code, optional: true}
chart:
  kind: line
  value: value_usd
  series: partner
  title:
    en: ["U.S. {p_flow} of {p_product} — {p_partners}, {p_start_year}–{p_end_year}", "U.S. {p_flow} — {p_partners}, {p_start_year}–{p_end_year}"]
    es: ["{p_flow} de EE.UU. de {p_product} — {p_partners}, {p_start_year}–{p_end_year}", "{p_flow} de EE.UU. — {p_partners}, {p_start_year}–{p_end_year}"]
headline: {column: value_usd, unit: USD, row_where: {year: end_year}}
items:
  where: {year: end_year}
  join: semicolon
  en:
    default:
      - "{partner}, from {first_value_usd:money} in {first_year} to {value_usd:money} in {year} ({pct_change:signed_pct})"
      - "{partner}, {value_usd:money} in {year}, new since {new_since}"
      - "{partner}, {value_usd:money} in {year}"
    balance:
      - "{partner}, from {first_value_usd:balance} in {first_year} to {value_usd:balance} in {year}"
      - "{partner}, {value_usd:balance} in {year}"
  es:
    default:
      - "{partner}, de {first_value_usd:money} en {first_year} a {value_usd:money} en {year} ({pct_change:signed_pct})"
      - "{partner}, {value_usd:money} en {year}, nuevo desde {new_since}"
      - "{partner}, {value_usd:money} en {year}"
    balance:
      - "{partner}, de {first_value_usd:balance} en {first_year} a {value_usd:balance} en {year}"
      - "{partner}, {value_usd:balance} en {year}"
sentence:
  en:
    imports: ["U.S. imports of {p_product}, {p_start_year} to {p_end_year}: {items}.", "U.S. imports, {p_start_year} to {p_end_year}: {items}."]
    exports: ["U.S. exports of {p_product}, {p_start_year} to {p_end_year}: {items}.", "U.S. exports, {p_start_year} to {p_end_year}: {items}."]
    total: ["U.S. trade in {p_product} (exports plus imports), {p_start_year} to {p_end_year}: {items}.", "U.S. goods trade (exports plus imports), {p_start_year} to {p_end_year}: {items}."]
    balance: ["U.S. trade balance in {p_product}, {p_start_year} to {p_end_year}: {items}.", "U.S. goods trade balance, {p_start_year} to {p_end_year}: {items}."]
  es:
    imports: ["Importaciones de EE.UU. de {p_product}, de {p_start_year} a {p_end_year}: {items}.", "Importaciones de EE.UU., de {p_start_year} a {p_end_year}: {items}."]
    exports: ["Exportaciones de EE.UU. de {p_product}, de {p_start_year} a {p_end_year}: {items}.", "Exportaciones de EE.UU., de {p_start_year} a {p_end_year}: {items}."]
    total: ["Comercio de EE.UU. de {p_product} (exportaciones más importaciones), de {p_start_year} a {p_end_year}: {items}.", "Comercio de bienes de EE.UU. (exportaciones más importaciones), de {p_start_year} a {p_end_year}: {items}."]
    balance: ["Balanza comercial de EE.UU. en {p_product}, de {p_start_year} a {p_end_year}: {items}.", "Balanza comercial de bienes de EE.UU., de {p_start_year} a {p_end_year}: {items}."]
suggestions:
  en:
    exports:
      - "USMCA vs China share of U.S. exports since {p_start_year}"
      - "Compare exports to Mexico, Canada and China in {p_end_year}"
    default:
      - "USMCA vs China share of U.S. imports since {p_start_year}"
      - "Compare imports from Mexico, Canada and China in {p_end_year}"
  es:
    exports:
      - "T-MEC contra China en las exportaciones de EE.UU. desde {p_start_year}"
      - "comparar exportaciones a México, Canadá y China en {p_end_year}"
    default:
      - "T-MEC contra China en las importaciones de EE.UU. desde {p_start_year}"
      - "comparar importaciones de México, Canadá y China en {p_end_year}"
examples:
  en:
    - Compare imports from Mexico and China since 2013
    - How has the deficit with China changed since 2018?
    - Imports from Canada from 2015 to 2020
    - Trend of exports to Mexico since 2013
  es:
    - comparar importaciones de México y China desde 2013
    - ¿Cómo ha cambiado el déficit con China desde 2018?
    - importaciones de Canadá de 2015 a 2020
    - tendencia de las exportaciones a México desde 2013
*/
WITH yearly AS (
    SELECT m.partner, m.year, sum(m.value_usd) AS value_usd
    FROM measures m
    JOIN product_scope(CAST($chapters AS VARCHAR[]), CAST($category AS VARCHAR), CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow
      AND list_contains(CAST($partners AS VARCHAR[]), m.partner)
      AND m.year BETWEEN $start_year AND $end_year
    GROUP BY m.partner, m.year
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       y.year, y.value_usd,
       first_value(y.year) OVER w AS first_year,
       first_value(y.value_usd) OVER w AS first_value_usd,
       CASE WHEN $flow <> 'balance'  -- no percent change of a balance (see partner_period)
            THEN 100.0 * (y.value_usd - first_value(y.value_usd) OVER w)
                 / NULLIF(abs(first_value(y.value_usd) OVER w), 0) END AS pct_change,
       CASE WHEN first_value(y.value_usd) OVER w = 0 AND y.value_usd <> 0
            THEN first_value(y.year) OVER w END AS new_since
FROM yearly y
JOIN partners p ON p.code = y.partner
WINDOW w AS (PARTITION BY y.partner ORDER BY y.year)
ORDER BY list_position(CAST($partners AS VARCHAR[]), p.code), y.year DESC
