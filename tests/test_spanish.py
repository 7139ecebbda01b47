"""Spanish a Mexican editor would sign off: every query's sentence, chart title, chart
description, table header and suggestion, rendered in Spanish over a covering sweep of
the whole catalog (new queries are covered as they are added), plus the interface copy.

The sweep is the exhaustive one's axes (tests/test_query_combinations.py), each value at
least once: every flow with every partner (countries, groups with plural names, a
continent, the world), every year, every HS chapter, N at its bounds. It is a covering
set, not the full cross product, so it stays cheap (the full product runs there).
"""

from __future__ import annotations

import itertools
import re
from functools import cache

import pytest

from assistant.answer import Engine
from assistant.catalog import get_catalog
from assistant.store import get_store
from assistant.web import card as cards
from assistant.web import ui

PARTNERS = ["2010", "1220", "5700", "-", "0020", "0014", "5XXX", "0003"]  # 0020, 0014: plural names
PARTNER_LISTS = [["2010", "5700"], ["0020", "5700"], ["2010", "1220", "5700", "5830"], ["1220", "2010"]]
YEARS = [2012, 2013, 2019, 2023, 2024]
PERIODS = [
    (2024, 1, 3),
    (2021, 7, 9),
    (2022, 1, 6),
    (2024, 3, 3),
    (2019, 3, 8),
]  # quarter, half, month, range
YEAR_LISTS = [[2015, 2018, 2021], [2023, 2024]]
RANGES = [(2013, 2024), (2023, 2024), (2020, 2018)]

# Words a Spanish text must not carry unaccented (or in English).
UNACCENTED = set(
    """mexico canada japon taiwan peru panama capitulo capitulos participacion importacion
    exportacion clasificacion informacion comunicacion dolares dolar deficit superavit
    categoria tecnologia tecnologica tecnologicos electronica electronicos electronicas
    electrica electricos ultimo ultima numero pais paises region tambien aeronautica quimicos farmaceuticos optico opticos medicos metodo
    analisis economia economico vehiculos petroleo maquinas ano anos""".split()
)
INTERROGATIVES = {"quien", "quienes", "cual", "cuales", "cuanto", "cuanta", "cuantos", "cuantas", "mas"}
ENGLISH = re.compile(
    r"\b(the|and|of|from|with|billion|million|imports|exports|share|partner|partners|year|"
    r"prev|pct|change|deficit|surplus|trade|top|rank|value|first|latest)\b"
)
SINGULAR_VERB = r"(?:\w+ó|está|es|fue|tiene|ocupa|representa|aporta|recibe|registra|suma)"


def problems(text: str, plural_names: list[str] = ()) -> list[str]:
    """What a Mexican editor would mark in this piece of Spanish copy."""
    found = []
    if not text or "{" in text or "}" in text:
        found.append("empty or unfilled template")
    for bad in ("None", "nan", "NaN", "inf"):
        if re.search(rf"\b{bad}\b", text):
            found.append(f"'{bad}' shown")
    if "∞" in text:
        found.append("'∞' shown")
    words = re.findall(r"[A-Za-zÁÉÍÓÚÑáéíóúñü]+", text)
    found += [f"unaccented '{w}'" for w in words if w.lower() in UNACCENTED]
    if "?" in text:  # interrogatives carry an accent in a question
        found += [f"unaccented '{w}' in a question" for w in words if w.lower() in INTERROGATIVES]
    found += [f"English '{m}'" for m in ENGLISH.findall(text)]
    if re.search(r"\d{1,3}(?:,\d{3})+(?:\.\d+)? mil millones", text):
        found.append("10^12 or more written as 'mil millones' (billones)")
    if re.search(r"\d\.\d{2,}\s?%", text):
        found.append("percentage with more than one decimal")
    if re.search(r"\b(de|a) el\b", text):
        found.append("'de el'/'a el' (del/al)")
    if re.search(r"[^.]\.\.(\s|$)", text):
        found.append("a full stop doubled after an abbreviation ('EE.UU..')")
    if re.search(r"\bPrincipales \d", text):
        found.append("'Principales N' (Los N principales)")
    if re.search(rf"\b{SINGULAR_VERB} (los|las) ", text) and not re.search(r"\bes (los|las) ", text):
        found.append("singular verb before a plural subject")
    for name in plural_names:  # as the subject: at the start of a sentence or clause
        if re.search(rf"(?:^|[.;:¿]\s*){re.escape(name)}\s+{SINGULAR_VERB}\b", text, re.IGNORECASE):
            found.append(f"'{name}' with a singular verb")
    if text[:1].isalpha() and not text[:1].isupper() and not text.startswith("¿"):
        found.append("does not start with a capital")
    return found


def test_the_checker_catches_what_issue_11_saw():
    plural = ["los socios del T-MEC (Canadá y México)"]
    assert problems("¿En qué lugar está los socios del T-MEC?", plural)
    assert problems("Los socios del T-MEC (Canadá y México) aportó 28.1% de las importaciones.", plural)
    assert problems("Principales 5 importaciones de EE.UU.")
    assert problems("Participación de mexico en las importaciones")
    assert problems("3,266.4 mil millones de dólares")
    assert problems("una participación de 15.4732%")
    assert problems("importaciones de el mundo")
    assert problems("prev year")
    assert problems("valor: None")
    assert not problems(
        "Los socios del T-MEC (Canadá y México) aportaron 28.1% de las importaciones.", plural
    )
    assert not problems("La participación de México fue de 15.5%; 3.27 billones de dólares del total.")


@cache
def engine() -> Engine:
    return Engine(get_store(), get_catalog())


SOME_CHAPTERS = ["84", "85", "88", "90", "30", "27", "99"]


@cache
def all_chapters_in() -> str:
    """Every chapter's Spanish name is checked once, in the first query that takes one."""
    return next(q.id for q in get_catalog() if any(p.type == "hs_chapters" for p in q.params.values()))


def covering_params(query) -> list[dict]:
    """Defaults, then each axis value at least once; flows and choices crossed with partners."""
    store = get_store()
    chapters = [r[0] for r in store.run("SELECT code FROM products WHERE dataset = 'hs'").rows]
    chapters = chapters if query.id == all_chapters_in() else SOME_CHAPTERS
    params, names = query.params, set(query.params)
    choices = [(n, list(p.choices)) for n, p in params.items() if p.type in ("flow", "choice")]
    partner_axis = next(((n, PARTNERS) for n, p in params.items() if p.type == "partner"), None)
    partner_axis = partner_axis or next(
        ((n, PARTNER_LISTS) for n, p in params.items() if p.type == "partners"), None
    )
    combos: list[dict] = []
    for values in itertools.product(*(v for _, v in choices)):
        base = dict(zip((n for n, _ in choices), values, strict=True))
        combos.append(base)
        if partner_axis:
            name, partners = partner_axis
            combos += [{**base, name: v} for v in partners]
    for name, p in params.items():
        if p.type == "hs_chapters":
            combos += [{name: [c]} for c in chapters] + [{name: ["84", "85"]}]
        elif p.type == "int":
            combos += [{name: v} for v in (p.minimum, p.maximum) if v is not None]
        elif p.type == "years":
            combos += [{name: v} for v in YEAR_LISTS]
    if {"first_month", "last_month"} <= names:
        combos += [{"year": y, "first_month": a, "last_month": b} for y, a, b in PERIODS]
        combos += [{"year": y} for y in YEARS]
    elif "year" in names:
        combos += [{"year": y} for y in YEARS]
    if "base_year" in names:
        combos += [{"base_year": 2013}, {"base_year": 2023}]
    if {"start_year", "end_year"} <= names:
        combos += [{"start_year": a, "end_year": b} for a, b in RANGES]
    return combos


def spanish_answers():
    for q in get_catalog():
        for params in covering_params(q):
            yield q, params, engine().answer(q.id, params, "es")


def plural_partner_names() -> list[str]:
    return [
        p.name("es")
        for p in get_store().partners.values()
        if p.name("es").lower().startswith(("los ", "las "))
    ]


def test_every_spanish_answer_over_the_catalog_reads_right():
    plural = plural_partner_names()
    seen, marked, answered = set(), {}, 0
    for q, params, a in spanish_answers():
        assert a.lang == "es"
        # a refusal's own wording (data not in the snapshot) is the understanding layer's;
        # the questions it offers are query copy
        pieces = {f"suggestion {i}": ui.button_label(s) for i, s in enumerate(a.suggestions)}  # as shown
        if a.status == "answered":
            answered += 1
            pieces["text"] = a.text
            if a.reading:  # set by the understanding layer (ask()), not by the engine alone
                pieces["read as"] = a.reading
            if a.chart:
                pieces["chart title"] = " ".join(a.chart["title"]["text"])
                pieces["chart description"] = a.chart["description"]
            pieces |= {f"header {h}": h for h in cards.table(a.rows, "es").columns}
            label, figure = cards.headline(a.to_dict())
            pieces["headline"] = figure or "—"
        for where, text in pieces.items():
            for problem in problems(text, plural):
                key = (q.id, where.split()[0], problem)
                if key not in seen:
                    seen.add(key)
                    marked[key] = f"{q.id} {params}: {where}: {problem}\n    {text}"
    assert answered > 300
    assert not marked, "\n".join(marked.values())


def test_every_column_of_every_query_has_a_header_in_both_languages():
    missing = set()
    for q in get_catalog():
        a = engine().answer(q.id, {}, "es")
        for r in a.rows:
            for column in r:
                if column.endswith("_code") or column == "dataset":
                    continue
                for lang in ("en", "es"):
                    if column not in cards.COLUMN_LABELS[lang]:
                        missing.add((q.id, column, lang))
    assert not missing, sorted(missing)


def test_interface_copy_and_starters():
    for key, text in ui.TEXT["es"].items():
        assert not problems(
            text.format(
                total="enero de 2013 – diciembre de 2024",
                hs="enero de 2023 – diciembre de 2024",
                reason="falta el archivo",
            )
        ), (key, text)
    for group, questions in ui.STARTER_GROUPS["es"].items():
        for q in [group, *questions]:
            assert not problems(q), (q, problems(q))
            assert not re.search(r"\bmas\b", q), q  # "más" in a question
    for q in get_catalog().starters("es"):  # offered after a refusal
        assert not problems(ui.button_label(q)), (q, problems(ui.button_label(q)))


@pytest.mark.parametrize("column", sorted(cards.COLUMN_LABELS["es"]))
def test_spanish_table_headers(column):
    assert not problems(cards.COLUMN_LABELS["es"][column])
