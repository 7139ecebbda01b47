"""Loads the developer question set (tests/questions/*.yaml) and checks the assistant on it.

A case is [question, expected, params]: expected is a query id (then params are the ones the
answer must bind, the rest being the query's defaults) or "unsupported" / "clarify" (then
the answer must carry no figure). A list of such cases is one conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

QUESTIONS_DIR = Path(__file__).with_name("questions")
# Cases known to fail, each with its reason (at most 2% of the set).
XFAIL: dict[str, str] = yaml.safe_load((QUESTIONS_DIR / "xfail.yml").read_text(encoding="utf-8")) or {}


@dataclass(frozen=True)
class Case:
    source: str  # file:index, or file:conversation.turn
    question: str
    expect: str  # a query id, or "unsupported" / "clarify"
    params: dict
    conversation: int | None = None
    turn: int = 0


def load_cases(directory: Path = QUESTIONS_DIR) -> list[Case]:
    cases: list[Case] = []
    conv = 0
    for path in sorted(directory.glob("*.yaml")):
        for i, item in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            if item and isinstance(item[0], list):  # a conversation: a list of turns
                for t, turn in enumerate(item):
                    cases.append(_case(f"{path.stem}:{i}.{t}", turn, conv, t))
                conv += 1
            else:
                cases.append(_case(f"{path.stem}:{i}", item, None, 0))
    return cases


def _case(source: str, item: list, conversation: int | None, turn: int) -> Case:
    question, expect = str(item[0] if item[0] is not None else ""), item[1]
    params = item[2] if len(item) > 2 else {}
    return Case(source, question, expect, params, conversation, turn)


def check_case(assistant, case: Case, context: dict | None) -> tuple[str | None, dict | None]:
    """(what went wrong or None, the context for the next turn)."""
    answer = assistant.ask(case.question, context=context)
    if answer.status in ("answered", "clarify"):  # as the chat app keeps it
        context = answer.context or context
    got_id = answer.query["id"] if answer.query else answer.status
    if case.expect in ("unsupported", "clarify"):
        if answer.status != case.expect or answer.value is not None or answer.rows:
            return f"{answer.status} {got_id}: {answer.text[:100]}", context
        return None, context
    if got_id != case.expect:
        params = answer.query and {k: v for k, v in answer.query["params"].items() if v is not None}
        return f"{answer.status} {got_id} {params}: {answer.text[:100]}", context
    expected = assistant.engine.resolve(assistant.catalog[case.expect], case.params)
    if answer.query["params"] != expected:
        diff = {k: (answer.query["params"].get(k), v) for k, v in expected.items()
                if answer.query["params"].get(k) != v}  # fmt: skip
        return f"params differ (got, expected): {diff}", context
    return None, context


def check(assistant, cases: list[Case]) -> tuple[list[tuple[Case, str]], int]:
    """Run every case in order; return the misses (case, what happened) and the number run."""
    misses = []
    context = None
    for case in cases:
        if case.conversation is None or case.turn == 0:
            context = None
        miss, context = check_case(assistant, case, context)
        if miss:
            misses.append((case, miss))
    return misses, len(cases)
