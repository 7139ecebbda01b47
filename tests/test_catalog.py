"""Catalog validation: every query file is a single read-only query with full metadata."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.catalog import QUERIES_DIR, Catalog, CatalogError, get_catalog

GOOD = QUERIES_DIR / "partner_year.sql"


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
    assert {p.type for p in top.params.values()} >= {"hs_chapter", "atp_category", "naics_code"}


def _catalog_with(tmp_path: Path, name: str, text: str) -> Catalog:
    d = tmp_path / "queries"
    d.mkdir(parents=True)
    shutil.copy(GOOD, d / GOOD.name)
    (d / name).write_text(text)
    return Catalog(d)


def _variant(old: str, new: str, file_id: str = "bad") -> str:
    text = GOOD.read_text().replace("id: partner_year", f"id: {file_id}")
    assert old in text
    return text.replace(old, new)


@pytest.mark.parametrize(
    "old,new,error",
    [
        ("ORDER BY y.year DESC", "ORDER BY y.year DESC; DELETE FROM trade", "exactly one statement"),
        ("AND year BETWEEN", "AND $undeclared = 1 AND year BETWEEN", "not declared"),
        (
            "  year: {type: year, default: latest}\n",
            "  year: {type: year, default: latest}\n  x: {type: int}\n",
            "declared but not used",
        ),
        ("  flow: {type: flow, default: imports}", "  flow: {type: colour}", "type must be"),
        ("  kind: column", "  kind: pie", "chart kind"),
        (
            "    - ¿Cuánto importa EE.UU. de Canadá?\n    - comercio total con Taiwán en 2022\n",
            "",
            "needs at least 4 es examples",
        ),
    ],
    ids=["two-statements", "undeclared-param", "unused-param", "bad-type", "bad-chart", "few-examples"],
)
def test_invalid_queries_are_rejected(tmp_path, old, new, error):
    with pytest.raises(CatalogError, match=error):
        _catalog_with(tmp_path, "bad.sql", _variant(old, new))


def test_writes_are_rejected(tmp_path):
    header = GOOD.read_text().split("*/")[0] + "*/\n"
    header = header.replace("id: partner_year", "id: bad")
    for sql in ("DELETE FROM trade WHERE year = $year AND partner = $partner AND $flow = 'x'",
                "CREATE TABLE x AS SELECT $year, $partner, $flow"):  # fmt: skip
        with pytest.raises(CatalogError, match="SELECT or WITH"):
            _catalog_with(tmp_path / sql[:6], "bad.sql", header + sql)


def test_file_name_must_match_id(tmp_path):
    with pytest.raises(CatalogError, match="must match the file name"):
        _catalog_with(tmp_path, "other.sql", _variant("ORDER BY", "ORDER BY"))
