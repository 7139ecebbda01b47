"""question -> (query id, params) | clarify | unsupported, in English or Spanish.

Deterministic and offline: the lexicon finds partners, products, flows, times and
measures; a short list of rules, in priority order, picks the verified query. A question
that only changes one thing ("what about Canada?", "¿y en 2019?") is read against the
previous query in `context`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.understand import vocabulary as V
from assistant.understand.lexicon import US_FORMS, Lexicon, Match, normalise

MAX_CHARS = 1000  # longer input is read up to here; the API rejects it outright
ANSWERED, CLARIFY, UNSUPPORTED = "answered", "clarify", "unsupported"
PRODUCT_PARAMS = ("chapter", "category", "naics")


@dataclass(frozen=True)
class Parse:
    status: str  # answered (a query to run) | clarify | unsupported
    lang: str
    query_id: str | None = None
    params: dict = field(default_factory=dict)
    text: str = ""  # the clarifying question or the reason
    options: tuple[str, ...] = ()  # askable questions: clarify options or suggestions


@dataclass
class Slots:
    """Everything recognised in one question."""

    partners: list[str] = field(default_factory=list)
    partner_at: list[int] = field(default_factory=list)
    partner_first_at: dict[str, int] = field(default_factory=dict)
    hs: list[str] = field(default_factory=list)
    hs_ambiguous: tuple | None = None
    atp: list[str] = field(default_factory=list)
    atp_generic: bool = False
    naics: list[str] = field(default_factory=list)
    tech: bool = False
    flows: list[str] = field(default_factory=list)
    flow_words: list[str] = field(default_factory=list)
    sell: bool = False
    buy_who: bool = False
    bare_trade: bool = False
    intents: set[str] = field(default_factory=set)
    years: list[int] = field(default_factory=list)
    year_range: tuple[int, int] | None = None
    since: int | None = None
    month: int | None = None
    n: int | None = None
    last_year: bool = False
    out_of_scope: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    reporter_at: list[int] = field(default_factory=list)
    recognised: int = 0
    append: bool = False

    @property
    def product(self) -> tuple[str, str] | None:
        if self.hs:
            return "chapter", self.hs[0]
        if self.atp:
            return "category", self.atp[0]
        if self.naics:
            return "naics", self.naics[0]
        return None


# ---- language ---------------------------------------------------------------------------
def detect_language(question: str, tokens: list[str]) -> str | None:
    """'es' or 'en' when the words say so, else None (the caller picks a default)."""
    if re.search(r"[¿¡ñáéíóú]", question.lower()):
        return "es"
    es = sum(t in V.SPANISH_MARKERS for t in tokens)
    en = sum(t in V.ENGLISH_MARKERS for t in tokens)
    if es > en:
        return "es"
    if en > es:
        return "en"
    return None


# ---- slot extraction --------------------------------------------------------------------
_YEAR = r"((?:19|20)\d{2})"
_RANGE_PATTERNS = [
    re.compile(rf"\b(?:from|de|between|entre|del)\s+{_YEAR}\s+(?:to|and|a|y|through|until|hasta|al|thru)\s+{_YEAR}\b"),
    re.compile(rf"\b{_YEAR}\s+(?:to|a|al|through|hasta|thru)\s+{_YEAR}\b"),
]  # fmt: skip
_SINCE = re.compile(
    rf"\b(?:since|desde|after|a partir de|despues de|starting|from)\s+(?:el\s+)?(?:ano\s+)?{_YEAR}\b"
)
_LAST_N_YEARS = re.compile(r"\b(?:last|past|previous|ultimos|los ultimos)\s+(\d{1,2}|\w+)\s+(?:years|anos)\b")
_DECADE = re.compile(r"\b(?:last|past)\s+decade\b|\bultima decada\b|\bla ultima decada\b")
_LAST_YEAR = re.compile(
    r"\b(?:last year|previous year|past year|el ano pasado|ano pasado|el ultimo ano|ultimo ano completo|latest year|most recent year|ano anterior)\b"
)
_HS_CODE = re.compile(r"\b(?:hs|chapter|capitulo|cap|sa|heading|partida)\s*(\d{1,2})\b")
_NAICS_CODE = re.compile(r"\bnaics\s*(\d{3,4})\b|\bscian\s*(\d{3,4})\b")
# Lookaheads, so "the top 3" is not swallowed as "the top" before "top 3" is seen.
_TOP_N = re.compile(
    r"\b(?=(?:top|los|las|primeros|primeras|principales|mayores|largest|biggest|leading|main)\s+(\d{1,2}|[a-z]+)\b)"
    r"|\b(?=(\d{1,2}|[a-z]+)\s+(?:principales|mayores|largest|biggest|leading|main|top|primeros|most)\b)"
)
_APPEND = re.compile(r"\b(?:add|also add|too|as well|tambien|agrega|anade|sumale)\b")


def extract(question: str, lexicon: Lexicon, latest_year: int) -> tuple[list[str], Slots]:
    text = normalise(question[:MAX_CHARS])
    tokens = text.split()
    s = Slots()
    # codes and numbers first: they are unambiguous
    for m in _HS_CODE.finditer(text):
        code = f"{int(m.group(1)):02d}"
        if ("hs", code) in lexicon.products:
            s.hs.append(code)
    for m in _NAICS_CODE.finditer(text):
        code = m.group(1) or m.group(2)
        if ("naics", code) in lexicon.products:
            s.naics.append(code)
    for pattern in _RANGE_PATTERNS:
        m = pattern.search(text)
        if m:
            s.year_range = (int(m.group(1)), int(m.group(2)))
            break
    m = _SINCE.search(text)
    if m and not s.year_range:
        s.since = int(m.group(1))
    m = _LAST_N_YEARS.search(text)
    if m and not s.year_range:
        n = int(m.group(1)) if m.group(1).isdigit() else V.NUMBER_WORDS.get(m.group(1))
        if n:
            s.year_range = (latest_year - n + 1, latest_year)
    if _DECADE.search(text) and not s.year_range:
        s.year_range = (latest_year - 9, latest_year)
    if _LAST_YEAR.search(text):
        s.last_year = True
    s.years = [int(y) for y in re.findall(rf"\b{_YEAR}\b", text)]
    for m in _TOP_N.finditer(text):
        raw = m.group(1) or m.group(2)
        n = int(raw) if raw.isdigit() else V.NUMBER_WORDS.get(raw)
        if n and 1 <= n <= 50:
            s.n = n
            break
    s.append = bool(_APPEND.search(text))

    code_spans = {i for i, t in enumerate(tokens) if t.isdigit()}
    for match in lexicon.scan(tokens):
        _apply(s, match, tokens, code_spans)
    # ISO codes count only when typed in capitals ("DE" is a country, "de" a preposition)
    for iso in re.findall(r"\b[A-Z]{2,3}\b", US_FORMS.sub(" ", question[:MAX_CHARS])):
        code = lexicon.iso_codes.get(iso)
        if code and code not in s.partners:
            s.partners.append(code)
            at = tokens.index(iso.lower()) if iso.lower() in tokens else len(tokens)
            s.partner_first_at.setdefault(code, at)
            s.recognised += 1
    # partners in the order the question names them ("CHN y MEX": China first)
    s.partners.sort(key=lambda c: s.partner_first_at.get(c, len(tokens)))
    if {"percentage", "percent"} & set(tokens) and not s.intents & {"growth"}:
        s.intents.add("share")  # "what percentage of US imports…"; "percentage growth" is growth
    if s.bare_trade and not s.flows and {"total", "two", "bilateral", "overall"} & set(tokens):
        s.flows.append("total")  # "total US trade", "two-way goods trade": words need not be adjacent
    if {"data", "datos", "dataset"} & set(tokens) and {"months", "meses", "years", "anos", "period",
                                                       "periodo", "periods", "covered", "cover"} & set(tokens):  # fmt: skip
        s.intents.add("coverage")
        s.recognised += 1
    return tokens, s


def _add_once(items: list, value) -> None:
    if value not in items:
        items.append(value)


def _apply(s: Slots, m: Match, tokens: list[str], code_spans: set[int]) -> None:
    kind, value = m.kind, m.value
    if kind == "partner":
        # "eu" is the United States in Spanish questions (EU = Estados Unidos) — see parse()
        _add_once(s.partners, value)
        s.partner_at.append(m.start)
        s.partner_first_at.setdefault(value, m.start)
    elif kind == "hs":
        _add_once(s.hs, value)
    elif kind == "hs_ambiguous":
        s.hs_ambiguous = value
    elif kind == "atp":
        _add_once(s.atp, value)
    elif kind == "atp_generic":
        s.atp_generic = True
    elif kind == "naics":
        _add_once(s.naics, value)
    elif kind == "tech":
        s.tech = True
    elif kind == "flow":
        _add_once(s.flows, value)
        s.flow_words.append(" ".join(tokens[m.start : m.end]))
        if value == "imports" and tokens[m.start] in ("buy", "buys", "bought", "buying"):
            s.buy_who = True
    elif kind == "sell":
        s.sell = True
    elif kind == "trade":
        s.bare_trade = True
    elif kind == "intent":
        s.intents.add(value)
    elif kind == "reporter":
        s.reporter_at.append(m.start)
        return
    elif kind == "month":
        # 'may', 'mar', 'jan' ... count as months only next to a year or after 'in'/'en'
        near_year = any(j in code_spans for j in (m.start - 1, m.end, m.end + 1))
        after_in = m.start > 0 and tokens[m.start - 1] in ("in", "en", "de", "of", "for")
        long_name = len(tokens[m.start]) > 4 and tokens[m.start] not in ("march", "marzo")
        if near_year or (after_in and long_name):
            s.month = value
        else:
            return
    elif kind == "out_of_scope":
        s.out_of_scope.append(value)
    elif kind == "place":
        s.places.append(value)
    s.recognised += 1


# ---- outcomes -----------------------------------------------------------------------------
REASONS = {
    "en": {
        "services": "This assistant covers trade in goods only; services trade is not in the Census goods data it uses.",
        "forecast": "This assistant reports recorded Census figures only; it does not forecast or project.",
        "investment": "This assistant covers goods trade, not investment flows.",
        "tariffs": "Tariff rates and duties are not in the Census trade data this assistant uses.",
        "macro": "That is not in the Census goods trade data this assistant uses (values are U.S. dollars, not adjusted for inflation).",
        "ports": "The data is by partner country, not by U.S. state, port, district or province.",
        "not_understood": "I could not match that to a question I can answer from the Census trade data.",
        "empty": "Please type a question about U.S. goods trade with Mexico, Canada, China or other partners.",
    },
    "es": {
        "services": "Este asistente cubre solo el comercio de bienes; el comercio de servicios no está en los datos del Censo que usa.",
        "forecast": "Este asistente informa solo cifras registradas por el Censo; no hace pronósticos ni proyecciones.",
        "investment": "Este asistente cubre el comercio de bienes, no los flujos de inversión.",
        "tariffs": "Los aranceles no están en los datos de comercio del Censo que usa este asistente.",
        "macro": "Eso no está en los datos de comercio de bienes del Censo que usa este asistente (valores en dólares, sin ajuste por inflación).",
        "ports": "Los datos son por país socio, no por estado, puerto, distrito o provincia de EE.UU.",
        "not_understood": "No pude relacionar eso con una pregunta que pueda responder con los datos de comercio del Censo.",
        "empty": "Escribe una pregunta sobre el comercio de bienes de EE.UU. con México, Canadá, China u otros socios.",
    },
}  # fmt: skip
CLARIFY = {
    "en": {
        "flow": "Do you mean U.S. imports from, exports to, the trade balance with, or total trade with {partner}?",
        "partner": "Which partner's share do you mean?",
        "product": "Which of these do you mean?",
    },
    "es": {
        "flow": "¿Te refieres a las importaciones de EE.UU. desde {partner}, las exportaciones a {partner}, la balanza comercial o el comercio total?",
        "partner": "¿La participación de qué socio?",
        "product": "¿Cuál de estos te interesa?",
    },
}  # fmt: skip


def unsupported(reason: str, lang: str) -> Parse:
    """A refusal with its reason; the caller offers askable questions beside it."""
    return Parse(UNSUPPORTED, lang, text=REASONS[lang][reason])


def _flow_options(partner: str, year: int, lang: str) -> tuple[str, ...]:
    if lang == "es":
        return (
            f"importaciones de EE.UU. desde {partner} en {year}",
            f"exportaciones de EE.UU. a {partner} en {year}",
            f"balanza comercial de EE.UU. con {partner} en {year}",
            f"comercio total de EE.UU. con {partner} en {year}",
        )
    return (
        f"US imports from {partner} in {year}",
        f"US exports to {partner} in {year}",
        f"US trade balance with {partner} in {year}",
        f"Total US trade with {partner} in {year}",
    )


# ---- the rules ----------------------------------------------------------------------------
def choose_flow(s: Slots, tokens: list[str], default: str = "imports") -> str:
    if "balance" in s.flows:
        return "balance"
    if "total" in s.flows:
        return "total"
    top_like = "top" in s.intents
    if s.sell:
        # Word order varies ("le vende EE.UU. a China"): the preposition decides —
        # "to the US" / "a EU" means U.S. imports; "to China" / "a China" means U.S. exports.
        to_words = ("to", "a", "al", "hacia")
        if any(i > 0 and tokens[i - 1] in to_words for i in s.reporter_at):
            return "imports"
        if any(i > 0 and tokens[i - 1] in to_words for i in s.partner_at):
            return "exports"
        # "who sells the most X to the US" / "quién le vende a EU" -> U.S. imports;
        # "what does the US sell to Mexico" -> U.S. exports.
        sell_at = next(i for i, t in enumerate(tokens) if t in V.SELL_WORDS)
        reporter_after = any(i > sell_at for i in s.reporter_at)
        reporter_before = any(i < sell_at for i in s.reporter_at)
        if (top_like or reporter_after) and not reporter_before:
            return "imports"
        if not s.flows:
            return "exports"
    if s.buy_who and top_like and s.reporter_at and not any(f == "exports" for f in s.flows):
        # "who buys the most from the US" -> U.S. exports
        buy_at = next(i for i, t in enumerate(tokens) if t in ("buy", "buys", "bought", "buying"))
        if any(i > buy_at for i in s.reporter_at) and tokens[0] in ("who", "which", "what"):
            return "exports"
    if s.flows:
        return s.flows[0]
    return default


def _years(s: Slots, latest: int) -> tuple[int | None, int | None, int | None]:
    """(single year, range start, range end) as asked."""
    if s.year_range:
        return None, s.year_range[0], s.year_range[1]
    if s.since:
        return None, s.since, latest
    year = s.years[-1] if s.years else (latest if s.last_year else None)
    return year, None, None


def rules(s: Slots, tokens: list[str], lang: str, lexicon: Lexicon, latest: int) -> Parse:
    """The intent decision for a stand-alone question."""
    intents = s.intents
    flow = choose_flow(s, tokens)
    if not s.flows and not s.sell and s.bare_trade and "share" in intents:
        flow = "total"  # "share of US trade"
    if not _asks_about_trade(s):
        return unsupported("not_understood", lang)
    year, start, end = _years(s, latest)
    product = s.product
    partners = s.partners

    def q(query_id: str, **p) -> Parse:
        return Parse(ANSWERED, lang, query_id, {k: v for k, v in p.items() if v is not None})

    if "coverage" in intents and not partners and not product:
        return q("data_coverage")

    if s.hs_ambiguous and not product:
        opts = []
        for code in s.hs_ambiguous:
            name = lexicon.products[("hs", code)].name(lang)
            opts.append(
                f"Top suppliers of {name} (HS {code}) in {year or latest}"
                if lang == "en"
                else f"principales proveedores de {name} (capítulo {code}) en {year or latest}"
            )
        return Parse(CLARIFY, lang, text=CLARIFY[lang]["product"], options=tuple(opts))

    # Advanced Technology Products: the balance story, or suppliers in a category.
    if s.atp_generic or (s.atp and ("net_importer" in intents or "balance" in s.flows)):
        if not partners and ("balance" in s.flows or "net_importer" in intents or not s.atp
                             or "share" in intents):  # fmt: skip
            cat = s.atp[0] if s.atp else None
            return q("atp_balance", year=year, category=cat)
    tech_chapters = [c for c in s.hs if c in ("84", "85", "88", "90")]
    if len(tech_chapters) >= 2 and not (intents & {"trend", "growth", "rank"}) and not start:
        return q("tech_supplier_shares", year=year)
    if product:
        pname, pcode = product
        scoped = {pname: pcode}
        bloc = _bloc(partners)
        if bloc and (intents & {"share", "trend", "compare"} or start):
            return q("bloc_share_trend", flow=_share_flow(flow), start_year=start,
                     end_year=end, **scoped)  # fmt: skip
        if partners and "rank" in intents:
            return q("partner_rank", partner=partners[0], flow=_share_flow(flow), year=year,
                     **scoped)  # fmt: skip
        if partners and "top" not in intents or (partners and "share" in intents):
            return q("partner_share", partner=partners[0], flow=_share_flow(flow), year=year,
                     **scoped)  # fmt: skip
        return q("top_partners", flow=flow, year=year, n=s.n, **scoped)

    if s.tech:
        if not (intents & {"trend", "growth"}) and not start:
            return q("tech_supplier_shares", year=year)

    if "ytd" in intents:
        return q("ytd", partner=partners[0] if partners else "-", flow=flow)

    if s.month and (s.years or s.last_year):
        return q("partner_month", partner=partners[0] if partners else "-", flow=flow,
                 year=year, month=s.month)  # fmt: skip

    # "top 10 imports from Canada", "main US imports from Taiwan": chapters, not partners
    goods_nouns = {"imports", "importaciones", "import", "purchases", "compras"}
    if ("top" in intents and len(partners) == 1 and partners != ["-"] and s.flows == ["imports"]
            and set(s.flow_words) <= goods_nouns and not intents & {"share", "rank", "trend"}):  # fmt: skip
        return q("partner_top_products", partner=partners[0], year=year, n=s.n)
    imports_only = set(s.flows) <= {"imports"} and not s.sell
    if "products" in intents and partners and imports_only and not intents & {"share", "rank", "trend"}:
        return q("partner_top_products", partner=partners[0], year=year, n=s.n)
    if "products" in intents and "top" in intents and not partners and imports_only:
        return q("partner_top_products", partner="-", year=year, n=s.n)

    bloc = _bloc(partners)
    if bloc and (intents & {"share", "trend", "compare"} or start):
        return q("bloc_share_trend", flow=_share_flow(flow), start_year=start, end_year=end)

    if "share" in intents:
        if not partners:
            if "top" in intents:
                return q("top_partners", flow=flow, year=year, n=s.n)
            opts = [
                f"{n}'s share of US imports in {year or latest}"
                if lang == "en"
                else f"participación de {n} en las importaciones de EE.UU. en {year or latest}"
                for n in (lexicon.partners[c].name(lang) for c in ("2010", "1220", "5700"))
            ]
            return Parse(CLARIFY, lang, text=CLARIFY[lang]["partner"], options=tuple(opts))
        if len(partners) >= 2:  # each partner's share, side by side
            if start:
                return q("partner_trend", partners=partners[:8], flow=flow, start_year=start, end_year=end)
            return q("compare_partners", partners=partners[:8], flow=_share_flow(flow), year=year)
        if start:
            return q("partner_share", partner=partners[0], flow=_share_flow(flow), year=end)
        return q("partner_share", partner=partners[0], flow=_share_flow(flow), year=year)

    if "rank" in intents and partners:
        return q("partner_rank", partner=partners[0], flow=_share_flow(flow), year=year)

    if "growth" in intents and partners:
        if s.years and len(s.years) >= 2 and not start:
            start, end = min(s.years[:2]), max(s.years[:2])
        return q("partner_growth", partner=partners[0], flow=_share_flow(flow),
                 start_year=start, end_year=end or year)  # fmt: skip

    if len(partners) >= 2 or ("compare" in intents and partners):
        if start or intents & {"trend", "growth"}:
            return q("partner_trend", partners=partners[:8], flow=flow, start_year=start,
                     end_year=end)  # fmt: skip
        return q("compare_partners", partners=partners[:8], flow=flow, year=year)

    if start or "trend" in intents:
        if not partners and "top" in intents:
            return q("top_partners", flow=flow, year=year, n=s.n)
        return q("partner_trend", partners=partners or ["-"], flow=flow,
                 start_year=start, end_year=end)  # fmt: skip

    if "top" in intents and (not partners or partners == ["-"]):
        return q("top_partners", flow=flow, year=year, n=s.n)

    if partners:
        if not s.flows and not s.sell and not s.buy_who and s.bare_trade:
            name = lexicon.partners[partners[0]].name(lang)
            return Parse(CLARIFY, lang, text=CLARIFY[lang]["flow"].format(partner=name),
                         options=_flow_options(name, year or latest, lang))  # fmt: skip
        return q("partner_year", partner=partners[0], flow=flow, year=year)

    if s.flows or s.sell:
        return q("partner_year", partner="-", flow=flow, year=year)
    return unsupported("not_understood", lang)


def _asks_about_trade(s: Slots) -> bool:
    """Anything beyond a bare 'who'/'world' ("Who won the world cup?") is needed."""
    return bool(
        s.flows or s.sell or s.bare_trade or s.product or s.hs_ambiguous or s.atp_generic
        or s.tech or s.intents - {"top"} or set(s.partners) - {"-"}
    )  # fmt: skip


def _bloc(partners: list[str]) -> bool:
    """USMCA (or North America) set against China (or Asia): the bloc-share story."""
    ps = set(partners)
    return bool(ps & {"0020", "1XXX"}) and bool(ps & {"5700", "5XXX"}) and ps <= {
        "0020", "1XXX", "5700", "5XXX", "2010", "1220"
    }  # fmt: skip


def _share_flow(flow: str) -> str:
    return flow if flow in ("imports", "exports", "total") else "imports"


# ---- follow-ups ---------------------------------------------------------------------------
def _is_follow_up(tokens: list[str], s: Slots) -> bool:
    text = " ".join(tokens)
    if any(text == f or text.startswith(f + " ") for f in V.FOLLOW_UP_STARTS):
        return True
    asks_something = bool(s.intents - {"compare"}) or bool(s.flows) or s.sell or s.bare_trade
    names_something = bool(s.partners or s.product or s.tech or s.atp_generic or s.hs_ambiguous)
    # a fragment: a place, product, year or flow with nothing that makes it a full question
    return not (asks_something and names_something) and len(tokens) <= 6


def follow_up(s: Slots, tokens: list[str], context: dict, lang: str, latest: int) -> Parse | None:
    """Re-read the previous query with what this question changes; None if nothing applies."""
    query_id = context.get("query_id")
    prev = dict(context.get("params") or {})
    if not query_id:
        return None
    changed = False
    params = {k: v for k, v in prev.items() if v is not None}

    def to(new_id: str, **keep) -> None:
        nonlocal query_id, params
        query_id, params = new_id, {k: v for k, v in keep.items() if v is not None}

    year_of = params.get("year") or params.get("end_year")
    product = s.product
    prod_prev = {k: params.get(k) for k in PRODUCT_PARAMS if params.get(k)}
    partner_prev = params.get("partner") or (params.get("partners") or [None])[0]

    if "share" in s.intents:
        partner = (s.partners or [partner_prev])[0]
        if partner and partner != "-":
            to("partner_share", partner=partner, flow=_share_flow(params.get("flow", "imports")),
               year=year_of, **prod_prev)  # fmt: skip
        else:
            to("bloc_share_trend", flow=_share_flow(params.get("flow", "imports")), **prod_prev)
        changed = True
    elif s.intents & {"trend"} or s.since or s.year_range:
        if query_id not in ("partner_trend", "bloc_share_trend", "partner_growth"):
            partners = s.partners or params.get("partners") or [partner_prev or "-"]
            to("partner_trend", partners=partners, flow=params.get("flow", "imports"))
            changed = True
    elif "rank" in s.intents and (s.partners or partner_prev):
        to("partner_rank", partner=(s.partners or [partner_prev])[0],
           flow=_share_flow(params.get("flow", "imports")), year=year_of, **prod_prev)  # fmt: skip
        changed = True

    if s.partners:
        if "partner" in params or query_id in ("partner_year", "partner_share", "partner_rank"):
            params["partner"] = s.partners[0]
        elif "partners" in params:
            base = list(params["partners"]) if s.append else []
            params["partners"] = (base + [p for p in s.partners if p not in base])[:8]
        elif query_id in ("top_partners", "tech_supplier_shares", "atp_balance"):
            to("partner_share", partner=s.partners[0], flow=_share_flow(params.get("flow", "imports")),
               year=params.get("year"), **prod_prev)  # fmt: skip
        changed = True

    if product:
        name, code = product
        for k in PRODUCT_PARAMS:
            params.pop(k, None)
        if query_id in ("partner_year", "compare_partners", "partner_trend", "ytd", "partner_month",
                        "partner_growth", "partner_top_products"):  # fmt: skip
            partner = params.get("partner") or (params.get("partners") or ["2010"])[0]
            if partner == "-":
                to("top_partners", flow=_share_flow(params.get("flow", "imports")),
                   year=year_of, **{name: code})  # fmt: skip
            else:
                to("partner_share", partner=partner, flow=_share_flow(params.get("flow", "imports")),
                   year=year_of, **{name: code})  # fmt: skip
        elif query_id in ("top_partners", "partner_share", "partner_rank", "bloc_share_trend"):
            params[name] = code
        elif query_id == "atp_balance" and name == "category":
            params["category"] = code
        else:
            to("top_partners", year=year_of, **{name: code})
        changed = True

    if s.flows or s.sell:
        flow = choose_flow(s, tokens, params.get("flow", "imports"))
        if "flow" in params or query_id in ("partner_year", "top_partners"):
            if query_id in ("partner_share", "partner_rank", "partner_growth", "bloc_share_trend") \
                    and flow == "balance":  # fmt: skip
                to("partner_year", partner=params.get("partner", "-"), flow=flow, year=year_of)
            else:
                params["flow"] = flow
        else:  # a query without a flow (top products, tech shares): the partner's figure
            partner = params.get("partner") or (params.get("partners") or ["-"])[0]
            to("partner_year", partner=partner, flow=flow, year=year_of)
        changed = True

    if s.month and (s.years or query_id in ("partner_year", "partner_month")):
        partner = params.get("partner") or (params.get("partners") or ["-"])[0]
        to("partner_month", partner=partner, flow=params.get("flow", "imports"),
           year=(s.years or [year_of])[-1], month=s.month)  # fmt: skip
        changed = True
    elif s.year_range or s.since:
        start, end = s.year_range or (s.since, latest)
        if "start_year" in params or query_id in ("partner_trend", "bloc_share_trend", "partner_growth"):
            params["start_year"], params["end_year"] = start, end
        changed = True
    elif s.years or s.last_year:
        y = s.years[-1] if s.years else latest
        if "end_year" in params and "year" not in params:
            params["end_year"] = y
        else:
            params["year"] = y
        changed = True

    if s.n and query_id in ("top_partners", "partner_top_products"):
        params["n"] = s.n
        changed = True
    if not changed:
        return None
    return Parse(ANSWERED, lang, query_id, params)


# ---- entry point --------------------------------------------------------------------------
def parse(
    question: str,
    lexicon: Lexicon,
    latest_year: int,
    lang: str | None = None,
    context: dict | None = None,
) -> Parse:
    """Read one question; never raises on any text."""
    context = context if isinstance(context, dict) else {}
    tokens, s = extract(question or "", lexicon, latest_year)
    detected = detect_language(question or "", tokens)
    answer_lang = lang or detected or context.get("lang") or "en"
    if answer_lang not in ("en", "es"):
        answer_lang = "en"
    if not tokens:
        return unsupported("empty", answer_lang)
    # "EU" means the United States in Spanish ("aviones a EU"), the European Union in English.
    if "0003" in s.partners and "eu" in tokens and (detected == "es" or lang == "es"):
        if "union" not in tokens and "ue" not in tokens:
            s.partners.remove("0003")
            s.reporter_at.append(tokens.index("eu"))
    if s.out_of_scope:
        return unsupported(s.out_of_scope[0], answer_lang)
    future = [y for y in s.years if y > latest_year]
    if future and set(tokens) & {"will", "sera", "seran", "would", "habra"}:
        return unsupported("forecast", answer_lang)
    if s.places:  # a U.S. state, Mexican state or Canadian province: not in partner data
        return unsupported("ports", answer_lang)
    if context.get("query_id") and _is_follow_up(tokens, s):
        result = follow_up(s, tokens, context, answer_lang, latest_year)
        if result:
            return result
    if s.recognised == 0 and not s.years:
        return unsupported("not_understood", answer_lang)
    return rules(s, tokens, answer_lang, lexicon, latest_year)
