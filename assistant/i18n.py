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
        },
        "half": {
            "in": "in the {nth} half of {year} ({m1}–{m2})",
            "from": "from the {nth} half of {year}",
            "vs": "compared with the {nth} half of {year}",
            "bare": "the {nth} half of {year}",
        },
        "months": {
            "in": "in {m1}–{m2} {year}",
            "from": "from the same months of {year}",
            "vs": "compared with {m1}–{m2} {year}",
            "bare": "{m1}–{m2} {year}",
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
        },
        "half": {
            "in": "en el {nth} semestre de {year} ({m1} a {m2})",
            "from": "respecto al {nth} semestre de {year}",
            "vs": "frente al {nth} semestre de {year}",
            "bare": "el {nth} semestre de {year}",
        },
        "months": {
            "in": "de {m1} a {m2} de {year}",
            "from": "respecto al mismo periodo de {year}",
            "vs": "frente al periodo de {m1} a {m2} de {year}",
            "bare": "{m1} a {m2} de {year}",
        },
    },
}
SPAN_FORMS = {
    "en": {"in": "from {start} to {end}", "bare": "{start}–{end}"},
    "es": {"in": "de {start} a {end}", "bare": "{start}–{end}"},
}

FLOWS = {
    "en": {"imports": "imports", "exports": "exports", "balance": "balance", "total": "total trade"},
    "es": {
        "imports": "importaciones",
        "exports": "exportaciones",
        "balance": "balanza",
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
        "not_a_country": "{partner} is not a single country; rankings cover countries only.",
    },
    "es": {
        "missing_dataset": "Las cifras de {dataset} no están en estos datos, así que no puedo responder eso con exactitud.",
        "hs_exports": "Estos datos tienen las importaciones de EE.UU. por capítulo del SA, no las exportaciones ni la balanza por capítulo, así que no puedo responder eso para {flow}.",
        "outside": "Los datos de {dataset} cubren de {first} a {last}; {period} queda fuera.",
        "partial": "{period} no está completo en los datos, que terminan en {last}; no sumaré solo los meses que existen.",
        "no_rows": "No hay datos de {flow} para {partner} en el periodo consultado.",
        "not_a_country": "{partner} no es un solo país; las clasificaciones cubren solo países.",
    },
}
SOURCE = {
    "en": {
        "line": "U.S. Census Bureau, International Trade API ({endpoints}); {measure}. Snapshot: {vintage}.",
        "measure": "general imports (customs value) and total exports (f.a.s.), U.S. dollars, not adjusted for inflation",
    },
    "es": {
        "line": "Oficina del Censo de EE.UU., API de Comercio Internacional ({endpoints}); {measure}. Datos: {vintage}.",
        "measure": "importaciones generales (valor en aduana) y exportaciones totales (f.a.s.), dólares de EE.UU., sin ajuste por inflación",
    },
}
