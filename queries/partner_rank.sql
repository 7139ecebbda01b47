/*
id: partner_rank
title:
  en: Where a partner ranks
  es: Lugar de un socio
description: >
  Where one country ranks among U.S. suppliers (imports), markets (exports) or trading
  partners (total trade) in a year, for all goods or one HS chapter, ATP category or NAICS
  industry; the table lists the top ten, or down to the partner if it ranks lower.
params:
  partner: {type: partner, default: "2010"}
  flow: {type: flow, default: imports, choices: [imports, exports, total]}
  year: {type: year, default: latest}
  chapter: {type: hs_chapter, optional: true}
  category: {type: atp_category, optional: true}
  naics: {type: naics_code, optional: true}
chart:
  kind: ranked_bar
  label: partner
  value: value_usd
  title:
    en:
      - "Ranking of U.S. {p_flow} partners in {p_product}, {p_year}"
      - "Ranking of U.S. {p_flow} partners, {p_year}"
    es:
      - "Clasificación de socios en {p_flow} de EE.UU. de {p_product}, {p_year}"
      - "Clasificación de socios en {p_flow} de EE.UU., {p_year}"
headline: {column: rank, unit: rank, row_where: {partner_code: partner}}
sentence:
  en:
    imports:
      - "{partner} ranked {rank:ordinal} of {countries} countries supplying {p_product} to the U.S. in {p_year}, with {value_usd:money} ({share:pct} of the total)."
      - "{partner} ranked {rank:ordinal} of {countries} countries supplying U.S. imports in {p_year}, with {value_usd:money} ({share:pct} of the total)."
    exports:
      - "{partner} ranked {rank:ordinal} of {countries} markets for U.S. exports of {p_product} in {p_year}, with {value_usd:money} ({share:pct} of the total)."
      - "{partner} ranked {rank:ordinal} of {countries} markets for U.S. exports in {p_year}, with {value_usd:money} ({share:pct} of the total)."
    total:
      - "{partner} ranked {rank:ordinal} of {countries} U.S. trading partners in {p_product} in {p_year}, with {value_usd:money} of exports plus imports ({share:pct} of the total)."
      - "{partner} ranked {rank:ordinal} of {countries} U.S. trading partners in {p_year}, with {value_usd:money} of exports plus imports ({share:pct} of the total)."
  es:
    imports:
      - "{partner} ocupó el {rank:ordinal} lugar entre {countries} países proveedores de {p_product} a EE.UU. en {p_year}, con {value_usd:money} ({share:pct} del total)."
      - "{partner} ocupó el {rank:ordinal} lugar entre {countries} países proveedores de EE.UU. en {p_year}, con {value_usd:money} ({share:pct} del total)."
    exports:
      - "{partner} ocupó el {rank:ordinal} lugar entre {countries} destinos de las exportaciones de EE.UU. de {p_product} en {p_year}, con {value_usd:money} ({share:pct} del total)."
      - "{partner} ocupó el {rank:ordinal} lugar entre {countries} destinos de las exportaciones de EE.UU. en {p_year}, con {value_usd:money} ({share:pct} del total)."
    total:
      - "{partner} ocupó el {rank:ordinal} lugar entre {countries} socios comerciales de EE.UU. en {p_product} en {p_year}, con {value_usd:money} de exportaciones más importaciones ({share:pct} del total)."
      - "{partner} ocupó el {rank:ordinal} lugar entre {countries} socios comerciales de EE.UU. en {p_year}, con {value_usd:money} de exportaciones más importaciones ({share:pct} del total)."
suggestions:
  en:
    - ["{p_partner}'s share of U.S. imports of {p_product} in {p_year}", "{p_partner}'s share of U.S. imports in {p_year}"]
    - "Top 10 suppliers of U.S. imports in {p_year}"
  es:
    - ["participación de {p_partner} en las importaciones de {p_product} en {p_year}", "participación de {p_partner} en las importaciones de EE.UU. en {p_year}"]
    - "los 10 principales proveedores de EE.UU. en {p_year}"
fallback:
  en:
    - "Where does Mexico rank in US imports of electrical machinery (HS 85) in 2024?"
  es:
    - "¿En qué lugar está México en las importaciones de maquinaria eléctrica (capítulo 85) en 2024?"
examples:
  en:
    - Where does Mexico rank among US import suppliers in 2024?
    - What rank is Canada as a US export market?
    - How does Taiwan rank in US imports of electronics?
    - Vietnam's rank among US suppliers in 2023
  es:
    - ¿En qué lugar está México entre los proveedores de EE.UU. en 2024?
    - ¿Qué lugar ocupa Canadá como mercado de exportación de EE.UU.?
    - lugar de Taiwán en las importaciones de electrónicos de EE.UU.
    - posición de Vietnam entre los proveedores de EE.UU. en 2023
*/
WITH scoped AS (
    SELECT m.partner, sum(m.value_usd) AS value_usd
    FROM measures m JOIN product_scope(CAST($chapter AS VARCHAR), CAST($category AS VARCHAR),
                           CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow AND m.year = $year
    GROUP BY m.partner
), ranked AS (
    SELECT c.partner, c.value_usd,
           rank() OVER (ORDER BY c.value_usd DESC) AS rank,
           count(*) OVER () AS countries
    FROM scoped c JOIN partners p ON p.code = c.partner AND p.kind = 'country'
    WHERE c.value_usd > 0
)
SELECT r.rank, p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       r.value_usd, 100.0 * r.value_usd / NULLIF(w.value_usd, 0) AS share, r.countries
FROM ranked r
JOIN partners p ON p.code = r.partner
JOIN scoped w ON w.partner = '-'
WHERE r.rank <= greatest(10, coalesce((SELECT rank FROM ranked WHERE partner = $partner), 0))
ORDER BY r.rank
