"""The Streamlit chat app, driven headless with streamlit.testing.v1.AppTest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from assistant import store as store_module
from assistant.service import default_assistant

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def charts(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("vega_lite_chart")]


def texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_first_visit_shows_starters_and_coverage(app):
    assert app.title[0].value == "USMCA Tech Trade Assistant"
    labels = [b.label for b in app.button]
    assert labels[:6] == default_assistant().catalog.starters("en")
    assert any("Census Bureau" in c.value and "2013-01" in c.value for c in app.caption)
    assert app.chat_input[0].placeholder.startswith("Ask about U.S. trade")


def test_ask_shows_sentence_chart_reading_table_sql_and_source(app):
    ask(app, "Who supplies the most electrical machinery to the US?")
    expected = default_assistant().ask("Who supplies the most electrical machinery to the US?")
    assert expected.text in texts(app)
    (spec,) = charts(app)
    assert spec["mark"]["type"] == "bar" and spec["encoding"]["y"]["field"] == "partner"
    assert any(
        c.value.startswith("Read as: Top 5 suppliers of U.S. imports of electrical") for c in app.caption
    )
    assert [e.label for e in app.expander] == ["Data table", "SQL", "Source and data vintage"]
    table = app.dataframe[0].value
    assert list(table["Partner"])[:2] == ["China", "Mexico"]
    assert "$flow" in app.code[0].value
    assert {b.label for b in app.get("download_button")} == {
        "Download table (CSV)", "Download chart (PNG)", "Download chart (SVG)"
    }  # fmt: skip
    app.run()  # history survives a rerun
    assert expected.text in texts(app)


def test_clarify_offers_buttons_and_clicking_one_answers(app):
    ask(app, "trade with Mexico")
    options = [b for b in app.button if b.label.startswith(("U.S. ", "The U.S.", "Total U.S."))]
    assert [b.label for b in options] == [
        "U.S. imports from Mexico in 2024", "U.S. exports to Mexico in 2024",
        "The U.S. trade balance with Mexico in 2024", "Total U.S. trade with Mexico in 2024",
    ]  # fmt: skip
    options[0].click().run()
    assert any(t.startswith("U.S. imports from Mexico were $505.5 billion in 2024") for t in texts(app))
    assert charts(app)


def test_follow_up_uses_the_conversation(app):
    ask(app, "How much did the US import from Mexico in 2024?")
    ask(app, "what about Canada?")
    assert any(t.startswith("U.S. imports from Canada were $411.9 billion in 2024") for t in texts(app))


def test_language_switch(app):
    app.button_group[0].set_value("Español").run()
    assert app.title[0].value == "Asistente de Comercio Tecnológico T-MEC"
    ask(app, "imports from Mexico in 2024")  # asked in English, answered in the chosen language
    assert any(t.startswith("Las importaciones de EE.UU. desde México sumaron") for t in texts(app))
    assert [e.label for e in app.expander][0] == "Tabla de datos"


def test_link_with_q_opens_and_answers():
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["q"] = "¿Cuánto importa EE.UU. de Canadá?"
    at.run()
    assert not at.exception
    assert any(t.startswith("Las importaciones de EE.UU. desde Canadá") for t in texts(at))
    at.run()  # the link is answered once, not on every rerun
    assert sum(t.startswith("Las importaciones de EE.UU. desde Canadá") for t in texts(at)) == 1


@pytest.mark.parametrize(
    "question",
    ["asdkjh qwe zzz", "'; DROP TABLE trade; --", "<script>alert(1)</script>", "x" * 10_000],
    ids=["gibberish", "sql-injection", "html", "10k-chars"],
)
def test_bad_input_gets_a_message_and_the_app_keeps_going(app, question):
    ask(app, question)
    assert app.info, "a short message"
    assert not charts(app)
    ask(app, "Top 5 export markets in 2023")  # still answering afterwards
    assert charts(app)


def test_missing_data_file_shows_a_message_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    st.cache_resource.clear()
    store_module.get_store.cache_clear()
    try:
        at = AppTest.from_file(APP, default_timeout=60)
        at.run()
        assert not at.exception
        assert "data file" in at.error[0].value and "git checkout -- data/" in at.error[0].value
    finally:
        monkeypatch.delenv("ASSISTANT_DATA_DIR")
        st.cache_resource.clear()
        store_module.get_store.cache_clear()


def test_embed_mode_has_chat_input_and_no_chrome():
    at = AppTest.from_file(APP, default_timeout=60)
    at.context = {"is_embedded": True}  # what ?embed=true sets in a browser
    at.run()
    assert not at.exception
    assert not at.title  # no app header in the portal
    assert len(at.sidebar.children) == 0 or not at.sidebar.button
    assert at.chat_input[0].placeholder
    ask(at, "Top suppliers of aircraft in 2024")
    assert charts(at)


def test_interface_follows_the_question_language_until_one_is_chosen(app):
    ask(app, "¿Cuánto importa EE.UU. de Canadá?")
    assert app.title[0].value == "Asistente de Comercio Tecnológico T-MEC"
    assert app.chat_input[0].placeholder.startswith("Pregunta sobre el comercio")
