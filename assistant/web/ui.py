"""The Streamlit chat UI. A thin view: every answer comes from assistant.service.ask(),
and what its card shows beyond that is computed once by assistant.web.card.

Session state keys:
  history       list of {"role": "user"|"assistant", "content": question | answer dict,
                "card": Card | None} (the card is made once, when the answer arrives)
  context       the last answer's context, passed back so follow-ups work
  lang          the interface language ("en" | "es")
  lang_chosen   True once the user picks a language (then answers use it)
  pending       a question queued by a button (starter, suggestion, clarify option)
  link_handled  the ?q= link has been answered once
  focus         index in history to bring to the top of the view: the latest question
                (or a reply alone), or a reopened answer's question; -1 for the page top
  reopened      index in history of an earlier answer shown in full again, or None
  scrolled      the focus the page last scrolled to (a history index, so each new
                reply scrolls once, also when the page shows it at the same position
                as the one before)

User text is text: questions are shown with st.text, never as Markdown, so a link,
an image or a heading in a question (or in a ?q= link) shows literally.
"""

from __future__ import annotations

import html
import logging
import re
import urllib.parse

import streamlit as st

from assistant import charts, formatting
from assistant.answer import Answer
from assistant.service import MAX_QUESTION_CHARS, Assistant, default_assistant
from assistant.store import DataMissing
from assistant.web import card as cards

log = logging.getLogger(__name__)

TEXT = {
    "en": {
        "title": "USMCA Tech Trade Assistant",
        "subtitle": "U.S. goods trade with Mexico and Canada versus China, Taiwan and the rest of the world — from Census data.",
        "placeholder": "Ask about U.S. trade, e.g. Who supplies the most electronics to the US?",
        "starters": "Try one of these",
        "coverage": "Data: U.S. Census Bureau International Trade API — total goods trade by partner, {total}; imports by HS chapter, {hs}. Values in U.S. dollars, not adjusted for inflation. Figures for Advanced Technology Products and NAICS industries are not in this data yet.",
        "read_as": "Read as",
        "table": "Data table",
        "csv": "CSV",
        "png": "PNG",
        "svg": "SVG",
        "csv_help": "Download the table with period, flow, product, partner and source",
        "png_help": "Download the chart as a PNG image",
        "svg_help": "Download the chart as an SVG image",
        "link": "Share link",
        "link_note": "This link opens the app and asks the same question. Copy it with the copy button, or select it and copy it.",
        "sql": "SQL & source",
        "sql_note": "The exact query behind this answer, with its values; an analyst can rerun it on the same data.",
        "suggestions": "You could also ask",
        "new": "New conversation",
        "language": "Language",
        "error": "Something went wrong showing that answer. Please try again or rephrase the question.",
        "landing_chart": "The story in one chart",
        "earlier": "Earlier in this conversation (in brief)",
        "reopen": "Show an earlier answer in full",
        "reopen_placeholder": "Choose a question",
    },
    "es": {
        "title": "Asistente de Comercio Tecnológico T-MEC",
        "subtitle": "Comercio de bienes de EE.UU. con México y Canadá frente a China, Taiwán y el resto del mundo, con datos de la Oficina del Censo.",
        "placeholder": "Pregunta sobre el comercio de EE.UU., p. ej. ¿Quién le vende más electrónicos a EE.UU.?",
        "starters": "Prueba con una de estas",
        "coverage": "Datos: API de Comercio Internacional de la Oficina del Censo de EE.UU. — comercio total de bienes por socio, {total}; importaciones por capítulo del SA, {hs}. Valores en dólares, sin ajuste por inflación. Las cifras de Productos de Tecnología Avanzada y de industrias NAICS aún no están en estos datos.",
        "read_as": "Entendido como",
        "table": "Tabla de datos",
        "csv": "CSV",
        "png": "PNG",
        "svg": "SVG",
        "csv_help": "Descargar la tabla con periodo, flujo, producto, socio y fuente",
        "png_help": "Descargar la gráfica como imagen PNG",
        "svg_help": "Descargar la gráfica como imagen SVG",
        "link": "Compartir enlace",
        "link_note": "Este enlace abre la aplicación y hace la misma pregunta. Cópialo con el botón de copiar o selecciónalo y cópialo.",
        "sql": "SQL y fuente",
        "sql_note": "La consulta exacta detrás de esta respuesta, con sus valores; un analista puede volver a ejecutarla sobre los mismos datos.",
        "suggestions": "También puedes preguntar",
        "new": "Nueva conversación",
        "language": "Idioma",
        "error": "Algo falló al mostrar esa respuesta. Intenta de nuevo o reformula la pregunta.",
        "landing_chart": "La historia en una gráfica",
        "earlier": "Antes en esta conversación (en resumen)",
        "reopen": "Mostrar completa una respuesta anterior",
        "reopen_placeholder": "Elige una pregunta",
    },
}
LANGUAGES = {"en": "English", "es": "Español"}

# Starter questions on the landing page, grouped by what people ask. Each one must
# answer (tests/test_card.py asks every one).
STARTER_GROUPS = {
    "en": {
        "Figures": [
            "How much did the US import from Mexico in 2024?",
            "What was the trade deficit with China in 2024?",
            "Mexico's share of US imports of computers in 2024",
        ],
        "Rankings": [
            "Who supplies the most electrical machinery to the US?",
            "Top 5 export markets in 2023",
            "Where does Mexico rank among US import suppliers in 2024?",
        ],
        "Trends": [
            "USMCA vs China share of US imports since 2013",
            "Compare imports from Mexico and China since 2013",
            "How has the deficit with China changed since 2018?",
        ],
        "Technology chapters": [
            "Top suppliers of aircraft in 2024",
            "USMCA versus China in electronics imports",
            "Mexico vs China in US imports of electronics and computers",
        ],
    },
    "es": {
        "Cifras": [
            "¿Cuánto importó EE.UU. de México en 2024?",
            "¿Cuál fue el déficit comercial con China en 2024?",
            "Participación de México en las importaciones de computadoras de EE.UU. en 2024",
        ],
        "Clasificaciones": [
            "¿Quién le vende más maquinaria eléctrica a EE.UU.?",
            "Los 5 principales mercados de exportación en 2023",
            "¿Qué lugar ocupa México entre los proveedores de EE.UU. en 2024?",
        ],
        "Tendencias": [
            "T-MEC contra China en las importaciones de EE.UU. desde 2013",
            "Comparar importaciones de México y China desde 2013",
            "¿Cómo ha cambiado el déficit con China desde 2018?",
        ],
        "Capítulos tecnológicos": [
            "¿Quién le vende más aeronaves a EE.UU.?",
            "T-MEC contra China en importaciones de electrónicos",
            "Participación de México y China en importaciones de electrónicos y computadoras",
        ],
    },
}
# The landing chart: USMCA vs China share of U.S. imports since 2013, from the catalog.
LANDING_QUERY = "bloc_share_trend"

# Only the latest turns are drawn as full cards; the ones before are one plain block of
# text (question, figure, sentence). Streamlit redraws every element on every rerun, so a
# page that kept 50 full cards made turn 50 several times slower than turn 1.
LIVE_TURNS = 3

# Contrast: Streamlit draws captions at 60% of the text colour (3.9:1 on this background)
# and SQL keywords at 3.6:1; WCAG wants 4.5:1, so these colours are 5.8:1 or more. The
# focus ring is 3 px so a keyboard user sees where they are. The headline figure and its
# label wrap rather than end in an ellipsis: "105.4 mil millones de dólares" is wider than a
# phone at that size, and a cut figure says nothing. In a popover, the copy button of a code
# block (the link, the SQL) is always shown: Streamlit shows it on hover only, so never on a
# touch screen. The link is selected whole by one click or a touch and hold, which works
# where the button cannot (the browser's clipboard needs HTTPS, and an iframe's permission).
STYLE = """<style>
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #44504c !important; opacity: 1 !important; }
[data-testid="stHeadingWithActionElements"] h2 { font-size: 1.35rem; padding-top: 0.6rem; }
[data-testid="stChatInput"]:focus-within { outline: 3px solid #1f6f54; outline-offset: 2px; border-radius: 10px; }
button:focus-visible, a:focus-visible, [role="button"]:focus-visible, summary:focus-visible,
[tabindex]:not(textarea):focus-visible { outline: 3px solid #1f6f54 !important; outline-offset: 2px; }
[data-testid="stChatMessage"] [data-testid="stText"] { font-size: 1rem; line-height: 1.55; }
[data-testid="stMetricValue"] { font-size: 2.1rem; font-weight: 650; line-height: 1.2; }
[data-testid="stMetricValue"] div, [data-testid="stMetricValue"] p { white-space: normal !important; overflow: visible !important; text-overflow: clip !important; overflow-wrap: break-word; }
[data-testid="stMetricLabel"] div, [data-testid="stMetricLabel"] p { white-space: normal !important; overflow: visible !important; text-overflow: clip !important; }

[data-testid="stCode"] .token.comment, [data-testid="stCode"] .token.punctuation { color: #4f5a56 !important; }
[data-testid="stCode"] .token.keyword, [data-testid="stCode"] .token.function { color: #1d5f9e !important; }
[data-testid="stCode"] .token.operator { color: #9a4500 !important; }
[data-testid="stCode"] .token.string { color: #1b6b3a !important; }
[data-testid="stCode"] .token.number, [data-testid="stCode"] .token.boolean { color: #1f6a66 !important; }
[data-testid="stPopoverBody"] [data-testid="stCode"] > div:has([data-testid="stElementToolbarButton"]) { opacity: 1 !important; visibility: visible !important; }
[data-testid="stPopoverBody"] [data-testid="stCode"] pre { padding-right: 3rem; }
[class*="st-key-share-link-"] [data-testid="stCode"] code { -webkit-user-select: all; user-select: all; }
.chart-title { margin-bottom: -0.5rem; }
.chart-title p { margin: 0; overflow-wrap: break-word; }
.chart-title p.title { font-weight: 650; font-size: 1.02rem; line-height: 1.35; color: #1d2b27; }
.chart-title p.source { font-size: 0.85rem; color: #44504c; margin-top: 0.1rem; }
section.earlier h2 { font-size: 1rem; font-weight: 600; margin: 0 0 0.5rem; }
section.earlier p { margin: 0 0 0.6rem; line-height: 1.5; }
section.earlier p.q { background: #eef3f0; border-radius: 8px; padding: 0.4rem 0.7rem; }
</style>"""

# Runs in the page: on a first visit, the top of the page and the question box focused;
# after a reply, the top of that reply (its question) at the top of the view.
# The body names the reply (`focus`, its history index): Streamlit runs a script again only
# when its body changes, and once a conversation is longer than LIVE_TURNS every new
# question sits at the same position among the messages shown.
SCROLL_SCRIPT = """<script>
(function () {
  const target = %(target)d;  // index of the chat message to bring to the top; -1: the page top
  const focus = %(focus)d;  // the reply this placement is for (its question's history index)
  window.assistantFocus = focus;  // a newer reply's script takes over from this one
  let moved = false;  // once the reader scrolls or types, leave the view alone
  for (const e of ["wheel", "touchstart", "keydown"]) window.addEventListener(e, () => { moved = true; }, {once: true});
  function place() {
    if (moved || window.assistantFocus !== focus) return;
    if (target < 0) {
      const scroller = document.querySelector('[data-testid="stAppScrollToBottomContainer"]');
      if (scroller) scroller.scrollTop = 0;
      window.scrollTo(0, 0);
      return;
    }
    const messages = document.querySelectorAll('[data-testid="stChatMessage"]');
    if (messages.length > target) messages[target].scrollIntoView({block: "start"});
  }
  // on a first visit the question box takes the focus as soon as it exists (a slow
  // device may draw it seconds late), unless the reader has already moved on
  function focusBox(triesLeft) {
    if (moved) return;
    const box = document.querySelector('[data-testid="stChatInput"] textarea');
    const free = document.activeElement === null || document.activeElement === document.body;
    if (box && free) box.focus({preventScroll: true});
    else if (!box && triesLeft > 0) setTimeout(() => focusBox(triesLeft - 1), 100);
  }
  // the page keeps laying out (charts, fonts) for a moment: place the view as it settles
  for (const ms of [30, 250, 600, 1200, 2000]) setTimeout(place, ms);
  // and again as Streamlit redraws it (a redrawn box has lost the focus)
  if (target < 0) for (const ms of [30, 600, 1500, 3000]) setTimeout(() => focusBox(50), ms);


})();
</script>"""


def plain(text: str) -> str:
    """Text for a widget that renders Markdown (st.info, st.markdown): every Markdown,
    HTML, LaTeX ($) and directive (:) character escaped, so it shows as typed."""
    escaped = re.sub(r"([\\`*_{}\[\]()<>#+\-.!|~$&:=^\"'])", r"\\\1", str(text))
    first, *rest = escaped.split("\n")  # a line break stays one; an indented line is no code block
    return "  \n".join([first, *(line.lstrip() for line in rest)])


def get_assistant() -> Assistant:
    """Shared by every session; follows refreshed snapshots without a restart."""
    return default_assistant()


def _init_state() -> None:
    defaults = {
        "history": [],
        "context": {},
        "lang": _initial_language(),
        "lang_chosen": False,
        "pending": None,
        "link_handled": False,
        "focus": -1,
        "reopened": None,
        "scrolled": None,
    }
    for key, value in defaults.items():
        st.session_state.setdefault(key, value)


def _initial_language() -> str:
    asked = st.query_params.get("lang")
    if asked in ("en", "es"):
        return asked
    locale = getattr(st.context, "locale", None) or ""
    return "es" if locale.lower().startswith("es") else "en"


def _queue(question: str) -> None:
    st.session_state.pending = question


def _new_conversation() -> None:
    st.session_state.history = []
    st.session_state.context = {}
    st.session_state.pending = None
    st.session_state.focus = -1
    st.session_state.scrolled = None
    st.session_state.reopened = None
    st.query_params.pop("q", None)


def _set_language() -> None:
    picked = st.session_state.lang_picker
    st.session_state.lang = "es" if picked == LANGUAGES["es"] else "en"
    st.session_state.lang_chosen = True


def _controls(t: dict, embedded: bool) -> None:
    """Language and new conversation: in the sidebar, or above the chat when embedded."""
    # The switch always shows the language in use, also when a question changed it.
    st.session_state.lang_picker = LANGUAGES[st.session_state.lang]
    container = st.container(horizontal=True, vertical_alignment="bottom") if embedded else st.sidebar
    with container:
        st.segmented_control(
            t["language"],
            list(LANGUAGES.values()),
            key="lang_picker",
            required=True,
            on_change=_set_language,
        )
        st.button(t["new"], on_click=_new_conversation, key="new_conversation")


def _coverage_note(t: dict, assistant: Assistant) -> str:
    def span(dataset: str) -> str:
        entry = assistant.store.coverage.get((dataset, "imports"))
        if not entry:
            return "—"
        return formatting.month_span(entry.first_period, entry.last_period, st.session_state.lang)

    return t["coverage"].format(total=span("total"), hs=span("hs"))


def _link(question: str) -> str:
    """The shareable address of a question (the app's own address, without embed)."""
    base = (getattr(st.context, "url", None) or "").split("?")[0]
    query = {"q": question}
    if st.session_state.lang_chosen:
        query["lang"] = st.session_state.lang
    return f"{base}?{urllib.parse.urlencode(query, quote_via=urllib.parse.quote)}"


def _chart_export(spec: dict, fmt: str):
    """Deferred: the PNG/SVG is rendered only when the button is clicked."""
    return lambda: charts.export(spec, fmt)


def button_label(question: str) -> str:
    """A question offered on a button starts with a capital (catalog examples may not)."""
    return question[:1].upper() + question[1:]


def _suggestion_buttons(items: list[str], key: str) -> None:
    with st.container(horizontal=True, gap="small"):
        for i, text in enumerate(items):
            st.button(button_label(text), key=f"{key}-{i}", on_click=_queue, args=(text,), wrap=True)


def _chart(spec: dict, key: str) -> None:
    """The chart, its title and source as text above it: text wraps with the page on a
    phone and runs the card's width on a desktop, where a title drawn by Vega is cut with an
    ellipsis or wrapped at a fixed width. Exports keep the title inside the image."""
    title, source = charts.title_text(spec)
    if title:
        note = f'<p class="source">{html.escape(source)}</p>' if source else ""
        st.html(f'<div class="chart-title"><p class="title">{html.escape(title)}</p>{note}</div>')
    st.vega_lite_chart(charts.on_screen(spec), width="stretch", theme=None, key=key)


def _reading(t: dict, card: cards.Card) -> None:
    """'Read as' under the sentence; the parts the user did not type in bold, and the
    whole line in full text colour when there are any."""
    if not card.reading:
        return
    if not card.reading_differs:
        st.caption(plain(f"{t['read_as']}: " + "".join(p for p, _ in card.reading)))
        return
    parts = [plain(p) if said else _bold(p) for p, said in card.reading]
    st.markdown(f"{plain(t['read_as'])}: " + "".join(parts))


def _bold(text: str) -> str:
    """**text** with the spaces around it left outside, where Markdown needs them."""
    core = text.strip()
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}**{plain(core)}**{trail}" if core else text


def _actions(t: dict, answer: dict, card: cards.Card, index: int) -> None:
    """One compact row: CSV, PNG, SVG, copy link, SQL & source."""
    name = card.file_stem
    with st.container(horizontal=True, gap="small", key=f"actions-{index}"):
        st.download_button(t["csv"], card.csv, file_name=f"{name}.csv", mime="text/csv",
                           key=f"csv-{index}", help=t["csv_help"], icon=":material/download:",
                           on_click="ignore")  # fmt: skip
        if answer.get("chart"):
            st.download_button(t["png"], _chart_export(answer["chart"], "png"), file_name=f"{name}.png",
                               mime="image/png", key=f"png-{index}", help=t["png_help"],
                               icon=":material/image:", on_click="ignore")  # fmt: skip
            st.download_button(t["svg"], _chart_export(answer["chart"], "svg"), file_name=f"{name}.svg",
                               mime="image/svg+xml", key=f"svg-{index}", help=t["svg_help"],
                               icon=":material/image:", on_click="ignore")  # fmt: skip
        with st.popover(t["link"], icon=":material/link:", key=f"link-{index}"):
            with st.container(key=f"share-link-{index}"):  # selected whole by one click (STYLE)
                st.code(
                    _link(answer["context"].get("asked_as", answer["question"])),
                    language=None,
                    wrap_lines=True,
                )
            st.caption(t["link_note"])
        with st.popover(t["sql"], icon=":material/code:", key=f"sql-{index}"):
            st.code(card.sql, language="sql", wrap_lines=True)
            st.caption(t["sql_note"])
            for line in answer["sources"]:
                st.text(line)


def _render_answer(item: dict, index: int) -> None:
    answer = item["content"]
    lang = answer["lang"]
    t = TEXT[lang]
    status = answer["status"]
    if status == "clarify":
        st.text(answer["text"])
        _suggestion_buttons(answer["suggestions"], f"clarify-{index}")
        return
    if status == "unsupported":
        st.info(plain(answer["text"]))
        if answer["suggestions"]:
            st.caption(t["suggestions"])
            _suggestion_buttons(answer["suggestions"], f"suggest-{index}")
        return
    card: cards.Card = item["card"]
    if card.headline:
        st.metric(card.headline_label or card.reading[0][0], card.headline)
    st.text(answer["text"])
    _reading(t, card)
    if answer.get("chart"):
        _chart(answer["chart"], f"chart-{index}")
    _actions(t, answer, card, index)
    with st.expander(t["table"]):
        formats = cards.number_formats(card.table)
        st.dataframe(
            card.table,
            hide_index=True,
            width="stretch",
            placeholder="—",  # an empty cell, not "None"
            column_config={c: st.column_config.NumberColumn(format=f) for c, f in formats.items()},
            alt=t["table"],
        )
    if answer["suggestions"]:
        st.caption(t["suggestions"])
        _suggestion_buttons(answer["suggestions"], f"suggest-{index}")


def _live_items(history: list[dict], with_reopened: bool = True) -> set[int]:
    """History items drawn in full: the last LIVE_TURNS turns, and one reopened answer
    with its question."""
    starts = [
        i
        for i, item in enumerate(history)
        if item["role"] == "user" or i == 0 or history[i - 1]["role"] != "user"
    ]
    first = starts[-LIVE_TURNS] if len(starts) >= LIVE_TURNS else 0
    live = set(range(first, len(history)))
    reopened = st.session_state.reopened if with_reopened else None
    if reopened is not None and reopened < len(history):
        live |= {reopened} | (
            {reopened - 1} if reopened and history[reopened - 1]["role"] == "user" else set()
        )
    return live


def _brief(item: dict) -> str:
    """One earlier history item as escaped HTML: the question, or the figure and sentence."""
    content = item["content"]
    if item["role"] == "user":
        return f'<p class="q">{html.escape(content)}</p>'
    card = item.get("card")
    figure = f"<strong>{html.escape(card.headline)}</strong> — " if card and card.headline else ""
    return f'<p class="a">{figure}{html.escape(content["text"])}</p>'


def _earlier(t: dict, history: list[dict], live: set[int]) -> None:
    """Earlier turns in one block of text (one element however long the conversation),
    and one control to bring an answer back in full."""
    briefs = "".join(_brief(item) for i, item in enumerate(history) if i not in live)
    st.html(
        f'<section class="earlier" aria-label="{html.escape(t["earlier"])}">'
        f"<h2>{html.escape(t['earlier'])}</h2>{briefs}</section>"
    )
    recent = _live_items(history, with_reopened=False)
    options = [
        i
        for i, item in enumerate(history)
        if item["role"] == "assistant" and item.get("card") and i not in recent
    ]
    if options:
        st.selectbox(
            t["reopen"],
            options,
            index=None,
            placeholder=t["reopen_placeholder"],
            format_func=lambda i: _answered_as(history, i),
            key="reopen_picker",
            on_change=_reopen,
        )


def _answered_as(history: list[dict], i: int) -> str:
    """An earlier answer named by the question it answered, in full ('U.S. imports from
    Brazil in 2023'), not by the words typed, which in a conversation are often a fragment
    ('imports', 'and Canada?', 'the country'). What was typed only when nothing else says."""
    answer = history[i]["content"]
    context = answer.get("context") or {}
    card = history[i].get("card")
    reading = "".join(part for part, _ in card.reading) if card else ""
    label = context.get("restated") or answer.get("reading") or reading or context.get("asked_as")
    if not label:
        label = history[i - 1]["content"] if i and history[i - 1]["role"] == "user" else answer["text"]
    return button_label(label)


def _reopen() -> None:
    index = st.session_state.reopen_picker
    st.session_state.reopened = index
    if index is not None:
        history = st.session_state.history
        st.session_state.focus = index - 1 if index and history[index - 1]["role"] == "user" else index


def _landing(t: dict, assistant: Assistant) -> None:
    """A first visit: the story in one live chart with its finding, grouped starters, the data note."""
    lang = st.session_state.lang
    story = assistant.engine.answer(LANDING_QUERY, {}, lang)
    if story.status == "answered" and story.chart:
        st.header(t["landing_chart"], anchor=False)
        st.text(story.text)
        _chart(story.chart, "landing-chart")
    st.header(t["starters"], anchor=False)
    groups = list(STARTER_GROUPS[lang].items())
    for row in (groups[:2], groups[2:]):  # two by two; a phone stacks them
        for column, (group, questions) in zip(st.columns(2), row, strict=True):
            with column:
                st.markdown(f"**{group}**")
                for i, q in enumerate(questions):
                    st.button(
                        q, key=f"starter-{group}-{i}", on_click=_queue, args=(q,), width="stretch", wrap=True
                    )
    st.caption(_coverage_note(t, assistant))


def _ask(assistant: Assistant, question: str) -> Answer:
    lang = st.session_state.lang if st.session_state.lang_chosen else None
    # a question whose words do not tell its language is answered in the page's language
    context = {"lang": st.session_state.lang, **st.session_state.context}
    return assistant.ask(question, lang=lang, context=context)


def _answer(assistant: Assistant, question: str, t: dict) -> None:
    """Ask, and keep the question, the answer and its card in the history."""
    too_long = len(question) > MAX_QUESTION_CHARS  # e.g. a ?q= link: refused, not shown
    try:
        answer = _ask(assistant, question)
    except Exception:  # never a traceback in front of a user
        log.exception("answer failed")
        answer = Answer(question=question, status="unsupported", lang=st.session_state.lang, text=t["error"])
    st.session_state.focus = len(st.session_state.history)
    record = answer.to_dict()
    card = None
    if answer.status == "answered":
        try:
            card = cards.build(record, assistant)
        except Exception:
            log.exception("card failed")
            record = Answer(
                question=question, status="unsupported", lang=answer.lang, text=t["error"]
            ).to_dict()
    if not too_long:
        st.session_state.history.append({"role": "user", "content": question, "card": None})
        # the address asks the question on its own (a follow-up written out in full)
        st.query_params["q"] = record.get("context", {}).get("asked_as", question)
    else:
        st.query_params.pop("q", None)
    st.session_state.history.append({"role": "assistant", "content": record, "card": card})
    if (answer.status == "answered" and card is not None) or answer.status == "clarify":
        st.session_state.context = answer.context  # a clarifying question carries what it has so far


def main() -> None:
    embedded = bool(st.context.is_embedded)  # ?embed=true (Streamlit keeps it out of query_params)
    st.set_page_config(
        page_title=TEXT["en"]["title"],
        page_icon="📊",
        layout="centered",
        initial_sidebar_state="collapsed" if embedded else "auto",
    )
    _init_state()
    st.html(STYLE)
    t = TEXT[st.session_state.lang]
    try:
        assistant = get_assistant()
    except DataMissing as e:
        log.error("no data to answer from: %s", e)
        st.error(e.user_message(st.session_state.lang))
        return
    question = st.chat_input(t["placeholder"], max_chars=MAX_QUESTION_CHARS, key="chat_input")
    if st.session_state.pending:
        question, st.session_state.pending = st.session_state.pending, None
    if not question and not st.session_state.link_handled and st.query_params.get("q"):
        question = st.query_params.get("q")
    st.session_state.link_handled = True

    if question:
        _answer(assistant, question, t)
        lang = st.session_state.history[-1]["content"]["lang"]
        if not st.session_state.lang_chosen and lang != st.session_state.lang:
            st.session_state.lang = lang  # the interface follows the user's language
            st.rerun()  # redraw the input box and labels in that language

    t = TEXT[st.session_state.lang]  # the picker or the question may have changed it
    _controls(t, embedded)
    if not embedded:
        st.title(t["title"])
        st.caption(t["subtitle"])
    history = st.session_state.history
    if not history:
        _landing(t, assistant)

    live = _live_items(history)
    shown = [i for i in range(len(history)) if i in live]  # chat messages on the page, in order
    if len(shown) < len(history):
        _earlier(t, history, live)
    for i in shown:
        item = history[i]
        with st.chat_message(item["role"]):
            if item["role"] == "user":
                st.text(item["content"])
                continue
            try:
                _render_answer(item, i)
            except Exception:
                log.exception("render failed")
                st.error(TEXT[item["content"].get("lang", "en")]["error"])

    # Bring the new reply's question to the top (or, on a first visit, the page top), once.
    # Which reply, not where it is shown: past LIVE_TURNS turns, every new question is at
    # the same position among the messages shown.
    focus = st.session_state.focus
    target = shown.index(focus) if history and focus in shown else -1
    placed = focus if target >= 0 else -1
    if placed != st.session_state.scrolled or target < 0:
        st.session_state.scrolled = placed
        st.html(SCROLL_SCRIPT % {"target": target, "focus": placed}, unsafe_allow_javascript=True)
