"""Property tests: any text, however random or hostile, gets an Answer and never raises;
text in which nothing was recognised is never answered with numbers."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.service import MESSAGES, default_assistant
from assistant.understand.parse import extract

HOSTILE = st.sampled_from(
    [
        "'; DROP TABLE trade; --",
        "1 OR 1=1",
        "$partner",
        "{value_usd:money}",
        "{0.__class__}",
        "%s%s%s%n",
        "\x00\x01\x02",
        "<img src=x onerror=alert(1)>",
        "../../etc/passwd",
        "SELECT * FROM measures; CREATE TABLE x(a INT)",
        "🇲🇽🇨🇦🇨🇳",
        "ñ" * 50,
        "2024 " * 300,
    ]
)
TEXT = st.one_of(
    st.text(max_size=400), HOSTILE, st.text(alphabet="!@#$%^&*()_+=-[]{};:,.<>/?|~` ", max_size=80)
)
CONTEXTS = st.one_of(
    st.none(),
    st.just({"query_id": "partner_year", "params": {"partner": "2010", "flow": "imports", "year": 2024}}),
    st.just({"query_id": "nonexistent", "params": {"x": 1}}),
    st.just({"query_id": "top_partners", "params": "not a dict"}),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, context=CONTEXTS, lang=st.sampled_from([None, "en", "es", "fr", ""]))
def test_any_text_gets_an_answer_and_never_raises(text, context, lang):
    answer = default_assistant().ask(text, lang=lang, context=context)
    assert answer.status in ("answered", "clarify", "unsupported")
    assert answer.lang in ("en", "es")
    assert isinstance(answer.text, str) and answer.text
    assert answer.text not in (MESSAGES["en"]["error"], MESSAGES["es"]["error"]), "hit a bug path"
    answer.to_dict()  # serialisable structure


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_nothing_recognised_means_no_numbers(text):
    _, slots = extract(text, default_assistant().lexicon, 2024)
    answer = default_assistant().ask(text)
    if slots.recognised == 0 and not slots.years:
        assert answer.status == "unsupported"
        assert answer.value is None and not answer.rows and answer.chart is None


def test_ten_thousand_characters_get_a_clear_message():
    answer = default_assistant().ask("imports from Mexico " * 500)
    assert answer.status == "unsupported" and "1,000 characters" in answer.text
    answer_es = default_assistant().ask("x" * 10_000, lang="es")
    assert "1,000 caracteres" in answer_es.text


def test_broken_context_is_ignored_not_fatal():
    for context in ({"query_id": "nope"}, {"query_id": "partner_year", "params": None}, [1, 2]):
        answer = default_assistant().ask("what about Canada?", context=context)
        assert answer.status in ("answered", "unsupported", "clarify")
        assert answer.text != MESSAGES["en"]["error"]
