/*
id: partner_top_products
title:
  en: Top products bought from a partner
  es: Principales productos comprados a un socio
description: >
  The HS chapters the U.S. imports most from a partner (or from the world) in a year, a
  month, a quarter, a half or a run of months, with each chapter's share of U.S. imports
  from that partner.
answers:
  measure: products
  partners: [none, one]
  periods: [none, year, months]
  products: none
  flows: [imports]
  options: [n]
params:
  partner: {type: partner, default: "2010"}
  year: {type: year, default: latest}
  first_month: {type: month, default: 1}
  last_month: {type: month, default: 12}
  n: {type: int, default: 5, min: 1, max: 25}
dataset: hs
flows: [imports]
chart:
  kind: ranked_bar
  label: product
  value: value_usd
  title:
    en: {one: ["Top U.S. import from {partner}, {p_when_bare}"], default: ["Top {p_n} U.S. imports from {partner}, {p_when_bare}"]}
    es:
      one: ["Principal importación de EE.UU. desde {partner}, {p_when_bare}"]
      default: ["Las {p_n} principales importaciones de EE.UU. desde {partner}, {p_when_bare}"]
headline: {column: value_usd, unit: USD}
items:
  en: "{product} with {value_usd:money} ({share:pct})"
  es: "{product} con {value_usd:money} ({share:pct})"
sentence:
  en:
    one: ["The top U.S. import from {partner} {p_when} by HS chapter was {items}."]
    default: ["The top {p_n} U.S. imports from {partner} {p_when} by HS chapter were {items}."]
  es:
    one: ["La principal importación de EE.UU. desde {partner} {p_when} por capítulo del SA fue {items}."]
    default: ["Las {p_n} principales importaciones de EE.UU. desde {partner} {p_when} por capítulo del SA fueron {items}."]
suggestions:
  en:
    - "{p_partner}'s share of U.S. imports in {p_year}"
    - "Top suppliers of electrical machinery in {p_year}"
  es:
    - "participación de {p_partner} en las importaciones de EE.UU. en {p_year}"
    - "principales proveedores de maquinaria eléctrica en {p_year}"
examples:
  en:
    - What does the US buy from Mexico?
    - Top products imported from China in 2024
    - Top 10 imports from Canada in 2023
    - What are the main US imports from Taiwan?
  es:
    - ¿Qué le compra EE.UU. a México?
    - principales productos importados de China en 2024
    - las 10 principales importaciones desde Canadá en 2023
    - ¿Cuáles son las principales importaciones de EE.UU. desde Taiwán?
*/
WITH chapters AS (
    SELECT code, sum(value_usd) AS value_usd
    FROM measures
    WHERE dataset = 'hs' AND measure = 'imports' AND partner = $partner AND year = $year
      AND month BETWEEN $first_month AND $last_month
    GROUP BY code
    HAVING sum(value_usd) > 0
)
SELECT row_number() OVER (ORDER BY c.value_usd DESC, c.code) AS rank,
       pr.code AS product_code,
       pr.name_en || ' (HS ' || pr.code || ')' AS product_en,
       pr.name_es || ' (cap. ' || pr.code || ')' AS product_es,
       p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       c.value_usd,
       100.0 * c.value_usd / NULLIF(sum(c.value_usd) OVER (), 0) AS share
FROM chapters c
JOIN products pr ON pr.dataset = 'hs' AND pr.code = c.code
JOIN partners p ON p.code = $partner
QUALIFY rank <= $n
ORDER BY rank
