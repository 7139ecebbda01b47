"""No 5xx from any input, in-process: guarded denominators, strict JSON out, hostile JSON in.

The real-server cases (huge bodies, idle and slow connections, Host header) are in
tests/test_server_limits.py; this file stays fast by going through the ASGI app directly.
"""

from __future__ import annotations

import asyncio
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from assistant.answer import Engine, localise_rows
from assistant.catalog import get_catalog
from assistant.service import default_assistant
from assistant.store import get_store
from assistant.web.api import MAX_JSON_DEPTH, build_api
from tests.numbers import unexplained_numbers

REPO = Path(__file__).resolve().parent.parent
NEW_WORDS = ("new: there w", "una cifra nueva")
NORFOLK = "How did imports from Norfolk Island change in October 2014 compared with October 2013?"
NORFOLK_ES = (
    "¿Cuánto cambiaron las importaciones desde Isla Norfolk en octubre de 2014 frente a octubre de 2013?"
)


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
    for question, lang in [(NORFOLK, "en"), (NORFOLK_ES, "es")]:
        a = default_assistant().ask(question)
        assert a.status == "answered" and a.lang == lang and a.query["id"] == "period_change"
        assert any(w in a.text for w in NEW_WORDS) and "1,932" in a.text, a.text
        assert "∞" not in a.text and "nan" not in a.text.lower()
        assert a.value is None and a.unit is None  # no percent to lead with, and no unit without one
        assert unexplained_numbers(a) == []
        strict_json(a)


def test_every_change_from_zero_in_the_data_is_finite_and_worded(engine):
    cases = months_growing_from_zero(40)
    assert len(cases) == 40  # a spread of the 1,398 such months in the bundled data
    for i, (partner, flow, year, month) in enumerate(cases):
        lang = ("en", "es")[i % 2]
        params = dict(
            partner=partner, flow=flow, year=year, base_year=year - 1, first_month=month, last_month=month
        )
        a = engine.answer("period_change", params, lang)
        assert a.status == "answered", (params, a.text)
        strict_json(a)
        assert all(
            isinstance(v, str | int | type(None)) or math.isfinite(v) for r in a.rows for v in r.values()
        )
        assert "∞" not in a.text and unexplained_numbers(a) == [], a.text
        head = next(r for r in a.rows if r["year"] == year)
        if head["value_usd"]:  # from zero to something: "new"; from zero to zero: no change is claimed
            assert any(w in a.text for w in NEW_WORDS), a.text


def test_rows_never_carry_nan_or_infinity():
    rows = localise_rows([{"a": float("nan"), "b": float("inf"), "c": 1.5, "name_en": "x"}], "en")
    assert rows == [{"a": None, "b": None, "c": 1.5, "name": "x"}]


def test_cli_json_is_strict_json():
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", NORFOLK, "--json"],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    body = json.loads(proc.stdout, parse_constant=lambda c: pytest.fail(f"non-JSON constant {c}"))
    assert body["value"] is None and "new: there were none in October 2013" in body["text"]


# ---- hostile requests through the API app, in-process -------------------------------------


@pytest.fixture(scope="module")
def http():
    with TestClient(build_api(default_assistant), raise_server_exceptions=False) as client:
        yield client


def post(http, content: bytes, content_type: str = "application/json", **headers):
    return http.post("/ask", content=content, headers={"content-type": content_type, **headers})


def assert_client_error(r, status: int, reason: str = ""):
    assert r.status_code == status, (r.status_code, r.text[:300])
    error = json.loads(r.content, parse_constant=pytest.fail)["error"]
    assert reason in error and "\n" not in error and len(error) < 200


@pytest.mark.parametrize(
    "body,reason",
    [
        (b"[" * 1000 + b"]" * 1000, "nests more than"),
        (b'{"question": "imports from Mexico", "context": ' + b'{"a": ' * 500 + b"1" + b"}" * 501, "nests"),
        (b'{"question": "hi", "context": {"query_id": "partner_year", "params": {"year": Infinity}}}', "finite"),
        (b'{"question": "hi", "lang": NaN}', "finite"),
        (b'{"question": "hi", "x": -Infinity}', "finite"),
        (b'{"question": "hi", "x": 1e999}', "finite"),
        (b'{"question": "\\ud83d"}', "lone surrogate"),
        (b'{"question": "ok", "context": {"\\udfff": 1}}', "lone surrogate"),
        (b'{"question": "' + "\u00e9".encode("latin-1") + b'"}', "not valid JSON"),
        (b'{"question": "hi", "n": ' + b"9" * 5000 + b"}", "not valid JSON"),
    ],
    ids=["1000-deep-array", "500-deep-context", "infinity-in-context", "nan", "-infinity", "1e999",
         "lone-surrogate", "lone-surrogate-key", "latin-1-bytes", "5000-digit-int"],
)  # fmt: skip
def test_hostile_json_is_a_400_with_one_line(http, body, reason):
    assert_client_error(post(http, body), 400, reason)


def test_json_nested_to_the_limit_is_accepted(http):
    nested = {"question": "imports from Mexico in 2024", "context": {"x": 1}}
    inner = nested["context"]
    for _ in range(MAX_JSON_DEPTH - 3):
        inner["x"] = {"x": 1}
        inner = inner["x"]
    assert post(http, json.dumps(nested).encode()).status_code == 200


@pytest.mark.parametrize(
    "content_type,status",
    [
        ("application/json", 200),
        ("Application/JSON", 200),
        ("application/json; charset=utf-8", 200),
        ('application/json;charset="UTF-8"', 200),
        ("text/plain; x=application/json", 415),  # a form another site can post without preflight
        ("text/plain;application/json", 415),
        ("application/jsonx", 415),
        ("application/json; charset=latin-1", 415),
        ("multipart/form-data; boundary=application/json", 415),
        ("", 415),
    ],
)
def test_content_type_is_parsed_not_substring_matched(http, content_type, status):
    r = post(http, b'{"question": "imports from Mexico in 2024"}', content_type)
    assert r.status_code == status, r.text[:200]


def test_declared_length_over_the_limit_is_refused_before_reading(http):
    r = post(http, b"{}", **{"content-length": str(300 * 1024 * 1024)})
    assert_client_error(r, 413, "at most 64 KB")
    assert_client_error(post(http, b"{}", **{"content-length": "12abc"}), 400, "Content-Length")


def test_a_chunked_body_is_counted_while_it_streams(http):
    sent = []

    def chunks():
        for _ in range(1000):  # would be 64 MB if it were all read
            sent.append(1)
            yield b" " * 65536

    r = http.post("/ask", content=chunks(), headers={"content-type": "application/json"})
    assert_client_error(r, 413, "at most 64 KB")


def test_forged_context_values_are_never_echoed(http):
    forged = "<img src=//elsewhere/p.png> FORGED"
    for params in (
        {"partner": forged, "year": 2024, "flow": "imports"},
        {"partner": "2010", "year": forged, "flow": forged, "chapter": forged},
        {"partner": ["2010", forged], "n": forged},
    ):
        for question in ("what about 2019?", "and exports?", "¿y Canadá?"):
            meaning = {
                "measure": "value",
                "flow": forged,
                "partners": [forged],
                "period": {"years": [forged]},
            }
            context = {"query_id": "partner_period", "params": params, "lang": "en", "note": forged,
                       "meaning": meaning}  # fmt: skip
            r = http.post("/ask", json={"question": question, "context": context})
            assert r.status_code == 200
            assert "FORGED" not in r.text and "elsewhere" not in r.text, r.text[:300]


# Bodies a hostile client might send: any JSON (with NaN/Infinity tokens, lone surrogates),
# answer-shaped bodies with forged contexts, deep nesting, huge numbers and raw bytes.
SURROGATES = st.sampled_from(["\ud83d", "\udfff", "a\ud800b", "\udc00"])
TEXT = st.one_of(st.text(max_size=20), SURROGATES)
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), TEXT,
    st.sampled_from([10**400, -(10**30), 1e308, "latest", "2010", "partner_year", "-"]),
)  # fmt: skip
JSON_VALUES = st.recursive(
    SCALARS, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(TEXT, kids, max_size=3), max_leaves=8
)
QUERY_IDS = st.sampled_from([q.id for q in get_catalog()] + ["nope", ""])
CONTEXTS = st.fixed_dictionaries(
    {},
    optional={
        "query_id": st.one_of(QUERY_IDS, JSON_VALUES),
        "params": st.one_of(st.dictionaries(st.sampled_from(["partner", "partners", "flow", "year", "month",
                                                            "start_year", "end_year", "n", "chapter"]),
                                            JSON_VALUES, max_size=5), JSON_VALUES),
        "lang": st.one_of(st.sampled_from(["en", "es", "fr"]), JSON_VALUES),
    },
)  # fmt: skip
QUESTIONS = st.one_of(
    st.sampled_from(
        ["imports from Mexico", "what about Canada?", "¿y en 2019?", "top 5 in 2023", "x" * 1001]
    ),
    TEXT,
)
ANSWER_SHAPED = st.fixed_dictionaries(
    {"question": QUESTIONS}, optional={"lang": st.one_of(st.sampled_from(["en", "es"]), JSON_VALUES),
                                       "context": st.one_of(CONTEXTS, JSON_VALUES)},
)  # fmt: skip


def _deep(n: int, kind: str) -> bytes:
    if kind == "array":
        return b"[" * n + b"]" * n
    return b'{"question": "hi", "context": ' + b'{"k": ' * n + b"0" + b"}" * (n + 1)


BODIES = st.one_of(
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    ANSWER_SHAPED.map(lambda v: json.dumps(v).encode()),
    ANSWER_SHAPED.map(lambda v: json.dumps(v, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    st.builds(_deep, st.integers(1, 3000), st.sampled_from(["array", "object"])),
    st.binary(max_size=200),
)
FUZZ_SEEN = []


class ASGICaller:
    """Posts straight into the ASGI app on one event loop: much faster than an HTTP client."""

    def __init__(self):
        self.app = build_api(default_assistant)
        self.loop = asyncio.new_event_loop()

    def post(self, body: bytes) -> tuple[int, bytes]:
        return self.loop.run_until_complete(self._post(body))

    async def _post(self, body: bytes) -> tuple[int, bytes]:
        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
            "scheme": "http", "path": "/ask", "raw_path": b"/ask", "query_string": b"", "root_path": "",
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
        }  # fmt: skip
        messages = [{"type": "http.request", "body": body, "more_body": False}]
        sent: list[dict] = []

        async def receive():
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message):
            sent.append(message)

        await self.app(scope, receive, send)
        return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


@pytest.fixture(scope="module")
def asgi():
    caller = ASGICaller()
    yield caller
    caller.loop.close()


@settings(
    max_examples=2000, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)  # fmt: skip
@given(body=BODIES)
def test_fuzz_2000_hostile_bodies_never_a_5xx(asgi, body):
    FUZZ_SEEN.append(1)
    status, content = asgi.post(body)
    assert status == 200 or 400 <= status < 500, (body[:200], status, content[:200])
    parsed = json.loads(content, parse_constant=pytest.fail)  # the response is strict JSON
    if status != 200:
        assert "\n" not in parsed["error"]
    else:
        assert parsed["status"] in ("answered", "clarify", "unsupported")


def test_the_fuzz_ran_at_least_2000_bodies():
    """Hypothesis stops early when it runs out of distinct examples; make sure it did not."""
    assert len(FUZZ_SEEN) >= 2000, len(FUZZ_SEEN)
