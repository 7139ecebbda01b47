"""The public entry point: ask(question, lang, context) -> Answer.

Joins understanding (question -> query and parameters) and the answer engine. Every
outcome a user can cause is an Answer with a status; unexpected errors are logged and
answered with a short message, never a traceback.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import cache

from assistant import i18n
from assistant.answer import Answer, Engine
from assistant.catalog import get_catalog
from assistant.store import DataMissing, Store, get_store
from assistant.understand import ANSWERED, CLARIFY, Understander
from assistant.understand.lexicon import lexicon_for

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000


class Assistant:
    """Store, catalog, understanding and engine, built once and shared by every interface."""

    def __init__(self, store: Store):
        self.store = store
        self.catalog = get_catalog()
        self.engine = Engine(store, self.catalog)
        self.lexicon = lexicon_for(store)
        self.understander = Understander(store, self.catalog, self.lexicon)

    def ask(self, question, lang: str | None = None, context: dict | None = None) -> Answer:
        question = question if isinstance(question, str) else str(question or "")
        lang = i18n.normalise_lang(lang)
        context = context if isinstance(context, dict) else {}
        fallback_lang = i18n.pick(lang, context.get("lang"))
        if len(question) > MAX_QUESTION_CHARS:
            return Answer(question=question[:200], status="unsupported", lang=fallback_lang,
                          text=i18n.SERVICE[fallback_lang]["too_long"], context=context)  # fmt: skip
        try:
            return self._ask(question, lang, context)
        except Exception:  # a bug: log it, answer calmly, keep the conversation
            log.exception("failed to answer %r", question[:200])
            return Answer(question=question, status="unsupported", lang=fallback_lang,
                          text=i18n.SERVICE[fallback_lang]["error"], context=context)  # fmt: skip

    def _ask(self, question: str, lang: str | None, context: dict) -> Answer:
        u = self.understander.understand(question, lang=lang, context=context)
        if u.status != ANSWERED:
            status = "clarify" if u.status == CLARIFY else "unsupported"
            return Answer(question=question, status=status, lang=u.lang, text=u.text,
                          suggestions=list(u.options), context=context)  # fmt: skip
        answer = self.engine.answer(u.query_id, u.params, u.lang, question)
        if answer.status != "answered":  # the conversation goes on from its last answered question
            return replace(answer, context=context)
        text = answer.text
        if u.note and answer.status == "answered":
            text = f"{u.note} {text}"
        resolved = (answer.query or {}).get("params") or {}
        return replace(answer, text=text, reading=self.understander.reading(u, resolved),
                       context={**answer.context, "meaning": u.meaning.to_dict()})  # fmt: skip


@cache
def default_assistant() -> Assistant:
    return Assistant(get_store())


def ask(question, lang: str | None = None, context: dict | None = None) -> Answer:
    """Answer one question (English or Spanish); pass the returned `context` to follow up."""
    try:
        assistant = default_assistant()
    except DataMissing as e:
        return Answer(question=str(question), status="unsupported", lang=i18n.pick(lang), text=str(e))
    return assistant.ask(question, lang=lang, context=context)
