"""No 5xx from any input, in-process: guarded denominators, strict JSON out."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from assistant.answer import Engine, localise_rows
from assistant.catalog import get_catalog
from assistant.service import default_assistant
from assistant.store import get_store
from tests.numbers import unexplained_numbers

REPO = Path(__file__).resolve().parent.parent
NEW_WORDS = ("new since", "son nuevas", "es nuevo")


def strict_json(answer) -> str:
    return json.dumps(answer.to_dict(), allow_nan=False)  # raises on NaN / infinity


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(get_store(), get_catalog())


def months_growing_from_zero(limit: int) -> list[tuple[str, str, int, int]]:
    """(partner, flow, year, month) where the same month a year earlier was exactly zero."""
    return (
        get_store()
        .run(
            """WITH m AS (SELECT partner, measure, year, month, sum(value_usd) AS v FROM measures
                      WHERE dataset = 'total' AND measure <> 'balance' GROUP BY ALL)
           SELECT a.partner, a.measure, a.year, a.month FROM m a JOIN m b
             ON a.partner = b.partner AND a.measure = b.measure AND b.year = a.year - 1 AND b.month = a.month
           WHERE b.v = 0 ORDER BY hash(a.partner || a.measure || a.year || a.month) LIMIT $n""",
            {"n": limit},
        )
        .rows
    )


def test_a_month_that_grew_from_zero_reads_new_not_infinity():
    """The issue's example: imports from Norfolk Island in October 2014 (none in October 2013)."""
    for question, lang in [
        ("imports from Norfolk Island in October 2014", "en"),
        ("importaciones desde Isla Norfolk en octubre de 2014", "es"),
    ]:
        a = default_assistant().ask(question)
        assert a.status == "answered" and a.lang == lang
        assert any(w in a.text for w in NEW_WORDS), a.text
        assert "∞" not in a.text and "nan" not in a.text.lower()
        assert a.value == 1932 and a.unit == "USD"
        assert unexplained_numbers(a) == []
        strict_json(a)


def test_every_change_from_zero_in_the_data_is_finite_and_worded(engine):
    cases = months_growing_from_zero(40)
    assert len(cases) == 40  # a spread of the 1,398 such months in the bundled data
    for i, (partner, flow, year, month) in enumerate(cases):
        lang = ("en", "es")[i % 2]
        a = engine.answer("partner_month", dict(partner=partner, flow=flow, year=year, month=month), lang)
        assert a.status == "answered", (partner, flow, year, month, a.text)
        strict_json(a)
        assert all(
            isinstance(v, str | int | type(None)) or math.isfinite(v) for r in a.rows for v in r.values()
        )
        assert "∞" not in a.text and unexplained_numbers(a) == [], a.text
        if a.value:  # from zero to something: "new"; from zero to zero: no change is claimed
            assert any(w in a.text for w in NEW_WORDS), a.text


def test_rows_never_carry_nan_or_infinity():
    rows = localise_rows([{"a": float("nan"), "b": float("inf"), "c": 1.5, "name_en": "x"}], "en")
    assert rows == [{"a": None, "b": None, "c": 1.5, "name": "x"}]
