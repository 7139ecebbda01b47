"""Chart specs as data (not pixels): marks, fields, titles, descriptions, colours, and the
WCAG contrast of every colour the palette and the chart theme use."""

from __future__ import annotations

import html
import json
import re
from functools import cache

import altair as alt
import pytest

from assistant import charts
from assistant.answer import Engine
from assistant.catalog import CHART_KINDS, get_catalog
from assistant.store import get_store

HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


@cache
def engine() -> Engine:
    return Engine(get_store(), get_catalog())


def luminance(colour: str) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def worst_contrast(colour: str) -> float:
    """Against the chart's own background and the page it sits on."""
    return min(contrast(colour, charts.BACKGROUND), contrast(colour, charts.PAGE_BACKGROUND))


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("colour", charts.PALETTE["marks"])
def test_every_mark_colour_is_at_least_3_to_1(colour):
    assert worst_contrast(colour) >= 3.0, f"{colour}: {worst_contrast(colour):.2f}:1"


def theme_text_colours() -> list[str]:
    c = charts.CONFIG
    return [
        c["title"]["color"], c["title"]["subtitleColor"], c["axis"]["labelColor"],
        c["axis"]["titleColor"], c["legend"]["labelColor"], c["legend"]["titleColor"],
        c["text"]["color"], *charts.PALETTE["text"],
    ]  # fmt: skip


@pytest.mark.parametrize("colour", theme_text_colours())
def test_every_text_colour_is_at_least_4_5_to_1(colour):
    assert worst_contrast(colour) >= 4.5, f"{colour}: {worst_contrast(colour):.2f}:1"


def default_charts():
    """Every charted query's default answer; the ATP one has no data in the bundled snapshot
    (its diverging bars are tested below on rows made here)."""
    for q in get_catalog():
        for lang in ("en", "es"):
            if q.chart["kind"] != "table" and engine().answer(q.id, {}, lang).status == "answered":
                yield q.id, lang


def walk(node, path=""):
    """(path, value) for every leaf of a spec."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]")
    else:
        yield path, node


@pytest.mark.parametrize("query_id,lang", list(default_charts()))
def test_catalog_charts_are_valid_described_titled_and_in_palette(query_id, lang):
    spec = engine().answer(query_id, {}, lang).chart
    alt.Chart.from_dict(spec, validate=True) if "layer" not in spec else alt.LayerChart.from_dict(
        spec, validate=True
    )
    title = " ".join(spec["title"]["text"])
    assert title[:1].isupper(), title
    assert spec["description"].startswith(charts.LABELS[lang]["kinds"][get_catalog()[query_id].chart["kind"]])
    assert title.rstrip(".") in spec["description"]
    allowed = set(charts.PALETTE["marks"]) | set(theme_text_colours()) | {charts.BACKGROUND, charts.GRID}
    used = {(p, v) for p, v in walk(spec) if isinstance(v, str) and HEX.fullmatch(v)}
    assert {v for _, v in used} <= allowed, sorted(used)
    assert not any("opacity" in p for p, _ in walk(spec)), "opacity would lower contrast"
    for p, v in walk(spec):  # year labels read horizontally
        if p.endswith("axis.labelAngle"):
            assert v == 0


def values(spec: dict) -> list[dict]:
    layer = spec["layer"][0] if "layer" in spec else spec
    data = layer.get("data") or spec.get("data")
    return spec["datasets"][data["name"]] if "datasets" in spec else data["values"]


def colour_map(enc: dict) -> dict:
    scale = enc["color"]["scale"]
    return dict(zip(scale["domain"], scale["range"], strict=True))


RANKED = [
    {"partner_code": "5700", "partner": "China", "value_usd": 124e9},
    {"partner_code": "2010", "partner": "Mexico", "value_usd": 87e9},
    {"partner_code": "5520", "partner": "Vietnam", "value_usd": 41.7e9},
    {"partner_code": "5830", "partner": "Taiwan", "value_usd": 32e9},
]


def test_with_no_partner_named_usmca_and_china_stand_out():
    spec = charts.build({"kind": "ranked_bar"}, RANKED, "en", "Top 4", "Census")
    colours = colour_map(spec["encoding"])
    assert colours["China"] == charts.ASIA_COLOURS["5700"]
    assert colours["Mexico"] == charts.USMCA_COLOURS["2010"]
    assert colours["Vietnam"] == colours["Taiwan"] == charts.MUTED


def test_named_partners_stand_out_and_the_rest_are_muted():
    spec = charts.build(
        {"kind": "ranked_bar"}, RANKED, "en", "Top 4", "Census", named_partners=("5830", "5520")
    )
    colours = colour_map(spec["encoding"])
    assert colours["Taiwan"] == charts.ASIA_COLOURS["5830"]
    assert colours["Vietnam"] in charts.OTHER_COLOURS
    assert colours["China"] == colours["Mexico"] == charts.MUTED


def test_a_question_that_names_a_partner_gets_it_drawn_strong():
    """End to end: the partner the question named stands out in the ranking it is answered
    with; a partner the question did not choose (a parameter's default) does not."""
    from assistant.service import ask

    a = ask("Where does Japan rank among US import suppliers in 2024?")
    colours = colour_map(a.chart["encoding"])
    assert colours["Japan"] != charts.MUTED
    assert colours["China"] == colours["Mexico"] == charts.MUTED
    story = ask("USMCA vs China share of US imports since 2013")
    assert charts.MUTED not in colour_map(story.chart["encoding"]).values()


def test_combined_partners_answer_with_one_stacked_bar():
    from assistant.service import ask

    a = ask("US imports from Mexico, Canada and Japan combined in 2023")
    assert a.query["id"] == "combined_partners"
    assert a.chart["mark"]["type"] == "bar"
    assert a.chart["encoding"]["y"]["stack"] == "zero"
    assert set(colour_map(a.chart["encoding"])) == {"Mexico", "Canada", "Japan"}


def test_specs_name_the_vega_lite_version_altair_validates_against():
    assert charts.SCHEMA == alt.SCHEMA_URL


def test_partner_families_one_place():

    assert all(charts.partner_colour(c) in charts.USMCA_COLOURS.values() for c in ("2010", "1220", "0020"))
    assert all(charts.partner_colour(c) in charts.ASIA_COLOURS.values() for c in ("5700", "5830"))
    assert charts.partner_colour("4280") in charts.OTHER_COLOURS


def test_long_labels_wrap_instead_of_being_cut():
    rows = [{"product": "optical, medical and precision instruments (HS 90)", "value_usd": 5e9}]
    spec = charts.build({"kind": "ranked_bar", "label": "product"}, rows, "en", "t", "c")
    y = spec["encoding"]["y"]
    assert y["axis"]["labelExpr"] == charts.LABEL_LINES and y["axis"]["labelLimit"] == 0
    (row,) = values(spec)
    assert (
        row["product"] == "Optical, medical and\nprecision instruments\n(HS\u00a090)"
    )  # "(HS 90)" kept whole
    assert all(len(line) <= charts.LABEL_WIDTH for line in row["product"].split("\n"))
    assert row["name"] == "Optical, medical and precision instruments (HS 90)"  # the tooltip: in full


def test_long_titles_wrap_and_start_with_a_capital():
    title = (
        "importaciones de EE.UU. de instrumentos ópticos, médicos y de precisión (capítulo 90 del SA), 2024"
    )
    spec = charts.build({"kind": "ranked_bar"}, RANKED, "es", title, "Censo")
    lines = spec["title"]["text"]
    assert len(lines) == 3 and " ".join(lines) == "I" + title[1:]
    assert all(len(line) <= charts.TITLE_WIDTH for line in lines)


def test_the_page_shows_the_title_as_text_and_the_chart_without_it():
    """Vega cuts a title line wider than the chart with an ellipsis (a phone) and a fixed
    wrap leaves a desktop card half empty, so the page shows the title as text and draws
    the spec without it; exports (and API clients) keep the title in the spec."""
    title = (
        "importaciones de EE.UU. de instrumentos ópticos, médicos y de precisión "
        "(capítulo 90 del SA), enero-marzo de 2024"
    )
    spec = charts.build({"kind": "ranked_bar"}, RANKED, "es", title, "Censo")
    assert charts.title_text(spec) == ("I" + title[1:], "Censo")  # the whole title, hyphens kept
    screen = charts.on_screen(spec)
    assert "title" not in screen and screen == {k: v for k, v in spec.items() if k != "title"}
    assert screen["description"] == spec["description"]  # what a screen reader gets
    svg = html.unescape(charts.export(spec, "svg").decode())
    assert all(f">{line}<" in svg for line in spec["title"]["text"]) and ">Censo<" in svg


def test_description_is_a_text_alternative_with_the_figures():
    spec = charts.build({"kind": "ranked_bar"}, RANKED, "en", "Top 4 suppliers", "Census")
    assert spec["description"] == (
        "Bar chart. Top 4 suppliers. China: $124.0 billion; Mexico: $87.0 billion; "
        "Vietnam: $41.7 billion; Taiwan: $32.0 billion."
    )
    es = charts.build({"kind": "ranked_bar"}, RANKED, "es", "Principales", "Censo")
    assert "China: 124.0 mil millones de dólares" in es["description"]


MEMBERS = [
    {"partner_code": "2010", "partner": "México", "year": 2023, "value_usd": 475e9},
    {"partner_code": "1220", "partner": "Canadá", "year": 2023, "value_usd": 418e9},
    {"partner_code": "2010", "partner": "México", "year": 2024, "value_usd": 505e9},
    {"partner_code": "1220", "partner": "Canadá", "year": 2024, "value_usd": 412e9},
]


def test_stacked_bar_one_bar_per_period_stacked_by_member():
    assert "stacked_bar" in CHART_KINDS
    spec = charts.build({"kind": "stacked_bar", "x": "year"}, MEMBERS, "es", "México y Canadá", "Censo")
    alt.Chart.from_dict(spec, validate=True)
    enc = spec["encoding"]
    assert spec["mark"]["type"] == "bar" and enc["y"]["stack"] == "zero" and enc["y"]["field"] == "value_bn"
    assert enc["x"]["field"] == "year" and enc["x"]["axis"]["labelAngle"] == 0
    assert colour_map(enc) == {"México": charts.USMCA_COLOURS["2010"], "Canadá": charts.USMCA_COLOURS["1220"]}
    assert enc["color"]["legend"]["orient"] == "top"
    assert "2024" in spec["description"] and "505.0 mil millones de dólares" in spec["description"]
    single = charts.build({"kind": "stacked_bar"}, MEMBERS[2:], "en", "Mexico and Canada", "Census")
    assert single["encoding"]["x"]["axis"] is None  # one bar: no period axis


def test_grouped_bar_by_period_latest_strong_earlier_muted():
    rows = [
        {"partner_code": p, "partner": n, "period": q, "value_usd": v}
        for p, n in (("5880", "Japan"), ("2010", "Mexico"))
        for q, v in (("Q3 2021", 35e9), ("Q3 2022", 37e9))
    ]
    spec = charts.build(
        {"kind": "grouped_bar", "x": "partner", "group": "period"}, rows, "en", "Q3", "Census"
    )
    alt.Chart.from_dict(spec, validate=True)
    enc = spec["encoding"]
    assert enc["xOffset"]["field"] == "period" and enc["x"]["field"] == "partner"
    assert colour_map(enc) == {"Q3 2021": charts.MUTED, "Q3 2022": charts.PERIOD_COLOURS[-1]}
    assert enc["x"]["axis"]["labelAngle"] == 0


def test_diverging_bar_shows_the_sign_in_colour_and_words():
    rows = [
        {"product": "information & communications", "balance_usd": -250e9},
        {"product": "aerospace", "balance_usd": 60e9},
    ]
    spec = charts.build({"kind": "diverging_bar", "label": "product"}, rows, "en", "ATP balance", "Census")
    alt.LayerChart.from_dict(spec, validate=True)
    bars, deficits, surpluses, zero = spec["layer"]
    assert bars["encoding"]["color"]["field"] == "sign"
    assert colour_map(bars["encoding"]) == {
        "Deficit": charts.DEFICIT_COLOUR,
        "Surplus": charts.SURPLUS_COLOUR,
    }
    labels = {r["sign_label"] for r in values(spec)}
    assert labels == {"deficit $250.0B", "surplus $60.0B"}
    assert deficits["mark"]["align"] == "right" and surpluses["mark"]["align"] == "left"
    domain = bars["encoding"]["x"]["scale"]["domain"]
    assert domain[0] < -250 and domain[1] > 60  # room beside the bars for their labels
    assert zero["mark"]["type"] == "rule"
    es = charts.build({"kind": "diverging_bar", "label": "product"}, rows, "es", "Balanza ATP", "Censo")
    assert {r["sign_label"] for r in values(es)} == {"déficit de 250.0 mmdd", "superávit de 60.0 mmdd"}


def test_column_chart_labels_the_asked_for_year_and_colours_a_balance_by_sign():
    rows = [{"year": y, "value_usd": v} for y, v in ((2022, -382e9), (2023, -280e9), (2024, -295.5e9))]
    spec = charts.build({"kind": "column"}, rows, "en", "U.S. balance with China", "Census", highlight=2024)
    bars, label = spec["layer"]
    assert bars["encoding"]["color"]["field"] == "sign" and bars["encoding"]["x"]["axis"]["labelAngle"] == 0
    assert label["mark"]["baseline"] == "top"  # below the end of a negative bar
    assert next(r["short"] for r in values(spec) if r["focus"]) == "\u2212$295.5B"


def test_single_series_line_has_no_legend_and_several_have_one():
    rows = [
        {"partner_code": "2010", "partner": "Mexico", "year": y, "share": s}
        for y, s in ((2023, 15), (2024, 15.5))
    ]
    one = charts.build({"kind": "share_line"}, rows, "en", "Mexico's share", "Census")
    assert one["encoding"]["color"]["legend"] is None
    more = rows + [{"partner_code": "5700", "partner": "China", "year": 2024, "share": 13.4}]
    two = charts.build({"kind": "share_line"}, more, "en", "Shares", "Census")
    assert two["encoding"]["color"]["legend"]["orient"] == "top"
    assert two["description"].startswith(
        "Line chart of shares by year. Shares. Mexico: 2023 15.0%, 2024 15.5%;"
    )


def test_every_builder_is_registered_and_every_kind_documented():
    assert set(charts.BUILDERS) | {"table"} == CHART_KINDS
    for kind in CHART_KINDS:
        assert f"- {kind}" in charts.__doc__


def test_specs_are_json():
    spec = engine().answer("top_partners", {"year": 2024}, "es").chart
    assert json.loads(json.dumps(spec, allow_nan=False)) == spec


@pytest.mark.parametrize(
    "question",
    [
        "What were the largest U.S. trade deficits in 2024?",
        "¿Con qué países tuvo EE.UU. los mayores superávits en 2023?",
        "Top 5 suppliers of U.S. imports in 2022",
        "What does the US buy from Mexico?",
    ],
)
def test_ranked_bars_are_drawn_in_the_order_of_the_ranking(question):
    """Rendered (vl-convert SVG), the bars' labels run top to bottom in the rows' order, the
    order the sentence names them; a layered chart once fell back to alphabetical."""
    from assistant.service import default_assistant

    answer = default_assistant().ask(question)
    label = "product" if answer.query["id"] == "partner_top_products" else "partner"
    names = [
        charts.wrap(r[label]).split("\n")[0].casefold() for r in answer.rows
    ]  # a long label's first line
    svg = charts.export(answer.chart, "svg").decode()
    axis = re.search(r'aria-label="Y-axis for a discrete scale with \d+ values: ([^"]*)"', svg)
    assert axis, "the rendered chart has no discrete y axis"
    drawn = axis.group(1).replace("&#xA;", " ").casefold()
    places = [drawn.find(n) for n in names]
    assert -1 not in places, (names, drawn)
    assert places == sorted(places), (names, drawn)


@pytest.mark.parametrize(
    "question, axis",
    [
        ("importaciones desde México en el primer trimestre de 2024", "Enero a marzo de cada año"),
        ("imports from Japan in March 2023", "March of each year"),
        ("imports from Japan in 2023", "Year"),
    ],
)
def test_bars_of_part_of_a_year_say_so_on_the_year_axis(question, axis):
    """Bars of first quarters were labelled 'Year' (Spanish trial report): the axis names
    the months each bar holds."""
    from assistant.service import default_assistant

    spec = default_assistant().ask(question).chart
    titles = set(re.findall(r'"title": "([^"]+)"', json.dumps(spec, ensure_ascii=False)))
    assert axis in titles, titles
