"""Every verified query, run with every combination of its enumerable parameter values on
the real snapshot, gives a well-formed answer: finite numbers, strict JSON, and every number
in its sentence a formatted cell of its rows (or a parameter). One test per query.

Enumerations: flows, sides and orders from each query's choices; years 2012 (before the
data) to 2024, and 2025 (after it); periods within a year as whole years, quarters, halves,
single months and a month range; HS chapters all 98 one by one (and none, and two sets of
several), crossed with flows and years; ATP categories and NAICS codes all (they answer
`unsupported` on the bundled snapshot); n at its minimum, default and maximum. Partners are
not enumerable (256 codes); a fixed set covers countries, groups, a continent, the world and
a partner with sparse data (North Korea, 5790) and one with months of zero trade (Norfolk
Island, 6022).
"""

from __future__ import annotations

import itertools
import json
import math
from functools import cache

import altair as alt
import pytest

from assistant.answer import Engine
from assistant.catalog import get_catalog
from assistant.store import get_store
from tests.numbers import unexplained_numbers

PARTNERS = ["2010", "1220", "5700", "5830", "-", "0020", "5XXX", "5790", "6022"]
PARTNER_LISTS = [["2010", "5700"], ["1220"], ["2010", "1220", "5700", "5830", "0020"]]
YEARS = list(range(2012, 2026))
# (year, first month, last month): whole years before, in and after the data, and every
# kind of part of a year (quarter, half, month, range) at both ends of the data
PERIODS = [(y, 1, 12) for y in (2012, 2013, 2019, 2023, 2024, 2025)] + [
    (y, m1, m2)
    for y in (2013, 2024)
    for m1, m2 in ((1, 3), (10, 12), (1, 6), (7, 12), (3, 3), (12, 12), (2, 5))
]
PRODUCT_PERIODS = [(2024, 1, 12), (2023, 1, 12), (2022, 1, 12), (2024, 7, 9)]
YEAR_LISTS = [[2015, 2018, 2021], [2012, 2024], [2023, 2024]]
RANGES = [(2013, 2024), (2018, 2024), (2023, 2024), (2024, 2024), (2012, 2020), (2020, 2018)]
CHAPTER_SETS = [["84", "85"], ["84", "85", "88", "90"]]


@cache
def engine() -> Engine:
    return Engine(get_store(), get_catalog())


@cache
def product_codes(dataset: str) -> list[str]:
    return [
        r[0] for r in get_store().run("SELECT code FROM products WHERE dataset = $d", {"d": dataset}).rows
    ]


def enumerate_params(query) -> list[dict]:
    names = set(query.params)
    axes: dict[str, list] = {}
    scopes: list[dict] = [{}]
    for name, p in query.params.items():
        if p.type in ("flow", "choice"):
            axes[name] = list(p.choices)
        elif p.type == "partner":
            axes[name] = PARTNERS
        elif p.type == "partners":
            axes[name] = PARTNER_LISTS
        elif p.type == "int":
            axes[name] = sorted({p.minimum, p.default, p.maximum})
        elif p.type == "years":
            axes[name] = YEAR_LISTS
        elif p.type == "hs_chapters":
            scopes += [{name: [c]} for c in product_codes("hs")] + [{name: c} for c in CHAPTER_SETS]
        elif p.type == "atp_category":
            scopes += [{name: c} for c in product_codes("hitech")]
        elif p.type == "naics_code":
            scopes += [{name: c} for c in product_codes("naics")]
    if {"first_month", "last_month"} <= names:
        axes["_period"] = PERIODS
    elif "year" in names:
        axes["year"] = YEARS
    if "base_year" in names:
        axes["base_year"] = ["previous", 2013, 2023]
    if {"start_year", "end_year"} <= names:
        axes["_range"] = RANGES
    keys = list(axes)
    combos = []
    for values in itertools.product(*(axes[k] for k in keys)):
        base = dict(zip(keys, values, strict=True))
        if "_period" in base:
            base["year"], base["first_month"], base["last_month"] = base.pop("_period")
        if "_range" in base:
            base["start_year"], base["end_year"] = base.pop("_range")
        if base.get("base_year") == "previous":
            del base["base_year"]
        for scope in scopes:
            if scope and not (_plain_axes(query, base) and _product_period(base)):
                continue  # product scopes are crossed with flows and a few periods only
            combos.append({**base, **scope})
    return combos


def _product_period(params) -> bool:
    if "start_year" in params:
        return (params["start_year"], params["end_year"]) in ((2013, 2024), (2023, 2024))
    if "first_month" in params:
        return (params["year"], params["first_month"], params["last_month"]) in PRODUCT_PERIODS
    return params.get("year", 2024) in (2022, 2023, 2024)


def _plain_axes(query, params) -> bool:
    """Only the first value of every axis but flow, side, order and the period."""
    for name, p in query.params.items():
        if p.type in ("partner", "partners", "int", "years") and name in params:
            first = {"partner": PARTNERS[0], "partners": PARTNER_LISTS[0], "years": YEAR_LISTS[0]}.get(p.type)
            if params[name] != (first if first is not None else p.default):
                return False
    return params.get("base_year") in (None, "previous")


def check_answer(a, query_id):
    assert a.status in ("answered", "unsupported"), a
    assert a.text and "{" not in a.text and "None" not in a.text and "nan" not in a.text.lower()
    assert a.lang in ("en", "es")
    json.dumps(a.to_dict(), allow_nan=False)  # strict JSON: no NaN or Infinity anywhere
    if a.status == "unsupported":
        assert a.value is None and not a.rows
        return
    assert a.query["id"] == query_id
    assert a.sql and a.sources and a.rows
    for r in a.rows:
        assert all(not (isinstance(v, float) and not math.isfinite(v)) for v in r.values()), r
        if "partner_code" in r:
            assert "partner" in r and "partner_en" not in r and "partner_es" not in r
    assert unexplained_numbers(a) == [], f"numbers not from the rows: {unexplained_numbers(a)}"
    if a.unit is not None:
        assert isinstance(a.value, int | float) and math.isfinite(a.value)
        assert a.value in [v for r in a.rows for v in r.values()]


@pytest.mark.parametrize("query_id", [q.id for q in get_catalog()])
def test_every_enumerable_combination(query_id):
    counts = {"answered": 0, "unsupported": 0}
    for i, params in enumerate(enumerate_params(get_catalog()[query_id])):
        lang = ("en", "es")[i % 2]
        a = engine().answer(query_id, params, lang)
        try:
            check_answer(a, query_id)
        except AssertionError as e:
            raise AssertionError(f"{query_id} {params} {lang}: {e}\n{a.text}") from e
        counts[a.status] += 1
    print(f"\n{query_id}: {counts}")
    if query_id == "atp_balance":  # ATP tables are not in the bundled snapshot
        assert counts["answered"] == 0 and counts["unsupported"] > 0
    else:
        assert counts["answered"] > 0


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
