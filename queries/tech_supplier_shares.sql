/*
id: tech_supplier_shares
title:
  en: Mexico, Canada, China and Taiwan in technology goods
  es: México, Canadá, China y Taiwán en bienes tecnológicos
description: >
  Shares of U.S. imports held by Mexico, Canada, China and Taiwan in the four technology
  HS chapters (84 machinery and computers, 85 electrical and electronic equipment,
  88 aircraft and spacecraft, 90 instruments) in a year. HS chapters, not ATP or NAICS.
answers:
  measure: [level, share]
  partners: [none, several]
  partners_within: ["2010", "1220", "5700", "5830", "0020"]
  periods: [none, year]
  products: tech
params:
  year: {type: year, default: latest}
dataset: hs
flows: [imports]
chart:
  kind: grouped_bar
  x: product
  group: partner
  value: share
  title:
    en: ["Share of U.S. imports in technology chapters, {p_year}"]
    es: ["Participación en las importaciones de EE.UU. de capítulos tecnológicos, {p_year}"]
headline: {column: share, unit: percent}
items:
  where_value: {partner_code: "2010"}
  join: semicolon
  en: "{product}: Mexico {share:pct}, Canada {canada_share:pct}, China {china_share:pct}, Taiwan {taiwan_share:pct}"
  es: "{product}: México {share:pct}, Canadá {canada_share:pct}, China {china_share:pct}, Taiwán {taiwan_share:pct}"
sentence:
  en: ["Shares of U.S. imports in {p_year} by HS chapter — {items}."]
  es: ["Participación en las importaciones de EE.UU. en {p_year} por capítulo del SA — {items}."]
suggestions:
  en:
    - "Top suppliers of electrical machinery in {p_year}"
    - "USMCA vs China share of US imports of electrical machinery"
  es:
    - "principales proveedores de maquinaria eléctrica en {p_year}"
    - "T-MEC contra China en las importaciones de maquinaria eléctrica"
examples:
  en:
    - USMCA versus China in technology goods
    - Mexico vs China in US technology imports

    - Who does the US rely on for tech imports, Mexico or China?
    - Tech import shares of Mexico, Canada, China and Taiwan in 2023
  es:
    - México contra China en bienes tecnológicos
    - participación de México y China en las importaciones tecnológicas de EE.UU.

    - ¿De quién depende EE.UU. en importaciones tecnológicas, México o China?
    - participación de México, Canadá, China y Taiwán en tecnología en 2023
*/
WITH chapters AS (
    SELECT code, partner, sum(value_usd) AS value_usd
    FROM measures
    WHERE dataset = 'hs' AND measure = 'imports' AND year = $year
      AND code IN ('84', '85', '88', '90')
      AND partner IN ('2010', '1220', '5700', '5830', '-')
    GROUP BY code, partner
), shares AS (
    SELECT c.code, c.partner, c.value_usd, 100.0 * c.value_usd / NULLIF(w.value_usd, 0) AS share
    FROM chapters c JOIN chapters w ON w.code = c.code AND w.partner = '-'
    WHERE c.partner <> '-'
)
SELECT s.code AS product_code,
       pr.name_en || ' (HS ' || s.code || ')' AS product_en,
       pr.name_es || ' (cap. ' || s.code || ')' AS product_es,
       p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       s.value_usd, s.share,
       max(s.share) FILTER (WHERE s.partner = '1220') OVER ch AS canada_share,
       max(s.share) FILTER (WHERE s.partner = '5700') OVER ch AS china_share,
       max(s.share) FILTER (WHERE s.partner = '5830') OVER ch AS taiwan_share
FROM shares s
JOIN products pr ON pr.dataset = 'hs' AND pr.code = s.code
JOIN partners p ON p.code = s.partner
WINDOW ch AS (PARTITION BY s.code)
ORDER BY s.code, list_position(['2010', '1220', '5700', '5830'], s.partner)
