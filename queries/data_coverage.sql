/*
id: data_coverage
title:
  en: What data is available
  es: Qué datos hay
description: >
  Which Census datasets, flows and months the current snapshot holds, and the latest
  complete year; ATP (hitech) and NAICS data appear here once fetched.
answers:
  measure: coverage
  partners: none
  periods: none
  products: none
  flows: [imports, exports]
chart:
  kind: table
headline: {unit: null}
items:
  en: "{flow} of {dataset_name} from {first_month:month_name} {first_year} to {last_month:month_name} {last_year}"
  es: "{flow} de {dataset_name} de {first_month:month_name} de {first_year} a {last_month:month_name} de {last_year}"
sentence:
  en: ["The data holds {items}; the latest complete year is {latest_complete_year}. Values are U.S. dollars, not adjusted for inflation.[ {missing_tables} are not in this snapshot; a data refresh from the Census API adds them.]"]
  es: ["Los datos incluyen {items}; el último año completo es {latest_complete_year}. Los valores están en dólares, sin ajuste por inflación.[ {missing_tables} no están en estos datos; una actualización desde la API del Censo los agrega.]"]

suggestions:
  en:
    - "Top 5 suppliers of US imports in 2024"
    - "USMCA vs China share of US imports since 2013"
  es:
    - "los 5 principales proveedores de EE.UU. en 2024"
    - "T-MEC contra China en las importaciones desde 2013"
examples:
  en:
    - What data do you have?
    - Which years are covered?
    - What is the latest data available?
    - Do you have ATP data?
  es:
    - ¿Qué datos tienes?
    - ¿Qué años cubren los datos?
    - ¿Cuál es el dato más reciente?
    - ¿Tienes datos de productos de tecnología avanzada?
*/
SELECT c.dataset,
       CASE c.dataset
           WHEN 'total' THEN 'total goods trade by partner'
           WHEN 'hs' THEN 'goods by HS chapter and partner'
           WHEN 'hitech' THEN 'Advanced Technology Products by partner'
           WHEN 'naics' THEN 'NAICS industries by partner'
       END AS dataset_name_en,
       CASE c.dataset
           WHEN 'total' THEN 'comercio total de bienes por socio'
           WHEN 'hs' THEN 'bienes por capítulo del SA y socio'
           WHEN 'hitech' THEN 'productos de tecnología avanzada por socio'
           WHEN 'naics' THEN 'industrias NAICS por socio'
       END AS dataset_name_es,
       c.flow AS flow_en,
       CASE c.flow WHEN 'imports' THEN 'importaciones' ELSE 'exportaciones' END AS flow_es,
       c.first_period // 100 AS first_year, c.first_period % 100 AS first_month,
       c.last_period // 100 AS last_year, c.last_period % 100 AS last_month,
       c.months, c.rows,
       (SELECT latest_complete_year FROM coverage
         WHERE dataset = 'total' AND flow = 'imports') AS latest_complete_year,
       -- what a refresh would add, named only while it is missing
       CASE WHEN NOT EXISTS (SELECT 1 FROM coverage WHERE dataset IN ('hitech', 'naics'))
            THEN 'Advanced Technology Products and NAICS industry tables' END AS missing_tables_en,
       CASE WHEN NOT EXISTS (SELECT 1 FROM coverage WHERE dataset IN ('hitech', 'naics'))
            THEN 'Las tablas de productos de tecnología avanzada y de industrias NAICS' END AS missing_tables_es
FROM coverage c

ORDER BY list_position(['total', 'hs', 'hitech', 'naics'], c.dataset), c.flow DESC
