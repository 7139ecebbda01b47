"""The committed snapshot is the real Census data, complete and consistent."""

from __future__ import annotations

import json

import duckdb
import pytest

from assistant import snapshot
from assistant.ingest import build
from assistant.store import DEFAULT_DATA_DIR

COMMITTED, _ = snapshot.current(DEFAULT_DATA_DIR)  # data/snapshots/<version named by data/CURRENT>

B = 1e9


def annual(store, flow, partner, year=2024, dataset="total", code="TOTAL"):
    return store.run(
        "SELECT sum(value_usd) FROM trade WHERE dataset = $d AND code = $c AND flow = $f"
        " AND partner = $p AND year = $y",
        dict(d=dataset, c=code, f=flow, p=partner, y=year),
    ).rows[0][0]


@pytest.mark.parametrize(
    "partner,billions", [("2010", 505.5), ("5700", 438.7), ("1220", 411.9), ("-", 3266.4)]
)
def test_2024_imports_match_census(store, partner, billions):
    assert annual(store, "imports", partner) / B == pytest.approx(billions, rel=0.001)


def test_2024_exports_and_balance(store):
    exports = annual(store, "exports", "-")
    imports = annual(store, "imports", "-")
    assert exports / B == pytest.approx(2061.7, rel=0.001)
    assert (exports - imports) / B == pytest.approx(-1204.7, rel=0.001)
    china = annual(store, "exports", "5700") - annual(store, "imports", "5700")
    assert china / B == pytest.approx(-295.5, rel=0.001)


def test_usmca_group_equals_canada_plus_mexico_every_month(store):
    res = store.run(
        """SELECT dataset, flow, code, year, month,
              sum(value_usd) FILTER (WHERE partner = '0020') AS grp,
              sum(value_usd) FILTER (WHERE partner IN ('1220', '2010')) AS members
           FROM trade GROUP BY ALL HAVING grp IS NOT NULL"""
    )
    assert len(res.rows) >= 144 * 2 + 24 * 98 - 50  # every month of both flows, every chapter
    assert all(r[5] == r[6] for r in res.rows)


def test_hs_chapters_sum_to_partner_totals(store):
    res = store.run(
        """SELECT count(*), count(*) FILTER (WHERE ch.s <> t.value_usd)
           FROM (SELECT partner, year, month, sum(value_usd) s FROM trade
                 WHERE dataset = 'hs' AND flow = 'imports' GROUP BY ALL) ch
           JOIN trade t ON t.dataset = 'total' AND t.flow = 'imports' AND t.partner = ch.partner
                AND t.year = ch.year AND t.month = ch.month"""
    )
    checked, mismatched = res.rows[0]
    assert checked > 5000 and mismatched == 0


def test_reference_tables(store):
    kinds = dict(store.run("SELECT kind, count(*) FROM partners GROUP BY 1").rows)
    assert kinds["country"] == 234 and kinds["world"] == 1
    assert kinds["continent"] == 7 and kinds["group"] >= 13
    names = {r[0]: r[1:] for r in store.run("SELECT code, name_en, name_es, iso2 FROM partners").rows}
    assert names["2010"] == ("Mexico", "México", "MX")
    assert names["5830"][:2] == ("Taiwan", "Taiwán")
    assert names["5800"][:2] == ("South Korea", "Corea del Sur")
    assert names["4280"][:2] == ("Germany", "Alemania")
    assert names["0020"][:2] == (
        "the USMCA partners (Canada and Mexico)",
        "los socios del T-MEC (Canadá y México)",
    )
    counts = dict(store.run("SELECT dataset, count(*) FROM products GROUP BY 1").rows)
    assert counts == {"hs": 98, "hitech": 10, "naics": 13}
    es = dict(store.run("SELECT code, name_es FROM products WHERE dataset = 'hs'").rows)
    assert es["88"] == "aeronaves y naves espaciales"


def test_coverage_facts(store):
    total = store.coverage[("total", "imports")]
    assert (total.first_period, total.last_period, total.months) == (201301, 202412, 144)
    assert store.latest_complete_year() == 2024
    assert store.has("hs", "imports", 2024) and not store.has("hs", "imports", 2019)
    assert not store.has("hitech", "imports") and not store.has("hs", "exports")


def test_committed_tables_are_what_build_produces(tmp_path):
    """The committed trade.duckdb and manifest.json must be rebuilt whenever raw/ or the build changes."""
    result = build.build(COMMITTED / "raw", tmp_path / "out")
    committed = json.loads((COMMITTED / "manifest.json").read_text())
    assert committed == result.manifest
    con = duckdb.connect(str(COMMITTED / "trade.duckdb"), read_only=True)
    try:
        assert build.table_digests(con) == result.manifest["outputs"]["tables"]
    finally:
        con.close()


def test_manifest_describes_inputs_and_outputs():
    manifest = json.loads((COMMITTED / "manifest.json").read_text())
    assert set(manifest["datasets"]) == {"total", "hs"}
    hs = manifest["datasets"]["hs"]["flows"]["imports"]
    assert (hs["first_period"], hs["last_period"], hs["rows"]) == ("2023-01", "2024-12", 285711)
    for item in manifest["inputs"]:
        assert len(item["sha256"]) == 64 and (COMMITTED / item["path"]).exists()
    assert manifest["outputs"]["tables"]["trade"]["rows"] == 36277 + 36283 + 285711


def test_committed_snapshot_matches_its_checksums():
    assert snapshot.verify_checksums(COMMITTED) is None
    assert (COMMITTED / snapshot.CHECKSUMS_NAME).exists()
