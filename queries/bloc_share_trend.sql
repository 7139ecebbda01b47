/*
id: bloc_share_trend
title:
  en: Shares over time
  es: Participaciones en el tiempo
description: >
  The shares of U.S. imports, exports or total trade held by partners year by year — by
  default the USMCA partners (Canada and Mexico), China and Asia as a whole — for all goods
  or one HS chapter, ATP category or NAICS industry, with each partner's change in
  percentage points over the range.
answers:
  - measure: share
    partners: several
    periods: [none, span]
    products: [none, hs, atp, naics]
  - measure: share
    partners: one
    periods: span
    products: [none, hs, atp, naics]
params:
  partners: {type: partners, default: ["0020", "5700", "5XXX"]}
  flow: {type: flow, default: imports, choices: [imports, exports, total]}
  start_year: {type: year, default: 2013}
  end_year: {type: year, default: latest}
  chapters: {type: hs_chapters, optional: true}
  category: {type: atp_category, optional: true}
  naics: {type: naics_code, optional: true}
chart:
  kind: share_line
  value: share
  series: partner
  title:
    en:
      - "Share of U.S. {p_flow} of {p_product}: {p_partners}"
      - "Share of U.S. {p_flow}: {p_partners}"
    es:
      - "Participación en las {p_flow} de EE.UU. de {p_product}: {p_partners}"
      - "Participación en las {p_flow} de EE.UU.: {p_partners}"
headline: {column: share, unit: percent, row_where: {year: end_year}}
items:
  where: {year: end_year}
  en:
    - "{partner} {share:pct} ({share_change_pp:pp_change} since {first_year})"
    - "{partner} {share:pct}"
  es:
    - "{partner} {share:pct} ({share_change_pp:pp_change} desde {first_year})"
    - "{partner} {share:pct}"
sentence:
  en:
    imports:
      - "Shares of U.S. imports of {p_product} in {p_end_year}: {items}."
      - "Shares of U.S. imports in {p_end_year}: {items}."
    exports:
      - "Shares of U.S. exports of {p_product} in {p_end_year}: {items}."
      - "Shares of U.S. exports in {p_end_year}: {items}."
    total:
      - "Shares of U.S. trade in {p_product} in {p_end_year}: {items}."
      - "Shares of total U.S. goods trade in {p_end_year}: {items}."
  es:
    imports:
      - "Participación en las importaciones de EE.UU. de {p_product} en {p_end_year}: {items}."
      - "Participación en las importaciones de EE.UU. en {p_end_year}: {items}."
    exports:
      - "Participación en las exportaciones de EE.UU. de {p_product} en {p_end_year}: {items}."
      - "Participación en las exportaciones de EE.UU. en {p_end_year}: {items}."
    total:
      - "Participación en el comercio de EE.UU. de {p_product} en {p_end_year}: {items}."
      - "Participación en el comercio total de bienes de EE.UU. en {p_end_year}: {items}."
suggestions:
  en:
    exports:
      - "Mexico's share of U.S. exports in {p_end_year}"
      - "Compare exports to Mexico and China since {p_start_year}"
    default:
      - ["Mexico's share of U.S. imports of {p_product} in {p_end_year}", "Mexico's share of U.S. imports in {p_end_year}"]
      - "Compare imports from Mexico and China since {p_start_year}"
  es:
    exports:
      - "participación de México en las exportaciones de EE.UU. en {p_end_year}"
      - "comparar exportaciones a México y China desde {p_start_year}"
    default:
      - ["participación de México en las importaciones de {p_product} en {p_end_year}", "participación de México en las importaciones de EE.UU. en {p_end_year}"]
      - "comparar importaciones de México y China desde {p_start_year}"
fallback:
  en:
    - "USMCA vs China share of US imports of electrical machinery (HS 85)"
  es:
    - "T-MEC contra China en las importaciones de maquinaria eléctrica (capítulo 85)"
examples:
  en:
    - USMCA vs China share of US imports since 2013
    - How has the USMCA share of US imports compared with China's?
    - USMCA versus China share of electronics imports
    - Mexico's share of US imports since 2015
    - Share of US exports going to USMCA partners vs China since 2015
  es:
    - participación del T-MEC contra China en las importaciones de EE.UU. desde 2013

    - participación del T-MEC frente a China en las importaciones
    - participación de Canadá en las exportaciones de EE.UU. desde 2016
    - participación del T-MEC contra China en importaciones de electrónicos
    - participación de los socios del T-MEC y China en las exportaciones desde 2015
*/
WITH yearly AS (
    SELECT m.partner, m.year, sum(m.value_usd) AS value_usd
    FROM measures m
    JOIN product_scope(CAST($chapters AS VARCHAR[]), CAST($category AS VARCHAR), CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow AND m.year BETWEEN $start_year AND $end_year
      AND (list_contains(CAST($partners AS VARCHAR[]), m.partner) OR m.partner = '-')
    GROUP BY m.partner, m.year
), shares AS (
    SELECT y.partner, y.year, y.value_usd, 100.0 * y.value_usd / NULLIF(w.value_usd, 0) AS share
    FROM yearly y JOIN yearly w ON w.partner = '-' AND w.year = y.year
    WHERE list_contains(CAST($partners AS VARCHAR[]), y.partner)
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       s.year, s.value_usd, s.share,
       first_value(s.year) OVER w AS first_year,
       first_value(s.share) OVER w AS first_share,
       s.share - first_value(s.share) OVER w AS share_change_pp
FROM shares s
JOIN partners p ON p.code = s.partner
WINDOW w AS (PARTITION BY s.partner ORDER BY s.year)
ORDER BY s.year DESC, list_position(CAST($partners AS VARCHAR[]), s.partner)
