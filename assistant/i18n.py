"""The languages the assistant speaks and every table of words it shows people.

Logic never branches on a language: it looks a phrase up here by key and language. Adding
a language means adding a column to these tables (and its locale to assistant.formatting).
"""

from __future__ import annotations

LANGS = ("en", "es")
DEFAULT_LANG = "en"


def normalise_lang(lang) -> str | None:
    """'en' / 'es' for anything that names a supported language ('ES', 'es-MX'), else None."""
    if not isinstance(lang, str):
        return None
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGS else None


def pick(*candidates) -> str:
    """The first candidate that names a supported language, else the default."""
    for c in candidates:
        lang = normalise_lang(c)
        if lang:
            return lang
    return DEFAULT_LANG


MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}
ORDINALS = {  # quarters and halves: "the third quarter", "el tercer trimestre"
    "en": ["first", "second", "third", "fourth"],
    "es": ["primer", "segundo", "tercer", "cuarto"],
}

# How a period reads in a sentence. Forms: `in` (when it happened), `from` (the base of a
# change), `vs` (the other side of a comparison), `bare` (a noun phrase, for titles).
# Spanish contracts a + el -> al, so each form carries its own preposition.
PERIOD_FORMS = {
    "en": {
        "year": {"in": "in {year}", "from": "from {year}", "vs": "compared with {year}", "bare": "{year}"},
        "month": {
            "in": "in {m1} {year}",
            "from": "from {m1} {year}",
            "vs": "compared with {m1} {year}",
            "bare": "{m1} {year}",
        },
        "quarter": {
            "in": "in the {nth} quarter of {year} ({m1}–{m2})",
            "from": "from the {nth} quarter of {year}",
            "vs": "compared with the {nth} quarter of {year}",
            "bare": "the {nth} quarter of {year}",
            "ask": "in the {nth} quarter of {year}",
        },
        "half": {
            "in": "in the {nth} half of {year} ({m1}–{m2})",
            "from": "from the {nth} half of {year}",
            "vs": "compared with the {nth} half of {year}",
            "bare": "the {nth} half of {year}",
            "ask": "in the {nth} half of {year}",
        },
        "months": {
            "in": "in {m1}–{m2} {year}",
            "from": "from the same months of {year}",
            "vs": "compared with {m1}–{m2} {year}",
            "bare": "{m1}–{m2} {year}",
            "ask": "from {m1} to {m2} {year}",
        },
    },
    "es": {
        "year": {"in": "en {year}", "from": "respecto a {year}", "vs": "frente a {year}", "bare": "{year}"},
        "month": {
            "in": "en {m1} de {year}",
            "from": "respecto a {m1} de {year}",
            "vs": "frente a {m1} de {year}",
            "bare": "{m1} de {year}",
        },
        "quarter": {
            "in": "en el {nth} trimestre de {year} ({m1} a {m2})",
            "from": "respecto al {nth} trimestre de {year}",
            "vs": "frente al {nth} trimestre de {year}",
            "bare": "el {nth} trimestre de {year}",
            "ask": "en el {nth} trimestre de {year}",
        },
        "half": {
            "in": "en el {nth} semestre de {year} ({m1} a {m2})",
            "from": "respecto al {nth} semestre de {year}",
            "vs": "frente al {nth} semestre de {year}",
            "bare": "el {nth} semestre de {year}",
            "ask": "en el {nth} semestre de {year}",
        },
        "months": {
            "in": "de {m1} a {m2} de {year}",
            "from": "respecto al mismo periodo de {year}",
            "vs": "frente al periodo de {m1} a {m2} de {year}",
            "bare": "{m1} a {m2} de {year}",
            "ask": "de {m1} a {m2} de {year}",
        },
    },
}
THE_COUNTRY = {"en": "the country", "es": "el país"}  # "Georgia (the country)"
UNDER_A_TENTH = {"en": "less than {}%", "es": "menos de {}%"}  # a share too small to show in tenths

SPAN_FORMS = {
    "en": {"in": "from {start} to {end}", "bare": "{start}–{end}", "until": "up to {end}"},
    "es": {"in": "de {start} a {end}", "bare": "{start}–{end}", "until": "hasta {end}"},
}

FLOWS = {
    "en": {"imports": "imports", "exports": "exports", "balance": "trade balance", "total": "total trade"},
    "es": {
        "imports": "importaciones",
        "exports": "exportaciones",
        "balance": "balanza comercial",
        "total": "comercio total",
    },
}
CHOICES = {  # how a choice parameter reads in a title: "the 5 largest U.S. goods trade deficits"
    "en": {"deficit": "deficits", "surplus": "surpluses", "largest": "largest", "smallest": "smallest"},
    "es": {"deficit": "déficits", "surplus": "superávits", "largest": "mayores", "smallest": "menores"},
}
PRODUCT_LABELS = {
    "en": {"hs": "{name} (HS {code})", "hitech": "{name} (ATP)", "naics": "{name} (NAICS {code})"},
    "es": {
        "hs": "{name} (capítulo {code} del SA)",
        "hitech": "{name} (ATP)",
        "naics": "{name} (NAICS {code})",
    },
}
DATASETS = {
    "en": {
        "total": "total goods trade by partner",
        "hs": "trade by HS chapter and partner",
        "hitech": "Advanced Technology Products (ATP) by partner",
        "naics": "NAICS industries by partner",
    },
    "es": {
        "total": "comercio total de bienes por socio",
        "hs": "comercio por capítulo del SA y socio",
        "hitech": "Productos de Tecnología Avanzada (ATP) por socio",
        "naics": "industrias NAICS por socio",
    },
}
# What the answer engine says when a query cannot run on the snapshot it has.
ENGINE = {
    "en": {
        "missing_dataset": "Figures on {dataset} are not in this data set, so I can't answer that exactly.",
        "hs_exports": "This data has U.S. imports by HS chapter, not exports or balances by chapter, so I can't answer that for {flow}.",
        "outside": "The data on {dataset} covers {first} to {last}; {period} is outside it.",
        "partial": "{period} is not complete in the data, which ends in {last}; I won't add up only the months that exist.",
        "no_rows": "There is no {flow} data for {partner} in the period asked about.",
        "not_a_country": "Rankings list single countries only, not groups such as {partner}.",
    },
    "es": {
        "missing_dataset": "Las cifras de {dataset} no están en estos datos, así que no puedo responder eso con exactitud.",
        "hs_exports": "Estos datos tienen las importaciones de EE.UU. por capítulo del SA, no las exportaciones ni la balanza por capítulo, así que no puedo responder eso para {flow}.",
        "outside": "Los datos de {dataset} cubren de {first} a {last}; {period} queda fuera.",
        "partial": "{period} no está completo en los datos, que terminan en {last}; no sumaré solo los meses que existen.",
        "no_rows": "No hay datos de {flow} para {partner} en el periodo consultado.",
        "not_a_country": "Las clasificaciones incluyen solo países, no grupos como {partner}.",
    },
}
SOURCE = {
    "en": {
        "publisher": "U.S. Census Bureau, International Trade API",
        "line": "U.S. Census Bureau, International Trade API ({endpoints}); {measure}. Data version: {vintage}.",
        "bundled": "Census extract taken after the June 2025 annual revision",
        "retrieved": "Census API, retrieved",
        "measure": "general imports (customs value) and total exports (f.a.s.), U.S. dollars, not adjusted for inflation",
    },
    "es": {
        "publisher": "Oficina del Censo de EE.UU., API de Comercio Internacional",
        "line": "Oficina del Censo de EE.UU., API de Comercio Internacional ({endpoints}); {measure}. Versión de los datos: {vintage}.",
        "bundled": "extracto del Censo tomado después de la revisión anual de junio de 2025",
        "retrieved": "API del Censo, descargado el",
        "measure": "importaciones generales (valor en aduana) y exportaciones totales (f.a.s.), dólares de EE.UU., sin ajuste por inflación",
    },
}

# Reading a meaning back as a question (understand/phrasing.py): the "Read as" line and every
# button the assistant offers. Written so the reader reads each one back as the same meaning.
PHRASES = {
    "en": {
        "flow": {"imports": "U.S. imports", "exports": "U.S. exports", "balance": "the U.S. trade balance",
                 "total": "total U.S. trade"},
        "flow_the": {"imports": "U.S. imports", "exports": "U.S. exports", "balance": "the U.S. trade balance",
                     "total": "total U.S. trade"},
        "partner_prep": {"imports": "from", "exports": "to", "balance": "with", "total": "with"},
        "product_prep": {"imports": "of", "exports": "of", "balance": "in", "total": "in"},
        "combined": "combined",
        "level": "{Flow}{product}{partners} {when}",
        "share_one": "share of {flow_the}{product}{partners} {when}",
        "share_several": "shares of {flow_the}{product} held by {partners_bare} {when}",
        "change": "percent change in {flow_the}{product}{partners} {when}",
        "change_balance": "change in {flow_the}{product}{partners} {when}",
        "pair": "{when} {base}",
        "rank": "rank of {partner} among {group}{product} {when}",
        "rank_group": {"imports": "suppliers of U.S. imports", "exports": "markets for U.S. exports",
                       "total": "U.S. trading partners", "deficit": "countries with a U.S. trade deficit",
                       "surplus": "countries with a U.S. trade surplus"},
        "top": "top {n} {group}{product} {when}",
        "top_smallest": "the {n} smallest {group}{product} {when}",
        "top_group": {"imports": "suppliers of U.S. imports", "exports": "markets for U.S. exports",
                      "total": "U.S. trading partners"},
        "top_side": "the {n} largest U.S. trade {side} {when}",
        "sides": {"deficit": "deficits", "surplus": "surpluses"},
        "products": "top {n} U.S. imports{partners} by HS chapter {when}",
        # a ranking of one: "who sold us the most?"
        "top_one": "the top {group}{product} {when}",
        "top_group_one": {"imports": "supplier of U.S. imports", "exports": "market for U.S. exports",
                          "total": "U.S. trading partner"},
        "top_side_one": "the largest U.S. trade {side} {when}",
        "sides_one": {"deficit": "deficit", "surplus": "surplus"},
        "products_one": "the top U.S. import{partners} by HS chapter {when}",
        "trend": "{Flow}{product}{partners} {when}",
        "coverage": "What data is available?",
        "tech": "technology goods",
        "typed": "you typed",
        "claim": {"rank": "claim checked: number {n}", "change": "claim checked: {n}%", "amount": "claim checked: {n}",
                  "multiple": "claim checked: {n}"},
        "aside": "background, not part of the question: “{text}”",
        "proxy": "closest HS-chapter view of {name}",
    },
    "es": {
        "flow": {"imports": "importaciones de EE.UU.", "exports": "exportaciones de EE.UU.",
                 "balance": "balanza comercial de EE.UU.", "total": "comercio total de EE.UU."},
        "flow_the": {"imports": "las importaciones de EE.UU.", "exports": "las exportaciones de EE.UU.",
                     "balance": "la balanza comercial de EE.UU.", "total": "el comercio total de EE.UU."},
        "partner_prep": {"imports": "desde", "exports": "hacia", "balance": "con", "total": "con"},
        "product_prep": {"imports": "de", "exports": "de", "balance": "en", "total": "en"},
        "combined": "en conjunto",
        "level": "{Flow}{product}{partners} {when}",
        "share_one": "participación de {partner} en {flow_the}{product} {when}",
        "share_several": "participación de {partners_bare} en {flow_the}{product} {when}",
        "change": "variación porcentual en {flow_the}{product}{partners} {when}",
        "change_balance": "cambio en {flow_the}{product}{partners} {when}",
        "pair": "{when} {base}",
        "rank": "lugar de {partner} entre {group}{product} {when}",
        "rank_group": {"imports": "los proveedores de las importaciones de EE.UU.",
                       "exports": "los destinos de las exportaciones de EE.UU.",
                       "total": "los socios comerciales de EE.UU.",
                       "deficit": "los países con los que EE.UU. tiene déficit comercial",
                       "surplus": "los países con los que EE.UU. tiene superávit comercial"},
        "top": "los {n} principales {group}{product} {when}",
        "top_smallest": "los {n} {group_small}{product} {when}",
        "top_group": {"imports": "proveedores de las importaciones de EE.UU.",
                      "exports": "destinos de las exportaciones de EE.UU.",
                      "total": "socios comerciales de EE.UU."},
        "top_group_small": {"imports": "proveedores más pequeños de las importaciones de EE.UU.",
                            "exports": "destinos más pequeños de las exportaciones de EE.UU.",
                            "total": "socios comerciales más pequeños de EE.UU."},
        "top_side": "los {n} mayores {side} comerciales de EE.UU. {when}",
        "sides": {"deficit": "déficits", "surplus": "superávits"},
        "products": "las {n} principales importaciones de EE.UU.{partners} por capítulo {when}",
        "top_one": "el principal {group}{product} {when}",
        "top_group_one": {"imports": "proveedor de las importaciones de EE.UU.",
                          "exports": "destino de las exportaciones de EE.UU.", "total": "socio comercial de EE.UU."},
        "top_side_one": "el mayor {side} comercial de EE.UU. {when}",
        "sides_one": {"deficit": "déficit", "surplus": "superávit"},
        "products_one": "la principal importación de EE.UU.{partners} por capítulo {when}",
        "trend": "{Flow}{product}{partners} {when}",
        "coverage": "¿Qué datos hay disponibles?",
        "tech": "bienes tecnológicos",
        "typed": "escribiste",
        "claim": {"rank": "afirmación verificada: lugar {n}", "change": "afirmación verificada: {n}%",
                  "amount": "afirmación verificada: {n}", "multiple": "afirmación verificada: {n}"},
        "aside": "contexto, no parte de la pregunta: “{text}”",
        "proxy": "vista más cercana por capítulos del SA para {name}",
    },
}  # fmt: skip

# What understanding says when it does not answer (understand/__init__.py).
UNDERSTAND = {
    "en": {
        "empty": "Please type a question about U.S. goods trade with Mexico, Canada, China or other partners.",
        "not_understood": "I could not match that to a question about U.S. goods trade that the Census data can answer.",
        "no_earlier_answer": "There is no earlier answer here for “that” to point to; please ask the whole question, naming the partner.",
        "which_two": "I can add partners together, but I don't know which two you mean here; please name them, for example “Canada and Mexico together”.",
        "two_questions": "Your message asks two different things, and I answer one question at a time, so I haven't answered. Each one is offered below as a question of its own.",
        "unknown_name": "I don't know a country or group called “{name}”, so I haven't answered.",
        "unknown_names": "I don't know countries or groups called {names}, so I haven't answered.",
        "close_names": " Did you mean one of these?",
        "unknown_words": "I didn't understand “{words}” in your question, and answering without {those} might answer a different question, so I haven't.",
        "those": ["that word", "those words"],
        "mixed_periods": "Your question names periods I can't combine into one; please ask for one year, one part of a year, a list of years or a range.",
        "unequal_periods": "I can compare a period only with the same months of another year (for example Q3 2022 with Q3 2021).",
        "months_across_years": "A run of months across two years is not something I can add up; please ask within one year.",
        "several_flows": "Please ask about one flow at a time: imports, exports, the balance or total trade.",
        "proxy": "{family} figures are not in this data set. Closest view for the {name} category: {label}.",
        "item": ["This data does not break out {items}; the figures cover the whole chapter: {label}.",
                 "This data does not break out {items}; the figures cover the whole chapters: {label}."],

        "no_proxy": "{name} figures are not in this data set, and no HS-chapter view stands in for them fairly, so I haven't answered.",
        "atp_balance": "Advanced Technology Products are not in this data set, and a balance by product needs exports by product, which this data does not have (it has imports by HS chapter), so I can't answer that.",
        "combine_groups": "I can add up countries (and the USMCA partners), but not other groups or regions, without counting some countries twice.",
        "clarify": {
            "flow": "Do you mean U.S. imports from, exports to, the trade balance with, or total trade with {partner}?",
            "partner": "Which partner's share do you mean?",
            "product": "Which of these do you mean?",
            "eu": "By “EU”, do you mean the European Union or the United States (Estados Unidos)?",
            "partner_tie": "Which of these do you mean?",
            "we": "By “we” or “us”, which country do you mean? The data is U.S. trade with each partner.",
            "state": "Do you mean the country? U.S. states and territories are not in this data, which is by partner country.",
        },
        "reasons": {
            "services": "This assistant covers trade in goods only; services trade is not in the Census goods data it uses.",
            "forecast": "This assistant reports recorded Census figures only; it does not forecast or project.",
            "investment": "This assistant covers goods trade, not investment.",
            "tariffs": "Tariffs, duties and quotas are not in the Census trade data this assistant uses.",
            "macro": "That is not in the Census goods trade data this assistant uses.",
            "adjusted": "The data is in current U.S. dollars, not adjusted for inflation or seasonality, so I can't give real or adjusted figures.",
            "quantity": "The data has values in U.S. dollars, not quantities, units or prices.",
            "currency": "The data is in U.S. dollars; I don't convert it to other currencies.",
            "event": "Please name the year or months: I don't date events such as the pandemic or the USMCA's entry into force.",
            "event_since": "Please name the year it starts from: I don't date events such as the pandemic or the USMCA's entry into force.",
            "when": "I give figures for the periods you name, not the date something happened; a year-by-year series shows when it changed.",
            "count_partners": "I can rank partners and give each one's value and share, but not count how many countries trade with the U.S.",
            "one_vs_sum": "I can show partners side by side or add them all up, but not set one partner against the sum of others; ask for them side by side and compare.",
            "places": "The data is by partner country, not by U.S. state, Mexican state, Canadian province or city.",
            "ports": "The data is by partner country, not by port, border crossing or customs district.",
            "hs_detail": "The data goes down to 2-digit HS chapters only, not 4- or 6-digit headings or tariff lines.",
            "why": "The data shows how much was traded, not why; I can't answer why questions.",
            "opinion": "I report Census figures; I don't give opinions, advice or judgements.",
            "exclusion": "I can't leave a partner out of a group or total; ask for each partner instead.",
            "negation": "I can't answer questions phrased in the negative; please ask for the figure directly.",
            "average": "I report totals for a period, not averages.",
            "monthly_series": "I report one period at a time or yearly series, not month-by-month or quarter-by-quarter series.",
            "fiscal_year": "Census figures are by calendar year, not by U.S. fiscal year (October to September).",
            "reporter": "These are U.S. Census figures as the U.S. records them (general imports, total exports); other countries' statistics and other measures are not in this data.",
        },
        "gap": {
            "measure": "I can't answer that kind of question from the queries I have.",
            "partners": "{Measure} is not available for {partners}.",
            "combine": "Adding partners together is not available for {measure}.",
            "period": "{Measure} is not available for {period}.",
            "product": "{Measure} is not available for {product}.",
            "flow": "{Measure} is not available for {flow}.",
            "n": "A count (such as “top 5”) applies to rankings only, not to {measure}.",
            "n_range": "Rankings list between 1 and 25 partners.",
            "order": "Smallest-first is available only for rankings of suppliers, markets or trading partners.",
            "side": "Deficits and surpluses are ranked for all goods only.",
        },
        "measures": {"level": "a dollar figure", "share": "a share", "change": "a change", "rank": "a partner's place in a ranking",
                     "top": "a ranking", "trend": "a trend", "products": "the products breakdown",
                     "coverage": "data coverage"},
        "partner_shapes": {"none": "no partner", "one": "a single partner", "several": "several partners"},
        "period_shapes": {"year": "a single year", "months": "part of a year", "years": "a list of years",
                          "span": "a range of years", "pair": "a comparison of two periods",
                          "years of months": "the same months in several years", "none": "no period"},
        "product_kinds": {"hs": "an HS chapter", "atp": "Advanced Technology Products", "naics": "NAICS industries",
                          "atp_all": "Advanced Technology Products as a whole",
                          "tech": "technology goods as a group"},
    },
    "es": {
        "empty": "Escribe una pregunta sobre el comercio de bienes de EE.UU. con México, Canadá, China u otros socios.",
        "not_understood": "No pude relacionar eso con una pregunta sobre el comercio de bienes de EE.UU. que los datos del Censo puedan responder.",
        "no_earlier_answer": "Aquí no hay una respuesta anterior a la que se refiera tu pregunta; hazla completa, con el nombre del socio.",
        "which_two": "Puedo sumar socios, pero aquí no sé a cuáles dos te refieres; nómbralos, por ejemplo “Canadá y México en conjunto”.",
        "two_questions": "Tu mensaje pregunta dos cosas distintas y respondo una pregunta a la vez, así que no lo he respondido. Abajo te propongo cada una como pregunta aparte.",
        "unknown_name": "No conozco un país o grupo llamado “{name}”, así que no respondí.",
        "unknown_names": "No conozco países o grupos llamados {names}, así que no respondí.",
        "close_names": " ¿Te refieres a alguno de estos?",
        "unknown_words": "No entendí “{words}” en tu pregunta, y responder sin {those} podría contestar otra pregunta, así que no respondí.",
        "those": ["esa palabra", "esas palabras"],
        "mixed_periods": "Tu pregunta menciona periodos que no puedo combinar en uno; pregunta por un año, una parte del año, una lista de años o un rango.",
        "unequal_periods": "Solo puedo comparar un periodo con los mismos meses de otro año (por ejemplo, el tercer trimestre de 2022 con el de 2021).",
        "months_across_years": "No puedo sumar meses de dos años distintos; pregunta dentro de un mismo año.",
        "several_flows": "Pregunta por un flujo a la vez: importaciones, exportaciones, balanza o comercio total.",
        "proxy": "Las cifras de {family} no están en estos datos. Vista más cercana para la categoría “{name}”: {label}.",
        "item": ["Estos datos no desglosan {items}; las cifras son de todo el capítulo: {label}.",
                 "Estos datos no desglosan {items}; las cifras son de los capítulos completos: {label}."],

        "no_proxy": "Las cifras de {name} no están en estos datos y ningún capítulo del SA las representa de forma justa, así que no respondí.",
        "atp_balance": "Los productos de tecnología avanzada no están en estos datos, y una balanza por producto requiere exportaciones por producto, que estos datos no tienen (solo importaciones por capítulo del SA), así que no puedo responder eso.",
        "combine_groups": "Puedo sumar países (y los socios del T-MEC), pero no otros grupos o regiones, sin contar algunos países dos veces.",
        "clarify": {
            "flow": "¿Te refieres a las importaciones de EE.UU. desde {partner}, las exportaciones a {partner}, la balanza comercial o el comercio total?",
            "partner": "¿La participación de qué socio?",
            "product": "¿Cuál de estos te interesa?",
            "eu": "Con “EU”, ¿te refieres a Estados Unidos o a la Unión Europea?",
            "we": "Cuando hablas de “nosotros”, ¿a qué país te refieres? Los datos son el comercio de EE.UU. con cada socio.",
            "partner_tie": "¿Cuál de estos te interesa?",
            "state": "¿Te refieres al país? Los estados y territorios de EE.UU. no están en estos datos, que son por país socio.",
        },
        "reasons": {
            "services": "Este asistente cubre solo el comercio de bienes; el comercio de servicios no está en los datos del Censo que usa.",
            "forecast": "Este asistente informa solo cifras registradas por el Censo; no hace pronósticos ni proyecciones.",
            "investment": "Este asistente cubre el comercio de bienes, no la inversión.",
            "tariffs": "Los aranceles, cuotas y derechos no están en los datos de comercio del Censo que usa este asistente.",
            "macro": "Eso no está en los datos de comercio de bienes del Censo que usa este asistente.",
            "adjusted": "Los datos están en dólares corrientes, sin ajuste por inflación ni por estacionalidad, así que no puedo dar cifras reales o ajustadas.",
            "quantity": "Los datos tienen valores en dólares, no cantidades, unidades ni precios.",
            "currency": "Los datos están en dólares estadounidenses; no los convierto a otras monedas.",
            "event": "Indica el año o los meses: no fecho sucesos como la pandemia o la entrada en vigor del T-MEC.",
            "event_since": "Indica el año desde el que quieres los datos: no fecho sucesos como la pandemia o la entrada en vigor del T-MEC.",
            "when": "Doy cifras de los periodos que indiques, no la fecha en que algo ocurrió; una serie año por año muestra cuándo cambió.",
            "count_partners": "Puedo ordenar a los socios y dar el valor y la participación de cada uno, pero no contar cuántos países comercian con EE.UU.",
            "one_vs_sum": "Puedo mostrar socios lado a lado o sumarlos todos, pero no comparar un socio con la suma de otros; pídelos lado a lado para compararlos.",
            "places": "Los datos son por país socio, no por estado de EE.UU., estado de México, provincia de Canadá ni ciudad.",
            "ports": "Los datos son por país socio, no por puerto, cruce fronterizo ni aduana.",
            "hs_detail": "Los datos llegan solo a capítulos del SA de 2 dígitos, no a partidas de 4 o 6 dígitos ni a fracciones arancelarias.",
            "why": "Los datos muestran cuánto se comerció, no por qué; no puedo responder preguntas sobre causas.",
            "opinion": "Informo cifras del Censo; no doy opiniones, consejos ni juicios.",
            "exclusion": "No puedo excluir a un socio de un grupo o de un total; pregunta por cada socio.",
            "negation": "No puedo responder preguntas en negativo; pregunta directamente por la cifra.",
            "average": "Informo totales de un periodo, no promedios.",
            "monthly_series": "Informo un periodo a la vez o series anuales, no series mes a mes ni trimestre a trimestre.",
            "fiscal_year": "Las cifras del Censo son por año calendario, no por año fiscal de EE.UU. (octubre a septiembre).",
            "reporter": "Son cifras del Censo de EE.UU. tal como las registra EE.UU. (importaciones generales, exportaciones totales); las estadísticas de otros países y otras medidas no están en estos datos.",
        },
        "gap": {
            "measure": "No puedo responder ese tipo de pregunta con las consultas que tengo.",
            "partners": "{Measure} no está disponible para {partners}.",
            "combine": "Sumar socios no está disponible para {measure}.",
            "period": "{Measure} no está disponible para {period}.",
            "product": "{Measure} no está disponible para {product}.",
            "flow": "{Measure} no está disponible para {flow}.",
            "n": "Un número de socios (como “los 5 principales”) aplica solo a clasificaciones, no a {measure}.",
            "n_range": "Las clasificaciones incluyen de 1 a 25 socios.",
            "order": "El orden de menor a mayor solo está disponible para clasificaciones de proveedores, destinos o socios comerciales.",
            "side": "Los déficits y superávits se clasifican solo para el total de bienes.",
        },
        "measures": {"level": "una cifra en dólares", "share": "una participación", "change": "un cambio",
                     "rank": "el lugar de un socio en la clasificación", "top": "una clasificación", "trend": "una tendencia",
                     "products": "el desglose por productos", "coverage": "la cobertura de datos"},
        "partner_shapes": {"none": "ningún socio", "one": "un solo socio", "several": "varios socios"},
        "period_shapes": {"year": "un solo año", "months": "una parte del año", "years": "una lista de años",
                          "span": "un rango de años", "pair": "una comparación de dos periodos",
                          "years of months": "los mismos meses de varios años", "none": "ningún periodo"},
        "product_kinds": {"hs": "un capítulo del SA", "atp": "productos de tecnología avanzada",
                          "atp_all": "los productos de tecnología avanzada en conjunto",
                          "naics": "industrias NAICS", "tech": "bienes tecnológicos en conjunto"},
    },
}  # fmt: skip

SERVICE = {
    "en": {
        "too_long": "Questions are limited to 1,000 characters; please shorten yours.",
        "error": "Something went wrong while answering; please try rephrasing the question.",
        "data_missing": "The trade data is not available right now, so I can't answer. Please try again in a few minutes.",
        "data_corrupt": "The trade data failed its integrity check, so I won't answer from it. Please try again in a few minutes.",
    },
    "es": {
        "too_long": "Las preguntas admiten hasta 1,000 caracteres; acorta la tuya, por favor.",
        "error": "Algo falló al responder; intenta formular la pregunta de otra manera.",
        "data_missing": "Los datos de comercio no están disponibles en este momento, así que no puedo responder. Intenta de nuevo en unos minutos.",
        "data_corrupt": "Los datos de comercio no pasaron su verificación de integridad, así que no respondo con ellos. Intenta de nuevo en unos minutos.",
    },
}

# What "EU" stands for in each language: the European Union, or the United States (Estados
# Unidos, the reporter). A question whose language cannot be told is asked about.
EU_ABBREVIATION = {"en": "0003", "es": "reporter"}
