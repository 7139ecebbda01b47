/*
id: compare_partners
title:
  en: Compare partners in a period
  es: Comparar socios en un periodo
description: >
  U.S. imports, exports, balance or total trade with several partners side by side in a
  year, a month, a quarter, a half or a run of months, for all goods or an HS chapter, with
  each partner's share of the U.S. total and the same months of the year before.
answers:
  - measure: level
    partners: several
    periods: [none, year, months]
    products: [none, hs, atp, naics]
  - measure: share
    partners: several
    periods: [year, months]
    products: [none, hs, atp, naics]
    flows: [imports, exports, total]
params:
  partners: {type: partners, default: ["2010", "1220", "5700", "5830"]}
  flow: {type: flow, default: imports}
  year: {type: year, default: latest}
  first_month: {type: month, default: 1}
  last_month: {type: month, default: 12}
  chapters: {type: hs_chapters, optional: true}
  category: {type: atp_category, optional: true}
  naics: {type: naics_code, optional: true}
chart:
  kind: grouped_bar
  x: partner
  group: year
  value: value_usd
  title:
    en:
      - "U.S. {p_flow} of {p_product} by partner, {p_when_bare} and a year earlier"
      - "U.S. {p_flow} by partner, {p_when_bare} and a year earlier"
    es:
      - "{p_flow} de EE.UU. de {p_product} por socio, {p_when_bare} y un año antes"
      - "{p_flow} de EE.UU. por socio, {p_when_bare} y un año antes"
headline: {column: value_usd, unit: USD}
items:
  where: {year: year}
  en:
    - "{partner} {value_usd:money} ({share:pct})"
    - "{partner} {value_usd:balance}"
  es:
    - "{partner} {value_usd:money} ({share:pct})"
    - "{partner} {value_usd:balance}"
sentence:
  en:
    imports:
      - "U.S. imports of {p_product} {p_when}, with each partner's share of the total: {items}."
      - "U.S. imports {p_when}, with each partner's share of the total: {items}."
    exports:
      - "U.S. exports of {p_product} {p_when}, with each partner's share of the total: {items}."
      - "U.S. exports {p_when}, with each partner's share of the total: {items}."
    total:
      - "U.S. trade in {p_product} (exports plus imports) {p_when}, with each partner's share of the total: {items}."
      - "U.S. goods trade (exports plus imports) {p_when}, with each partner's share of the total: {items}."
    balance:
      - "U.S. trade balance in {p_product} {p_when}: {items}."
      - "U.S. goods trade balance {p_when}: {items}."
  es:
    imports:
      - "Importaciones de EE.UU. de {p_product} {p_when}, con la participación de cada socio en el total: {items}."
      - "Importaciones de EE.UU. {p_when}, con la participación de cada socio en el total: {items}."
    exports:
      - "Exportaciones de EE.UU. de {p_product} {p_when}, con la participación de cada socio en el total: {items}."
      - "Exportaciones de EE.UU. {p_when}, con la participación de cada socio en el total: {items}."
    total:
      - "Comercio de EE.UU. de {p_product} (exportaciones más importaciones) {p_when}, con la participación de cada socio: {items}."
      - "Comercio de bienes de EE.UU. (exportaciones más importaciones) {p_when}, con la participación de cada socio: {items}."
    balance:
      - "Balanza comercial de EE.UU. en {p_product} {p_when}: {items}."
      - "Balanza comercial de bienes de EE.UU. {p_when}: {items}."
suggestions:
  en:
    exports:
      - "Compare exports to {p_partners} since 2013"
      - "Top 5 export markets in {p_year}"
    default:
      - "Compare imports from {p_partners} since 2013"
      - "USMCA vs China share of U.S. imports since 2013"
  es:
    exports:
      - "comparar exportaciones hacia {p_partners} desde 2013"
      - "los 5 principales mercados de exportación en {p_year}"
    default:
      - "comparar importaciones de {p_partners} desde 2013"
      - "T-MEC contra China en las importaciones de EE.UU. desde 2013"
examples:
  en:
    - Compare imports from Mexico, Canada and China in 2024
    - Mexico vs China exports in 2023
    - Compare the trade balance with Mexico and Canada in 2024
    - Canada versus Mexico total trade 2022
    - Imports of electrical machinery from Mexico and China in Q1 2024
  es:
    - comparar importaciones de México, Canadá y China en 2024
    - México contra China exportaciones en 2023
    - comparar la balanza comercial con México y Canadá en 2024
    - Canadá frente a México comercio total 2022
    - importaciones de maquinaria eléctrica desde México y China en el primer trimestre de 2024
*/
WITH scoped AS (
    SELECT m.partner, m.year, sum(m.value_usd) AS value_usd
    FROM measures m
    JOIN product_scope(CAST($chapters AS VARCHAR[]), CAST($category AS VARCHAR), CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow AND m.year IN ($year - 1, $year)
      AND m.month BETWEEN $first_month AND $last_month
      AND (list_contains(CAST($partners AS VARCHAR[]), m.partner) OR m.partner = '-')
    GROUP BY m.partner, m.year
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       y.year, y.value_usd,
       CASE WHEN $flow <> 'balance' THEN 100.0 * y.value_usd / NULLIF(w.value_usd, 0) END AS share
FROM scoped y
JOIN scoped w ON w.partner = '-' AND w.year = y.year
JOIN partners p ON p.code = y.partner
WHERE list_contains(CAST($partners AS VARCHAR[]), y.partner)
ORDER BY y.year DESC, list_position(CAST($partners AS VARCHAR[]), p.code)
