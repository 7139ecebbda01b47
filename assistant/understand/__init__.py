"""Understanding: a question -> the one query that answers it exactly, a clarifying question
on a real tie, or a reply that names what cannot be answered.

reader.py reads the question (every word accounted for), interpret.py turns it into one
meaning (follow-ups change only what they name), router.py picks the query whose
declaration honours every element of it, phrasing.py reads the meaning back as "Read as".
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, replace

from assistant import formatting, i18n
from assistant.catalog import Catalog
from assistant.store import Store
from assistant.understand import interpret, router
from assistant.understand import vocabulary as V
from assistant.understand.lexicon import Lexicon, lexicon_for, tokens_of
from assistant.understand.meaning import (
    CANADA,
    CHINA,
    EUROPEAN_UNION,
    MEXICO,
    USMCA,
    WORLD,
    Meaning,
    Period,
    Product,
)
from assistant.understand.phrasing import Phrasing
from assistant.understand.reader import Reading, read, split_questions

ANSWERED, CLARIFY, UNSUPPORTED = "answered", "clarify", "unsupported"
PENDING_QUESTIONS = ("state_or_country", "flow")  # clarifying questions the next reply answers
DATASET_OF = {"atp": "hitech", "naics": "naics", "hs": "hs"}
PROXY_NAMES = {
    "en": {"atp": "Advanced Technology Products (ATP)", "naics": "NAICS industry"},
    "es": {"atp": "Productos de Tecnología Avanzada (ATP)", "naics": "industrias NAICS"},
}


@dataclass(frozen=True)
class Understanding:
    status: str  # answered | clarify | unsupported
    lang: str
    query_id: str | None = None
    params: dict = field(default_factory=dict)
    text: str = ""  # the clarifying question or the reason (not answered)
    options: tuple[str, ...] = ()  # askable questions: clarify readings or suggestions
    reading: str = ""  # "Read as": the question answered
    meaning: Meaning | None = None
    note: str = ""  # said before the answer (the ATP/NAICS proxy)
    corrections: tuple = ()  # (typed, partner code): shown in "Read as"
    claims: tuple = ()  # (measure, number): a claim being checked, shown in "Read as"
    asides: tuple = ()  # background the question came with ("For a memo to the Berlin desk"), shown in "Read as"
    follows: bool = False  # read as a follow-up: the question alone does not say it all
    side_open: bool = False  # a balance rank with no side said: the partner's own balance decides
    pending: str | None = None  # the clarifying question asked ("state_or_country"), answered next turn


def _follows(reading: Reading, previous: Meaning | None) -> bool:
    """Whether the question continues the previous one: it opens like a follow-up ("and …"),
    points back ("that"), is a fragment ("¿y Canadá?") or only asks for other units."""
    named = reading.named
    return previous is not None and (
        reading.follow_up_start
        or named.anaphora
        or interpret.is_fragment(named, len(reading.tokens))
        or interpret.only_units(named)
        or _rank_in_that_ranking(named, previous)
    )


def _rank_in_that_ranking(named, previous: Meaning) -> bool:
    """'Where does Mexico rank?' right after a ranking: its place in that ranking (the same
    goods, period and flow), not among all goods in the latest year."""
    return (
        previous.measure == "top" and set(named.measures) <= {"rank", "level"} and "rank" in named.measures
        and bool(named.partners) and not (named.period or named.relative or named.product or named.flows)
    )  # fmt: skip


# What the sentence of one partner's answer states besides its own measure: a level gives
# the share, the rank and the change from the year before; a rank gives the value and the
# share; a share gives the value.
STATED_WITH = {"level": {"share", "rank", "change"}, "rank": {"level", "share"}, "share": {"level"}}


def _differs_in_one_slot(first: Meaning, other: Meaning) -> bool:
    """The second question changes only the period (perhaps asking how it changed) or only
    the partners of the first: a comparison said in two clauses, not a new measure, flow or goods."""
    a, b = first.with_(replaced=(), earlier=None), other.with_(replaced=(), earlier=None)
    other_period = b.measure in (a.measure, "change") and b.with_(period=a.period, measure=a.measure) == a
    return other_period or b.with_(partners=a.partners, combine=a.combine) == a


def _answered_inside(first: Meaning, other: Meaning) -> bool:
    """Whether the first question's answer already states the second ("… and what share
    was that?", "where does Canada rank, and what is its share?")."""
    if other.measure not in STATED_WITH.get(first.measure, ()):
        return False
    other, first = other.with_(replaced=(), earlier=None), first.with_(replaced=(), earlier=None)
    if other.with_(measure=first.measure, period=first.period) != first:
        return False
    if other.measure != "change":
        return other.period == first.period
    p, q = first.period, other.period
    return p is not None and q is not None and q.kind == "pair" and q.year == p.year and q.start == p.year - 1


_OPTION_ORDINALS = {"first": 0, "primera": 0, "primero": 0, "second": 1, "segunda": 1, "segundo": 1,
                    "third": 2, "tercera": 2, "tercero": 2, "fourth": 3, "cuarta": 3, "cuarto": 3,
                    "last": -1, "ultima": -1, "ultimo": -1}  # fmt: skip
_OPTION_WORDS = {"one", "option", "opcion", "choice", "please", "favor", "porfa", "thanks", "gracias", "ok",
                 "yes", "si"}  # fmt: skip
_OPTION_NUMBERS = {"1": 0, "one": 0, "2": 1, "two": 1, "3": 2, "three": 2, "4": 3, "four": 3}


def _chosen_option(tokens: list[str], options) -> str | None:
    """The offered question a short reply picks: by its place ("the second one", "la
    primera") or by words only that one has ("the Democratic Republic"). None otherwise."""
    if not isinstance(options, list) or not options or len(tokens) > 6:
        return None
    words = {t for t in tokens if t not in V.STOPWORDS and t not in _OPTION_WORDS}
    places = [_OPTION_ORDINALS[t] for t in tokens if t in _OPTION_ORDINALS] or [
        _OPTION_NUMBERS[t] for t in tokens if t in _OPTION_NUMBERS
    ]  # "the first one": the ordinal says it; "option 2": the number
    if len(places) == 1 and words <= set(_OPTION_ORDINALS) | set(_OPTION_NUMBERS):
        return options[places[0]] if -len(options) <= places[0] < len(options) else None
    # every word of the reply is in the option, and one of them is in no other option
    option_words = [set(tokens_of(o)[0]) for o in options]
    picks = [
        i for i, ws in enumerate(option_words)
        if words and words <= ws and words - set().union(*(w for j, w in enumerate(option_words) if j != i))
    ]  # fmt: skip
    return options[picks[0]] if len(picks) == 1 else None


def _country_or_state(tokens: list[str]) -> str | None:
    """A reply in words to "Do you mean the country?": "yes, the country", "el país del
    Cáucaso, no el estado" -> country; "the state", "no, el estado" -> state; else None."""
    # "not the state", "no al estado"; a "no" that opens the reply answers the question instead
    negated = {
        i + k for i, t in enumerate(tokens) if t in ("not", "no", "ni", "nor") and i > 0 for k in (1, 2)
    }
    state = any(t in V.STATE_WORDS and i not in negated for i, t in enumerate(tokens))
    country = any(t in V.COUNTRY_WORDS for t in tokens) or (
        tokens[:1] in (["yes"], ["si"], ["yeah"], ["yep"])
    )
    country = country or any(t in V.STATE_WORDS and i in negated for i, t in enumerate(tokens))
    if country and not state:
        return "country"
    if state and not country:
        return "state"
    return None


def _says_both(tokens: list[str]) -> bool:
    return any(tuple(tokens[i : i + len(b)]) == b for b in V.BOTH for i in range(len(tokens)))


class Understander:
    """Reads questions against one store's names and one catalog's declarations."""

    def __init__(self, store: Store, catalog: Catalog, lexicon: Lexicon | None = None):
        self.store = store
        self.catalog = catalog
        self.lexicon = lexicon or lexicon_for(store)
        self.phrasing = Phrasing(store.partners, store.products)
        total = store.coverage.get(("total", "imports"))
        self.facts = interpret.DataFacts(
            latest_year=store.latest_complete_year() or 2024,
            last_period=total.last_period if total else 202412,
            current_year=datetime.date.today().year,
        )

    # ---- entry point ----------------------------------------------------------------
    def understand(
        self, question: str, lang: str | None = None, context: dict | None = None
    ) -> Understanding:
        context = context if isinstance(context, dict) else {}
        previous = self._previous(context)
        reading = read(question or "", self.lexicon, in_conversation=previous is not None)
        lang = i18n.pick(lang, reading.lang, context.get("lang"))
        words = i18n.UNDERSTAND[lang]
        if not reading.tokens:
            return self._refuse(words["empty"], lang, None)
        named, acc = reading.named, reading.accounting
        if previous is not None and previous.measure in ("top", "products") and not named.anything():
            # "dame 15", "20 please" after a ranking: how many to list
            numbers = [w for w in acc.unknown_words if w.isdigit() and 1 <= int(w) <= 25]
            if len(numbers) == 1 and acc.unknown_words == numbers:
                named.n, acc.unknown_words = int(numbers[0]), []
        reading.flow_asked = context.get("pending") == "flow"  # "imports or exports?" still open
        chosen = _chosen_option(reading.tokens, context.get("options"))
        if chosen is not None:  # a reply that picks one of the questions just offered
            rest = {k: v for k, v in context.items() if k not in ("options", "pending")}
            return replace(self.understand(chosen, lang, rest), follows=True)
        if (
            context.get("pending") == "state_or_country" and previous is not None
            and set(named.partners) <= set(previous.partners)
        ):  # fmt: skip
            choice = _country_or_state(reading.tokens)  # "the country, not the state", "el estado"
            if choice == "country":
                return replace(self._answer(previous, reading, lang), follows=True)
            if choice == "state":
                return self._refuse(words["reasons"]["places"], lang, None)
        two = self._two_questions(question or "", previous, lang)
        if isinstance(two, Understanding):
            return two
        if two:  # two clauses read as one question
            leans = (
                previous is not None
                and two.period == previous.period
                and not (named.period or named.relative)
            )
            meaning, follows = two, _follows(reading, previous) or leans
        else:
            meaning, follows = self._meaning(reading, previous)

        if acc.unavailable:
            reason, _ = acc.unavailable[0]
            if reason == "fiscal_year" and len(acc.unavailable) == 1 and not acc.unknown_words:
                return self._refuse_fiscal(words["reasons"][reason], lang, meaning, reading)
            if reason == "when" and meaning is not None:  # the year-by-year series shows when
                series = self._whole_series(meaning)
                return self._refuse(words["reasons"][reason], lang, series, near=[series])
            # only an HS heading's own digits point at a chapter ("8542" -> 85), never a year
            detail = acc.unavailable[0][1] if reason == "hs_detail" else None
            if reason == "places" and meaning is not None and not named.partners:
                # "exports to Texas": the place stands where a partner would; the previous one is not meant
                meaning = interpret.standalone(named, self.facts).with_(partners=())
            if reason == "one_vs_sum" and meaning is not None:
                meaning = meaning.with_(combine="each")  # offer them side by side, not the sum
            return self._refuse(words["reasons"][reason], lang, meaning, hs_detail=detail)

        if acc.unknown_names:
            return self._unknown_names(acc.unknown_names, lang, meaning)
        if acc.unknown_words:
            quoted = " ".join(acc.unknown_words)
            text = words["unknown_words"].format(words=quoted, those=words["those"][len(quoted.split()) > 1])
            if not reading.trade_question:
                text = words["not_understood"]
            return self._refuse(text, lang, meaning if reading.trade_question else None)
        if acc.ambiguous:
            return self._clarify_tie(acc.ambiguous[0], lang, meaning)
        if (
            previous is None
            and named.anaphora
            and not named.partners
            and meaning.measure not in ("top", "products", "coverage")
        ):
            # "how does that compare with 2022?" with no earlier answer: the world is not what "that" meant
            return self._refuse(words["no_earlier_answer"], lang, None)
        if not (named.asks_something() or (follows and named.anything())):
            return self._refuse(words["not_understood"], lang, None)
        if named.combined and _says_both(reading.tokens) and meaning.partner_shape != "several":
            # "both together" when only one partner is in view: which two is not known
            return self._refuse(words["which_two"], lang, meaning.with_(combine="each"))
        if named.state_or_country:
            return self._clarify_state(lang, meaning)
        if reading.period_problem:
            key = {"mixed": "mixed_periods", "unequal": "unequal_periods"}[reading.period_problem]
            return self._refuse(words[key], lang, None)
        side_open = meaning.measure == "rank" and meaning.flow == "balance" and named.side is None
        return replace(self._answer(meaning, reading, lang), follows=follows, side_open=side_open)

    def _two_questions(
        self, question: str, previous: Meaning | None, lang: str
    ) -> Understanding | Meaning | None:
        """A message asking two different things is not answered as one of them: the reply
        says so and offers each. The second is read as a follow-up of the first, so "… and
        who was the top supplier that year" keeps the first one's year. When the first one's
        answer states the second (a level gives its share, rank and change), the first is the
        meaning to answer; None when the message asks one thing."""
        parts = split_questions(question)
        if parts is None:
            return None
        first = read(parts[0], self.lexicon, in_conversation=previous is not None)
        second = read(parts[1], self.lexicon, in_conversation=True)
        if not (first.named.asks_something() and second.named.asks_something()):
            return None  # "… and how much?", "… and what about 2024?": one question, read whole
        one, _ = self._meaning(first, previous)
        other = interpret.follow_up(one, second.named, self.facts)
        if other == one:
            return None
        if other.measure == "share" and other.partners == (WORLD,):
            other = other.with_(partners=one.partners)  # "share of total imports": the world is the whole
        if _answered_inside(one, other):
            # one answer states both: the figure asked beyond a level ("… and what share was
            # that?" gives the share, with the level in its sentence), else the first asked
            return other if one.measure == "level" else one
        if _differs_in_one_slot(one, other):
            return None  # "exports to Brazil in 2020 and how much in 2021?": one question, read whole
        return self._refuse(
            i18n.UNDERSTAND[lang]["two_questions"], lang, None, near=[one, other], only_near=True
        )

    # ---- meaning ----------------------------------------------------------------------
    def _previous(self, context: dict) -> Meaning | None:
        data = context.get("meaning")
        if not isinstance(data, dict):
            return None
        return Meaning.from_dict(data, self.store.partners, self.store.products)

    def _meaning(self, reading: Reading, previous: Meaning | None) -> tuple[Meaning, bool]:
        """The meaning, and whether it leans on the conversation: a follow-up, or a new
        question that took the conversation's period (a shared link then asks it in full)."""
        if _follows(reading, previous):
            return interpret.follow_up(previous, reading.named, self.facts), True
        m = interpret.standalone(reading.named, self.facts)
        named = reading.named
        if (
            previous is not None and previous.period is not None and previous.period.kind in ("year", "months")
            and not (named.period or named.relative or named.base is not None) and m.measure not in ("trend", "coverage")
        ):  # fmt: skip
            # a new question in a conversation about 2023 that names no period is about 2023 too
            return interpret.complete(m.with_(period=previous.period)), True
        return m, False

    def _answer(self, meaning: Meaning, reading: Reading, lang: str) -> Understanding:
        planned = self._plan(meaning, reading, lang)
        if planned.status == UNSUPPORTED:
            options = self._fill([], planned.meaning, lang, first=list(planned.options))
            return replace(planned, options=tuple(options), meaning=None)
        return planned

    def _plan(self, meaning: Meaning, reading: Reading, lang: str) -> Understanding:
        """The query and parameters, a clarifying question, or a refusal whose `meaning` is
        the nearest thing to offer instead (suggestions are filled by the caller)."""
        words = i18n.UNDERSTAND[lang]

        def refuse(text: str, near: Meaning | None, offered: tuple[str, ...] = ()) -> Understanding:
            return Understanding(UNSUPPORTED, lang, text=text, meaning=near, options=offered)

        if meaning.flow == "several":
            return refuse(words["several_flows"], meaning.with_(flow=None))
        if meaning.period and meaning.period.kind == "months" and meaning.period.first_month == 0:
            return refuse(words["months_across_years"], meaning.with_(period=None))
        if meaning.combine == "combined" and any(
            self.store.partners[p].kind != "country" and p != USMCA for p in meaning.partners
        ):
            return refuse(words["combine_groups"], meaning.with_(combine="each"))
        note = ""
        product = meaning.product
        if (
            product
            and product.kind in ("atp", "naics")
            and not self.store.has(DATASET_OF[product.kind], "imports")
        ):
            # the HS-chapter questions the query's authors offer while its data is missing
            would = router.route(meaning, self.catalog)
            offered = tuple(would.query.fallback.get(lang, [])) if isinstance(would, router.Route) else ()
            if product.kind == "atp" and meaning.flow == "balance":
                return refuse(words["atp_balance"], meaning.with_(product=None), offered)
            proxy = interpret.proxy_product(product, self.catalog.proxies)
            name = self._proxy_name(product, lang)
            if proxy is None:
                return refuse(words["no_proxy"].format(name=name), meaning.with_(product=None), offered)

            meaning = meaning.with_(product=proxy)
            note = words["proxy"].format(family=PROXY_NAMES[lang][product.kind], name=name,
                                         label=self.phrasing.product(proxy, lang))  # fmt: skip
        if reading.named.items and meaning.product and meaning.product.kind == "hs":
            items = formatting.join([f"“{item}”" for item in dict.fromkeys(reading.named.items)], lang)
            several = len(meaning.product.codes) > 1
            note = words["item"][several].format(
                items=items, label=self.phrasing.product(meaning.product, lang)
            )
        clarify = self._needs_clarifying(meaning, reading, lang)
        if clarify:
            return clarify

        found = router.route(meaning, self.catalog)
        if isinstance(found, router.Gap) and product and product.kind == "tech":
            # technology goods as a group: the four chapters summed, when the panel does not fit
            meaning = meaning.with_(product=Product("hs", product.codes))
            found = router.route(meaning, self.catalog)
        if isinstance(found, router.Gap):
            return refuse(self._gap_text(found, meaning, lang), meaning)
        return Understanding(ANSWERED, lang, query_id=found.query.id, params=found.params, meaning=meaning,
                             note=note, corrections=tuple(reading.accounting.corrections),
                             claims=tuple(reading.named.claims),
                             asides=tuple(reading.accounting.asides))  # fmt: skip

    def reading(self, u: Understanding, resolved: dict) -> str:
        """'Read as', with the period the query actually used when the question named none."""
        m = u.meaning
        if m.period is None or (m.period.kind == "span" and m.period.start is None):
            m = m.with_(period=period_of(resolved) or m.period)  # "up to 2022": from the query's first year
        return self.phrasing.reading(m, u.lang, u.corrections, u.claims, u.asides)

    def asked_as(self, u: Understanding, resolved: dict) -> str:
        """The question on its own, for a link or a page address: a follow-up ("what about
        Canada?") written out in full, so it asks the same thing in a fresh conversation."""
        m = u.meaning
        if m.period is None:
            m = m.with_(period=period_of(resolved))
        return self.phrasing.question(m, u.lang)

    def _as_asked(self, m: Meaning) -> Meaning:
        """An offered question names its year (the latest), so the button says what it asks."""
        if (
            m.period is None
            and m.measure not in ("trend", "coverage")
            and not (m.measure == "share" and m.partner_shape == "several")
        ):
            return m.with_(period=Period("year", year=self.facts.latest_year))
        return m

    def _proxy_name(self, product: Product, lang: str) -> str:
        if product.codes:
            dataset = DATASET_OF[product.kind]
            return self.store.products[(dataset, product.codes[0])].name(lang)
        return PROXY_NAMES[lang][product.kind]

    # ---- clarifying on a real tie -------------------------------------------------------
    def _needs_clarifying(self, m: Meaning, reading: Reading, lang: str) -> Understanding | None:
        named = reading.named
        words = i18n.UNDERSTAND[lang]["clarify"]
        partners = [p for p in m.partners if p != WORLD]
        bare = not (set(named.measures) - {"level"} or named.compare or named.n)
        if (m.measure == "level" and m.flow is None and partners and m.product is None
                and (named.trade_word or (bare and named.partners) or reading.flow_asked)):  # fmt: skip
            # "trade with Mexico", a bare "Peru": imports, exports, the balance or total trade?
            options = [self.phrasing.question(self._as_asked(m.with_(flow=f)), lang)
                       for f in ("imports", "exports", "balance", "total")]  # fmt: skip
            name = self.phrasing.partner(partners[0], lang)
            # the meaning so far goes with the question: "imports, 2023" then completes it
            return Understanding(
                CLARIFY,
                lang,
                text=words["flow"].format(partner=name),
                options=tuple(options),
                meaning=m,
                pending="flow",
            )
        if m.measure == "share" and not partners and isinstance(router.route(m, self.catalog), router.Gap):
            options = [self.phrasing.question(self._as_asked(m.with_(partners=(p,))), lang)
                       for p in (MEXICO, CANADA, CHINA)]  # fmt: skip

            return Understanding(CLARIFY, lang, text=words["partner"], options=tuple(options))
        return None

    def _clarify_tie(self, tie: tuple, lang: str, m: Meaning) -> Understanding:
        kind, readings = tie
        words = i18n.UNDERSTAND[lang]["clarify"]
        if kind == "product":
            options = [self.phrasing.question(self._as_asked(m.with_(product=Product("hs", (c,)))), lang)
                       for c in readings]  # fmt: skip
            return Understanding(CLARIFY, lang, text=words["product"], options=tuple(options), meaning=m)
        if kind == "eu":
            with_eu = m.with_(partners=m.partners + (EUROPEAN_UNION,))

            options = [self.phrasing.question(self._as_asked(with_eu), lang),
                       self.phrasing.question(self._as_asked(m), lang)]  # fmt: skip
            return Understanding(
                CLARIFY, lang, text=words["eu"], options=tuple(dict.fromkeys(options)), meaning=m
            )
        if m.measure == "top" and not m.partners:  # "where do we rank?": the partner's place in the ranking
            m = m.with_(measure="rank", n=None, order=None)
        options = [self.phrasing.question(self._as_asked(m.with_(partners=m.partners + (c,))), lang)
                   for c in readings]  # fmt: skip
        # the meaning travels in the context, so a reply that names one ("knitted", "Canada")
        # keeps the rest of the question
        return Understanding(
            CLARIFY,
            lang,
            text=words["we" if kind == "we" else "partner_tie"],
            options=tuple(options),
            meaning=m,
        )

    def _refuse_fiscal(self, text: str, lang: str, m: Meaning, reading: Reading) -> Understanding:
        """'FY23': the data is by calendar year; the calendar year is offered first."""

        fiscal = reading.named.fiscal_year
        calendar = m.with_(period=Period("year", year=fiscal)) if fiscal else m
        option = self.phrasing.question(self._as_asked(calendar), lang)
        near = [option] if self._offerable(calendar) else []
        return Understanding(UNSUPPORTED, lang, text=text, options=tuple(self._fill([], m, lang, first=near)))

    def _clarify_state(self, lang: str, m: Meaning) -> Understanding:
        """'Georgia': the country (in the data) or the U.S. state (not in it)?"""
        text = i18n.UNDERSTAND[lang]["clarify"]["state"]
        flows = [m.flow] if m.flow else ["imports", "exports"]
        options = [self.phrasing.question(self._as_asked(m.with_(flow=f)), lang) for f in flows]
        return Understanding(
            CLARIFY, lang, text=text, options=tuple(options), meaning=m, pending="state_or_country"
        )

    # ---- not answered -----------------------------------------------------------------
    def _unknown_names(self, names: list[str], lang: str, m: Meaning) -> Understanding:
        words = i18n.UNDERSTAND[lang]
        if len(names) == 1:
            text = words["unknown_name"].format(name=names[0])
        else:
            text = words["unknown_names"].format(names=formatting.join([f"“{n}”" for n in names], lang))
        near = [m.with_(partners=m.partners + (c,)) for c in self.lexicon.close_names(names[0])]
        near = [x for x in near if self._offerable(x)]
        if near and set(self.lexicon.near_typos(names[0])) & {x.partners[-1] for x in near}:
            # a slip away from real names ("eslovenquia"): ask which, each as a button

            text += words["close_names"]
            options = [self.phrasing.question(self._as_asked(x), lang) for x in near]
            return Understanding(CLARIFY, lang, text=text, options=tuple(options))
        return Understanding(UNSUPPORTED, lang, text=text, options=tuple(self._fill(near, m, lang)))

    def _refuse(
        self,
        text: str,
        lang: str,
        m: Meaning | None,
        hs_detail: str | None = None,
        near: list | None = None,
        only_near: bool = False,
    ) -> Understanding:
        near = [x for x in near or [] if self._offerable(x)]
        if m is not None and hs_detail:  # HS 8471: the chapter it belongs to
            digits = "".join(ch for ch in hs_detail if ch.isdigit())
            if len(digits) >= 4 and ("hs", digits[:2]) in self.store.products:
                near.append(m.with_(product=Product("hs", (digits[:2],))))
        if only_near:  # the reply offers exactly these ("ask them one by one"), nothing else
            offered = [self.phrasing.question(self._as_asked(x), lang) for x in near]
            return Understanding(UNSUPPORTED, lang, text=text, options=tuple(dict.fromkeys(offered)))
        return Understanding(UNSUPPORTED, lang, text=text, options=tuple(self._fill(near, m, lang)))

    def _whole_series(self, m: Meaning) -> Meaning:
        """The same partners and flow year by year over all the years the data has."""
        dataset = "hs" if m.product is not None and m.product.kind == "hs" else "total"
        entry = self.store.coverage.get((dataset, "imports"))
        start = entry.first_period // 100 if entry else self.facts.latest_year - 10
        span = Period("span", start=start, year=self.facts.latest_year)
        return interpret.complete(m.with_(measure="trend", period=span, n=None))

    def nearby(self, m: Meaning, lang: str) -> list[str]:
        """Questions to offer when the data cannot answer this meaning (a year outside it):
        the same question at the nearest years the data has first."""
        near = []
        p = m.period
        entry = self.store.coverage.get(("hs" if m.product else "total", "imports"))
        if p is not None and entry is not None:
            low, high = entry.first_period // 100, self.facts.latest_year

            def inside(y):
                return None if y is None else min(max(y, low), high)

            moved = replace(p, year=inside(p.year), start=inside(p.start),
                            years=tuple(dict.fromkeys(inside(y) for y in p.years)))  # fmt: skip
            if moved != p and not (moved.kind == "pair" and moved.year == moved.start):
                near.append(m.with_(period=moved))
        return self._fill(near, m, lang)

    def _fill(self, near: list[Meaning], m: Meaning | None, lang: str, first: list[str] = ()) -> list[str]:
        """Two or three askable questions near what was asked (the starters if none), each
        one checked to route and to have data; `first` are reviewed ones from a query file."""
        out: list[str] = list(first)[:3]

        candidates = [x for x in near if self._offerable(x)] + (list(self._relaxed(m)) if m else [])
        for variant in candidates:
            text = self.phrasing.question(self._as_asked(variant), lang)
            if text not in out:
                out.append(text)
            if len(out) >= 3:
                break
        for starter in self.catalog.starters(lang):
            if len(out) >= 3:
                break
            if starter not in out:
                out.append(starter)
        return out[:3]

    def _relaxed(self, m: Meaning):
        """The meaning with one element let go at a time, most specific first."""
        candidates = [
            m,  # itself, when what stopped it lies outside the meaning (an unknown word)
            m.with_(product=None) if m.product else None,
            m.with_(period=None) if m.period else None,
            m.with_(partners=m.partners[:1]) if len(m.partners) > 1 else None,
            m.with_(combine="each"),
            m.with_(n=None, order=None),
            m.with_(measure="level", n=None, order=None, side=None),
            m.with_(flow="imports") if m.flow not in (None, "imports") else None,
            m.with_(partners=(), measure="top", n=None) if m.partners else None,
        ]
        seen = set()
        for c in candidates:
            if c is not None and c not in seen:
                seen.add(c)
                if self._offerable(c):
                    yield interpret.complete(c)

    def _offerable(self, m: Meaning) -> bool:
        """Whether a question built from this meaning would be answered: a query takes it and
        the data has its product and years."""
        m = interpret.complete(self._as_asked(m))
        if m.flow == "several" or not isinstance(router.route(m, self.catalog), router.Route):
            return False
        dataset = DATASET_OF.get(m.product.kind, "hs") if m.product and m.product.kind != "tech" else "total"
        if m.product and m.product.kind == "tech":
            dataset = "hs"
        entry = self.store.coverage.get((dataset, "imports"))
        if entry is None or (dataset == "hs" and m.flow in ("exports", "balance", "total")):
            return False
        years = {y for y in (m.period.year, m.period.start) if y} | set(m.period.years) if m.period else set()
        return all(entry.first_period // 100 <= y <= entry.last_period // 100 for y in years)

    def _gap_text(self, gap: router.Gap, m: Meaning, lang: str) -> str:
        words = i18n.UNDERSTAND[lang]
        el = router.elements(m)
        measure = words["measures"][m.measure]
        fields = {
            "measure": measure,
            "Measure": measure[:1].upper() + measure[1:],
            "partners": words["partner_shapes"][el["partners"]],
            "period": words["period_shapes"].get(el["period"], el["period"]),
            "product": words["product_kinds"].get(el["product"], ""),
            "flow": i18n.FLOWS[lang].get(m.flow or "imports", ""),
        }
        return words["gap"][gap.element].format(**fields)


def period_of(params: dict) -> Period | None:
    """The period a query's resolved parameters describe."""
    if params.get("years"):
        return Period("years", years=tuple(params["years"]))
    if params.get("start_year") and params.get("end_year"):
        return Period("span", start=params["start_year"], year=params["end_year"])
    if not isinstance(params.get("year"), int):
        return None
    m1, m2 = params.get("first_month") or 1, params.get("last_month") or 12
    if isinstance(params.get("base_year"), int):
        return Period("pair", year=params["year"], start=params["base_year"], first_month=m1, last_month=m2)
    return Period(
        "months" if (m1, m2) != (1, 12) else "year", year=params["year"], first_month=m1, last_month=m2
    )


__all__ = ["ANSWERED", "CLARIFY", "UNSUPPORTED", "Understanding", "Understander", "WORLD"]
