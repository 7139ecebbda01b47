"""The answer engine on real data: the seed story, charts as specs, ATP/NAICS once fetched."""

from __future__ import annotations

import pandas as pd
import pytest

from assistant import charts, snapshot
from assistant.answer import Engine
from assistant.catalog import get_catalog
from assistant.ingest import census_api
from assistant.store import Store, get_store
from tests.conftest import REPO
from tests.numbers import unexplained_numbers


@pytest.fixture(scope="module")
def engine():
    return Engine(get_store(), get_catalog())


def top_codes(answer):
    return [r["partner_code"] for r in answer.rows]


def test_hs85_top_suppliers_2024(engine):
    a = engine.answer("top_partners", {"chapters": ["85"], "year": 2024, "n": 4}, "en")
    assert top_codes(a) == ["5700", "2010", "5520", "5830"]  # China, Mexico, Vietnam, Taiwan
    assert a.text.startswith("The top 4 suppliers of electrical machinery and electronics (HS 85)")
    assert "China, Mexico, Vietnam and Taiwan" in a.text


def test_hs88_top_supplier_is_canada_and_hs84_is_mexico(engine):
    assert top_codes(engine.answer("top_partners", {"chapters": ["88"], "year": 2024}, "en"))[0] == "1220"
    assert top_codes(engine.answer("top_partners", {"chapters": ["84"], "year": 2024}, "es"))[0] == "2010"


def test_2024_headline_figures(engine):
    a = engine.answer("partner_period", {"partner": "2010", "flow": "imports", "year": 2024}, "en")
    assert a.text.startswith("U.S. imports from Mexico were $505.5 billion in 2024, up ")
    assert a.value == 505_523_174_525 and a.unit == "USD"
    b = engine.answer("partner_period", {"partner": "-", "flow": "balance", "year": 2024}, "es")
    assert "un déficit de 1.20 billones de dólares" in b.text  # 10^12: billones in Mexico
    c = engine.answer("partner_period", {"partner": "5700", "flow": "balance", "year": 2024}, "en")
    assert "a deficit of $295.5 billion" in c.text


def test_share_change_is_in_percentage_points(engine):
    a = engine.answer("partner_share", {"partner": "5700", "year": 2024}, "en")
    assert "percentage point" in a.text and a.unit == "percent"
    assert 13.0 < a.value < 14.0  # percent as 13.4, not 0.134


def test_rank_of_a_group_is_explained_not_answered(engine):
    a = engine.answer("partner_rank", {"partner": "0020"}, "en")
    assert a.status == "unsupported" and "countries only" in a.text and a.value is None


def test_answer_object_contract(engine):
    a = engine.answer("top_partners", {"flow": "exports", "year": 2023, "n": 5}, "es")
    d = a.to_dict()
    assert set(d) >= {"question", "status", "lang", "text", "query", "value", "unit", "rows",
                      "chart", "sql", "sources", "suggestions", "context"}  # fmt: skip
    assert d["query"] == {"id": "top_partners", "params": d["context"]["params"]}
    assert d["rows"][0]["partner"] == "Canadá" and d["rows"][0]["partner_code"] == "1220"
    assert "$flow" in d["sql"] and "Censo" in d["sources"][0]
    assert len(d["suggestions"]) >= 2 and all("{" not in s for s in d["suggestions"])


def test_ranked_bar_spec(engine):
    a = engine.answer("top_partners", {"chapters": ["85"], "year": 2024, "n": 5}, "es")
    spec = a.chart
    assert spec["mark"]["type"] == "bar"
    enc = spec["encoding"]
    assert enc["y"]["field"] == "partner" and enc["y"]["sort"] == "-x"
    assert enc["x"]["field"] == "value_bn" and enc["x"]["title"] == "Miles de millones de dólares"
    scale = enc["color"]["scale"]
    colours = dict(zip(scale["domain"], scale["range"], strict=True))
    assert colours["México"] == charts.USMCA_COLOURS["2010"]
    assert colours["China"] == charts.ASIA_COLOURS["5700"]
    values = spec["datasets"][spec["data"]["name"]] if "datasets" in spec else spec["data"]["values"]
    leader = next(v for v in values if v["partner_code"] == "5700")
    assert leader["label"] in a.text  # tooltip label formatted exactly as in the sentence
    assert {t["field"] for t in enc["tooltip"]} == {"name", "label"}  # full name; the axis wraps


def test_line_and_share_specs(engine):
    a = engine.answer("partner_trend", {"partners": ["2010", "5700"], "flow": "imports"}, "en")
    assert a.chart["mark"]["type"] == "line" and a.chart["encoding"]["x"]["field"] == "year"
    assert a.chart["encoding"]["color"]["field"] == "partner"
    b = engine.answer("bloc_share_trend", {}, "en")
    assert b.chart["encoding"]["y"]["field"] == "share"
    assert b.chart["encoding"]["y"]["title"] == "Share (%)"


def test_column_and_grouped_specs(engine):
    a = engine.answer("partner_period", {"partner": "1220", "year": 2022}, "en")
    bars = a.chart["layer"][0]  # bars, then the asked-for year's value label
    assert bars["mark"]["type"] == "bar" and bars["encoding"]["x"]["field"] == "year"
    b = engine.answer("compare_partners", {"partners": ["2010", "5700"], "year": 2024}, "en")
    assert b.chart["encoding"]["xOffset"]["field"] == "year"
    assert b.chart["encoding"]["color"]["scale"]["domain"] == [2023, 2024]


def test_every_example_default_sentence_numbers_match(engine):
    for q in get_catalog():
        for lang in ("en", "es"):
            a = engine.answer(q.id, {}, lang)
            if a.status == "answered":
                assert unexplained_numbers(a) == [], (q.id, lang, a.text)


def test_atp_and_naics_missing_say_what_in_plain_words(engine):
    a = engine.answer("atp_balance", {"year": 2024}, "en")
    assert a.status == "unsupported" and "not in this data set" in a.text
    assert "python" not in a.text and "--" not in a.text  # no shell command for a policy analyst
    assert any("HS 85" in s for s in a.suggestions)  # nearest HS-chapter answer offered
    b = engine.answer("top_partners", {"naics": "334"}, "es")
    assert b.status == "unsupported" and "no están en estos datos" in b.text and "python" not in b.text


def test_atp_and_naics_answer_once_fetched(fake_census, data_copy):
    census_api.fetch("hitech", 2024, 2024, data_dir=data_copy)
    census_api.fetch("naics", 2024, 2024, data_dir=data_copy)
    eng = Engine(Store(data_copy), get_catalog())
    a = eng.answer("atp_balance", {}, "en")
    assert a.status == "answered" and a.unit == "USD" and a.value < 0
    bars = a.chart["layer"][0]  # bars, then their "deficit $X" labels
    assert bars["mark"]["type"] == "bar" and bars["encoding"]["color"]["field"] == "sign"
    assert "aerospace had the largest surplus" in a.text
    assert unexplained_numbers(a) == []
    b = eng.answer("atp_balance", {"category": "04"}, "es")
    assert b.text.startswith("Información y comunicaciones (ATP) representó") and b.unit == "percent"
    ict = next(r for r in a.rows if r["product_code"] == "04")
    assert b.value == pytest.approx(ict["deficit_share"])
    c = eng.answer("top_partners", {"category": "04", "year": 2024, "n": 3}, "en")
    assert c.status == "answered" and top_codes(c) == ["5700", "2010", "1220"]
    d = eng.answer("top_partners", {"naics": "334", "year": 2024}, "en")
    assert d.status == "answered" and "(NAICS 334)" in d.text


def test_chart_export_png_and_svg(engine):
    spec = engine.answer("top_partners", {"chapters": ["88"], "year": 2024}, "en").chart
    png = charts.export(spec, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    svg = charts.export(spec, "svg").decode()
    assert svg.startswith("<svg") and "Canada" in svg and "Census" in svg


def test_changing_an_answer_does_not_change_the_next_one(engine):
    first = engine.answer("top_partners", {"year": 2024}, "en")
    first.rows.clear()
    first.chart["mark"] = "changed"
    again = engine.answer("top_partners", {"year": 2024}, "en")
    assert len(again.rows) == 5 and again.chart["mark"]["type"] == "bar"


# ---- issue 10: periods, surpluses, combined partners and chapter levels, checked against
# figures computed here from data/raw with pandas, independently of the queries' SQL.
RAW = snapshot.current(REPO / "data")[0] / "raw" / "census"  # the current snapshot's raw files


@pytest.fixture(scope="module")
def raw():
    imports = pd.read_csv(RAW / "imports_by_country_monthly_2013_2024.csv.gz", dtype={"CTY_CODE": str})
    exports = pd.read_csv(RAW / "exports_by_country_monthly_2013_2024.csv.gz", dtype={"CTY_CODE": str})
    hs = pd.read_csv(RAW / "imports_by_country_hs2_monthly_2023_2024.csv.gz",
                     dtype={"CTY_CODE": str, "I_COMMODITY": str})  # fmt: skip
    return imports, exports, hs


def _sum(frame, column, partner, year, months, **where):
    f = frame[(frame.CTY_CODE == partner) & (frame.YEAR == year) & frame.MONTH.isin(months)]
    for k, v in where.items():
        f = f[f[k] == v]
    return int(f[column].sum())


def test_q3_2021_imports_from_japan(engine, raw):
    expected = _sum(raw[0], "GEN_VAL_MO", "5880", 2021, [7, 8, 9])
    a = engine.answer(
        "partner_period", {"partner": "5880", "year": 2021, "first_month": 7, "last_month": 9}, "en"
    )
    assert a.value == expected
    assert "in the third quarter of 2021 (July–September)" in a.text and unexplained_numbers(a) == []
    es = engine.answer(
        "partner_period", {"partner": "5880", "year": 2021, "first_month": 7, "last_month": 9}, "es"
    )
    assert "en el tercer trimestre de 2021 (julio a septiembre)" in es.text


def test_exports_to_canada_february_to_may_2020(engine, raw):
    expected = _sum(raw[1], "ALL_VAL_MO", "1220", 2020, [2, 3, 4, 5])
    a = engine.answer("partner_period", {"partner": "1220", "flow": "exports", "year": 2020, "first_month": 2,
                                         "last_month": 5}, "es")  # fmt: skip
    assert a.value == expected and "de febrero a mayo de 2020" in a.text


def test_imports_from_germany_first_half_2019(engine, raw):
    expected = _sum(raw[0], "GEN_VAL_MO", "4280", 2019, range(1, 7))
    a = engine.answer(
        "partner_period", {"partner": "4280", "year": 2019, "first_month": 1, "last_month": 6}, "en"
    )
    assert a.value == expected and "first half of 2019 (January–June)" in a.text


def test_five_largest_2022_surpluses(engine, raw):
    imports, exports, _ = raw
    countries = set(get_store().run("SELECT code FROM partners WHERE kind = 'country'").rows)
    countries = {c[0] for c in countries}
    exp = exports[exports.YEAR == 2022].groupby("CTY_CODE").ALL_VAL_MO.sum()
    imp = imports[imports.YEAR == 2022].groupby("CTY_CODE").GEN_VAL_MO.sum()
    balance = exp.sub(imp, fill_value=0)
    balance = balance[balance.index.isin(countries) & (balance > 0)].sort_values(ascending=False)
    a = engine.answer("top_balances", {"side": "surplus", "year": 2022, "n": 5}, "en")
    assert [r["partner_code"] for r in a.rows] == list(balance.index[:5])
    assert [r["value_usd"] for r in a.rows] == [int(v) for v in balance.iloc[:5]]
    assert all(r["value_usd"] > 0 for r in a.rows) and "surpluses" in a.text
    deficits = engine.answer("top_balances", {"side": "deficit", "year": 2022, "n": 25}, "en")
    assert all(r["value_usd"] < 0 for r in deficits.rows)  # a country on the other side is never listed


def test_hs85_imports_from_mexico_and_canada_combined_2023(engine, raw):
    hs = raw[2]
    mexico = _sum(hs, "GEN_VAL_MO", "2010", 2023, range(1, 13), I_COMMODITY="85")
    canada = _sum(hs, "GEN_VAL_MO", "1220", 2023, range(1, 13), I_COMMODITY="85")
    world = _sum(hs, "GEN_VAL_MO", "-", 2023, range(1, 13), I_COMMODITY="85")
    usmca = _sum(hs, "GEN_VAL_MO", "0020", 2023, range(1, 13), I_COMMODITY="85")
    a = engine.answer(
        "combined_partners", {"partners": ["2010", "1220"], "chapters": ["85"], "year": 2023}, "en"
    )
    assert a.value == mexico + canada == usmca  # the members' sum and the Census USMCA group agree
    assert a.rows[0]["combined_share"] == pytest.approx(100 * (mexico + canada) / world)
    assert {r["partner_code"] for r in a.rows} == {"2010", "1220"} and unexplained_numbers(a) == []


def test_a_period_past_the_data_is_named_not_summed(engine):
    a = engine.answer(
        "partner_period", {"partner": "2010", "year": 2025, "first_month": 1, "last_month": 3}, "en"
    )
    assert a.status == "unsupported" and a.value is None
    assert "the first quarter of 2025 is outside it" in a.text
    b = engine.answer("period_change", {"partner": "2010", "year": 2025, "base_year": 2024}, "en")
    assert b.status == "unsupported" and "2025" in b.text


def test_same_period_change_and_rank_among_deficit_partners(engine, raw):
    q3_22 = _sum(raw[0], "GEN_VAL_MO", "5880", 2022, [7, 8, 9])
    q3_21 = _sum(raw[0], "GEN_VAL_MO", "5880", 2021, [7, 8, 9])
    a = engine.answer("period_change", {"partner": "5880", "year": 2022, "base_year": 2021, "first_month": 7,
                                        "last_month": 9}, "en")  # fmt: skip
    assert a.value == pytest.approx(100 * (q3_22 - q3_21) / q3_21) and a.unit == "percent"
    assert "compared with the third quarter of 2021" in a.text
    rank = engine.answer("partner_rank", {"partner": "5880", "flow": "balance", "side": "deficit"}, "en")
    assert rank.unit == "rank" and "deficit" in rank.text and rank.value >= 1
    other_side = engine.answer(
        "partner_rank", {"partner": "4210", "flow": "balance", "side": "deficit"}, "en"
    )
    assert other_side.value is None and "is not among" in other_side.text


def test_explicit_years_for_every_partner(engine):
    a = engine.answer("partners_years", {"partners": ["5880", "5800"], "years": [2015, 2018, 2021]}, "en")
    assert {(r["partner_code"], r["year"]) for r in a.rows} == {
        (p, y) for p in ("5880", "5800") for y in (2015, 2018, 2021)
    }
    assert a.text.count("2015") == 2 and unexplained_numbers(a) == []


def test_sentences_give_countries_their_article_and_tables_keep_the_bare_name(engine):
    """'the Netherlands', 'los Países Bajos', 'al Reino Unido' inside a sentence, capitalised
    at its start; the table and the chart's categories keep the name as the data has it."""
    a = engine.answer("top_partners", {"flow": "exports", "year": 2024, "n": 10}, "en")
    assert ", the Netherlands, the United Kingdom, " in a.text
    assert {"Netherlands", "United Kingdom"} <= {r["partner"] for r in a.rows}
    one = engine.answer("partner_rank", {"partner": "2470", "flow": "exports", "year": 2024}, "en")
    assert one.text.startswith("The Dominican Republic ranked ")
    plain = engine.answer("partner_period", {"partner": "1220", "flow": "imports", "year": 2024}, "en")
    assert "from Canada were" in plain.text and "the Canada" not in plain.text
    es = engine.answer("partner_period", {"partner": "4210", "flow": "imports", "year": 2023}, "es")
    assert "desde los Países Bajos sumaron" in es.text and es.rows[0]["partner"] == "Países Bajos"
    uk = engine.answer("partner_rank", {"partner": "4120", "flow": "exports", "year": 2023}, "es")
    assert uk.text.startswith("El Reino Unido ocupó ")
    assert (
        "¿Qué le compra EE.UU. al Reino Unido?"
        in uk.suggestions
        + engine.answer(
            "partner_period", {"partner": "4120", "flow": "balance", "year": 2023}, "es"
        ).suggestions
    )
