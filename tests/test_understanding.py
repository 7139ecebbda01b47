"""The developer question set: at least 450 cases, 40% Spanish, 97% resolved exactly."""

from __future__ import annotations

import pytest

from assistant.service import default_assistant
from assistant.understand.lexicon import normalise
from assistant.understand.parse import detect_language
from tests.question_set import check, load_cases

CASES = load_cases()


def test_question_set_size_and_languages():
    assert len(CASES) >= 450
    spanish = [c for c in CASES if detect_language(c.question, normalise(c.question).split()) == "es"]
    assert len(spanish) / len(CASES) >= 0.40, f"{len(spanish)} of {len(CASES)} in Spanish"
    assert sum(c.conversation is not None for c in CASES) >= 30
    assert sum(c.expect in ("unsupported", "clarify") for c in CASES) >= 40


def test_question_set_accuracy():
    misses, total = check(default_assistant(), CASES)
    accuracy = 1 - len(misses) / total
    report = "\n".join(f"  {c.source}: {c.question!r} -> {what}" for c, what in misses)
    print(f"\nquestion set: {total - len(misses)}/{total} exact ({accuracy:.1%})\n{report}")
    assert accuracy >= 0.97, f"accuracy {accuracy:.1%}; misses:\n{report}"


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.expect in ("unsupported", "clarify")], ids=lambda c: c.source
)
def test_out_of_scope_is_never_answered_with_numbers(case):
    answer = default_assistant().ask(case.question)
    assert answer.status == case.expect, answer.text
    assert answer.value is None and not answer.rows and answer.chart is None
    assert answer.text
    if case.expect == "clarify":
        assert len(answer.suggestions) >= 2
    else:
        assert len(answer.suggestions) == 3  # three questions it can answer


def test_every_catalog_example_resolves_to_its_own_query():
    assistant = default_assistant()
    wrong = []
    for q in assistant.catalog:
        for lang in ("en", "es"):
            for example in q.examples[lang]:
                answer = assistant.ask(example)
                got = answer.query["id"] if answer.query else answer.status
                if got != q.id or answer.lang != lang:
                    wrong.append((q.id, example, got, answer.lang))
    assert wrong == []


def test_suggestions_and_clarify_options_are_askable():
    """Every suggestion the assistant offers answers (or clarifies) when clicked."""
    assistant = default_assistant()
    offered = set()
    for q in assistant.catalog:
        for lang in ("en", "es"):
            offered.update(assistant.ask(q.examples[lang][0]).suggestions)
    for question in ("trade with Mexico", "comercio con México", "clothing imports", "what is the share?"):
        offered.update(assistant.ask(question).suggestions)
    offered.update(assistant.catalog.starters("en") + assistant.catalog.starters("es"))
    assert len(offered) > 30
    for text in sorted(offered):
        answer = assistant.ask(text)
        assert answer.status == "answered", (text, answer.status, answer.text)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_starter_question_is_answered(lang):
    """The six starters are the first thing a new user clicks: each must answer with a chart."""
    for question in default_assistant().catalog.starters(lang):
        answer = default_assistant().ask(question)
        assert answer.status == "answered" and answer.chart, (question, answer.text)
        assert answer.lang == lang


def test_default_start_year_follows_the_data_but_asked_years_do_not():
    hs = default_assistant().ask("USMCA versus China in electronics imports")
    assert hs.status == "answered" and hs.query["params"]["start_year"] == 2023
    asked = default_assistant().ask("USMCA vs China share of US imports of electronics since 2015")
    assert asked.status == "unsupported" and "2015 is outside it" in asked.text


def test_reading_shows_how_the_question_was_read():
    answer = default_assistant().ask("top suppliers of electrical machinery in 2024")
    assert answer.reading == (
        "Top partners · imports · electrical machinery and electronics (HS 85) · 2024 · top 5"
    )
    es = default_assistant().ask("importaciones desde México en 2024")
    assert es.reading == "Comercio con un socio en un año · importaciones · desde México · 2024"
