/*
id: top_partners
title:
  en: Top partners
  es: Principales socios
description: >
  The largest (or smallest) U.S. suppliers (imports), markets (exports) or trading partners
  (total trade) among countries in a year, a month, a quarter, a half or a run of months,
  for all goods or for one HS chapter (or several summed), ATP category or NAICS industry,
  with each partner's share of the U.S. total. Deficits and surpluses: top_balances.
answers:
  measure: top
  partners: none
  periods: [none, year, months]
  products: [none, hs, atp, naics]
  options: [n, order]
params:
  flow: {type: flow, default: imports, choices: [imports, exports, total]}
  order: {type: choice, choices: [largest, smallest], default: largest}
  year: {type: year, default: latest}
  first_month: {type: month, default: 1}
  last_month: {type: month, default: 12}
  n: {type: int, default: 5, min: 1, max: 25}
  chapters: {type: hs_chapters, optional: true}
  category: {type: atp_category, optional: true}
  naics: {type: naics_code, optional: true}
chart:
  kind: ranked_bar
  label: partner
  value: value_usd
  title:
    en:
      one: ["Top partner — U.S. {p_flow} of {p_product}, {p_when_bare}", "Top partner — U.S. {p_flow}, {p_when_bare}"]
      default:
        - "Top {p_n} — U.S. {p_flow} of {p_product}, {p_when_bare}"
        - "Top {p_n} — U.S. {p_flow}, {p_when_bare}"
    es:
      one: ["Principal socio — {p_flow} de EE.UU. de {p_product}, {p_when_bare}", "Principal socio — {p_flow} de EE.UU., {p_when_bare}"]
      default:
        - "Los {p_n} principales socios — {p_flow} de EE.UU. de {p_product}, {p_when_bare}"
        - "Los {p_n} principales socios — {p_flow} de EE.UU., {p_when_bare}"
headline: {column: value_usd, unit: USD}
items:
  en: "{partner}"
  es: "{partner}"
sentence:
  en:
    imports_one:  # "who sold us the most?": one partner
      - "The top supplier of {p_product} to the U.S. {p_when} was {partner}, with {value_usd:money}, {share:pct} of U.S. imports of these goods."
      - "The top supplier of U.S. imports {p_when} was {partner}, with {value_usd:money}, {share:pct} of all U.S. imports."
    exports_one:
      - "The top market for U.S. exports of {p_product} {p_when} was {partner}, with {value_usd:money}, {share:pct} of U.S. exports of these goods."
      - "The top market for U.S. exports {p_when} was {partner}, with {value_usd:money}, {share:pct} of all U.S. exports."
    total_one:
      - "The top U.S. trading partner in {p_product} {p_when} was {partner}, with {value_usd:money} of exports plus imports, {share:pct} of the total."
      - "The top U.S. trading partner {p_when} was {partner}, with {value_usd:money} of exports plus imports, {share:pct} of total U.S. goods trade."
    imports:
      - "The top {p_n} suppliers of {p_product} to the U.S. {p_when} were {items}; {partner} led with {value_usd:money}, {share:pct} of U.S. imports of these goods."
      - "The top {p_n} suppliers of U.S. imports {p_when} were {items}; {partner} led with {value_usd:money}, {share:pct} of all U.S. imports."
    exports:
      - "The top {p_n} markets for U.S. exports of {p_product} {p_when} were {items}; {partner} led with {value_usd:money}, {share:pct} of U.S. exports of these goods."
      - "The top {p_n} markets for U.S. exports {p_when} were {items}; {partner} led with {value_usd:money}, {share:pct} of all U.S. exports."
    total:
      - "The top {p_n} U.S. trading partners in {p_product} {p_when} were {items}; {partner} led with {value_usd:money} of exports plus imports, {share:pct} of the total."
      - "The top {p_n} U.S. trading partners {p_when} were {items}; {partner} led with {value_usd:money} of exports plus imports, {share:pct} of total U.S. goods trade."
    imports_smallest:
      - "The {p_n} smallest suppliers of {p_product} to the U.S. {p_when} (countries with any) were {items}; the smallest, {partner}, supplied {value_usd:money}."
      - "The {p_n} smallest suppliers of U.S. imports {p_when} (countries with any) were {items}; the smallest, {partner}, supplied {value_usd:money}."
    exports_smallest:
      - "The {p_n} smallest markets for U.S. exports of {p_product} {p_when} (countries with any) were {items}; the smallest, {partner}, took {value_usd:money}."
      - "The {p_n} smallest markets for U.S. exports {p_when} (countries with any) were {items}; the smallest, {partner}, took {value_usd:money}."
    total_smallest:
      - "The {p_n} smallest U.S. trading partners in {p_product} {p_when} (countries with any) were {items}; the smallest, {partner}, had {value_usd:money} of exports plus imports."
      - "The {p_n} smallest U.S. trading partners {p_when} (countries with any) were {items}; the smallest, {partner}, had {value_usd:money} of exports plus imports."
  es:
    imports_one:
      - "El principal proveedor de {p_product} a EE.UU. {p_when} fue {partner}, con {value_usd:money}, {share:pct} de las importaciones de EE.UU. de estos bienes."
      - "El principal proveedor de las importaciones de EE.UU. {p_when} fue {partner}, con {value_usd:money}, {share:pct} del total importado."
    exports_one:
      - "El principal destino de las exportaciones de EE.UU. de {p_product} {p_when} fue {partner}, con {value_usd:money}, {share:pct} de las exportaciones de estos bienes."
      - "El principal destino de las exportaciones de EE.UU. {p_when} fue {partner}, con {value_usd:money}, {share:pct} del total exportado."
    total_one:
      - "El principal socio comercial de EE.UU. en {p_product} {p_when} fue {partner}, con {value_usd:money} de exportaciones más importaciones, {share:pct} del total."
      - "El principal socio comercial de EE.UU. {p_when} fue {partner}, con {value_usd:money} de exportaciones más importaciones, {share:pct} del comercio total de bienes."
    imports:
      - "Los {p_n} principales proveedores de {p_product} a EE.UU. {p_when} fueron {items}; {partner} encabezó con {value_usd:money}, {share:pct} de las importaciones de EE.UU. de estos bienes."
      - "Los {p_n} principales proveedores de las importaciones de EE.UU. {p_when} fueron {items}; {partner} encabezó con {value_usd:money}, {share:pct} del total importado."
    exports:
      - "Los {p_n} principales destinos de las exportaciones de EE.UU. de {p_product} {p_when} fueron {items}; {partner} encabezó con {value_usd:money}, {share:pct} de las exportaciones de estos bienes."
      - "Los {p_n} principales destinos de las exportaciones de EE.UU. {p_when} fueron {items}; {partner} encabezó con {value_usd:money}, {share:pct} del total exportado."
    total:
      - "Los {p_n} principales socios comerciales de EE.UU. en {p_product} {p_when} fueron {items}; {partner} encabezó con {value_usd:money} de exportaciones más importaciones, {share:pct} del total."
      - "Los {p_n} principales socios comerciales de EE.UU. {p_when} fueron {items}; {partner} encabezó con {value_usd:money} de exportaciones más importaciones, {share:pct} del comercio total de bienes."
    imports_smallest:
      - "Los {p_n} proveedores más pequeños de {p_product} a EE.UU. {p_when} (entre los países con algún monto) fueron {items}; el más pequeño, {partner}, aportó {value_usd:money}."
      - "Los {p_n} proveedores más pequeños de las importaciones de EE.UU. {p_when} (entre los países con algún monto) fueron {items}; el más pequeño, {partner}, aportó {value_usd:money}."
    exports_smallest:
      - "Los {p_n} destinos más pequeños de las exportaciones de EE.UU. de {p_product} {p_when} (entre los países con algún monto) fueron {items}; el más pequeño, {partner}, recibió {value_usd:money}."
      - "Los {p_n} destinos más pequeños de las exportaciones de EE.UU. {p_when} (entre los países con algún monto) fueron {items}; el más pequeño, {partner}, recibió {value_usd:money}."
    total_smallest:
      - "Los {p_n} socios comerciales más pequeños de EE.UU. en {p_product} {p_when} (entre los países con algún monto) fueron {items}; el más pequeño, {partner}, sumó {value_usd:money} de exportaciones más importaciones."
      - "Los {p_n} socios comerciales más pequeños de EE.UU. {p_when} (entre los países con algún monto) fueron {items}; el más pequeño, {partner}, sumó {value_usd:money} de exportaciones más importaciones."
suggestions:
  en:
    exports:
      - "What share of U.S. exports went to Mexico in {p_year}?"
      - "Where does Canada rank among U.S. export markets in {p_year}?"
    default:
      - ["What share of U.S. imports of {p_product} came from Mexico in {p_year}?", "Mexico's share of U.S. imports in {p_year}"]
      - "USMCA vs China share of U.S. imports since 2013"
  es:
    exports:
      - "participación de México en las exportaciones de EE.UU. en {p_year}"
      - "lugar de Canadá entre los destinos de las exportaciones de EE.UU. en {p_year}"
    default:
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
    - Top 3 suppliers of US imports in March 2024
    - Top 10 export markets in the first half of 2023
    - Top suppliers of aircraft in 2024
    - Top suppliers of information and communications products in 2024
  es:
    - ¿Quién le vende más maquinaria eléctrica a EE.UU.?
    - principales 5 mercados de exportación en 2023
    - los 10 principales proveedores de EE.UU. en 2024
    - los 3 principales proveedores de EE.UU. en el segundo trimestre de 2024
    - ¿Quién le vende más aviones a EE.UU.?
    - quien le vende mas aviones a EU
*/
WITH scoped AS (
    SELECT m.partner, sum(m.value_usd) AS value_usd
    FROM measures m
    JOIN product_scope(CAST($chapters AS VARCHAR[]), CAST($category AS VARCHAR), CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow AND m.year = $year AND m.month BETWEEN $first_month AND $last_month
    GROUP BY m.partner
), world AS (
    SELECT value_usd AS world_usd FROM scoped WHERE partner = '-'
)
SELECT row_number() OVER (
           ORDER BY CASE WHEN $order = 'smallest' THEN c.value_usd ELSE -c.value_usd END, p.name_en
       ) AS rank,
       p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       c.value_usd,
       100.0 * c.value_usd / NULLIF(w.world_usd, 0) AS share
FROM scoped c
JOIN partners p ON p.code = c.partner AND p.kind = 'country'
CROSS JOIN world w
WHERE c.value_usd > 0
QUALIFY rank <= $n
ORDER BY rank
