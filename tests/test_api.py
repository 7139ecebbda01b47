"""The JSON API on a real server (127.0.0.1, free port): every route and every bad request."""

from __future__ import annotations

import httpx
import pytest

from assistant.catalog import get_catalog
from assistant.service import default_assistant
from assistant.web.api import OPENAPI
from tests.server import REPO, running_server


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


def test_ask_returns_the_same_answer_object_as_ask(client):
    r = client.post("/api/ask", json={"question": "Who supplies the most electrical machinery to the US?"})
    assert r.status_code == 200
    body = r.json()
    direct = default_assistant().ask("Who supplies the most electrical machinery to the US?").to_dict()
    assert body == direct
    assert body["chart"]["mark"]["type"] == "bar" and body["unit"] == "USD"


def test_conversation_context_round_trips_through_json(client):
    first = client.post("/api/ask", json={"question": "importaciones desde México en 2024"}).json()
    follow = client.post("/api/ask", json={"question": "¿y Canadá?", "context": first["context"]}).json()
    assert follow["status"] == "answered"
    assert follow["query"]["params"]["partner"] == "1220" and follow["lang"] == "es"


def test_lang_and_unknown_fields(client):
    r = client.post("/api/ask", json={"question": "imports from Mexico in 2024", "lang": "es", "extra": 1})
    assert r.status_code == 200 and r.json()["text"].startswith("Las importaciones de EE.UU. desde México")


def test_unsupported_and_clarify_are_200_with_status(client):
    r = client.post("/api/ask", json={"question": "What is Mexico's GDP?"})
    assert r.status_code == 200 and r.json()["status"] == "unsupported" and r.json()["value"] is None
    r = client.post("/api/ask", json={"question": "trade with Canada"})
    assert r.json()["status"] == "clarify" and len(r.json()["suggestions"]) == 4


@pytest.mark.parametrize(
    "kwargs,status,reason",
    [
        ({"content": b"question=x", "headers": {"content-type": "text/plain"}}, 415, "as JSON"),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "not valid JSON"),
        ({"json": ["a list"]}, 400, "JSON object"),
        ({"json": {}}, 400, "'question' is required"),
        ({"json": {"question": "   "}}, 400, "'question' is required"),
        ({"json": {"question": 42}}, 400, "'question' is required"),
        ({"json": {"question": "x" * 1001}}, 400, "at most 1,000 characters"),
        ({"json": {"question": "hi", "lang": "fr"}}, 400, "'lang' must be"),
        ({"json": {"question": "hi", "context": "abc"}}, 400, "'context' must be an object"),
        ({"content": b'{"question": "' + b"x" * 70000 + b'"}', "headers": {"content-type": "application/json"}}, 413, "at most 64 KB"),
        ({"content": b"\xff\xfe", "headers": {"content-type": "application/json"}}, 400, "not valid JSON"),
    ],
    ids=["not-json-type", "bad-json", "not-object", "no-question", "blank", "not-string", "too-long",
         "bad-lang", "bad-context", "huge-body", "bad-bytes"],
)  # fmt: skip
def test_bad_requests_get_4xx_with_one_line_reason(client, kwargs, status, reason):
    r = client.post("/api/ask", **kwargs)
    assert r.status_code == status
    error = r.json()["error"]
    assert reason in error and "\n" not in error


def test_wrong_method_and_unknown_route(client):
    r = client.get("/api/ask")
    assert r.status_code == 405 and "GET is not allowed" in r.json()["error"]
    r = client.get("/api/nope")
    assert r.status_code == 404 and r.json()["error"].startswith("no API route")


def test_queries_lists_the_catalog_with_examples(client):
    body = client.get("/api/queries").json()
    assert {q["id"] for q in body} == {q.id for q in default_assistant().catalog}
    top = next(q for q in body if q["id"] == "top_partners")
    assert top["params"]["flow"]["choices"] == ["imports", "exports", "total"]
    assert len(top["examples"]["es"]) >= 4


def test_health_and_meta(client):
    version = (REPO / "data" / "CURRENT").read_text().strip()
    health = client.get("/api/health").json()
    assert health == {"status": "ok", "queries": len(get_catalog()), "snapshot": version}
    meta = client.get("/api/meta").json()
    assert meta["snapshot"] == version
    assert meta["latest_complete_year"] == 2024 and "June 2025" in meta["vintage"]
    total = next(c for c in meta["coverage"] if c["dataset"] == "total" and c["flow"] == "imports")
    assert (total["first_period"], total["last_period"]) == ("2013-01", "2024-12")


def test_app_page_is_served_beside_the_api(client):
    r = client.get("/")
    assert r.status_code == 200 and '<div id="root">' in r.text or "streamlit" in r.text.lower()


def test_openapi_matches_the_routes(client):
    spec = client.get("/api/openapi.json").json()
    assert spec == OPENAPI
    from openapi_spec_validator import validate

    validate(spec)
    documented = {(path, method.upper()) for path, ops in spec["paths"].items() for method in ops}
    served = {("/api/ask", "POST"), ("/api/queries", "GET"), ("/api/health", "GET"),
              ("/api/meta", "GET"), ("/api/openapi.json", "GET")}  # fmt: skip
    assert documented == served
    for path, method in served:
        r = client.request(
            method, path, json={"question": "imports from Mexico"} if method == "POST" else None
        )
        assert r.status_code == 200, path
        if path == "/api/ask":
            required = spec["paths"][path]["post"]["responses"]["200"]["content"]["application/json"][
                "schema"
            ]["required"]
            assert set(required) <= set(r.json())


def test_cors_is_off_by_default_and_configurable(client):
    r = client.options(
        "/api/ask", headers={"Origin": "https://portal.example", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in r.headers
    with running_server(env={"ASSISTANT_CORS_ORIGINS": "https://portal.example"}) as (base, _):
        r = httpx.options(base + "/api/ask", headers={"Origin": "https://portal.example",
                                                      "Access-Control-Request-Method": "POST"})  # fmt: skip
        assert r.headers["access-control-allow-origin"] == "https://portal.example"
        r = httpx.options(base + "/api/ask", headers={"Origin": "https://evil.example",
                                                      "Access-Control-Request-Method": "POST"})  # fmt: skip
        assert r.headers.get("access-control-allow-origin") != "https://evil.example"


def test_missing_data_gives_503_not_500(tmp_path):
    with running_server(env={"ASSISTANT_DATA_DIR": str(tmp_path)}) as (base, _):
        r = httpx.get(base + "/api/health")
        assert r.status_code == 503 and r.json()["status"] == "unavailable"
        r = httpx.post(base + "/api/ask", json={"question": "imports from Mexico"})
        assert r.status_code == 503 and r.json()["error"].startswith("The trade data is not available")
        assert "git" not in r.text and "python" not in r.text  # commands are for operators (logs, CLI)
        assert str(tmp_path) not in r.text and "\n" not in r.json()["error"]
