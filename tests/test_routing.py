"""Routing as data: the queries' declarations cover the meaning space without overlap, an
element no query honours is named (never dropped), and every routed meaning, read back as a
question, routes to the same query with the same parameters."""

from __future__ import annotations

import itertools

import pytest

from assistant.catalog import MEASURES, PARTNER_SHAPES, PERIOD_KINDS, PRODUCT_KINDS, get_catalog
from assistant.service import default_assistant
from assistant.understand import router
from assistant.understand.meaning import Meaning, Period, Product

FLOWS = ("imports", "exports", "balance", "total")
OPTIONS = (frozenset(), frozenset({"n"}), frozenset({"side"}), frozenset({"order"}))


def element_space():
    for measure, shape, combine, period, product, flow, options in itertools.product(
        MEASURES, PARTNER_SHAPES, ("each", "combined"), PERIOD_KINDS, PRODUCT_KINDS, FLOWS, OPTIONS
    ):
        if combine == "combined" and shape != "several":
            continue
        yield dict(measure=measure, partners=shape, combine=combine, period=period, product=product,
                   flow=flow, options=set(options))  # fmt: skip


def test_no_meaning_is_claimed_by_two_queries():
    catalog = get_catalog()
    overlaps = []
    for el in element_space():
        m = Meaning(partners={"none": (), "one": ("2010",), "several": ("2010", "5700")}[el["partners"]])
        hits = {q.id for q in catalog for d in q.answers if not router.failures(d, el, m)}
        if len(hits) > 1:
            overlaps.append((sorted(hits), el))
    assert overlaps == []


def test_every_query_is_reachable():
    catalog = get_catalog()
    reached = set()
    for el in element_space():
        m = Meaning(partners={"none": (), "one": ("2010",), "several": ("2010", "5700")}[el["partners"]])
        reached |= {q.id for q in catalog for d in q.answers if not router.failures(d, el, m)}
    assert reached == {q.id for q in catalog}


@pytest.mark.parametrize(
    "meaning,element",
    [
        (Meaning(measure="rank", partners=("2010", "5700")), "partners"),
        (Meaning(measure="trend", period=Period("months", year=2024, first_month=7, last_month=9)), "period"),
        (Meaning(measure="top", flow="imports", n=40), "n_range"),
        (Meaning(measure="share", partners=("2010",), flow="balance"), "flow"),
        (Meaning(measure="products", partners=("2010",), product=Product("hs", ("85",))), "product"),
    ],
)
def test_an_element_no_query_honours_is_named(meaning, element):
    found = router.route(meaning, get_catalog())
    assert isinstance(found, router.Gap) and found.element == element


QUESTIONS = [
    "U.S. imports from Japan in the third quarter of 2021",
    "exports to Canada from February to May 2020",
    "top 7 suppliers of U.S. imports of aircraft (HS 88) in the first half of 2024",
    "the 5 largest U.S. trade surpluses in 2022",
    "rank of Japan among countries with a U.S. trade deficit in 2024",
    "U.S. imports from Canada and Mexico combined in 2023",
    "U.S. imports from Japan and South Korea in 2015, 2018 and 2021",
    "percent change in U.S. imports from Japan in the third quarter of 2022 compared with 2021",
    "shares of U.S. imports held by the USMCA partners and China from 2013 to 2024",
    "participación de México en las importaciones de EE.UU. de maquinaria eléctrica en 2023",
    "los 3 mayores déficits comerciales de EE.UU. en el segundo semestre de 2023",
    "importaciones de EE.UU. desde Alemania de marzo a agosto de 2019",
    "top 5 U.S. imports from Canada by HS chapter in 2023",
    "U.S. exports to Mexico and China from 2015 to 2020",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_read_as_reads_back_as_the_same_question(question):
    """'Read as' is generated from the meaning; asked as a question, it answers the same way."""
    assistant = default_assistant()
    first = assistant.ask(question)
    assert first.status == "answered", first.text
    again = assistant.ask(first.reading)
    assert again.status == "answered", (first.reading, again.text)
    assert again.query == first.query, (first.reading, again.reading)
