/*
id: combined_partners
title:
  en: Partners combined
  es: Socios en conjunto
description: >
  U.S. imports, exports, balance or total trade with a set of partners taken together (for
  example Canada and Mexico as a bloc) in a year, a month, a quarter, a half or a run of
  months, for all goods or an HS chapter: the sum and its share of the U.S. total, shown with
  each member. The sum is of the members' own figures; for Canada and Mexico it equals the
  Census USMCA group (0020), which a test checks.
answers:
  measure: [level, share]
  partners: several
  combine: combined
  periods: [none, year, months]
  products: [none, hs, atp, naics]
params:
  partners: {type: partners, default: ["2010", "1220"]}
  flow: {type: flow, default: imports}
  year: {type: year, default: latest}
  first_month: {type: month, default: 1}
  last_month: {type: month, default: 12}
  chapters: {type: hs_chapters, optional: true}
  category: {type: atp_category, optional: true}
  naics: {type: naics_code, optional: true}
chart:
  kind: stacked_bar
  label: partner
  value: value_usd
  title:
    en:
      - "U.S. {p_flow} of {p_product} — {p_partners} combined, {p_when_bare}"
      - "U.S. {p_flow} — {p_partners} combined, {p_when_bare}"
    es:
      - "{p_flow} de EE.UU. de {p_product} — {p_partners} en conjunto, {p_when_bare}"
      - "{p_flow} de EE.UU. — {p_partners} en conjunto, {p_when_bare}"
headline: {column: combined_usd, unit: USD}
items:
  en: {default: "{partner} {value_usd:money}", balance: "{partner} {value_usd:balance}"}
  es: {default: "{partner} {value_usd:money}", balance: "{partner} {value_usd:balance}"}
sentence:
  en:
    imports:
      - "U.S. imports of {p_product} from {p_partners} combined were {combined_usd:money} {p_when}[, {combined_share:pct} of U.S. imports of these goods]: {items}."
      - "U.S. imports from {p_partners} combined were {combined_usd:money} {p_when}[, {combined_share:pct} of all U.S. imports]: {items}."
    exports:
      - "U.S. exports of {p_product} to {p_partners} combined were {combined_usd:money} {p_when}[, {combined_share:pct} of U.S. exports of these goods]: {items}."
      - "U.S. exports to {p_partners} combined were {combined_usd:money} {p_when}[, {combined_share:pct} of all U.S. exports]: {items}."
    total:
      - "U.S. trade in {p_product} with {p_partners} combined (exports plus imports) was {combined_usd:money} {p_when}[, {combined_share:pct} of the U.S. total]: {items}."
      - "U.S. goods trade with {p_partners} combined (exports plus imports) was {combined_usd:money} {p_when}[, {combined_share:pct} of total U.S. goods trade]: {items}."
    balance:
      - "The U.S. had {combined_usd:balance} in trade in {p_product} with {p_partners} combined {p_when}: {items}."
      - "The U.S. had {combined_usd:balance} in goods trade with {p_partners} combined {p_when}: {items}."
  es:
    imports:
      - "Las importaciones de EE.UU. de {p_product} desde {p_partners} en conjunto sumaron {combined_usd:money} {p_when}[, {combined_share:pct} de las importaciones de estos bienes]: {items}."
      - "Las importaciones de EE.UU. desde {p_partners} en conjunto sumaron {combined_usd:money} {p_when}[, {combined_share:pct} del total importado]: {items}."
    exports:
      - "Las exportaciones de EE.UU. de {p_product} a {p_partners} en conjunto sumaron {combined_usd:money} {p_when}[, {combined_share:pct} de las exportaciones de estos bienes]: {items}."
      - "Las exportaciones de EE.UU. a {p_partners} en conjunto sumaron {combined_usd:money} {p_when}[, {combined_share:pct} del total exportado]: {items}."
    total:
      - "El comercio de EE.UU. de {p_product} con {p_partners} en conjunto (exportaciones más importaciones) sumó {combined_usd:money} {p_when}[, {combined_share:pct} del total]: {items}."
      - "El comercio de bienes de EE.UU. con {p_partners} en conjunto (exportaciones más importaciones) sumó {combined_usd:money} {p_when}[, {combined_share:pct} del comercio total de bienes]: {items}."
    balance:
      - "EE.UU. registró {combined_usd:balance} en su comercio de {p_product} con {p_partners} en conjunto {p_when}: {items}."
      - "EE.UU. registró {combined_usd:balance} en su comercio de bienes con {p_partners} en conjunto {p_when}: {items}."
suggestions:
  en:
    exports:
      - "Compare exports to {p_partners} in {p_year}"
      - "Top 5 export markets in {p_year}"
    default:
      - "Compare imports from {p_partners} in {p_year}"
      - "USMCA vs China share of U.S. imports since 2013"
  es:
    exports:
      - "comparar exportaciones hacia {p_partners} en {p_year}"
      - "los 5 principales mercados de exportación en {p_year}"
    default:
      - "comparar importaciones de {p_partners} en {p_year}"
      - "T-MEC contra China en las importaciones de EE.UU. desde 2013"
examples:
  en:
    - Imports from Canada and Mexico together in 2024
    - US exports to Canada and Mexico as a bloc in 2023

    - Electrical machinery imports from Mexico and Canada combined in 2023
    - Combined trade deficit with China and Vietnam in 2024
  es:
    - importaciones desde Canadá y México en conjunto en 2024
    - exportaciones a Canadá y México como bloque en 2023

    - importaciones de maquinaria eléctrica desde México y Canadá juntos en 2023
    - déficit comercial combinado con China y Vietnam en 2024
*/
WITH scoped AS (
    SELECT m.partner, sum(m.value_usd) AS value_usd
    FROM measures m
    JOIN product_scope(CAST($chapters AS VARCHAR[]), CAST($category AS VARCHAR), CAST($naics AS VARCHAR)) s
      ON m.dataset = s.dataset AND m.code = s.code
    WHERE m.measure = $flow AND m.year = $year
      AND m.month BETWEEN $first_month AND $last_month
      AND (list_contains(CAST($partners AS VARCHAR[]), m.partner) OR m.partner = '-')
    GROUP BY m.partner
), members AS (
    SELECT s.partner, s.value_usd FROM scoped s
    WHERE list_contains(CAST($partners AS VARCHAR[]), s.partner)
)
SELECT p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       $year AS year, m.value_usd,
       CASE WHEN $flow <> 'balance' THEN 100.0 * m.value_usd / NULLIF(w.value_usd, 0) END AS share,
       sum(m.value_usd) OVER () AS combined_usd,
       CASE WHEN $flow <> 'balance'
            THEN 100.0 * sum(m.value_usd) OVER () / NULLIF(w.value_usd, 0) END AS combined_share
FROM members m
JOIN partners p ON p.code = m.partner
LEFT JOIN scoped w ON w.partner = '-'
ORDER BY m.value_usd DESC, list_position(CAST($partners AS VARCHAR[]), m.partner)
