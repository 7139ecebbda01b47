"""The Streamlit chat UI. A thin view: every answer comes from assistant.service.ask().

Session state keys:
  history       list of {"role": "user"|"assistant", "content": question | answer dict}
  context       the last answer's context, passed back so follow-ups work
  lang          the interface language ("en" | "es")
  lang_chosen   True once the user picks a language (then answers use it)
  pending       a question queued by a button (starter, suggestion, clarify option)
  link_handled  the ?q= link has been answered once
"""

from __future__ import annotations

import logging
import urllib.parse

import pandas as pd
import streamlit as st

from assistant import charts
from assistant.answer import Answer
from assistant.service import Assistant, default_assistant
from assistant.store import DataMissing

log = logging.getLogger(__name__)

TEXT = {
    "en": {
        "title": "USMCA Tech Trade Assistant",
        "subtitle": "U.S. goods trade with Mexico and Canada versus China, Taiwan and the rest of the world — from Census data.",
        "placeholder": "Ask about U.S. trade, e.g. Who supplies the most electronics to the US?",
        "starters": "Try one of these",
        "coverage": "Data: U.S. Census Bureau International Trade API — total goods trade by partner {total}; imports by HS chapter {hs}. Values in U.S. dollars, not adjusted for inflation. Advanced Technology Products and NAICS tables appear once fetched.",
        "read_as": "Read as",
        "table": "Data table",
        "sql": "SQL",
        "source": "Source and data vintage",
        "csv": "Download table (CSV)",
        "png": "Download chart (PNG)",
        "svg": "Download chart (SVG)",
        "suggestions": "You could also ask",
        "new": "New conversation",
        "language": "Language",
        "link": "Link to this answer",
        "error": "Something went wrong showing that answer. Please try again or rephrase the question.",
        "missing": "The data is not available right now: {reason}",
        "chart_alt": "Chart. Text alternative: {text}",
    },
    "es": {
        "title": "Asistente de Comercio Tecnológico T-MEC",
        "subtitle": "Comercio de bienes de EE.UU. con México y Canadá frente a China, Taiwán y el resto del mundo — con datos del Censo.",
        "placeholder": "Pregunta sobre el comercio de EE.UU., p. ej. ¿Quién le vende más electrónicos a EE.UU.?",
        "starters": "Prueba con una de estas",
        "coverage": "Datos: API de Comercio Internacional de la Oficina del Censo de EE.UU. — comercio total de bienes por socio {total}; importaciones por capítulo del SA {hs}. Valores en dólares, sin ajuste por inflación. Las tablas de Productos de Tecnología Avanzada y NAICS aparecen al descargarlas.",
        "read_as": "Entendido como",
        "table": "Tabla de datos",
        "sql": "SQL",
        "source": "Fuente y vigencia de los datos",
        "csv": "Descargar tabla (CSV)",
        "png": "Descargar gráfica (PNG)",
        "svg": "Descargar gráfica (SVG)",
        "suggestions": "También puedes preguntar",
        "new": "Nueva conversación",
        "language": "Idioma",
        "link": "Enlace a esta respuesta",
        "error": "Algo falló al mostrar esa respuesta. Intenta de nuevo o reformula la pregunta.",
        "missing": "Los datos no están disponibles en este momento: {reason}",
        "chart_alt": "Gráfica. Alternativa en texto: {text}",
    },
}
COLUMN_LABELS = {
    "en": {"value_usd": "Value ($ billion)", "share": "Share (%)", "partner": "Partner",
           "product": "Product", "year": "Year", "month": "Month", "rank": "Rank"},
    "es": {"value_usd": "Valor (miles de millones de dólares)", "share": "Participación (%)",
           "partner": "Socio", "product": "Producto", "year": "Año", "month": "Mes",
           "rank": "Lugar"},
}  # fmt: skip


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
    st.query_params.pop("q", None)


def _set_language() -> None:
    st.session_state.lang = "es" if st.session_state.lang_picker == "Español" else "en"
    st.session_state.lang_chosen = True


def _controls(t: dict, embedded: bool, assistant: Assistant) -> None:
    """Language, new conversation, coverage note and the shareable link."""
    container = st.container() if embedded else st.sidebar
    with container:
        cols = st.columns([2, 1]) if embedded else [container, container]
        cols[0].segmented_control(
            t["language"],
            ["English", "Español"],
            default="Español" if st.session_state.lang == "es" else "English",
            key="lang_picker",
            on_change=_set_language,
        )
        cols[1].button(t["new"], on_click=_new_conversation, key="new_conversation")
        if not embedded:
            st.caption(_coverage_note(t, assistant))
            last = next((h["content"] for h in reversed(st.session_state.history)
                         if h["role"] == "user"), None)  # fmt: skip
            if last:
                base = (getattr(st.context, "url", None) or "").split("?")[0]
                st.caption(t["link"])
                st.code(f"{base}?q={urllib.parse.quote(last)}", language=None)


def _coverage_note(t: dict, assistant: Assistant) -> str:
    def span(dataset: str) -> str:
        entry = assistant.store.coverage.get((dataset, "imports"))
        if not entry:
            return "—"
        return f"{entry.first} – {entry.last}"

    return t["coverage"].format(total=span("total"), hs=span("hs"))


def _table(answer: dict) -> pd.DataFrame:
    """The result rows for display: dollars in billions, shares in percent; still sortable."""
    lang = answer["lang"]
    frame = pd.DataFrame(answer["rows"])
    frame = frame.drop(columns=[c for c in frame.columns if c.endswith("_code")])  # codes: CSV only
    for col in frame.columns:
        if col.endswith("_usd"):
            frame[col] = (frame[col] / 1e9).round(1)
    labels = COLUMN_LABELS[lang]
    return frame.rename(columns={c: labels.get(c, c.replace("_", " ")) for c in frame.columns})


def _csv(answer: dict) -> bytes:
    return pd.DataFrame(answer["rows"]).to_csv(index=False).encode("utf-8")


def _chart_export(spec: dict, fmt: str):
    """Deferred: the PNG/SVG is rendered only when the button is clicked."""
    return lambda: charts.export(spec, fmt)


def _suggestion_buttons(items: list[str], key: str) -> None:
    for i, text in enumerate(items):
        st.button(text, key=f"{key}-{i}", on_click=_queue, args=(text,))


def _render_answer(answer: dict, index: int) -> None:
    lang = answer["lang"]
    t = TEXT[lang]
    status = answer["status"]
    if status == "clarify":
        st.markdown(answer["text"])
        _suggestion_buttons(answer["suggestions"], f"clarify-{index}")
        return
    if status == "unsupported":
        st.info(answer["text"])
        if answer["suggestions"]:
            st.caption(t["suggestions"])
            _suggestion_buttons(answer["suggestions"], f"suggest-{index}")
        return
    st.markdown(answer["text"])
    if answer.get("reading"):
        st.caption(f"{t['read_as']}: {answer['reading']}")
    if answer.get("chart"):
        # the sentence above is the chart's text alternative; say so for screen readers
        st.vega_lite_chart(answer["chart"], width="stretch")
        st.caption(t["chart_alt"].format(text=answer["text"]))
    with st.expander(t["table"]):
        st.dataframe(_table(answer), hide_index=True, width="stretch")
        st.download_button(t["csv"], _csv(answer), file_name=f"{answer['query']['id']}.csv",
                           mime="text/csv", key=f"csv-{index}")  # fmt: skip
    with st.expander(t["sql"]):
        st.code(answer["sql"], language="sql")
        st.caption(f"{answer['query']['id']} · {answer['query']['params']}")
    with st.expander(t["source"]):
        for line in answer["sources"]:
            st.markdown(f"- {line}")
    if answer.get("chart"):
        cols = st.columns(2)
        name = answer["query"]["id"]
        cols[0].download_button(t["png"], _chart_export(answer["chart"], "png"),
                                file_name=f"{name}.png", mime="image/png", key=f"png-{index}")  # fmt: skip
        cols[1].download_button(t["svg"], _chart_export(answer["chart"], "svg"),
                                file_name=f"{name}.svg", mime="image/svg+xml", key=f"svg-{index}")  # fmt: skip
    if answer["suggestions"]:
        st.caption(t["suggestions"])
        _suggestion_buttons(answer["suggestions"], f"suggest-{index}")


def _ask(assistant: Assistant, question: str) -> Answer:
    lang = st.session_state.lang if st.session_state.lang_chosen else None
    return assistant.ask(question, lang=lang, context=st.session_state.context)


def main() -> None:
    embedded = bool(st.context.is_embedded)  # ?embed=true (Streamlit keeps it out of query_params)
    st.set_page_config(
        page_title=TEXT["en"]["title"],
        page_icon="📊",
        layout="centered",
        initial_sidebar_state="collapsed" if embedded else "auto",
    )
    _init_state()
    t = TEXT[st.session_state.lang]
    try:
        assistant = get_assistant()
    except DataMissing as e:
        st.error(t["missing"].format(reason=e))
        return
    question = st.chat_input(t["placeholder"], max_chars=1000, key="chat_input")
    if st.session_state.pending:
        question, st.session_state.pending = st.session_state.pending, None
    if not question and not st.session_state.link_handled and st.query_params.get("q"):
        question = st.query_params.get("q")
    st.session_state.link_handled = True

    if question:
        try:
            answer = _ask(assistant, question)
        except Exception:  # never a traceback in front of a user
            log.exception("answer failed")
            answer = Answer(question=question, status="unsupported",
                            lang=st.session_state.lang, text=t["error"])  # fmt: skip
        st.session_state.history.append({"role": "user", "content": question})
        st.session_state.history.append({"role": "assistant", "content": answer.to_dict()})
        if answer.status == "answered":
            st.session_state.context = answer.context
        st.query_params["q"] = question
        if not st.session_state.lang_chosen and answer.lang != st.session_state.lang:
            st.session_state.lang = answer.lang  # the interface follows the user's language
            st.rerun()  # redraw the input box and labels in that language

    t = TEXT[st.session_state.lang]  # the picker or the question may have changed it
    _controls(t, embedded, assistant)
    if not embedded:
        st.title(t["title"])
        st.caption(t["subtitle"])
    if not st.session_state.history:
        st.markdown(f"**{t['starters']}**")
        _suggestion_buttons(assistant.catalog.starters(st.session_state.lang), "starter")
        st.caption(_coverage_note(t, assistant))

    for i, item in enumerate(st.session_state.history):
        with st.chat_message(item["role"]):
            if item["role"] == "user":
                st.markdown(item["content"])
                continue
            try:
                _render_answer(item["content"], i)
            except Exception:
                log.exception("render failed")
                st.error(TEXT[item["content"].get("lang", "en")]["error"])
