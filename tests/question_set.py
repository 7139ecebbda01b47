"""Loads the developer question set (tests/questions/*.yaml) and scores the assistant on it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

QUESTIONS_DIR = Path(__file__).with_name("questions")


@dataclass(frozen=True)
class Case:
    source: str  # file:line-ish id
    question: str
    expect: str  # a query id, or "unsupported" / "clarify"
    params: dict
    conversation: int | None = None  # index of the conversation it belongs to
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


def check(assistant, cases: list[Case]) -> tuple[list[tuple[Case, str]], int]:
    """Run every case; return the misses (case, what happened) and the number run."""
    engine, catalog = assistant.engine, assistant.catalog
    misses = []
    context = None
    for case in cases:
        if case.conversation is None or case.turn == 0:
            context = None
        answer = assistant.ask(case.question, context=context)
        if answer.status == "answered" or (answer.query and answer.status == "unsupported"):
            context = answer.context or context
        got_id = answer.query["id"] if answer.query else answer.status
        if case.expect in ("unsupported", "clarify"):
            if answer.status != case.expect or answer.value is not None or answer.rows:
                misses.append((case, f"{answer.status} {got_id}: {answer.text[:80]}"))
            continue
        if got_id != case.expect:
            misses.append((case, f"{answer.status} {got_id} {answer.query and answer.query['params']}"))
            continue
        expected = engine.resolve(catalog[case.expect], case.params)
        if answer.query["params"] != expected:
            diff = {k: (answer.query["params"].get(k), v) for k, v in expected.items()
                    if answer.query["params"].get(k) != v}  # fmt: skip
            misses.append((case, f"params differ (got, expected): {diff}"))
    return misses, len(cases)
