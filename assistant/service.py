"""The public entry point: ask(question, lang, context) -> Answer.

Joins understanding (question -> query and parameters) and the answer engine. Every
outcome a user can cause is an Answer with a status; unexpected errors are logged and
answered with a short message, never a traceback.
"""

from __future__ import annotations

import logging

from assistant import understand
from assistant.answer import Answer, Engine
from assistant.catalog import get_catalog
from assistant.live import SnapshotFollower
from assistant.store import DataMissing, Store
from assistant.understand.lexicon import lexicon_for

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000
MESSAGES = {
    "en": {
        "too_long": "Questions are limited to 1,000 characters; please shorten yours.",
        "error": "Something went wrong while answering; please try rephrasing the question.",
    },
    "es": {
        "too_long": "Las preguntas admiten hasta 1,000 caracteres; acorta la tuya, por favor.",
        "error": "Algo falló al responder; intenta formular la pregunta de otra manera.",
    },
}


class Assistant:
    """Store, catalog, lexicon and engine, built once and shared by every interface."""

    def __init__(self, store: Store):
        self.store = store
        self.catalog = get_catalog()
        self.engine = Engine(store, self.catalog)
        self.lexicon = lexicon_for(store)

    def ask(self, question, lang: str | None = None, context: dict | None = None) -> Answer:
        question = question if isinstance(question, str) else str(question or "")
        lang = lang if lang in ("en", "es") else None
        context = self._usable_context(context)
        fallback_lang = lang or context.get("lang") or "en"
        if fallback_lang not in ("en", "es"):
            fallback_lang = "en"
        if len(question) > MAX_QUESTION_CHARS:
            return Answer(question=question[:200], status="unsupported", lang=fallback_lang,
                          text=MESSAGES[fallback_lang]["too_long"], context=context)  # fmt: skip
        try:
            return self._ask(question, lang, context)
        except Exception:  # a bug: log it, answer calmly, keep the conversation
            log.exception("failed to answer %r", question[:200])
            return Answer(question=question, status="unsupported", lang=fallback_lang,
                          text=MESSAGES[fallback_lang]["error"], context=context)  # fmt: skip

    def _usable_context(self, context) -> dict:
        """A context from an old version or another client may be stale: keep only what fits."""
        if not isinstance(context, dict):
            return {}
        query_id, params = context.get("query_id"), context.get("params")
        if not isinstance(query_id, str) or query_id not in self.catalog or not isinstance(params, dict):
            return {"lang": context["lang"]} if context.get("lang") in ("en", "es") else {}
        query = self.catalog[query_id]  # forged values are dropped, never carried or echoed
        kept = {k: v for k, v in params.items() if k in query.params and self.engine.accepts(query, k, v)}
        lang = {"lang": context["lang"]} if context.get("lang") in ("en", "es") else {}
        return {"query_id": query_id, "params": kept, **lang}

    def _ask(self, question: str, lang: str | None, context: dict) -> Answer:
        latest = self.store.latest_complete_year() or 2024
        parsed = understand.parse(question, self.lexicon, latest, lang=lang, context=context)
        if parsed.status == understand.CLARIFY:
            return Answer(question=question, status="clarify", lang=parsed.lang, text=parsed.text,
                          suggestions=list(parsed.options), context=context)  # fmt: skip
        if parsed.status == understand.UNSUPPORTED:
            return Answer(question=question, status="unsupported", lang=parsed.lang,
                          text=parsed.text, suggestions=self.catalog.starters(parsed.lang)[:3],
                          context=context)  # fmt: skip
        return self.engine.answer(parsed.query_id, parsed.params, parsed.lang, question)


_current = SnapshotFollower(Assistant, warm=lambda a: a.ask("imports from Mexico"))


def default_assistant() -> Assistant:
    """The assistant for the current snapshot; after a refresh it moves to the new snapshot
    between requests, without a restart (assistant.live)."""
    return _current.get()


def ask(question, lang: str | None = None, context: dict | None = None) -> Answer:
    """Answer one question (English or Spanish); pass the returned `context` to follow up."""
    try:
        assistant = default_assistant()
    except DataMissing as e:
        return Answer(question=str(question), status="unsupported", lang=lang or "en", text=str(e))
    return assistant.ask(question, lang=lang, context=context)
