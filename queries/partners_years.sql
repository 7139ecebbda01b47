/*
id: partners_years
title:
  en: Partners in chosen years
  es: Socios en años elegidos
description: >
  U.S. imports, exports, balance or total trade with one or several partners in each of the
  years named (for example 2015, 2018 and 2021), for all goods or an HS chapter: every
  named year for every named partner, not only the last.
answers:
  measure: level
  partners: [none, one, several]
  periods: years
  products: [none, hs, atp, naics]
params:
  partners: {type: partners, default: ["-"]}
  flow: {type: flow, default: imports}
  years: {type: years, default: [2014, 2019, 2024]}
  chapters: {type: hs_chapters, optional: true}
  category: {type: atp_category, optional: true}
  naics: {type: naics_code, optional: true}
chart:
  kind: grouped_bar
  x: year
  group: partner
  value: value_usd
  title:
    en:
      - "U.S. {p_flow} of {p_product} by partner in {p_years}"
      - "U.S. {p_flow} by partner in {p_years}"
    es:
      - "{p_flow} de EE.UU. de {p_product} por socio en {p_years}"
      - "{p_flow} de EE.UU. por socio en {p_years}"
headline: {column: value_usd, unit: USD}
items:
  group: partner
  join: semicolon
  en: "{partner}: {inner}"
  es: "{partner}: {inner}"
  inner:
    en: {default: "{value_usd:money} in {year}", balance: "{value_usd:balance} in {year}"}
    es: {default: "{value_usd:money} en {year}", balance: "{value_usd:balance} en {year}"}
sentence:
  en:
    imports:
      - "U.S. imports of {p_product} — {items}."
      - "U.S. imports — {items}."
    exports:
      - "U.S. exports of {p_product} — {items}."
      - "U.S. exports — {items}."
    total:
      - "U.S. trade in {p_product} (exports plus imports) — {items}."
      - "U.S. goods trade (exports plus imports) — {items}."
    balance:
      - "U.S. trade balance in {p_product} — {items}."
      - "U.S. goods trade balance — {items}."
  es:
    imports:
      - "Importaciones de EE.UU. de {p_product} — {items}."
      - "Importaciones de EE.UU. — {items}."
    exports:
      - "Exportaciones de EE.UU. de {p_product} — {items}."
      - "Exportaciones de EE.UU. — {items}."
    total:
      - "Comercio de EE.UU. de {p_product} (exportaciones más importaciones) — {items}."
      - "Comercio de bienes de EE.UU. (exportaciones más importaciones) — {items}."
    balance:
      - "Balanza comercial de EE.UU. en {p_product} — {items}."
      - "Balanza comercial de bienes de EE.UU. — {items}."
suggestions:
  en:
    exports:
      - "Compare exports to {p_partners} since 2013"
    default:
      - "Compare imports from {p_partners} since 2013"
  es:
    exports:
      - "comparar exportaciones hacia {p_partners} a partir de 2013"
    default:
      - "comparar importaciones desde {p_partners} a partir de 2013"
examples:
  en:
    - Imports from Japan and Korea for 2015, 2018 and 2021
    - US exports to Mexico in 2016 and 2020
    - Trade balance with China in 2018, 2020 and 2022
    - Total trade with Canada and Mexico in 2014 and 2024
  es:
    - importaciones desde Japón y Corea en 2015, 2018 y 2021
    - exportaciones a México en 2016 y 2020
    - balanza comercial con China en 2018, 2020 y 2022
    - comercio total con Canadá y México en 2014 y 2024
*/
WITH yearly AS (
    SELECT m.partner, m.year, sum(m.value_usd) AS value_usd
    FROM measures m
    JOIN product_scope(CAST($chapters AS VARCHAR[]), CAST($category AS VARCHAR), CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow
      AND list_contains(CAST($years AS INTEGER[]), m.year)
      AND list_contains(CAST($partners AS VARCHAR[]), m.partner)
    GROUP BY m.partner, m.year
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       y.year, y.value_usd
FROM yearly y
JOIN partners p ON p.code = y.partner
ORDER BY list_position(CAST($partners AS VARCHAR[]), y.partner), y.year
