/*
id: atp_balance
title:
  en: Advanced Technology Products balance by category
  es: Balanza de productos de tecnología avanzada por categoría
description: >
  U.S. exports, imports and balance in each of Census's ten Advanced Technology Products
  (ATP, "hitech") categories in a year, and each category's share of the ATP deficit;
  with a category, the answer leads with that category's share.
answers:
  - measure: level
    partners: none
    periods: [none, year]
    products: atp_all
    flows: [balance]
  - measure: share
    partners: none
    periods: [none, year]
    products: [atp, atp_all]
    flows: [balance]
params:
  year: {type: year, default: latest}
  category: {type: atp_category, optional: true}
dataset: hitech
flows: [imports, exports]
chart:
  kind: diverging_bar
  label: product
  value: balance_usd
  title:
    en: ["U.S. balance in Advanced Technology Products by category, {p_year}"]
    es: ["Balanza de EE.UU. en productos de tecnología avanzada por categoría, {p_year}"]
headline:
  - {when: category, column: deficit_share, unit: percent, row_where: {product_code: category}}
  - {column: atp_balance_usd, unit: USD}
sentence:
  en:
    - "{p_category} accounted for {deficit_share:pct} of the U.S. deficit in Advanced Technology Products in {p_year}: it had {balance_usd:balance}, while all ATP had {atp_balance_usd:balance}."
    - "In {p_year} the U.S. had {balance_usd:balance} in {p_category}, while all Advanced Technology Products had {atp_balance_usd:balance}."
    - "In {p_year} the U.S. had {atp_balance_usd:balance} in Advanced Technology Products; {product} accounted for {deficit_share:pct} of it, and {top_surplus_product} had the largest surplus ({top_surplus_usd:money})."
  es:
    - "{p_category} representó {deficit_share:pct} del déficit de EE.UU. en productos de tecnología avanzada en {p_year}: registró {balance_usd:balance}, mientras que el total ATP registró {atp_balance_usd:balance}."
    - "En {p_year} EE.UU. registró {balance_usd:balance} en {p_category}, mientras que el total de productos de tecnología avanzada registró {atp_balance_usd:balance}."
    - "En {p_year} EE.UU. registró {atp_balance_usd:balance} en productos de tecnología avanzada; {product} representó {deficit_share:pct} de ese déficit, y {top_surplus_product} tuvo el mayor superávit ({top_surplus_usd:money})."
suggestions:
  en:
    - "Top suppliers of information and communications products in {p_year}"
    - "Top suppliers of aerospace products in {p_year}"
  es:
    - "principales proveedores de productos de información y comunicaciones en {p_year}"
    - "principales proveedores de productos aeroespaciales en {p_year}"
fallback:
  en:
    - "Top suppliers of electrical machinery (HS 85) in 2024"
    - "Top suppliers of aircraft (HS 88) in 2024"
    - "What data do you have?"
  es:
    - "principales proveedores de maquinaria eléctrica (capítulo 85) en 2024"
    - "principales proveedores de aeronaves (capítulo 88) en 2024"
    - "¿Qué datos tienes?"
examples:
  en:
    - Is the US a net importer of advanced technology products?
    - ATP trade balance by category in 2024
    - What share of the ATP deficit is information and communications?
    - Which advanced technology category has a surplus?
  es:
    - ¿EE.UU. es importador neto de productos de tecnología avanzada?
    - balanza de productos de tecnología avanzada por categoría en 2024
    - ¿Qué parte del déficit ATP corresponde a información y comunicaciones?
    - ¿Qué categoría de tecnología avanzada tiene superávit?
*/
WITH categories AS (
    SELECT code,
           sum(value_usd) FILTER (WHERE measure = 'imports') AS imports_usd,
           sum(value_usd) FILTER (WHERE measure = 'exports') AS exports_usd,
           sum(value_usd) FILTER (WHERE measure = 'balance') AS balance_usd
    FROM measures
    WHERE dataset = 'hitech' AND partner = '-' AND year = $year
    GROUP BY code
)
SELECT pr.code AS product_code, pr.name_en AS product_en, pr.name_es AS product_es,
       c.exports_usd, c.imports_usd, c.balance_usd,
       sum(c.balance_usd) OVER () AS atp_balance_usd,
       CASE WHEN c.balance_usd < 0 AND sum(c.balance_usd) OVER () < 0
            THEN 100.0 * c.balance_usd / sum(c.balance_usd) OVER () END AS deficit_share,
       arg_max(pr.name_en, c.balance_usd) OVER () AS top_surplus_product_en,
       arg_max(pr.name_es, c.balance_usd) OVER () AS top_surplus_product_es,
       max(c.balance_usd) OVER () AS top_surplus_usd
FROM categories c
JOIN products pr ON pr.dataset = 'hitech' AND pr.code = c.code
ORDER BY c.code = CAST($category AS VARCHAR) DESC NULLS LAST, c.balance_usd
