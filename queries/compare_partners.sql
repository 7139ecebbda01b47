/*
id: compare_partners
title:
  en: Compare partners in a year
  es: Comparar socios en un año
description: >
  U.S. imports, exports, balance or total trade with several partners side by side in one
  year and the year before, with each partner's share of the U.S. total.
params:
  partners: {type: partners, default: ["2010", "1220", "5700", "5830"]}
  flow: {type: flow, default: imports}
  year: {type: year, default: latest}
chart:
  kind: grouped_bar
  x: partner
  group: year
  value: value_usd
  title:
    en: ["U.S. {p_flow} — {p_partners}, {p_year} vs the year before"]
    es: ["{p_flow} de EE.UU. — {p_partners}, {p_year} frente al año anterior"]
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
    imports: ["U.S. imports in {p_year}, with each partner's share of the total: {items}."]
    exports: ["U.S. exports in {p_year}, with each partner's share of the total: {items}."]
    total: ["U.S. goods trade (exports plus imports) in {p_year}, with each partner's share of the total: {items}."]
    balance: ["U.S. goods trade balance in {p_year}: {items}."]
  es:
    imports: ["Importaciones de EE.UU. en {p_year}, con la participación de cada socio en el total: {items}."]
    exports: ["Exportaciones de EE.UU. en {p_year}, con la participación de cada socio en el total: {items}."]
    total: ["Comercio de bienes de EE.UU. (exportaciones más importaciones) en {p_year}, con la participación de cada socio: {items}."]
    balance: ["Balanza comercial de bienes de EE.UU. en {p_year}: {items}."]
suggestions:
  en:
    - "Compare imports from {p_partners} since 2013"
    - "USMCA vs China share of U.S. imports since 2013"
  es:
    - "comparar importaciones de {p_partners} desde 2013"
    - "T-MEC contra China en las importaciones de EE.UU. desde 2013"
examples:
  en:
    - Compare imports from Mexico, Canada and China in 2024
    - Mexico vs China exports in 2023
    - Compare the trade balance with Mexico and Canada in 2024
    - Canada versus Mexico total trade 2022
  es:
    - comparar importaciones de México, Canadá y China en 2024
    - México contra China exportaciones en 2023
    - comparar la balanza comercial con México y Canadá en 2024
    - Canadá frente a México comercio total 2022
*/
WITH yearly AS (
    SELECT partner, year, sum(value_usd) AS value_usd
    FROM measures
    WHERE dataset = 'total' AND measure = $flow AND year IN ($year - 1, $year)
      AND (list_contains(CAST($partners AS VARCHAR[]), partner) OR partner = '-')
    GROUP BY partner, year
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       y.year, y.value_usd,
       CASE WHEN $flow <> 'balance' THEN 100.0 * y.value_usd / w.value_usd END AS share
FROM yearly y
JOIN yearly w ON w.partner = '-' AND w.year = y.year
JOIN partners p ON p.code = y.partner
WHERE list_contains(CAST($partners AS VARCHAR[]), y.partner)
ORDER BY y.year DESC, list_position(CAST($partners AS VARCHAR[]), p.code)
