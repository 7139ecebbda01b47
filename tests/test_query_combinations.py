"""Every verified query, run with every combination of its enumerable parameter values on
the real snapshot, gives a well-formed answer whose sentence numbers all come from the rows.

Enumerations: flows from each query's choices; years 2012 (outside the data) to 2024;
months 1-12; HS chapters all 98 (and none); ATP categories and NAICS codes all (they answer
`unsupported` on the bundled snapshot); n at its minimum, default and maximum. Partners are
not enumerable (256 codes); a fixed set covers countries, groups, a continent, the world
and a partner with sparse data (North Korea, 5790). Year ranges use a few start/end pairs.
"""

from __future__ import annotations

import itertools
from functools import cache

import altair as alt
import pytest

from assistant.answer import Engine
from assistant.catalog import get_catalog
from assistant.store import get_store
from tests.numbers import unexplained_numbers

PARTNERS = ["2010", "1220", "5700", "5830", "-", "0020", "5XXX", "5790"]
PARTNER_LISTS = [["2010", "5700"], ["1220"], ["2010", "1220", "5700", "5830", "0020"]]
YEARS = list(range(2012, 2025))
RANGES = [(2013, 2024), (2018, 2024), (2023, 2024), (2024, 2024), (2012, 2020), (2020, 2018)]


@cache
def engine() -> Engine:
    return Engine(get_store(), get_catalog())


def enumerate_params(query) -> list[dict]:
    store = get_store()
    chapters = [r[0] for r in store.run("SELECT code FROM products WHERE dataset='hs'").rows]
    atp = [r[0] for r in store.run("SELECT code FROM products WHERE dataset='hitech'").rows]
    naics = [r[0] for r in store.run("SELECT code FROM products WHERE dataset='naics'").rows]
    axes: dict[str, list] = {}
    product_scopes: list[dict] = [{}]
    for name, p in query.params.items():
        if p.type == "flow":
            axes[name] = list(p.choices)
        elif p.type == "partner":
            axes[name] = PARTNERS
        elif p.type == "partners":
            axes[name] = PARTNER_LISTS
        elif p.type == "month":
            axes[name] = list(range(1, 13))
        elif p.type == "int":
            axes[name] = sorted({p.minimum, p.default, p.maximum})
        elif p.type == "hs_chapter":
            product_scopes += [{name: c} for c in chapters]
        elif p.type == "atp_category":
            product_scopes += [{name: c} for c in atp]
        elif p.type == "naics_code":
            product_scopes += [{name: c} for c in naics]
    year_params = [n for n, p in query.params.items() if p.type == "year"]
    if year_params == ["year"]:
        months = "month" in query.params
        axes["year"] = [2012, 2013, 2023, 2024] if months else YEARS
    elif year_params == ["start_year", "end_year"]:
        axes["_range"] = RANGES
    names = list(axes)
    combos = []
    for values in itertools.product(*(axes[n] for n in names)):
        base = dict(zip(names, values, strict=True))
        if "_range" in base:
            base["start_year"], base["end_year"] = base.pop("_range")
        for scope in product_scopes:
            if scope and len(product_scopes) > 1:
                # product scopes are crossed with flows and years only, not partners
                if base.get("partner", PARTNERS[0]) != PARTNERS[0]:
                    continue
                if base.get("n", 5) != query.params.get("n", type("P", (), {"default": 5})).default:
                    continue
            combos.append({**base, **scope})
    return combos


def cases():
    for q in get_catalog():
        for i, params in enumerate(enumerate_params(q)):
            yield q.id, params, ("en", "es")[i % 2]


def check_answer(a, query_id):
    assert a.status in ("answered", "unsupported"), a
    assert a.text and "{" not in a.text and "None" not in a.text
    assert a.lang in ("en", "es")
    if a.status == "unsupported":
        assert a.value is None and not a.rows
        return
    assert a.query["id"] == query_id
    assert a.sql and a.sources and a.rows
    assert unexplained_numbers(a) == [], f"numbers not from the rows: {unexplained_numbers(a)}"
    if a.unit is not None:
        assert isinstance(a.value, int | float)
        head_values = [v for r in a.rows for v in r.values()]
        assert a.value in head_values
    for r in a.rows:
        if "partner_code" in r:
            assert "partner" in r and "partner_en" not in r and "partner_es" not in r


def test_every_query_every_enumerable_combination():
    counts = {"answered": 0, "unsupported": 0}
    per_query: dict[str, int] = {}
    for query_id, params, lang in cases():
        a = engine().answer(query_id, params, lang)
        try:
            check_answer(a, query_id)
        except AssertionError as e:
            raise AssertionError(f"{query_id} {params} {lang}: {e}\n{a.text}") from e
        counts[a.status] += 1
        per_query[query_id] = per_query.get(query_id, 0) + (a.status == "answered")
    print(f"\nanswers: {counts}")
    assert counts["answered"] > 1000
    # every query except the ATP one answers something on the bundled snapshot
    assert {q for q, n in per_query.items() if n == 0} == {"atp_balance"}


@pytest.mark.parametrize("query_id", [q.id for q in get_catalog()])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_default_answer_chart_is_valid_vega_lite(query_id, lang):
    a = engine().answer(query_id, {}, lang)
    if a.status == "unsupported":
        assert query_id == "atp_balance"
        return
    if get_catalog()[query_id].chart["kind"] == "table":
        assert a.chart is None
        return
    alt.Chart.from_dict(a.chart, validate=True)  # raises on an invalid spec
    assert a.chart["title"]["text"] and "Cens" in a.chart["title"]["subtitle"]
