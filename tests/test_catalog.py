"""Catalog validation: every query file is a single read-only query with full metadata."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.catalog import QUERIES_DIR, Catalog, CatalogError, get_catalog
from assistant.service import default_assistant

GOOD = QUERIES_DIR / "partner_period.sql"


def test_library_size_and_metadata():
    catalog = get_catalog()
    assert len(catalog) >= 14
    for q in catalog:
        assert len(q.examples["en"]) >= 4 and len(q.examples["es"]) >= 4, q.id
        assert q.title["en"] and q.title["es"] and q.description
        assert q.sql.lstrip().upper().startswith(("SELECT", "WITH"))
        assert "/*" not in q.sql  # the metadata header is not part of the SQL shown


def test_seed_story_queries_present():
    ids = {q.id for q in get_catalog()}
    assert {"atp_balance", "top_partners", "tech_supplier_shares", "bloc_share_trend"} <= ids
    top = get_catalog()["top_partners"]
    assert {p.type for p in top.params.values()} >= {"hs_chapters", "atp_category", "naics_code"}


def _catalog_with(tmp_path: Path, name: str, text: str) -> Catalog:
    d = tmp_path / "queries"
    d.mkdir(parents=True)
    shutil.copy(GOOD, d / GOOD.name)
    (d / name).write_text(text)
    return Catalog(d)


def _variant(old: str, new: str, file_id: str = "bad") -> str:
    text = GOOD.read_text().replace("id: partner_period", f"id: {file_id}")
    assert old in text
    return text.replace(old, new)


@pytest.mark.parametrize(
    "old,new,error",
    [
        ("ORDER BY y.year DESC", "ORDER BY y.year DESC; DELETE FROM trade", "exactly one statement"),
        ("AND m.year BETWEEN", "AND $undeclared = 1 AND m.year BETWEEN", "not declared"),
        (
            "  year: {type: year, default: latest}\n",
            "  year: {type: year, default: latest}\n  x: {type: int}\n",
            "declared but not used",
        ),
        ("  flow: {type: flow, default: imports}", "  flow: {type: colour}", "type must be"),
        ("  kind: column", "  kind: pie", "chart kind"),
        (
            "    - exportaciones de EE.UU. a Canadá en 2023\n    - ¿Cuál fue el déficit comercial con China en 2024?\n"
            "    - importaciones desde Japón en el tercer trimestre de 2022\n"
            "    - exportaciones a Canadá de marzo a agosto de 2019\n",
            "",
            "needs at least 4 es examples",
        ),
        ("  measure: level\n", "  measure: opinion\n", "answers.measure must be"),
        (
            "  periods: [none, year, months]\n",
            "  periods: [none, year, months, span]\n",
            "answers period span needs",
        ),
        ("  products: [none, hs, atp, naics]\n", "  products: [none, hs, atp, naics, tech]\n", None),
        ("answers:\n", "answer:\n", "metadata lacks"),
    ],
    ids=[
        "two-statements",
        "undeclared-param",
        "unused-param",
        "bad-type",
        "bad-chart",
        "few-examples",
        "unknown-measure",
        "period-without-params",
        "tech-needs-no-param",
        "no-answers-block",
    ],
)
def test_invalid_queries_are_rejected(tmp_path, old, new, error):
    if error is None:  # a valid variant loads
        assert "bad" in _catalog_with(tmp_path, "bad.sql", _variant(old, new))
        return
    with pytest.raises(CatalogError, match=error):
        _catalog_with(tmp_path, "bad.sql", _variant(old, new))


def test_writes_are_rejected(tmp_path):
    header = GOOD.read_text().split("*/")[0] + "*/\n"
    header = header.replace("id: partner_period", "id: bad")
    used = "$year, $partner, $flow, $first_month, $last_month, $chapters, $category, $naics"
    for sql in (f"DELETE FROM trade WHERE year IN ({used})", f"CREATE TABLE x AS SELECT {used}"):
        with pytest.raises(CatalogError, match="SELECT or WITH"):
            _catalog_with(tmp_path / sql[:6], "bad.sql", header + sql)


def test_file_name_must_match_id(tmp_path):
    with pytest.raises(CatalogError, match="must match the file name"):
        _catalog_with(tmp_path, "other.sql", _variant("ORDER BY", "ORDER BY"))


def test_proxies_are_reviewed_hs_views(tmp_path):
    catalog = get_catalog()
    assert catalog.proxies[("atp", "08")] == ("88",)  # aerospace -> aircraft
    assert catalog.proxies[("atp", "04")] == ("84", "85")  # ICT -> machinery and electronics
    assert catalog.proxies[("naics", "335")] == ("85",)
    assert catalog.proxies[("atp", "07")] == ()  # advanced materials: no fair view
    d = tmp_path / "queries"
    d.mkdir()
    shutil.copy(GOOD, d / GOOD.name)
    (d / "proxies.yaml").write_text("- {kind: atp, code: '08', chapters: ['8801']}\n")
    with pytest.raises(CatalogError, match="bad entry"):
        Catalog(d)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_suggestions_follow_the_flow_and_are_answered(lang):
    """An answer on exports suggests more on exports; every suggestion of every query, for
    every flow, is a question the assistant answers."""
    assistant = default_assistant()
    imports_word = {"en": "import", "es": "importa"}[lang]
    for query in assistant.catalog:
        flow = next((p for p in query.params.values() if p.type == "flow"), None)
        for value in flow.choices if flow else [None]:
            a = assistant.engine.answer(query.id, {"flow": value} if value else {}, lang)
            if a.status != "answered":
                continue
            for s in a.suggestions:
                asked = assistant.ask(s, lang=lang)
                assert asked.status == "answered", (query.id, value, s, asked.text)
                if value == "exports":
                    assert imports_word not in s.lower(), (query.id, s)
