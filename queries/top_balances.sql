/*
id: top_balances
title:
  en: Largest deficits or surpluses
  es: Mayores déficits o superávits
description: >
  The countries with which the U.S. had its largest goods trade deficits, or its largest
  surpluses, in a year, a month, a quarter, a half or a run of months. Only countries on
  that side of the balance are listed; the table gives each one's exports and imports.
answers:
  measure: top
  partners: none
  periods: [none, year, months]
  products: none
  flows: [balance]
  options: [n, side]
params:
  side: {type: choice, choices: [deficit, surplus], default: deficit}
  year: {type: year, default: latest}
  first_month: {type: month, default: 1}
  last_month: {type: month, default: 12}
  n: {type: int, default: 5, min: 1, max: 25}
flows: [imports, exports]
chart:
  kind: diverging_bar
  label: partner
  value: value_usd
  title:
    en:
      deficit_one: ["The largest U.S. goods trade deficit, {p_when_bare}"]
      surplus_one: ["The largest U.S. goods trade surplus, {p_when_bare}"]
      default: ["The {p_n} largest U.S. goods trade {p_side}, {p_when_bare}"]
    es:
      deficit_one: ["El mayor déficit comercial de bienes de EE.UU., {p_when_bare}"]
      surplus_one: ["El mayor superávit comercial de bienes de EE.UU., {p_when_bare}"]
      default: ["Los {p_n} mayores {p_side} comerciales de bienes de EE.UU., {p_when_bare}"]
headline: {column: value_usd, unit: USD}
items:
  en: "{partner}"
  es: "{partner}"
sentence:
  en:
    deficit_one:
      - "The largest U.S. goods trade deficit {p_when} was with {partner}: {value_usd:balance} (exports {exports_usd:money}, imports {imports_usd:money})."
    surplus_one:
      - "The largest U.S. goods trade surplus {p_when} was with {partner}: {value_usd:balance} (exports {exports_usd:money}, imports {imports_usd:money})."
    deficit:
      - "The {p_n} largest U.S. goods trade deficits {p_when} were with {items}; with {partner} the U.S. had {value_usd:balance} (exports {exports_usd:money}, imports {imports_usd:money})."
    surplus:
      - "The {p_n} largest U.S. goods trade surpluses {p_when} were with {items}; with {partner} the U.S. had {value_usd:balance} (exports {exports_usd:money}, imports {imports_usd:money})."
  es:
    deficit_one:
      - "El mayor déficit comercial de bienes de EE.UU. {p_when} fue con {partner}: {value_usd:balance} (exportaciones por {exports_usd:money} e importaciones por {imports_usd:money})."
    surplus_one:
      - "El mayor superávit comercial de bienes de EE.UU. {p_when} fue con {partner}: {value_usd:balance} (exportaciones por {exports_usd:money} e importaciones por {imports_usd:money})."
    deficit:
      - "Los {p_n} mayores déficits comerciales de bienes de EE.UU. {p_when} fueron con {items}; con {partner} EE.UU. registró {value_usd:balance} (exportaciones por {exports_usd:money} e importaciones por {imports_usd:money})."
    surplus:
      - "Los {p_n} mayores superávits comerciales de bienes de EE.UU. {p_when} fueron con {items}; con {partner} EE.UU. registró {value_usd:balance} (exportaciones por {exports_usd:money} e importaciones por {imports_usd:money})."
suggestions:
  en:
    - "Trade balance with China since 2013"
    - "Where does Japan rank among the countries the US runs a deficit with in {p_year}?"
  es:
    - "balanza comercial con China desde 2013"
    - "¿En qué lugar está Japón entre los países con los que EE.UU. tiene déficit en {p_year}?"
examples:
  en:
    - Which countries does the US have the biggest trade deficits with?
    - The five largest US trade surpluses in 2022
    - Top 10 deficits in 2024
    - Largest trade surpluses in the first quarter of 2023
  es:
    - ¿Con qué países tiene EE.UU. los mayores déficits?
    - los cinco mayores superávits comerciales de EE.UU. en 2022
    - los 10 mayores déficits comerciales en 2024
    - mayores superávits en el primer trimestre de 2023
*/
WITH scoped AS (
    SELECT m.partner,
           sum(m.value_usd) FILTER (WHERE m.measure = 'balance') AS value_usd,
           sum(m.value_usd) FILTER (WHERE m.measure = 'exports') AS exports_usd,
           sum(m.value_usd) FILTER (WHERE m.measure = 'imports') AS imports_usd
    FROM measures m
    WHERE m.dataset = 'total' AND m.measure IN ('balance', 'exports', 'imports')
      AND m.year = $year AND m.month BETWEEN $first_month AND $last_month
    GROUP BY m.partner
)
SELECT row_number() OVER (
           ORDER BY CASE WHEN $side = 'surplus' THEN -c.value_usd ELSE c.value_usd END, p.name_en
       ) AS rank,
       p.code AS partner_code, p.name_en AS partner_en, p.name_es AS partner_es,
       c.value_usd, coalesce(c.exports_usd, 0) AS exports_usd, coalesce(c.imports_usd, 0) AS imports_usd
FROM scoped c
JOIN partners p ON p.code = c.partner AND p.kind = 'country'
WHERE CASE WHEN $side = 'surplus' THEN c.value_usd > 0 ELSE c.value_usd < 0 END
QUALIFY rank <= $n
ORDER BY rank
