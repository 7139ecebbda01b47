/*
id: top_partners
title:
  en: Top partners
  es: Principales socios
description: >
  The largest U.S. suppliers (imports), markets (exports), trading partners (total trade) or
  deficits (balance) among countries in a year, for all goods or for one HS chapter, ATP
  category or NAICS industry, with each partner's share of the U.S. total.
params:
  flow: {type: flow, default: imports}
  year: {type: year, default: latest}
  n: {type: int, default: 5, min: 1, max: 25}
  chapter: {type: hs_chapter, optional: true}
  category: {type: atp_category, optional: true}
  naics: {type: naics_code, optional: true}
chart:
  kind: ranked_bar
  label: partner
  value: value_usd
  title:
    en:
      - "Top {p_n} — U.S. {p_flow} of {p_product}, {p_year}"
      - "Top {p_n} — U.S. {p_flow}, {p_year}"
    es:
      - "Los {p_n} principales socios — {p_flow} de EE.UU. de {p_product}, {p_year}"
      - "Los {p_n} principales socios — {p_flow} de EE.UU., {p_year}"
headline: {column: value_usd, unit: USD}
items:
  en: "{partner}"
  es: "{partner}"
sentence:
  en:
    imports:
      - "The top {p_n} suppliers of {p_product} to the U.S. in {p_year} were {items}; {partner} led with {value_usd:money}, {share:pct} of U.S. imports of these goods."
      - "The top {p_n} suppliers of U.S. imports in {p_year} were {items}; {partner} led with {value_usd:money}, {share:pct} of all U.S. imports."
    exports:
      - "The top {p_n} markets for U.S. exports of {p_product} in {p_year} were {items}; {partner} led with {value_usd:money}, {share:pct} of U.S. exports of these goods."
      - "The top {p_n} markets for U.S. exports in {p_year} were {items}; {partner} led with {value_usd:money}, {share:pct} of all U.S. exports."
    total:
      - "The top {p_n} U.S. trading partners in {p_product} in {p_year} were {items}; {partner} led with {value_usd:money} of exports plus imports, {share:pct} of the total."
      - "The top {p_n} U.S. trading partners in {p_year} were {items}; {partner} led with {value_usd:money} of exports plus imports, {share:pct} of total U.S. goods trade."
    balance:
      - "The {p_n} largest U.S. deficits in {p_product} in {p_year} were with {items}; with {partner} the U.S. had {value_usd:balance}."
      - "The {p_n} largest U.S. goods trade deficits in {p_year} were with {items}; with {partner} the U.S. had {value_usd:balance}."
  es:
    imports:
      - "Los {p_n} principales proveedores de {p_product} a EE.UU. en {p_year} fueron {items}; {partner} encabezó con {value_usd:money}, {share:pct} de las importaciones de EE.UU. de estos bienes."
      - "Los {p_n} principales proveedores de las importaciones de EE.UU. en {p_year} fueron {items}; {partner} encabezó con {value_usd:money}, {share:pct} del total importado."
    exports:
      - "Los {p_n} principales destinos de las exportaciones de EE.UU. de {p_product} en {p_year} fueron {items}; {partner} encabezó con {value_usd:money}, {share:pct} de las exportaciones de estos bienes."
      - "Los {p_n} principales destinos de las exportaciones de EE.UU. en {p_year} fueron {items}; {partner} encabezó con {value_usd:money}, {share:pct} del total exportado."
    total:
      - "Los {p_n} principales socios comerciales de EE.UU. en {p_product} en {p_year} fueron {items}; {partner} encabezó con {value_usd:money} de exportaciones más importaciones, {share:pct} del total."
      - "Los {p_n} principales socios comerciales de EE.UU. en {p_year} fueron {items}; {partner} encabezó con {value_usd:money} de exportaciones más importaciones, {share:pct} del comercio total de bienes."
    balance:
      - "Los {p_n} mayores déficits de EE.UU. en {p_product} en {p_year} fueron con {items}; con {partner} EE.UU. registró {value_usd:balance}."
      - "Los {p_n} mayores déficits comerciales de bienes de EE.UU. en {p_year} fueron con {items}; con {partner} EE.UU. registró {value_usd:balance}."
suggestions:
  en:
    - ["What share of U.S. imports of {p_product} came from Mexico in {p_year}?", "Mexico's share of U.S. imports in {p_year}"]
    - "USMCA vs China share of U.S. imports since 2013"
  es:
    - ["participación de México en las importaciones de {p_product} en {p_year}", "participación de México en las importaciones de EE.UU. en {p_year}"]
    - "T-MEC contra China en las importaciones de EE.UU. desde 2013"
fallback:
  en:
    - "Top suppliers of electrical machinery (HS 85) in 2024"
    - "Top suppliers of machinery and computers (HS 84) in 2024"
    - "Top suppliers of aircraft (HS 88) in 2024"
  es:
    - "principales proveedores de maquinaria eléctrica (capítulo 85) en 2024"
    - "principales proveedores de maquinaria y computadoras (capítulo 84) en 2024"
    - "principales proveedores de aeronaves (capítulo 88) en 2024"
examples:
  en:
    - Who supplies the most electrical machinery to the US?
    - Top 5 export markets in 2023
    - Top 10 suppliers of US imports in 2024
    - Which countries does the US have the biggest trade deficits with?
    - Top suppliers of aircraft in 2024
    - Top suppliers of information and communications products in 2024
  es:
    - ¿Quién le vende más maquinaria eléctrica a EE.UU.?
    - principales 5 mercados de exportación en 2023
    - los 10 principales proveedores de EE.UU. en 2024
    - ¿Con qué países tiene EE.UU. los mayores déficits?
    - ¿Quién le vende más aviones a EE.UU.?
    - quien le vende mas aviones a EU
*/
WITH scoped AS (
    SELECT m.partner, sum(m.value_usd) AS value_usd
    FROM measures m JOIN product_scope(CAST($chapter AS VARCHAR), CAST($category AS VARCHAR),
                           CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow AND m.year = $year
    GROUP BY m.partner
), world AS (
    SELECT value_usd AS world_usd FROM scoped WHERE partner = '-'
)
SELECT row_number() OVER (
           ORDER BY CASE WHEN $flow = 'balance' THEN c.value_usd ELSE -c.value_usd END, p.name_en
       ) AS rank,
       p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       c.value_usd,
       CASE WHEN $flow <> 'balance' THEN 100.0 * c.value_usd / w.world_usd END AS share
FROM scoped c
JOIN partners p ON p.code = c.partner AND p.kind = 'country'
CROSS JOIN world w
QUALIFY rank <= $n
ORDER BY rank
