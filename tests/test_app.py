"""The Streamlit chat app, driven headless with streamlit.testing.v1.AppTest."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from assistant import store as store_module
from assistant.service import default_assistant
from assistant.web import ui

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
    """Plain text on the page (questions and sentences are st.text, never Markdown)."""
    return [t.value for t in at.text]


def shown(markdown_text: str) -> str:
    """What a Markdown string shows once its backslash escapes are read."""
    return re.sub(r"\\(.)", r"\1", markdown_text)


def markdown(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]


def chart_titles(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html") if 'class="chart-title"' in h.proto.body]


def popovers(at: AppTest) -> list[str]:
    return [p.proto.popover.label for p in at.get("popover")]


def test_landing_tells_the_story_and_groups_the_starters(app):
    assert app.title[0].value == "USMCA Tech Trade Assistant"
    assert [h.value for h in app.header] == ["The story in one chart", "Try one of these"]
    story = default_assistant().engine.answer(ui.LANDING_QUERY, {}, "en")
    assert texts(app) == [story.text]  # the finding, once
    (spec,) = charts(app)
    assert spec["description"].startswith("Line chart of shares by year") and "USMCA" in spec["description"]
    assert "title" not in spec and ">Share of U.S. imports: the USMCA partners" in chart_titles(app)[0]
    groups = ui.STARTER_GROUPS["en"]
    assert [m.value for m in app.markdown if m.value.startswith("**")] == [f"**{g}**" for g in groups]
    labels = [b.label for b in app.button]
    assert labels[:12] == [q for qs in groups.values() for q in qs]
    data_notes = [c.value for c in app.caption if "Census Bureau" in c.value]
    assert (
        len(data_notes) == 1 and "January 2013 – December 2024" in data_notes[0]
    )  # the data note appears once
    assert app.chat_input[0].placeholder.startswith("Ask about U.S. trade")


def test_a_starter_click_answers(app):
    next(b for b in app.button if b.label == "Top 5 export markets in 2023").click().run()
    assert any(t.startswith("The top 5 markets for U.S. exports in 2023") for t in texts(app))
    assert not app.header  # the landing gives way to the conversation


def test_answer_card_figure_sentence_reading_chart_actions_table(app):
    question = "Who supplies the most electrical machinery to the US?"
    ask(app, question)
    expected = default_assistant().ask(question)
    (metric,) = app.metric
    assert (metric.label, metric.value) == (
        "China · Top 5 suppliers of U.S. imports of electrical machinery and electronics (HS 85) in 2024",
        "$124.0 billion",
    )
    assert texts(app)[:2] == [question, expected.text]  # then the source lines, in "SQL & source"
    # no repeated text: the sentence is nowhere else on the page
    assert texts(app).count(expected.text) == 1 and not any(expected.text in shown(m) for m in markdown(app))
    (reading,) = [shown(m) for m in markdown(app) if shown(m).startswith("Read as")]
    # what the question did not say, in bold: the defaults
    assert (
        reading
        == "Read as: Top **5** suppliers of U.S. imports of electrical machinery and electronics (HS 85) in **2024**"
    )
    (spec,) = charts(app)
    assert spec["mark"]["type"] == "bar" and spec["encoding"]["y"]["field"] == "partner"
    # the title and source are text above the chart (they wrap with the page); the chart
    # itself is drawn without them, its description kept for screen readers
    assert "title" not in spec and spec["description"] == expected.chart["description"]
    (title,) = chart_titles(app)
    assert title == (
        '<div class="chart-title"><p class="title">Top 5 — U.S. imports of electrical machinery and '
        'electronics (HS 85), 2024</p><p class="source">U.S. Census Bureau, International Trade API</p></div>'
    )
    assert [b.label for b in app.get("download_button")] == ["CSV", "PNG", "SVG"]
    assert popovers(app) == ["Share link", "SQL & source"]
    link, sql = (c.value for c in app.code)
    assert link.endswith("?q=Who%20supplies%20the%20most%20electrical%20machinery%20to%20the%20US%3F")
    assert sql.startswith("-- top_partners") and "EXECUTE top_partners(\"flow\" := 'imports'" in sql
    assert [e.label for e in app.expander] == ["Data table"]
    table = app.dataframe[0].value
    assert list(table.columns) == ["Rank", "Partner", "Value ($ billion)", "Share (%)"]
    assert list(table["Partner"])[:2] == ["China", "Mexico"]
    grid = app.dataframe[0].proto
    assert grid.placeholder == "—"  # a missing value shows as a dash, not "None"
    formats = {
        c: v["type_config"]["format"] for c, v in json.loads(grid.columns).items() if "type_config" in v
    }
    assert formats == {"Rank": "%d", "Value ($ billion)": "%.1f", "Share (%)": "%.1f"}
    app.run()  # history survives a rerun
    assert expected.text in texts(app)


def test_reading_is_quiet_when_it_says_only_what_was_typed(app):
    ask(app, "Top 5 export markets in 2023")
    assert [shown(c.value) for c in app.caption if shown(c.value).startswith("Read as")] == [
        "Read as: Top 5 markets for U.S. exports in 2023"
    ]
    assert not [m for m in app.markdown if shown(m.value).startswith("Read as")]


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
    # the page address (and Share link) asks the follow-up in full, so it works on its own
    assert app.query_params["q"] == "U.S. imports from Canada in 2024"


def test_language_switch(app):

    app.button_group[0].set_value("Español").run()
    assert app.title[0].value == "Asistente de Comercio Tecnológico T-MEC"
    assert [h.value for h in app.header] == ["La historia en una gráfica", "Prueba con una de estas"]
    ask(app, "imports from Mexico in 2024")  # asked in English, answered in the chosen language
    assert any(t.startswith("Las importaciones de EE.UU. desde México sumaron") for t in texts(app))
    assert [e.label for e in app.expander] == ["Tabla de datos"]
    assert popovers(app) == ["Compartir enlace", "SQL y fuente"]
    # how to copy the link, true on any device (the copy button, or selecting the link)
    assert (
        "Este enlace abre la aplicación y hace la misma pregunta. "
        "Cópialo con el botón de copiar o selecciónalo y cópialo."
    ) in [c.value for c in app.caption]
    assert app.button_group[0].value == "Español"


def test_interface_follows_the_question_language_and_the_switch_shows_it(app):
    ask(app, "¿Cuánto importa EE.UU. de Canadá?")
    assert app.title[0].value == "Asistente de Comercio Tecnológico T-MEC"
    assert app.chat_input[0].placeholder.startswith("Pregunta sobre el comercio")
    assert app.button_group[0].value == "Español"  # the switch shows the language in use
    table = app.dataframe[0].value
    assert list(table.columns)[:3] == ["Socio", "Año", "Valor (miles de millones de USD)"]
    ask(app, "How much did the US import from Mexico in 2024?")
    assert app.button_group[0].value == "English"


def test_link_with_q_opens_and_answers():
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["q"] = "¿Cuánto importa EE.UU. de Canadá?"
    at.run()
    assert not at.exception
    assert any(t.startswith("Las importaciones de EE.UU. desde Canadá") for t in texts(at))
    at.run()  # the link is answered once, not on every rerun
    assert sum(t.startswith("Las importaciones de EE.UU. desde Canadá") for t in texts(at)) == 1


INJECTIONS = [
    "![x](http://elsewhere.example/p.png)",
    "[Your session expired](http://elsewhere.example/login)",
    "# OFFICIAL: all trade with Mexico halted",
    "<img src=x onerror=alert(1)> **bold** $x$ :red[alert]",
]


def no_markdown_echo(at: AppTest, question: str) -> None:
    """The question is shown as plain text, and no Markdown element carries it unescaped."""
    assert question in texts(at)
    for m in markdown(at):
        for token in ("](http", "# OFFICIAL", "<img", "**bold**", ":red["):
            assert token not in m or token not in question, m


@pytest.mark.parametrize("question", INJECTIONS, ids=["image", "link", "heading", "html-latex-directive"])
def test_user_text_is_text_when_typed(app, question):
    ask(app, question)
    no_markdown_echo(app, question)


@pytest.mark.parametrize("question", INJECTIONS, ids=["image", "link", "heading", "html-latex-directive"])
def test_user_text_is_text_in_a_shared_link(question):
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["q"] = question
    at.run()
    assert not at.exception
    no_markdown_echo(at, question)


def test_a_link_longer_than_1000_characters_is_refused_not_shown():
    question = "imports from Mexico " * 150  # 3,000 characters
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["q"] = question
    at.run()
    assert not at.exception
    (message,) = at.info
    assert "limited to 1,000 characters" in message.value and len(message.value) < 120
    assert all(len(t) < 1000 for t in texts(at)) and "imports from Mexico" not in " ".join(texts(at))
    assert not charts(at)
    assert "q" not in at.query_params  # not answered again on the next open
    ask(at, "Top 5 export markets in 2023")  # the conversation goes on
    assert charts(at)


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


def test_a_long_conversation_keeps_a_bounded_page_and_can_reopen_an_answer(app):
    questions = [
        "Top 5 export markets in 2023",
        "How much did the US import from Mexico in 2024?",
        "<img src=x onerror=alert(1)> [GDP](http://elsewhere.example) of Mexico?",
        "USMCA vs China share of US imports since 2013",
        "What does the US buy from Mexico?",
        "Compare imports from Mexico and China since 2013",
    ]
    for q in questions:
        ask(app, q)
    # the last three turns in full; the three before in one block of text
    assert len(app.get("chat_message")) == 2 * ui.LIVE_TURNS and len(charts(app)) == 3
    earlier = next(h.proto.body for h in app.get("html") if 'class="earlier"' in h.proto.body)
    first = default_assistant().ask(questions[0])
    assert questions[0] in earlier and "$354.4 billion" in earlier
    assert re.sub(r"&#x27;|&#39;", "'", earlier).count(first.text) == 1
    assert "<img" not in earlier and "&lt;img src=x onerror=alert(1)&gt;" in earlier  # text, not HTML
    picker = app.selectbox[0]
    assert picker.options == [  # the questions as answered; the refusal has nothing more to show
        "Top 5 markets for U.S. exports in 2023",
        "U.S. imports from Mexico in 2024",
    ]
    assert picker.placeholder == "Choose a question"  # not Streamlit's own "Choose an option"
    picker.select_index(0).run()
    assert not app.exception
    assert len(charts(app)) == 4 and first.text in texts(app)


def test_an_earlier_answer_is_offered_by_the_question_it_answered(app):
    """Typed in a conversation, a question is often a fragment ('and Canada?', 'imports'
    after a clarifying question, 'the country'): the picker names what each answer is."""
    for q in [
        "How much did the US import from Mexico in 2024?",
        "and Canada?",
        "trade with Brazil in 2023",  # a clarifying question: nothing to show again
        "imports",
        "exports to Georgia in 2024",
        "the country",
        "Top 5 export markets in 2023",
        "¿y en 2022?",
        "What does the US buy from Mexico?",
    ]:
        ask(app, q)
    assert app.selectbox[0].options == [
        "U.S. imports from Mexico in 2024",
        "U.S. imports from Canada in 2024",
        "U.S. imports from Brazil in 2023",
        "U.S. exports to Georgia (the country) in 2024",
    ]


def scroll_scripts(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html") if "<script>" in h.proto.body]


def test_every_new_reply_is_scrolled_to_also_past_the_live_turns(app):
    """Past LIVE_TURNS turns each new question is at the same position among the messages
    shown; each reply still gets its own placement script (a script whose body did not
    change would not run again in the browser)."""
    questions = [
        "How much did the US import from Mexico in 2024?",
        "and Canada?",
        "and in 2022?",
        "trade with Brazil in 2023",  # a clarifying question
        "imports",
    ]
    bodies = []
    for n, q in enumerate(questions):
        ask(app, q)
        (body,) = scroll_scripts(app)
        shown = min(2 * n, 2 * (ui.LIVE_TURNS - 1))  # the new question's place among the messages
        assert f"const target = {shown};" in body and f"const focus = {2 * n};" in body
        bodies.append(body)
    assert len(set(bodies)) == len(questions)
    app.run()  # a rerun with no new reply leaves the view where the reader put it
    assert not scroll_scripts(app)


def test_missing_data_file_shows_a_message_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    st.cache_resource.clear()
    store_module.get_store.cache_clear()
    try:
        at = AppTest.from_file(APP, default_timeout=60)
        at.run()
        assert not at.exception
        assert at.error[0].value.startswith("The trade data is not available")
        assert "git" not in at.error[0].value and "python" not in at.error[0].value
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
    assert at.button_group[0].value == "English"  # the language switch stays reachable
    assert at.chat_input[0].placeholder
    ask(at, "Top suppliers of aircraft in 2024")
    assert charts(at)
