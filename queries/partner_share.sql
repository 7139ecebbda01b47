/*
id: partner_share
title:
  en: A partner's share of U.S. trade
  es: Participación de un socio en el comercio de EE.UU.
description: >
  One partner's share of U.S. imports, exports or total trade in a year, a month, a quarter,
  a half or a run of months, for all goods or one HS chapter (or several summed), ATP
  category or NAICS industry, with the change in percentage points from the same months of
  the year before and every earlier year for the trend.
answers:
  measure: share
  partners: one
  periods: [none, year, months]
  products: [none, hs, atp, naics]
params:
  partner: {type: partner, default: "2010"}
  flow: {type: flow, default: imports, choices: [imports, exports, total]}
  year: {type: year, default: latest}
  first_month: {type: month, default: 1}
  last_month: {type: month, default: 12}
  chapters: {type: hs_chapters, optional: true}
  category: {type: atp_category, optional: true}
  naics: {type: naics_code, optional: true}
chart:
  kind: share_line
  value: share
  title:
    en:
      - "{partner}: share of U.S. {p_flow} of {p_product}"
      - "{partner}: share of U.S. {p_flow}"
    es:
      - "{partner}: participación en las {p_flow} de EE.UU. de {p_product}"
      - "{partner}: participación en las {p_flow} de EE.UU."
headline: {column: share, unit: percent, row_where: {year: year}}
sentence:
  en:
    imports:
      - "{partner} supplied {share:pct} of U.S. imports of {p_product} {p_when} ({value_usd:money} of {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "{partner} supplied {share:pct} of U.S. imports of {p_product} {p_when} ({value_usd:money} of {world_usd:money})."
      - "{partner} supplied {share:pct} of all U.S. imports {p_when} ({value_usd:money} of {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "{partner} supplied {share:pct} of all U.S. imports {p_when} ({value_usd:money} of {world_usd:money})."
    exports:
      - "{partner} took {share:pct} of U.S. exports of {p_product} {p_when} ({value_usd:money} of {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "{partner} took {share:pct} of U.S. exports of {p_product} {p_when} ({value_usd:money} of {world_usd:money})."
      - "{partner} took {share:pct} of all U.S. exports {p_when} ({value_usd:money} of {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "{partner} took {share:pct} of all U.S. exports {p_when} ({value_usd:money} of {world_usd:money})."
    total:
      - "{partner} accounted for {share:pct} of U.S. trade in {p_product} {p_when} ({value_usd:money} of {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "{partner} accounted for {share:pct} of U.S. trade in {p_product} {p_when} ({value_usd:money} of {world_usd:money})."
      - "{partner} accounted for {share:pct} of total U.S. goods trade {p_when} ({value_usd:money} of {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "{partner} accounted for {share:pct} of total U.S. goods trade {p_when} ({value_usd:money} of {world_usd:money})."
  es:
    imports:
      - "Desde {partner} llegó el {share:pct} de las importaciones de EE.UU. de {p_product} {p_when} ({value_usd:money} de {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "Desde {partner} llegó el {share:pct} de las importaciones de EE.UU. de {p_product} {p_when} ({value_usd:money} de {world_usd:money})."
      - "Desde {partner} llegó el {share:pct} de todas las importaciones de EE.UU. {p_when} ({value_usd:money} de {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "Desde {partner} llegó el {share:pct} de todas las importaciones de EE.UU. {p_when} ({value_usd:money} de {world_usd:money})."
    exports:
      - "Hacia {partner} se dirigió el {share:pct} de las exportaciones de EE.UU. de {p_product} {p_when} ({value_usd:money} de {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "Hacia {partner} se dirigió el {share:pct} de las exportaciones de EE.UU. de {p_product} {p_when} ({value_usd:money} de {world_usd:money})."
      - "Hacia {partner} se dirigió el {share:pct} de todas las exportaciones de EE.UU. {p_when} ({value_usd:money} de {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "Hacia {partner} se dirigió el {share:pct} de todas las exportaciones de EE.UU. {p_when} ({value_usd:money} de {world_usd:money})."
    total:
      - "El comercio con {partner} representó el {share:pct} del comercio de EE.UU. en {p_product} {p_when} ({value_usd:money} de {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "El comercio con {partner} representó el {share:pct} del comercio de EE.UU. en {p_product} {p_when} ({value_usd:money} de {world_usd:money})."
      - "El comercio con {partner} representó el {share:pct} del comercio total de bienes de EE.UU. {p_when} ({value_usd:money} de {world_usd:money}), {share_change_pp:pp_change} {p_prev_from}."
      - "El comercio con {partner} representó el {share:pct} del comercio total de bienes de EE.UU. {p_when} ({value_usd:money} de {world_usd:money})."
suggestions:
  en:
    exports:
      - "Where does {p_partner} rank among U.S. export markets in {p_year}?"
      - "Top 5 export markets in {p_year}"
    default:
      - ["Where does {p_partner} rank among U.S. suppliers of {p_product} in {p_year}?", "Where does {p_partner} rank among U.S. suppliers in {p_year}?"]
      - ["Top suppliers of {p_product} in {p_year}", "USMCA vs China share of U.S. imports since 2013"]
  es:
    exports:
      - "lugar de {p_partner} entre los destinos de las exportaciones de EE.UU. en {p_year}"
      - "los 5 principales mercados de exportación en {p_year}"
    default:
      - ["lugar de {p_partner} entre los proveedores de {p_product} en {p_year}", "lugar de {p_partner} entre los proveedores de EE.UU. en {p_year}"]
      - ["principales proveedores de {p_product} en {p_year}", "T-MEC contra China en las importaciones de EE.UU. desde 2013"]
fallback:
  en:
    - "Mexico's share of US imports of electrical machinery (HS 85) in 2024"
    - "Mexico's share of US imports of machinery and computers (HS 84) in 2024"
  es:
    - "participación de México en las importaciones de maquinaria eléctrica (capítulo 85) en 2024"
    - "participación de México en las importaciones de maquinaria y computadoras (capítulo 84) en 2024"
examples:
  en:
    - Mexico's share of US imports of computers in 2024
    - What share of US exports go to Canada?
    - China's share of US imports in 2018
    - Taiwan share of US electronics imports 2024
    - Mexico's share of US imports of information and communications products
    - China's share of US imports in the first quarter of 2024
  es:
    - participación de México en las importaciones de computadoras de EE.UU. en 2024
    - ¿Qué porcentaje de las exportaciones de EE.UU. va a Canadá?
    - participación de China en las importaciones de EE.UU. en 2018
    - porcentaje de Taiwán en las importaciones de electrónicos 2024
    - participación de Canadá en las exportaciones de EE.UU. en el segundo semestre de 2023
*/
WITH yearly AS (
    SELECT m.partner, m.year, sum(m.value_usd) AS value_usd
    FROM measures m
    JOIN product_scope(CAST($chapters AS VARCHAR[]), CAST($category AS VARCHAR), CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow AND m.partner IN ($partner, '-') AND m.year <= $year
      AND m.month BETWEEN $first_month AND $last_month
    GROUP BY m.partner, m.year
), shares AS (
    SELECT y.year, y.value_usd, w.value_usd AS world_usd,
           100.0 * y.value_usd / NULLIF(w.value_usd, 0) AS share
    FROM yearly y JOIN yearly w ON w.year = y.year AND w.partner = '-'
    WHERE y.partner = $partner
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       s.year, s.value_usd, s.world_usd, s.share,
       prev.year AS prev_year,
       prev.share AS prev_share,
       s.share - prev.share AS share_change_pp
FROM shares s
JOIN partners p ON p.code = $partner
LEFT JOIN shares prev ON prev.year = s.year - 1
ORDER BY s.year DESC
