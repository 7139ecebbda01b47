"""What the answer card shows, computed without Streamlit: headline, "Read as" emphasis,
the table, the CSV with its context, file names, SQL with its bound parameters, and the
landing page's starter questions."""

from __future__ import annotations

import csv
import io

import duckdb
import pandas as pd
import pytest

from assistant.service import default_assistant
from assistant.web import card as cards
from assistant.web import ui


def answer(question: str, lang: str | None = None) -> dict:
    a = default_assistant().ask(question, lang=lang)
    assert a.status == "answered", (question, a.text)
    return a.to_dict()


def card_of(question: str, lang: str | None = None) -> tuple[dict, cards.Card]:
    a = answer(question, lang)
    return a, cards.build(a, default_assistant())


def test_headline_is_the_figure_the_sentence_leads_with_and_says_what_it_is():
    """The label is the question answered in full (flow, product, partner, period), with the
    row the figure belongs to first when the answer holds several."""
    a, c = card_of("Who supplies the most electrical machinery to the US?")
    assert (c.headline_label, c.headline) == (
        "China · Top 5 suppliers of U.S. imports of electrical machinery and electronics (HS 85) in 2024",
        "$124.0 billion",
    )
    assert c.headline in a["text"]
    a, c = card_of("participación de México en las importaciones de computadoras de EE.UU. en 2024")
    assert c.headline == "20.2%" and c.headline in a["text"]
    assert c.headline_label == (
        "Participación de México en las importaciones de EE.UU. de maquinaria y computadoras "
        "(capítulo 84 del SA) en 2024"
    )
    a, c = card_of("What does the US buy from Mexico?")
    assert (c.headline_label, c.headline) == (
        "Vehicles and parts (HS 87) · Top 5 U.S. imports from Mexico by HS chapter in 2024",
        "$136.6 billion",
    )
    a, c = card_of("How has the deficit with Mexico changed since 2013?")
    assert c.headline_label.startswith("2024 · ")  # the figure is the last year of the span
    a, c = card_of("US imports from Mexico and Canada combined in 2023")
    assert c.headline_label == "U.S. imports from Mexico and Canada combined in 2023"  # no one partner's
    a, c = card_of("Where does Mexico rank among US import suppliers in 2024?")
    assert c.headline == "1st" and "1st" in a["text"]


@pytest.mark.parametrize(
    "question,untyped",
    [
        ("Who supplies the most electrical machinery to the US?", ["5", "2024"]),  # defaults
        ("Top 5 export markets in 2023", []),
        ("Mexico's share of US imports of computers in 2024", []),  # "computers" says HS 84
        ("How much does the US import?", ["2024"]),
        ("How has the deficit with China changed since 2018?", ["2024"]),  # the end year was not typed
        ("¿Cuánto importa EE.UU. de Canadá?", ["2024"]),
        ("Is Canada the top aerospace supplier?", ["aircraft and spacecraft (HS 88)", "2024"]),  # a proxy
        (
            "¿Quién le vende más aviones a EE.UU.?",
            ["5", "aeronaves y naves espaciales (capítulo 88 del SA)", "2024"],
        ),
    ],
)
def test_read_as_marks_what_the_question_did_not_say(question, untyped):
    a = default_assistant().ask(question)
    parts = cards.reading_parts(a.reading, question, cards.name_words(default_assistant()))
    assert "".join(p for p, _ in parts) == a.reading  # nothing lost or added
    assert [p.strip() for p, said in parts if not said] == untyped, parts


def test_table_labels_every_column_and_shows_billions_and_one_decimal():
    a, c = card_of("¿Cuánto importa EE.UU. de Canadá?")
    frame = c.table
    assert list(frame.columns) == [
        "Socio", "Año", "Valor (miles de millones de USD)", "Año anterior",
        "Año anterior (miles de millones de USD)", "Cambio (%)", "Participación (%)", "Lugar",
        "Países clasificados",
    ]  # fmt: skip
    assert frame.iloc[0]["Valor (miles de millones de USD)"] == 411.9
    assert str(frame["Año anterior"].dtype) == "Int64"  # 2023, not 2023.0 beside an empty cell
    assert pd.isna(frame.iloc[-1]["Año anterior"])  # shown empty, not "None"
    assert all(round(v, 1) == v for v in frame["Cambio (%)"].dropna())


def read_csv(data: bytes) -> tuple[list[list[str]], list[str]]:
    text = data.decode("utf-8-sig")
    table, _, tail = text.partition("\n\n")
    rows = list(csv.reader(io.StringIO(table)))
    return rows, [r[0] for r in csv.reader(io.StringIO(tail)) if r]


def test_csv_carries_period_flow_product_partner_value_share_and_source():
    a, c = card_of("Who supplies the most electrical machinery to the US?")
    rows, notes = read_csv(c.csv)
    assert rows[0][:6] == ["Period", "Flow", "Product", "Partner", "Value (USD)", "Share (%)"]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Period"] == "2024" and first["Flow"] == "imports"
    assert first["Product"] == "electrical machinery and electronics (HS 85)"
    assert first["Partner"] == "China" and first["Partner code"] == "5700"
    assert first["Value (USD)"] == f"{a['rows'][0]['value_usd']:.0f}"
    assert first["Share (%)"] == f"{a['rows'][0]['share']:.1f}" == "26.0"
    assert len(rows) == 1 + len(a["rows"])
    assert notes[0].startswith("Source: U.S. Census Bureau, International Trade API")
    assert any(n.startswith("Read as: Top 5 suppliers of U.S. imports") for n in notes)
    assert notes[-1] == "Question: Who supplies the most electrical machinery to the US?"
    frame = pd.read_csv(
        io.BytesIO(c.csv), nrows=len(a["rows"]), encoding="utf-8-sig"
    )  # a spreadsheet reads it
    assert frame["Value (USD)"].sum() == pytest.approx(sum(r["value_usd"] for r in a["rows"]))


def test_csv_period_of_part_of_a_year_is_an_interval():
    a, c = card_of("imports from Japan in Q3 2021")
    rows, _ = read_csv(c.csv)
    assert rows[1][0] == "2021-07/2021-09"  # ISO 8601: July to September 2021


def test_csv_in_spanish_and_for_a_series():
    a, c = card_of("¿Cuánto importa EE.UU. de Canadá?")
    rows, notes = read_csv(c.csv)
    assert rows[0][:6] == ["Periodo", "Flujo", "Producto", "Socio", "Valor (USD)", "Participación (%)"]
    assert [r[0] for r in rows[1:]] == ["2024", "2023", "2022", "2021", "2020"]  # each row its own period
    assert rows[1][1:4] == ["importaciones", "Todos los bienes", "Canadá"]
    assert notes[0].startswith("Fuente: Oficina del Censo de EE.UU.")
    a, c = card_of("Mexico's share of US imports of computers in 2024")
    rows, _ = read_csv(c.csv)
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Value (USD)"] == f"{a['rows'][0]['value_usd']:.0f}" and first["Share (%)"] == "20.2"


@pytest.mark.parametrize(
    "question,stem",
    [
        ("Who supplies the most electrical machinery to the US?", "us-imports-hs85-2024-top5"),
        ("Top 5 export markets in 2023", "us-exports-2023-top5"),
        ("How has the deficit with China changed since 2018?", "us-balance-china-2018-2024"),
        ("¿Cuánto importa EE.UU. de Canadá?", "eeuu-importaciones-canada-2024"),
        ("¿Cuál fue el déficit con China en el tercer trimestre de 2022?", "eeuu-balanza-china-2022-jul-sep"),
        ("Los 10 principales destinos de las exportaciones en 2021", "eeuu-exportaciones-2021-principales10"),
        ("What does the US buy from Mexico?", "us-imports-mexico-2024-top5"),
        ("What data do you have?", "us-trade-data-coverage"),
        ("USMCA vs China share of US imports since 2013", "us-imports-usmca-partners-china-2013-2024"),
        ("imports from Japan in Q3 2021", "us-imports-japan-2021-jul-sep"),
        ("imports from Mexico in 2024 vs 2013", "us-imports-mexico-2013-vs-2024"),
        (
            "US imports from Japan and Korea in 2015, 2018 and 2021",
            "us-imports-japan-south-korea-2015-2018-2021",
        ),
    ],
)
def test_file_names_say_what_the_file_holds(question, stem):
    assert card_of(question)[1].file_stem == stem


def test_sql_is_shown_as_sql_with_its_bound_parameters_and_runs_as_shown():
    a, c = card_of("Who supplies the most electrical machinery to the US?")
    assert "PREPARE top_partners AS\n" in c.sql
    assert 'EXECUTE top_partners("flow" := \'imports\', "order" := \'largest\', "year" := 2024' in c.sql
    assert "\"chapters\" := ['85']" in c.sql and '"category" := NULL' in c.sql
    assert "{" not in c.sql.split("\n", 1)[1]  # no Python dict printed as the parameters


def answered_queries() -> list[str]:
    """Every query whose default answers on the bundled snapshot (not the ATP one)."""
    engine = default_assistant().engine
    return [q.id for q in default_assistant().catalog if engine.answer(q.id, {}, "en").status == "answered"]


@pytest.mark.parametrize("query_id", answered_queries())
def test_the_shown_sql_gives_the_answer_rows(query_id):
    a = default_assistant().engine.answer(query_id, {}, "en")
    c = cards.build({**a.to_dict(), "question": ""}, default_assistant())
    con = duckdb.connect(str(default_assistant().store.db_path), read_only=True)

    try:
        prepare, execute = c.sql.split(";\n\n")
        con.execute(prepare)
        result = con.execute(execute.rstrip().rstrip(";"))
        columns = [d[0] for d in result.description]
        rows = [dict(zip(columns, r, strict=True)) for r in result.fetchall()]
    finally:
        con.close()
    assert len(rows) == len(a.rows)
    for got, shown in zip(rows, a.rows, strict=True):
        for key, value in shown.items():
            if key in got or f"{key}_en" in got:
                raw = got.get(key, got.get(f"{key}_en"))
                assert raw == pytest.approx(value) if isinstance(value, float) else raw == value


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_landing_starter_answers_in_its_language(lang):
    assistant = default_assistant()
    questions = [q for group in ui.STARTER_GROUPS[lang].values() for q in group]
    assert len(questions) == 12 and len(ui.STARTER_GROUPS[lang]) == 4
    for q in questions:
        a = assistant.ask(q)
        assert a.status == "answered" and a.lang == lang, (q, a.text)


def test_landing_chart_is_the_usmca_vs_china_story():
    a = default_assistant().engine.answer(ui.LANDING_QUERY, {}, "en")
    assert a.status == "answered" and a.chart["description"].startswith("Line chart of shares by year")
    codes = {r["partner_code"] for r in a.rows}
    assert {"0020", "5700"} <= codes and min(r["year"] for r in a.rows) == 2013


@pytest.mark.parametrize(
    "text",
    ["![x](http://elsewhere.example/p.png)", "[Your session expired](http://elsewhere.example)",
     "# OFFICIAL: trade halted", "<img src=x onerror=alert(1)>", "**bold** $x$ :red[alert] `code`"],
)  # fmt: skip
def test_plain_escapes_every_markdown_character(text):
    escaped = ui.plain(text)
    unescaped = [
        c for i, c in enumerate(escaped) if c in "[]()!#<>*$:`" and (i == 0 or escaped[i - 1] != "\\")
    ]
    assert unescaped == []
    assert escaped.replace("\\", "") == text


@pytest.mark.parametrize(
    "question",
    [
        "déficit con China 2024",
        "US trade balance with Mexico since 2015",
        "balance with Canada, 2019 vs 2023",
    ],
)
def test_a_balance_carries_no_percent_change_that_reads_backwards(question):
    """A deficit that grows from $279.6 to $295.5 billion is a '-5.7%' change of the balance,
    which a reader takes for a shrinking deficit: balance rows give dollars, not percents."""
    answer, card = card_of(question)
    assert answer["query"]["params"]["flow"] == "balance"
    assert all(r.get("pct_change") is None for r in answer["rows"])
    header = card.csv.decode("utf-8-sig").splitlines()[0]
    assert "Change (%)" not in header and "Cambio (%)" not in header, header
    assert not any(
        "%" in str(c) and "articip" not in str(c) and "Share" not in str(c) for c in card.table.columns
    )


def test_a_follow_up_csv_names_the_question_answered_and_keeps_what_was_typed():
    """'sorry, I meant exports' is no question to paste into a memo: the CSV writes the
    question answered in full, then the words typed; a share change rounding to zero is
    0.0, never -0.0."""
    a = default_assistant()
    first = a.ask("What share of U.S. imports came from Taiwan in 2024?")
    follow = a.ask("sorry, I meant exports", context=first.context).to_dict()
    lines = cards.build(follow, a).csv.decode("utf-8-sig").splitlines()
    assert "Question: Share of U.S. exports to Taiwan in 2024" in lines
    assert '"As typed: sorry, I meant exports"' in lines or "As typed: sorry, I meant exports" in lines
    assert not any(",-0.0" in line for line in lines)
