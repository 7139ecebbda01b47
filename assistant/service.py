"""The public entry point: ask(question, lang, context) -> Answer.

Joins understanding (question -> query and parameters) and the answer engine. Every
outcome a user can cause is an Answer with a status; unexpected errors are logged and
answered with a short message, never a traceback.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from assistant import i18n
from assistant.answer import Answer, Engine
from assistant.catalog import get_catalog
from assistant.live import SnapshotFollower
from assistant.store import DataMissing, Store
from assistant.understand import ANSWERED, CLARIFY, PENDING_QUESTIONS, Understander
from assistant.understand.lexicon import lexicon_for
from assistant.understand.meaning import Meaning

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
        context = self._usable_context(context)
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

    def _usable_context(self, context) -> dict:
        """A client's context, kept only as far as it validates: a forged or stale value is
        dropped here, so it is never acted on nor echoed back in an answer."""
        if not isinstance(context, dict):
            return {}
        kept = {"lang": i18n.normalise_lang(context.get("lang"))}
        meaning = context.get("meaning")
        if isinstance(meaning, dict):
            valid = Meaning.from_dict(meaning, self.store.partners, self.store.products)
            kept["meaning"] = valid.to_dict() if valid else None
        if context.get("pending") in PENDING_QUESTIONS:  # a clarifying question still open
            kept["pending"] = context["pending"]
        options = context.get("options")
        if isinstance(options, list) and 0 < len(options) <= 6 and all(isinstance(o, str) for o in options):
            # the questions a clarifying reply offered: kept only if each is one we answer
            if all(len(o) <= 300 and self.understander.understand(o).status == ANSWERED for o in options):
                kept["options"] = options
        query_id, params = context.get("query_id"), context.get("params")
        if isinstance(query_id, str) and query_id in self.catalog and isinstance(params, dict):
            query = self.catalog[query_id]
            kept["query_id"] = query_id
            kept["params"] = {
                k: v for k, v in params.items() if k in query.params and self.engine.accepts(query, k, v)
            }
        return {k: v for k, v in kept.items() if v is not None}

    def _ask(self, question: str, lang: str | None, context: dict) -> Answer:
        u = self.understander.understand(question, lang=lang, context=context)
        if u.status != ANSWERED:
            status = "clarify" if u.status == CLARIFY else "unsupported"
            context = {k: v for k, v in context.items() if k not in ("pending", "options")}
            if u.status == CLARIFY and u.meaning is not None:
                # "trade with Brazil" -> "imports or exports?" -> "imports, 2023": Brazil is kept
                context = {**context, "lang": u.lang, "meaning": u.meaning.to_dict()}
                if u.pending:
                    context["pending"] = u.pending
            if u.status == CLARIFY and u.options:  # "the second one", "the Democratic Republic"
                context["options"] = list(u.options)
            return Answer(question=question, status=status, lang=u.lang, text=u.text,
                          suggestions=list(u.options), context=context)  # fmt: skip
        answer = self.engine.answer(u.query_id, u.params, u.lang, question)
        if u.side_open and answer.status == "answered" and answer.value is None:
            # "where does that rank?" after a surplus: among surpluses, not "not among deficits"
            other = "surplus" if u.params.get("side") != "surplus" else "deficit"
            flipped = self.engine.answer(u.query_id, {**u.params, "side": other}, u.lang, question)
            if flipped.status == "answered" and flipped.value is not None:
                answer, u = flipped, replace(u, params={**u.params, "side": other},
                                             meaning=u.meaning.with_(side=other))  # fmt: skip
        if answer.status != "answered":  # the conversation goes on from its last answered question
            # e.g. a year outside the data: offer the same question in the years it has
            return replace(answer, context=context, suggestions=self.understander.nearby(u.meaning, u.lang))
        text = answer.text
        if u.note and answer.status == "answered":
            text = f"{u.note} {text}"
        resolved = (answer.query or {}).get("params") or {}
        # restated: the question answered, in full and without notes (labels the headline);
        # asked_as: what a shared link asks (the question as typed, a follow-up in full)
        restated = self.understander.asked_as(u, resolved)
        asked_as = restated if u.follows else question
        return replace(answer, text=text, reading=self.understander.reading(u, resolved),
                       context={**answer.context, "meaning": u.meaning.to_dict(), "asked_as": asked_as,
                                "restated": restated})  # fmt: skip


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
        log.error("no data to answer from: %s", e)
        return Answer(
            question=str(question), status="unsupported", lang=i18n.pick(lang), text=e.user_message(lang)
        )

    return assistant.ask(question, lang=lang, context=context)
