/*
id: partner_rank
title:
  en: Where a partner ranks
  es: Lugar de un socio
description: >
  Where one country ranks among U.S. suppliers (imports), markets (exports), trading
  partners (total trade), or among the countries the U.S. runs a deficit (or a surplus)
  with, in a year, a month, a quarter, a half or a run of months, for all goods or one HS
  chapter, ATP category or NAICS industry; the table lists the top ten, or down to the
  partner if it ranks lower. A country on the other side of the balance is said to be so.
answers:
  - measure: rank
    partners: one
    periods: [none, year, months]
    products: [none, hs, atp, naics]
    flows: [imports, exports, total]
  - measure: rank
    partners: one
    periods: [none, year, months]
    products: none
    flows: [balance]
    options: [side]
params:
  partner: {type: partner, default: "2010"}
  flow: {type: flow, default: imports}
  side: {type: choice, choices: [deficit, surplus], default: deficit}
  year: {type: year, default: latest}
  first_month: {type: month, default: 1}
  last_month: {type: month, default: 12}
  chapters: {type: hs_chapters, optional: true}
  category: {type: atp_category, optional: true}
  naics: {type: naics_code, optional: true}
chart:
  kind: ranked_bar
  label: partner
  value: value_usd
  title:
    en:
      - "Partners ranked by U.S. {p_flow} of {p_product}, {p_when_bare}"
      - "Partners ranked by U.S. {p_flow}, {p_when_bare}"
    es:
      - "Clasificación de socios en {p_flow} de EE.UU. de {p_product}, {p_when_bare}"
      - "Clasificación de socios en {p_flow} de EE.UU., {p_when_bare}"
headline: {column: rank, unit: rank, row_where: {partner_code: partner}}
sentence:
  en:
    imports:
      - "{partner} ranked {rank:ordinal} of {countries} countries supplying {p_product} to the U.S. {p_when}, with {value_usd:money} ({share:pct} of the total)."
      - "{partner} ranked {rank:ordinal} of {countries} countries supplying U.S. imports {p_when}, with {value_usd:money} ({share:pct} of the total)."
      - "The U.S. recorded {value_usd:money} of imports from {partner} {p_when}, so {partner} is not ranked among the {countries} supplying countries."
    exports:
      - "{partner} ranked {rank:ordinal} of {countries} markets for U.S. exports of {p_product} {p_when}, with {value_usd:money} ({share:pct} of the total)."
      - "{partner} ranked {rank:ordinal} of {countries} markets for U.S. exports {p_when}, with {value_usd:money} ({share:pct} of the total)."
      - "The U.S. recorded {value_usd:money} of exports to {partner} {p_when}, so {partner} is not ranked among the {countries} markets."
    total:
      - "{partner} ranked {rank:ordinal} of {countries} U.S. trading partners in {p_product} {p_when}, with {value_usd:money} of exports plus imports ({share:pct} of the total)."
      - "{partner} ranked {rank:ordinal} of {countries} U.S. trading partners {p_when}, with {value_usd:money} of exports plus imports ({share:pct} of the total)."
      - "The U.S. recorded {value_usd:money} of trade with {partner} {p_when}, so {partner} is not ranked among the {countries} trading partners."
    balance_deficit:
      - "{partner} ranked {rank:ordinal} of {countries} countries with which the U.S. had a goods trade deficit {p_when}, with {value_usd:balance}."
      - "The U.S. had {value_usd:balance} with {partner} {p_when}, so {partner} is not among the {countries} countries with which it had a deficit."
    balance_surplus:
      - "{partner} ranked {rank:ordinal} of {countries} countries with which the U.S. had a goods trade surplus {p_when}, with {value_usd:balance}."
      - "The U.S. had {value_usd:balance} with {partner} {p_when}, so {partner} is not among the {countries} countries with which it had a surplus."
  es:
    imports:
      - "{partner} ocupó el {rank:place} lugar entre {countries} países proveedores de {p_product} a EE.UU. {p_when}, con {value_usd:money} ({share:pct} del total)."
      - "{partner} ocupó el {rank:place} lugar entre {countries} países proveedores de EE.UU. {p_when}, con {value_usd:money} ({share:pct} del total)."
      - "EE.UU. registró importaciones por {value_usd:money} desde {partner} {p_when}, por lo que {partner} no figura entre los {countries} países proveedores."
    exports:
      - "{partner} ocupó el {rank:place} lugar entre {countries} destinos de las exportaciones de EE.UU. de {p_product} {p_when}, con {value_usd:money} ({share:pct} del total)."
      - "{partner} ocupó el {rank:place} lugar entre {countries} destinos de las exportaciones de EE.UU. {p_when}, con {value_usd:money} ({share:pct} del total)."
      - "EE.UU. registró exportaciones por {value_usd:money} a {partner} {p_when}, por lo que {partner} no figura entre los {countries} destinos."
    total:
      - "{partner} ocupó el {rank:place} lugar entre {countries} socios comerciales de EE.UU. en {p_product} {p_when}, con {value_usd:money} de exportaciones más importaciones ({share:pct} del total)."
      - "{partner} ocupó el {rank:place} lugar entre {countries} socios comerciales de EE.UU. {p_when}, con {value_usd:money} de exportaciones más importaciones ({share:pct} del total)."
      - "EE.UU. registró un comercio de {value_usd:money} con {partner} {p_when}, por lo que {partner} no figura entre los {countries} socios comerciales."
    balance_deficit:
      - "{partner} ocupó el {rank:place} lugar entre {countries} países con los que EE.UU. tuvo déficit comercial de bienes {p_when}, con {value_usd:balance}."
      - "EE.UU. registró {value_usd:balance} con {partner} {p_when}, por lo que {partner} no está entre los {countries} países con los que tuvo déficit."
    balance_surplus:
      - "{partner} ocupó el {rank:place} lugar entre {countries} países con los que EE.UU. tuvo superávit comercial de bienes {p_when}, con {value_usd:balance}."
      - "EE.UU. registró {value_usd:balance} con {partner} {p_when}, por lo que {partner} no está entre los {countries} países con los que tuvo superávit."
suggestions:
  en:
    exports:
      - "{p_partner}'s share of U.S. exports in {p_year}"
      - "Top 10 export markets in {p_year}"
    default:
      - ["{p_partner}'s share of U.S. imports of {p_product} in {p_year}", "{p_partner}'s share of U.S. imports in {p_year}"]
      - "Top 10 suppliers of U.S. imports in {p_year}"
  es:
    exports:
      - "participación de {p_partner} en las exportaciones de EE.UU. en {p_year}"
      - "los 10 principales mercados de exportación en {p_year}"
    default:
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
    - Where does Japan rank among the countries the US runs a deficit with?
  es:
    - ¿En qué lugar está México entre los proveedores de EE.UU. en 2024?
    - ¿Qué lugar ocupa Canadá como mercado de exportación de EE.UU.?
    - lugar de Taiwán en las importaciones de electrónicos de EE.UU.
    - posición de Vietnam entre los proveedores de EE.UU. en 2023
    - ¿En qué lugar está Japón entre los países con los que EE.UU. tiene déficit?
*/
WITH scoped AS (
    SELECT m.partner, sum(m.value_usd) AS value_usd
    FROM measures m
    JOIN product_scope(CAST($chapters AS VARCHAR[]), CAST($category AS VARCHAR), CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow AND m.year = $year AND m.month BETWEEN $first_month AND $last_month
    GROUP BY m.partner
), eligible AS (
    -- flows rank every country with trade; the balance ranks one side only
    SELECT c.partner, c.value_usd
    FROM scoped c JOIN partners p ON p.code = c.partner AND p.kind = 'country'
    WHERE CASE WHEN $flow <> 'balance' OR $side = 'surplus' THEN c.value_usd > 0 ELSE c.value_usd < 0 END
), ranked AS (
    SELECT e.partner, e.value_usd,
           rank() OVER (ORDER BY CASE WHEN $flow = 'balance' AND $side = 'deficit'
                                      THEN e.value_usd ELSE -e.value_usd END) AS rank,
           count(*) OVER () AS countries
    FROM eligible e
), shown AS (
    SELECT r.rank, r.partner, r.value_usd, r.countries FROM ranked r
    WHERE r.rank <= greatest(10, coalesce((SELECT rank FROM ranked WHERE partner = $partner), 0))
    UNION ALL
    -- the partner itself when it is not ranked (the other side of the balance)
    SELECT NULL, c.partner, c.value_usd, (SELECT count(*) FROM eligible)
    FROM scoped c JOIN partners p ON p.code = c.partner AND p.kind = 'country'
    WHERE c.partner = $partner AND c.partner NOT IN (SELECT partner FROM ranked)
)
SELECT s.rank, p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       s.value_usd,
       CASE WHEN $flow <> 'balance' THEN 100.0 * s.value_usd / NULLIF(w.value_usd, 0) END AS share,
       s.countries
FROM shown s
JOIN partners p ON p.code = s.partner
LEFT JOIN scoped w ON w.partner = '-'
ORDER BY s.rank NULLS LAST
