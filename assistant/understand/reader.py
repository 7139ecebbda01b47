"""Reading a question: what it names, and how every word of it was accounted for.

Each token is claimed by exactly one thing: a period (periods.py), a code or a count, a
known phrase (a partner, a product, a word that signals a measure, flow or side, a courtesy
or filler phrase, a detail the data lacks), an ISO code, a corrected typo, or a stop word.
Whatever is left is an unknown name or word, and the question is not answered as if it
were absent (understand/__init__.py decides what to say).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from wordfreq import zipf_frequency

from assistant import i18n
from assistant.understand import periods
from assistant.understand import vocabulary as V
from assistant.understand.lexicon import (
    PRODUCT_KINDS,
    Lexicon,
    Match,
    is_ordinary,
    strip_accents,
    tokens_with_starts,
    zipf,
)
from assistant.understand.meaning import CANADA, EUROPEAN_UNION, MEXICO, WORLD, Accounting, Period, Product

MAX_CHARS = 1000
TECH_CHAPTERS = ("84", "85", "88", "90")
_HS_WORDS = r"(?:hs|chapter|chapters|capitulo|capitulos|cap|ch|sa|partida|partidas|heading|headings|" \
            r"subheading|subpartida|fraccion|fracciones|arancelaria|tariff line|hts|code|codigo|tigie)"  # fmt: skip
_CODE_RE = re.compile(
    # the first number of any length ("hs 8471" is a heading); more chapters are two digits
    rf"(?<![a-z0-9])(?P<word>{_HS_WORDS}) ?(?P<codes>\d{{1,10}}(?:(?: and| y| to| a| or| o)? \d{{2}}(?![0-9]))*)(?![a-z0-9])"
)
_PLURAL_HS_WORDS = {"chapters", "capitulos"}
_NAICS_RE = re.compile(r"(?<![a-z0-9])(?:naics|scian) ?(?P<code>\d{2,6})(?![a-z0-9])")
_COUNT_WORDS = (
    "top|bottom|primeros|primeras|principales|mayores|menores|largest|biggest|leading|"
    "main|smallest|first|greatest|highest|lowest"
)
_COUNTED = (
    "principales|mayores|menores|largest|biggest|leading|main|top|primeros|primeras|most|smallest|"
    "lowest|countries|country|paises|partners|socios|suppliers|proveedores|markets|mercados|"
    "destinations|destinos|deficits|surpluses|superavits|deficit|superavit|sources|economies|"
    "trading|exporters|importers|buyers|sellers|import|export|imports|exports|products|productos|"
    "chapters|capitulos|goods|items|biggest|highest"
)
_NUM = r"\d{1,3}|" + "|".join(sorted(V.NUMBER_WORDS, key=len, reverse=True))
# Ordinal words before a rank noun: a place claimed ("the third-largest supplier", "el tercer
# proveedor", "segundo lugar"); "first" is the leader, read as a ranking of one elsewhere
_ORDINALS = {
    **{w: i for i, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), 2)},
    **{w: i for i, w in enumerate("segundo tercer cuarto quinto sexto septimo octavo noveno decimo".split(), 2)},
    "segunda": 2, "tercero": 3, "tercera": 3, "cuarta": 4, "quinta": 5, "sexta": 6, "septima": 7,
    "octava": 8, "novena": 9, "decima": 10,
}  # fmt: skip
_ORDINAL_CLAIM_RE = re.compile(
    rf"(?<![a-z0-9])(?P<w>{'|'.join(sorted(_ORDINALS, key=len, reverse=True))}) "
    r"(?:largest|biggest|top|leading|most important|supplier|suppliers|source|market|partner|place|"
    r"mayor|principal|lugar|puesto|sitio|proveedor|proveedora|socio|destino|mercado|fuente)(?![a-z0-9])"
)

_CLAIM_RE = [
    # "the #3 source", "number 2 supplier", "3rd largest market"
    # ("claim": the words read as the claim when more than the number; "número uno")
    (
        re.compile(
            r"(?<![a-z0-9])(?P<claim>(?:number|no|numero) (?P<n>[1-9]|1[0-9]|20|one|uno))(?![a-z0-9])"
        ),
        "rank",
    ),
    (
        re.compile(
            r"(?<![a-z0-9])(?P<n>[1-9]|1[0-9]|20)(?:st|nd|rd|th|o|er|do|to|vo) "
            r"(?:largest|biggest|top|leading|mayor|principal|lugar)"
        ),
        "rank",
    ),
    # "up 5%", "fell more than 20 percent", "cayeron mas de 20 por ciento"
    (
        re.compile(
            r"(?<![a-z0-9])(?:up|down|rose|fell|grew|dropped|increased|decreased|declined|jumped|"
            r"cayeron|cayo|subieron|subio|crecieron|crecio|aumentaron|aumento|bajaron|bajo|"
            r"disminuyeron|disminuyo)(?: by| en)?(?: (?:more than|over|less than|under|about|almost|"
            r"nearly|around|mas de|menos de|casi|alrededor de|cerca de))? (?P<n>\d{1,3}) "
            r"(?:percent|por ciento|pct)"
        ),
        "change",
    ),
    # "China's share fell below 14 percent", "más de 15 por ciento": a level or share claimed
    (
        re.compile(
            r"(?<![a-z0-9])(?:(?:fell|dropped|rose|climbed|went|was|were|stood|is|are|cayo|bajo|subio|quedo|"
            r"estuvo|fue|era|es) )?(?P<n>(?:below|above|over|under|more than|less than|at least|at most|nearly|"
            r"almost|about|around|topped|exceeded|mas de|menos de|por debajo del?|por encima del?|arriba del?|"
            r"abajo del?|supero|rebaso|casi|alrededor del?) (?:the |el |la )?\d{1,3}(?: \d)? (?:percent|por ciento|pct))"
            r"(?![a-z0-9])"
        ),
        "amount",
    ),
    # "more than a quarter of U.S. imports", "más de una cuarta parte": a share claimed as a fraction
    (
        re.compile(
            r"(?<![a-z0-9])(?P<n>(?:(?:more than|over|less than|under|nearly|almost|about|around|roughly|at least|"
            r"mas de|menos de|casi|cerca de|alrededor de|al menos) )?(?:(?:a|one) (?:quarter|third|fifth|tenth)|"
            r"(?<!first )(?<!second )(?<!same )(?<!that )(?<!this )(?<!the )(?<!last )(?<!previous )half|"
            r"two thirds|three quarters|una cuarta parte|un cuarto|un tercio|la mitad|una quinta parte|"
            r"una decima parte|dos tercios|tres cuartas partes)) (?:of|de|del)(?![a-z0-9])"
        ),
        "fraction",
    ),
    # "doubled since 2013", "se triplicaron": a change claimed as a multiple
    (
        re.compile(
            r"(?<![a-z0-9])(?P<n>doubled|tripled|quadrupled|halved|se duplicaron|se duplico|se triplicaron|"
            r"se triplico|se cuadruplicaron|se redujeron a la mitad|cayeron a la mitad)(?![a-z0-9])"
        ),
        "multiple",
    ),
]
# What each kind of claim asks for: a multiple is a change, a fraction of a total a share, an
# amount only the figure
_CLAIM_MEASURE = {"multiple": "change", "amount": None, "fraction": "share"}
# "over $400 billion", "superó los 350 mil millones de dólares", "el billón de dólares": a
# dollar amount is a claim being checked (no query takes one); "Read as" quotes it
_AMOUNT_RE = re.compile(
    r"(?<![a-z0-9])(?:(?:over|above|more than|greater than|at least|nearly|almost|about|around|roughly|"
    r"under|below|less than|exceeded|exceeding|exceeds|exceed|surpassed|topped|passed|hit|reached|"
    r"mas de|menos de|cerca de|casi|alrededor de|arriba de|por encima de|por debajo de|supero|superaron|"
    r"supera|superan|rebaso|rebasaron|alcanzo|alcanzaron|llego a|llegaron a) )?(?:(?:the|el|los|un|a|us) )?"
    r"(?:\d+(?: \d{3})* ?(?:billion|billions|trillion|trillions|million|millions|mil millones|millones|"
    r"billones|billon|mdd|mmdd)|\d+(?:bn|b|mn|tn)|billon|trillion)(?: (?:de )?(?:dollars|dolares|usd))?(?![a-z0-9])"
)


def _speaks_of_the_future(question: str, tokens: list[str], partner_at: set[int]) -> bool:
    """'¿cuánto exportará?' (the accent tells the future from the past), '¿cuánto le va a
    comprar?', 'how much is it going to import?': not '¿cuánto va a México?'."""
    if _SPANISH_FUTURE.search(question.lower()):
        return True
    for i in range(len(tokens) - 2):
        verb = tokens[i + 2]
        if i + 2 in partner_at:
            continue
        if (
            tokens[i] in ("va", "van", "vamos", "vas")
            and tokens[i + 1] == "a"
            and verb.endswith(("ar", "er", "ir"))
        ):
            return True
        if tokens[i] == "going" and tokens[i + 1] == "to" and verb not in V.STOPWORDS:
            return True
    return False


# Spanish synthetic future: "exportará", "crecerán", "habrá" (the accent tells it from the past)
_SPANISH_FUTURE = re.compile(r"(?<!\w)\w{3,}(?:ará|erá|irá|arán|erán|irán)(?!\w)")
# Words after "when" that set the scene rather than ask for a date
_WHEN_SETS_THE_SCENE = {"it", "you", "we", "i", "looking", "hablamos", "comparamos", "vemos", "se", "miramos"}

# The singular of a ranking: a determiner, a superlative and one partner or product
_ONE_RE = re.compile(
    r"(?<![a-z0-9])(?:the|el|la) (?:single |unico |sola )?(?:top|largest|biggest|main|leading|principal|mayor|primer) "
    r"(?:us )?(?:goods )?(?:trade )?(?:supplier|source|market|destination|trading partner|partner|buyer|deficit|surplus|import|"
    r"proveedor|destino|mercado|socio comercial|socio|comprador|cliente|deficit|superavit|importacion)(?![a-z0-9])"
)
_COUNT_RE = [
    re.compile(rf"(?<![a-z0-9])(?:{_COUNT_WORDS}) (?P<n>{_NUM})(?![a-z0-9])"),
    re.compile(rf"(?<![a-z0-9])(?P<n>{_NUM}) (?:{_COUNTED})(?![a-z0-9])"),
    re.compile(r"(?<![a-z0-9])top(?P<n>\d{1,3})(?![a-z0-9])"),
    # "Dame siete.", "give me 12": how many to list, said on its own
    re.compile(
        rf"(?<![a-z0-9])(?:dame|give me|show me|muestrame|list|enlista|lista|quiero) (?P<n>{_NUM})(?![a-z0-9])"
    ),
    # "mejor los 10", "¿y los tres con los que …?": a count after an article, but not "entre
    # los dos", "de los dos", "los dos juntos" (the two partners in view)
    re.compile(
        rf"(?<![a-z0-9])(?<!entre )(?<!de )(?<!a )(?<!con )(?<!para )(?<!por )(?:los|las) (?P<n>{_NUM})"
        r"(?![a-z0-9])(?! juntos| juntas| combinados| combinadas| en conjunto)"
    ),
]
PARTNER_PREPOSITIONS = {"from", "to", "with", "de", "desde", "a", "con", "hacia", "between", "entre",
                        "and", "y", "vs", "versus", "for", "para", "of", "del", "in", "en"}  # fmt: skip
FROM_WORDS = {"from", "de", "desde", "del"}
# Words that put a period after them as the base of a comparison ("up 5% vs 2023").
BASE_WORDS = {"vs", "versus", "v", "against", "compared with", "compared to", "relative to", "frente a",
              "frente", "respecto a", "respecto al", "respecto de", "contra", "en comparacion con",
              "comparado con"}  # fmt: skip
OFFICE_WORDS = {"direccion", "subdireccion", "unidad", "secretaria", "subsecretaria", "departamento",
                "coordinacion", "oficina", "jefatura", "gerencia", "dependencia", "instituto",
                "office", "bureau", "department", "division", "directorate", "ministry"}  # fmt: skip
TOTAL_WORDS = {"total", "totales", "overall", "bilateral", "two", "global", "entire", "whole"}
TO_WORDS = {"to", "a", "al", "hacia"}


@dataclass
class Named:
    """The elements a question names; None or empty means it did not name them."""

    measures: list[str] = field(default_factory=list)  # in the order named
    flows: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    combined: bool = False
    compare: bool = False
    compare_with: bool = False  # "comparado con China": the partner named goes beside the others
    units: bool = False  # "in round numbers", "to one decimal": how it is written, not what is asked
    product: Product | None = None
    period: Period | None = None
    relative: str | None = None  # a relative period to resolve against the data
    count: int | None = None  # last N years / months
    n: int | None = None
    order: str | None = None
    side: str | None = None
    append: bool = False
    trade_word: bool = False
    reporter: bool = False
    anaphora: bool = False  # "that", "the Mexico number": points back at the previous answer
    percent: bool = False  # "in %", "% change": a change in percent, or a share
    base: Period | None = None  # "vs 2023": the base a change is measured from
    claims: list[tuple[str, str]] = field(default_factory=list)  # ("rank", "3"): the claim checked
    state_or_country: bool = False
    fiscal_year: int | None = None  # "FY23": a fiscal year, which the data does not have
    separately: bool = False  # "each separately": never a sum
    items: list[str] = field(default_factory=list)  # goods the data does not break out, as typed
    comparative: bool = False  # "bigger", "sells more": between the partners named, or the largest
    many_partners: bool = False  # "the top suppliers", "los principales destinos": a ranking of all
    until: int | None = None  # "from then to 2024": the end of a span that starts at the previous period

    flow_words: list[str] = field(default_factory=list)

    def asks_something(self) -> bool:
        """Enough to stand as a question of its own: a flow, a partner, a product or a measure
        (a bare 'March' or '2024' is only a follow-up)."""
        return bool(self.flows or self.side or self.partners or self.product or self.trade_word
                    or set(self.measures) - {"level"} or self.combined)  # fmt: skip

    def anything(self) -> bool:
        return bool(
            self.measures or self.flows or self.partners or self.product or self.period or self.relative
            or self.n or self.side or self.trade_word or self.combined or self.base is not None or self.units
            or self.compare or self.separately
        )  # fmt: skip


@dataclass
class Reading:
    question: str
    tokens: list[str]
    typed: list[str]
    lang: str | None
    named: Named
    accounting: Accounting
    period_problem: str | None = None  # periods named that cannot combine into one
    follow_up_start: bool = False
    flow_asked: bool = False  # the previous reply asked which flow, and this question must say it

    @property
    def trade_question(self) -> bool:
        n = self.named
        return bool(n.flows or n.trade_word or n.product or n.side or set(n.measures) - {"level", "top"}
                    or n.reporter or (n.partners and (n.period or n.relative or n.measures)))  # fmt: skip


def detect_language(question: str, tokens: list[str]) -> str | None:
    """'es' or 'en' when the words say so (by how common each word is in either language),
    else None."""
    if re.search(r"[¿¡]", question):
        return "es"
    # an accented word is a vote for Spanish, not a verdict: English borrows "attaché", "café"
    es, en = float(len(re.findall(r"\w*[ñáéíóú]\w*", question.lower()))), 0.0
    for t in tokens:
        if t.isdigit() or len(t) < 2:
            continue
        z_es, z_en = zipf_frequency(t, "es"), zipf_frequency(t, "en")
        if max(z_es, z_en) < 3.0:
            continue  # rare in both ("qwe", "asdkj"): noise, not a language signal
        diff = z_es - z_en

        if diff > 1.0:
            es += 1
        elif diff < -1.0:
            en += 1
    if es > en:
        return "es"
    if en > es:
        return "en"
    return None


def _alternation(phrases: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


_SECOND_QUESTION = re.compile(
    rf"(?:\?\s*|[\s,;]+(?:{_alternation(V.QUESTION_JOINERS)})\s+)(?=(?:{_alternation(V.QUESTION_WORDS)})\b)"
)


def split_questions(question: str) -> tuple[str, str] | None:
    """A message that asks a second question after the first ('… in 2023, and what was the
    deficit with Korea?'): the two, as typed. None when it asks one."""
    folded = strip_accents(question[:MAX_CHARS]).lower()
    for m in _SECOND_QUESTION.finditer(folded):
        first, second = question[: m.start()].strip(" ,;"), question[m.end() :].strip()
        if first and second:
            return first, second
    return None


def read(question: str, lexicon: Lexicon, in_conversation: bool = False) -> Reading:
    """Read a question; never raises on any text. In a conversation a bare code ('jpn') is a
    partner, as it is beside trade words."""

    tokens, typed, opens, clauses = tokens_with_starts(question[:MAX_CHARS])

    free = [True] * len(tokens)
    named, acc = Named(), Accounting()
    text = " ".join(tokens)
    starts = _starts(tokens)

    def claim_span(m: re.Match, group: str | int = 0) -> tuple[int, int] | None:
        s, e = _span(starts, tokens, m.start(group), m.end(group))
        if s is None or not all(free[s:e]):
            return None
        for i in range(s, e):
            free[i] = False
        return s, e

    # 1. codes: HS chapters and finer codes, NAICS
    chapters: list[str] = []
    code_at: set[int] = set()  # where the codes are: a generic noun beside one restates it
    for m in _CODE_RE.finditer(text):
        codes = re.findall(r"\d+", m["codes"])
        if (
            len(codes) == 1
            and len(codes[0]) == 4
            and 2000 <= int(codes[0]) <= 2099
            and m["word"] in _PLURAL_HS_WORDS
        ):
            continue  # "(top 10 chapters, 2023)": the year of the chapters, not a heading
        span = claim_span(m)
        if not span:
            continue
        code_at.update(range(*span))
        word = m["word"]
        if word in ("partida", "partidas", "heading", "headings", "subheading", "subpartida", "fraccion",
                    "fracciones", "arancelaria", "tariff line", "hts") or any(len(c) > 2 for c in codes):  # fmt: skip
            acc.unavailable.append(("hs_detail", m[0]))
            continue
        for c in codes:
            code = f"{int(c):02d}"
            if ("hs", code) in lexicon.products:
                chapters.append(code)
            else:
                acc.unknown_words.append(m[0])
    for m in _NAICS_RE.finditer(text):
        if span := claim_span(m):
            code_at.update(range(*span))
            if ("naics", m["code"]) in lexicon.products:
                named.product = Product("naics", (m["code"],))
            else:
                acc.unknown_words.append(m[0])
    # 1b. the names of offices ("la Dirección General de Comercio Exterior", "la Unidad de
    # Inteligencia Económica") are addressees, not partners or products
    for i, t in enumerate(tokens):
        if t in OFFICE_WORDS and free[i]:
            j = i + 1
            while j < len(tokens) and tokens[j] in ("general", "adjunta", "adjunto"):
                j += 1
            if j + 1 < len(tokens) and tokens[j] in ("de", "del", "para") and typed[j + 1][:1].isupper():
                j += 1
                while j < len(tokens) and (
                    typed[j][:1].isupper() or tokens[j] in ("de", "del", "y", "e", "la", "las", "los")
                ):
                    j += 1
                while tokens[j - 1] in ("de", "del", "y", "e", "la", "las", "los"):
                    j -= 1
                for k in range(i, j):
                    free[k] = False
    # 2. periods
    mentions = periods.find(tokens, free)
    # 3. a claim being checked ("the #3 source", "up more than 20%"): its number is the claim,
    # read back in "Read as", and the answer gives the actual figure
    for pattern, kind in _CLAIM_RE:
        for m in pattern.finditer(text):
            span = claim_span(m, "claim" if "claim" in pattern.groupindex else "n")
            if span:
                typed_claim = kind in ("multiple", "amount", "fraction")
                shown = _as_typed(question, typed[span[0] : span[1]]) if typed_claim else m["n"]
                named.claims.append(("amount" if kind == "fraction" else kind, shown))
                measure = _CLAIM_MEASURE.get(kind, kind)
                if measure and measure not in named.measures:
                    named.measures.append(measure)
    for m in _ORDINAL_CLAIM_RE.finditer(text):  # "the third-largest supplier", "el tercer proveedor"
        if claim_span(m, "w"):
            named.claims.append(("rank", str(_ORDINALS[m["w"]])))
            if "rank" not in named.measures:
                named.measures.append("rank")
    for m in _AMOUNT_RE.finditer(text):
        span = claim_span(m)
        if span:
            named.claims.append(("amount", _as_typed(question, typed[span[0] : span[1]])))
    # 3b. "the top supplier", "el mayor déficit": a ranking of one (its words stay to be read)
    if _ONE_RE.search(text):
        named.n = 1
    # 4. counts ("top 5", "five largest"): only the number is claimed
    for pattern in _COUNT_RE:
        for m in pattern.finditer(text):
            span = claim_span(m, "n")
            if span:
                raw = m["n"]
                named.n = int(raw) if raw.isdigit() else V.NUMBER_WORDS[raw]
    # 5. known phrases; a signature after a closing formula is not part of the question
    matches = lexicon.scan(tokens, free)
    cut = _signature_start(matches, mentions)
    if cut is not None:
        matches = [m for m in matches if m.start < cut]
        mentions = [m for m in mentions if m.start < cut]
        for i in range(cut, len(tokens)):
            free[i] = False
    # 5a. who is asking ("Soy analista de …, ¿cuánto …?"): that clause is not the question
    for span in _introductions(tokens, clauses, matches, mentions):
        own = [m for m in matches if span.start <= m.start < span.stop and m.kind == "partner"]
        outside = [m for m in matches if not (span.start <= m.start < span.stop)]
        speaks_as_we = any(_first_person_plural(t) and free[i] for i, t in enumerate(tokens) if i not in span)
        if len(own) == 1 and speaks_as_we and not any(m.kind == "partner" for m in outside):
            # "Hablo desde México: ¿en qué lugar estamos como proveedores?": "we" is the asker's country
            outside.append(own[0])
        matches = outside
        for i in span:
            if not (own and outside and own[0] in outside and own[0].start <= i < own[0].end):
                free[i] = False
    # 5a. "how many" counts what follows it, which the data does not have ("how many cars",
    # "how many countries"), unless it is a learner's "how much" before the U.S., a flow or
    # dollars ("how many US import from Mexico")
    for m in [m for m in matches if m.kind == "how_many"]:
        nxt = next((g for g in matches if g.start == m.end), None)
        money = m.end < len(tokens) and tokens[m.end] in V.MONEY_WORDS
        if V.PARTNER_NOUNS & set(tokens[m.end : m.end + 2]):  # "how many (trading) partners"
            acc.unavailable.append(("count_partners", " ".join(tokens[m.start : m.end + 1])))
        elif not money and not (nxt and nxt.kind in ("reporter", "flow", "sell", "trade")):
            acc.unavailable.append(("quantity", " ".join(tokens[m.start : m.end + 1])))
    # 5a. the future ("¿cuánto exportará?", "¿cuánto le va a comprar?", "is going to import"):
    # a forecast, whatever year is named
    partner_at = {i for m in matches if m.kind == "partner" for i in range(m.start, m.end)}
    if _speaks_of_the_future(question, tokens, partner_at):
        acc.unavailable.append(("forecast", "future"))
    # 5a. "When did …?", "¿Cuándo superó …?": a question opening with "when" asks for a date
    for i, t in enumerate(tokens):
        if t in ("when", "cuando") and clauses[i] and free[i] and i + 1 < len(tokens):
            after = tokens[i + 1]
            if after.endswith("ing") or after in _WHEN_SETS_THE_SCENE:
                continue  # "When it comes to chips, …", "Cuando comparamos …": not a date asked
            acc.unavailable.append(("when", t))
    # 5a'. a slip corrected in the same breath ("Japan sorry Korea", "2016 no wait 2015")
    matches, mentions, replaced = _corrected(matches, mentions, tokens)
    for i in replaced:
        free[i] = False
    # 5a''. an explicit chapter's own title words read as other chapters ("combustibles
    # minerales capítulo 27": 'minerales' is not HS 26 there)
    explicit_titles = {w for c in chapters for w in lexicon.product_words(c)}
    matches = [
        m for m in matches
        if not (m.kind in ("hs", "hs_item") and m.value not in chapters
                and all(t in explicit_titles for t in tokens[m.start : m.end]))
    ]  # fmt: skip
    for match in matches:
        for i in range(match.start, match.end):
            free[i] = False
    # 5b. words of a named chapter's own title restate it ("HS 90 (medical and precision instruments)")
    named_chapters = set(chapters) | {m.value for m in matches if m.kind in ("hs", "hs_item")}
    title_words = {w for c in named_chapters for w in lexicon.product_words(c)}
    for i, t in enumerate(tokens):
        if free[i] and t in title_words:
            free[i] = False
    # 5c. a generic noun beside a product restates it: "aircraft and parts", "la industria
    # NAICS 334", "medical equipment", "productos de TIC"
    product_at = {i for m in matches if m.kind in (*PRODUCT_KINDS, "tech") for i in range(m.start, m.end)}
    product_at |= code_at
    for i, t in enumerate(tokens):
        if free[i] and t in V.GENERIC_GOODS and any(abs(i - j) <= 3 for j in product_at):
            free[i] = False
    # 6. "EU": the European Union in English, the United States in Spanish
    eu_at = [i for i, t in enumerate(tokens) if free[i] and t == V.EU_ABBREVIATION]
    for i in eu_at:
        free[i] = False
    # 6b. "can" is Canada when it is not the verb ("exp can ytd", but not "can you", "we can")
    for i, t in enumerate(tokens):
        if free[i] and t == "can" and _can_is_canada(i, tokens):
            matches.append(_match("partner", CANADA, i, i + 1))

            free[i] = False
    # 6c. background sentences ("I'm drafting a note for the deputy minister."): context,
    # left aside and named in "Read as", when the rest is a question on its own
    for span in _background(tokens, typed, opens, free, matches, mentions, chapters):
        matches = [m for m in matches if not (span.start <= m.start < span.stop)]
        for i in span:
            free[i] = False
        acc.asides.append(_as_typed(question, typed[span.start : span.stop]))
    # 6d. courtesy said in a sentence of its own ("hope your week is going well!", "Se lo
    # agradezco mucho."): its words are courtesy, when another sentence asks the question
    for span in _courtesy(tokens, opens, free, matches, mentions):
        for i in span:
            free[i] = False
    # 7. ISO codes and typos over what is left
    trade_like = (
        in_conversation
        or bool(mentions)
        or any(m.kind in ("flow", "side", "measure", "trade", "hs", "hs_item", "sell") for m in matches)
    )
    for i in range(len(tokens)):
        if not free[i]:
            continue
        code = lexicon.iso_code(typed[i], trade_like) or _code_in_a_list(i, tokens, typed, matches, lexicon)
        if code:
            matches.append(_match("partner", code, i, i + 1))
            free[i] = False
            continue

        fixed = lexicon.correct(typed[i], tokens, i)
        if fixed:
            matches.extend(fixed)
            if fixed[0].kind == "partner":
                acc.corrections.append((" ".join(typed[fixed[0].start : fixed[0].end]), fixed[0].value))
            for j in range(fixed[0].start, fixed[0].end):
                free[j] = False
    # 8. stop words, and a signature after a closing formula ("Saludos, Lic. R. Martínez");
    # in English, "soy" is goods, not the Spanish verb
    english = detect_language(question, tokens) == "en"
    for i, t in enumerate(tokens):
        if free[i] and english and t in lexicon.english_products:
            kind, value = lexicon.english_products[t]
            matches.append(_match(kind, value, i, i + 1))
            free[i] = False
    for i, t in enumerate(tokens):
        if free[i] and (t in V.STOPWORDS or t in V.FILLER_FORMS):
            free[i] = False
    _claim_name_after_thanks(matches, free)
    # 9. what is left: an unknown name, word or number
    for i, t in enumerate(tokens):
        if not free[i]:
            continue
        if t.isdigit() and len(t) in (4, 6, 8, 10):
            acc.unavailable.append(("hs_detail", t))  # 8471, 854231: HS headings, not chapters
        elif t.isdigit():
            acc.unknown_words.append(typed[i])
        elif _looks_like_name(i, tokens, typed, opens):
            acc.unknown_names.append(_name_at(i, tokens, typed, free))
        else:
            acc.unknown_words.append(typed[i])
    acc.unknown_names = list(dict.fromkeys(n for n in acc.unknown_names if n))

    lang = detect_language(question, tokens)
    named.many_partners = bool(V.PARTNER_NOUNS & set(tokens))
    matches.sort(key=lambda m: m.start)
    _apply(named, acc, matches, tokens, typed, chapters, eu_at, lang)
    if "coverage" in named.measures:  # "what year is your latest data?": the coverage, not a date
        acc.unavailable = [u for u in acc.unavailable if u[0] != "when"]
    events = {u[0] for u in acc.unavailable} & {"event", "event_since"}
    dated = [m for m in mentions if m.kind in ("year", "months", "span")]
    if events and dated:  # "antes de la pandemia, o sea en 2019": the year says the period
        acc.unavailable = [u for u in acc.unavailable if u[0] not in events]
        if "event_since" in events and len(dated) == 1 and dated[0].kind != "span":
            d = dated[0]  # "since USMCA kicked in (July 2020)": from that year on
            mentions = [m for m in mentions if m is not d] + [replace(d, kind="span", span=(d.year, None))]
    reading = Reading(question, tokens, typed, lang, named, acc)
    reading.period_problem = _compose_period(named, mentions, matches, acc, tokens, in_conversation)
    reading.follow_up_start = _starts_follow_up(tokens)
    return reading


def _starts(tokens: list[str]) -> list[int]:
    out, pos = [], 0
    for t in tokens:
        out.append(pos)
        pos += len(t) + 1
    return out


def _span(starts: list[int], tokens: list[str], a: int, b: int) -> tuple[int | None, int | None]:
    s = starts.index(a) if a in starts else None
    ends = [st + len(t) for st, t in zip(starts, tokens, strict=True)]
    e = ends.index(b) + 1 if b in ends else None
    return (s, e) if s is not None and e is not None else (None, None)


def _match(kind, value, start, end) -> Match:
    return Match(kind, value, start, end)


# What makes a clause part of the question. Goods alone do not: "reporter at a paper",
# "analyst on the steel desk" describe the asker.
_CONTENT_KINDS = {"flow", "side", "measure", "trade", "sell", "compare", "combine", "order"}
_OPENERS = [tuple(o.split()) for o in V.INTRO_OPENERS]
_ROLES = {r + end for r in V.ROLES for end in ("", "s", "es")}  # analista, analistas, asesores


def _introductions(tokens: list[str], clauses: list[bool], matches, mentions) -> list[range]:
    """Clauses that say who is asking: an opener with a role ("I'm an analyst", "soy
    periodista"), or a role placed somewhere ("analyst at the trade desk in Ottawa"), and
    nothing of a question (no trade word or period) in the clause."""
    bounds = [i for i, c in enumerate(clauses) if c] + [len(tokens)]
    spans = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        words = tokens[a:b]
        opener = next((o for o in _OPENERS if tuple(words[: len(o)]) == o), None)
        if opener:
            rest = words[len(opener) : len(opener) + 4]
            said = bool(_ROLES & set(rest)) or words[len(opener) : len(opener) + 1] in (
                ["at"],
                ["for"],
                ["en"],
                ["para"],
                ["desde"],
                ["from"],
            )
        else:
            said = len(words) > 1 and words[0] in _ROLES and words[1] in V.ROLE_PLACES
            # "Hill staffer here", "economista aquí": a role announced
            said = said or any(
                w in _ROLES and nxt in ("here", "aqui") for w, nxt in zip(words, words[1:], strict=False)
            )
        content = any(
            a <= m.start < b and m.kind in _CONTENT_KINDS and not set(tokens[m.start : m.end]) <= _ROLES
            for m in matches
        ) or any(a <= m.start < b for m in mentions)  # "exportador" names the asker, not a flow
        if said and not content:
            spans.append(range(a, b))
    return spans


_WE = {"we", "our", "ours", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras", "nos"}


def _first_person_plural(token: str) -> bool:
    """'we', 'nuestro', and Spanish verbs in the first person plural (vendimos, estamos)."""
    if token in _WE:
        return True
    return len(token) > 5 and token.endswith(("amos", "emos", "imos")) and token not in _NOT_VERBS


# Words ending like a Spanish "we" verb that are not verbs
_NOT_VERBS = {"ultimos", "proximos", "maximos", "minimos", "optimos", "intimos", "legitimos",
              "primos", "extremos", "supremos", "ramos", "centimos", "decimos", "anonimos"}  # fmt: skip


# Matches a background sentence may hold: framing words, and names the question repeats
_FRAMING_KINDS = {"filler", "closing", "thanks", "anaphora", "trade", "reporter"}
# Words that describe the document, not the figure ("weekly digest", "opinion column",
# "a paper on the impact of the pandemic")
_ABOUT_THE_DOCUMENT = {"average", "monthly_series", "opinion", "why"}


def _courtesy(tokens, opens, free, matches, mentions) -> list[range]:
    """Sentences that only greet, wish well, apologise or thank: a courtesy word, nothing
    of a question (no partner, goods, flow, period, measure) and no question mark's worth of
    asking, while another sentence of the message does ask. Alone they are not set aside, so
    'thanks, what about last week?' is still refused on 'week'."""
    bounds = [i for i, o in enumerate(opens) if o] + [len(tokens)]
    sentences = [range(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    inside = lambda span, m: span.start <= m.start < span.stop  # noqa: E731
    content = [
        any(inside(span, m) for m in matches if m.kind in _SLOT_KINDS or m.kind in _CONTENT_KINDS)
        or any(inside(span, m) for m in mentions)
        for span in sentences
    ]
    return [
        span for span, asks in zip(sentences, content, strict=True)
        if not asks and any(content) and V.COURTESY_WORDS & {tokens[i] for i in span}
        and not V.QUESTION_WORDS_SET & {tokens[i] for i in span if free[i]}
    ]  # fmt: skip


def _background(tokens, typed, opens, free, matches, mentions, chapters) -> list[range]:
    """Sentences that only set the scene ("For a memo to the Berlin desk:", "It's for a
    briefing on drug supply chains."): a background cue, no period, no trade word, and any
    partner or product in them named again in the question. An unknown name in one is left
    aside only when the question names its own partner ("For a memo on Freedonia: exports
    in 2020?" is not answered for the world)."""
    bounds = [i for i, o in enumerate(opens) if o] + [len(tokens)]
    sentences = [range(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    def inside(span, m) -> bool:
        return span.start <= m.start < span.stop

    taken = {i for m in (*matches, *mentions) for i in range(m.start, m.end)}  # words already read
    spans = []
    for span in sentences:
        words = set(tokens[span.start : span.stop])
        if words & V.INSTRUCTION_WORDS:
            continue  # "Pretend the data says …": an order, not background
        said = _reported_speech(span, tokens, taken)
        if said is not None:
            span = said  # "A senator said on the floor that": who said it, before the claim
        elif len(sentences) < 2 or not words & V.BACKGROUND_CUES or any(inside(span, m) for m in mentions):
            continue  # a background sentence needs a question beside it
        if any(tokens[i].isdigit() for i in span):
            continue
        rest = [m for m in matches if not inside(span, m)]
        here = [m for m in matches if inside(span, m) and m.kind not in _FRAMING_KINDS
                and not (m.kind == "unavailable" and m.value in _ABOUT_THE_DOCUMENT)
                # who said it ("the ranking member", "our top economist") may use any word but a name
                and (said is None or _SLOT_KINDS.get(m.kind) in ("partner", "product"))]  # fmt: skip
        named_again = {(_SLOT_KINDS.get(r.kind, r.kind), r.value) for r in rest} | {
            ("product", c) for c in chapters
        }
        if any((_SLOT_KINDS.get(m.kind, m.kind), m.value) not in named_again for m in here):
            continue  # "I'm writing about Canada. Imports in 2020?": Canada is the question
        if not any(m.kind in _CONTENT_KINDS or m.kind == "partner" for m in rest):
            continue  # the rest is no question on its own
        names = any(
            free[i]
            and tokens[i] not in V.STOPWORDS | V.BACKGROUND_CUES
            and _looks_like_name(i, tokens, typed, opens)
            for i in span
        )  # "I", a stop word, and "sidebar", the document, are no names
        if names and not any(m.kind == "partner" for m in rest):
            continue
        spans.append(span)
    return spans


def _reported_speech(sentence: range, tokens, taken: set[int]) -> range | None:
    """'A columnist wrote that', 'Un senador afirmó en tribuna que': the words from the
    start of a sentence to a verb of saying (and the 'that' soon after it), when a claim
    follows in the same sentence. `taken`: the positions of words already read."""
    for v in range(sentence.start, min(sentence.start + 9, sentence.stop)):
        if tokens[v] in V.SPEECH_VERBS and v not in taken:
            end = v + 1
            that = next(
                (j for j in range(end, min(end + 5, sentence.stop)) if tokens[j] in ("that", "que")), None
            )
            if that is not None and not any(j in taken for j in range(end, that)):
                end = that + 1
            elif end < sentence.stop and tokens[end] in ("us", "me", "nos"):
                end += 1
            # the claim may follow in the same sentence or in a quotation opening after the verb
            return range(sentence.start, end) if end < len(tokens) else None
    return None


def _as_typed(question: str, typed: list[str]) -> str:
    """The words of a span as the person typed them (accents, punctuation, "$1.2"), found in
    order in the question; the plain words when they cannot be found."""
    folded = strip_accents(question).lower()
    if len(folded) != len(question) or not typed:
        return " ".join(typed)
    start, at = None, 0
    for word in typed:
        # a number may have lost its separators on the way in ("1.2" -> "12", "1,000" -> "1000")
        pattern = "[.,]?".join(map(re.escape, word)) if word.isdigit() else re.escape(word.lower())
        found = re.compile(pattern).search(folded, at)
        if found is None:
            return " ".join(typed)
        start = found.start() if start is None else start
        at = found.end()
    return question[start:at]


_SLOT_KINDS = {"partner": "partner", "hs": "product", "hs_item": "product", "atp": "product",
               "naics": "product", "flow": "flow"}  # fmt: skip


def _slots(matches, mentions) -> list[tuple]:
    """(start, end, slot kind, the match or mention) for every partner, product, flow and period."""
    slots = [(m.start, m.end, _SLOT_KINDS[m.kind], m) for m in matches if m.kind in _SLOT_KINDS]
    return slots + [(p.start, p.end, "period", p) for p in mentions]


def _corrected(matches, mentions, tokens: list[str]):
    """Drop what a correction replaces: the slot just before 'sorry'/'no perdón' when one of
    the same kind (a partner, a product, a flow, a period) follows it. Returns the matches
    and mentions kept, and the positions of the words replaced (said, and taken back)."""
    replaced: list[int] = []
    for marker in [m for m in matches if m.kind == "correction"]:
        slots = _slots(matches, mentions)
        before = [s for s in slots if s[1] <= marker.start]
        after = [s for s in slots if s[0] >= marker.end]
        if not before or not after:
            continue
        last, nxt = max(before, key=lambda s: s[1]), min(after, key=lambda s: s[0])
        if last[2] == nxt[2]:
            matches = [m for m in matches if m is not last[3]]
            mentions = [p for p in mentions if p is not last[3]]
            replaced.extend(range(last[0], last[1]))
    # "exports, not imports", "2022, no 2021": the slot after "not" is taken back when one of
    # its kind came before it
    for negation in [m for m in matches if m.kind == "unavailable" and m.value == "negation"]:
        slots = _slots(matches, mentions)
        taken = [s for s in slots if s[0] in (negation.end, negation.end + 1)]
        if taken and any(s[1] <= negation.start and s[2] == taken[0][2] for s in slots):
            matches = [m for m in matches if m is not negation and m is not taken[0][3]]
            mentions = [p for p in mentions if p is not taken[0][3]]
            replaced.extend([*range(negation.start, negation.end), *range(taken[0][0], taken[0][1])])
            replaced.extend(range(negation.end, taken[0][0]))  # "not the imports"
    # "I don't need the whole history, just 2022", "no quiero toda la serie, solo 2022": what
    # is said not to be wanted, up to the "just", is taken back; the rest is the question
    for negation in [m for m in matches if m.kind == "unavailable" and m.value == "negation"]:
        only = next((i for i in range(negation.end, len(tokens)) if tokens[i] in _ONLY), None)
        if only is None or not any(s[0] > only for s in _slots(matches, mentions)):
            continue
        matches = [m for m in matches if not negation.start <= m.start < only]
        mentions = [p for p in mentions if not negation.start <= p.start < only]
        replaced.extend(range(negation.start, only + 1))
    return matches, mentions, replaced


_ONLY = {"just", "only", "solo", "solamente", "unicamente", "nomas", "simply", "merely"}


def _signature_start(matches, mentions) -> int | None:
    """Where the signature starts: after the last closing formula ('Atentamente,'), when the
    question came before it."""
    closings = [m for m in matches if m.kind == "closing"]
    if not closings:
        return None
    at = closings[-1]
    content = [
        m for m in matches if m.end <= at.start and m.kind not in ("filler", "closing", "thanks", "anaphora")
    ]
    return at.end if content or any(m.end <= at.start for m in mentions) else None


MODAL_NEIGHBOURS = {"you", "u", "i", "we", "they", "he", "she", "it", "someone", "anyone", "the", "this",
                    "that", "be", "get", "show", "tell", "give", "find", "see", "help", "pull",
                    "share", "send", "check", "please", "pls", "not", "t", "only", "also"}  # fmt: skip


def _code_in_a_list(i: int, tokens: list[str], typed: list[str], matches, lexicon: Lexicon) -> str | None:
    """A common-word ISO code in a list of partners ('mx+ca+cn'): 'ca' is Canada there."""
    code = lexicon.iso_codes.get(typed[i].upper()) if len(typed[i]) <= 3 else None
    if not code or tokens[i] in V.STOPWORDS:
        return None
    partner_at = {m.start for m in matches if m.kind == "partner" and len(tokens[m.start]) <= 3}  # codes

    for step in (-1, 1):
        j = i + step
        if j in partner_at or (0 <= j < len(tokens) and tokens[j] in LIST_JOINS and j + step in partner_at):
            return code
    return None


LIST_JOINS = {"plus", "and", "y", "e", "vs", "versus", "or", "o"}


def _can_is_canada(i: int, tokens: list[str]) -> bool:

    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    before = tokens[i - 1] if i > 0 else ""
    return after not in MODAL_NEIGHBOURS and before not in {
        "i",
        "we",
        "you",
        "they",
        "who",
        "which",
        "that",
        "it",
    }


def _claim_name_after_thanks(matches, free: list[bool]) -> None:
    """'Thanks, Bob': what follows the last thanks, when nothing known does, is a name."""
    thanks = [m for m in matches if m.kind == "thanks"]
    if not thanks:
        return
    end = thanks[-1].end
    if not [m for m in matches if m.start >= end and m.kind not in ("filler", "closing", "thanks")]:
        for i in range(end, len(free)):
            free[i] = False


def _looks_like_name(i: int, tokens: list[str], typed: list[str], opens: list[bool]) -> bool:
    """Capitalised inside a sentence, after a partner preposition, or not a common word."""
    word = typed[i]
    if word[:1].isupper() and not opens[i]:
        return True
    if i > 0 and tokens[i - 1] in PARTNER_PREPOSITIONS:
        return zipf(tokens[i]) < 4.0
    return not is_ordinary(tokens[i]) and zipf(tokens[i]) < 3.0


def _name_at(i: int, tokens: list[str], typed: list[str], free: list[bool]) -> str | None:
    """The whole unknown name ('New Atlantis'): consecutive free capitalised tokens, once."""
    if i > 0 and free[i - 1] and typed[i - 1][:1].isupper() and typed[i][:1].isupper():
        return None  # counted with the token before
    j = i + 1
    while j < len(tokens) and free[j] and typed[j][:1].isupper() and typed[i][:1].isupper():
        j += 1
    return " ".join(typed[i:j])


def _apply(named: Named, acc: Accounting, matches, tokens, typed, chapters, eu_at, lang) -> None:
    """Turn the phrases found into named elements."""
    partners_at: list[tuple[int, str]] = []
    reporter_at: list[int] = []
    flow_at: list[tuple[int, str, str]] = []  # (position, flow, the word)
    sell_at: list[int] = []
    hs: list[str] = list(chapters)
    for m in matches:
        kind, value = m.kind, m.value
        if kind == "partner":
            partners_at.append((m.start, value))
        elif kind == "reporter":
            reporter_at.append(m.start)
            named.reporter = True
        elif kind == "flow":
            flow_at.append((m.start, value, " ".join(tokens[m.start : m.end])))
            named.flow_words.append(" ".join(tokens[m.start : m.end]))
        elif kind == "side":
            named.side = value
            flow_at.append((m.start, "balance", " ".join(tokens[m.start : m.end])))
        elif kind == "sell":
            sell_at.append(m.start)
        elif kind == "trade":
            named.trade_word = True
        elif kind == "measure":
            if value not in named.measures:
                named.measures.append(value)
        elif kind == "combine":
            named.combined = True
        elif kind == "compare":
            named.compare = True
            against = ("with", "con", "to", "against", "versus", "vs", "frente", "a", "alongside", "beside", "de")  # fmt: skip
            if tokens[m.end - 1] in against or (m.end < len(tokens) and tokens[m.end] in against):
                named.compare_with = True  # "compared with China", "comparado con China"
        elif kind == "order":
            if value == "smallest":
                named.order = "smallest"
        elif kind == "append":
            named.append = True
        elif kind == "hs":
            hs.append(value)
        elif kind == "comparative":
            named.comparative = True
        elif kind == "hs_item":  # "avocados": their chapter, and the answer says so
            hs.append(value)
            if value not in chapters:  # "nuclear reactors, boilers … (HS 84)": the chapter's own title
                named.items.append(" ".join(typed[m.start : m.end]))
        elif kind == "hs_ambiguous":
            acc.ambiguous.append(("product", value))
        elif kind == "atp":
            named.product = named.product or Product("atp", (value,))
        elif kind == "atp_generic":
            named.product = named.product or Product("atp", ())
        elif kind == "naics":
            named.product = Product("naics", (value,))
        elif kind == "tech":
            named.product = named.product or Product("tech", TECH_CHAPTERS)
        elif kind == "unavailable":
            acc.unavailable.append((value, " ".join(tokens[m.start : m.end])))
        elif kind == "anaphora":
            named.anaphora = True
        elif kind == "units":
            named.units = True
        elif kind == "percent" and m.value == "percent":
            named.percent = True
        elif kind == "state_or_country":
            # "Georgia (the country)", "el país de Georgia": said which, nothing to ask
            named.state_or_country = not (V.COUNTRY_WORDS & set(tokens))
        elif kind == "separately":
            named.separately = True

    # "EU": Estados Unidos in Spanish, the European Union in English, else ask
    for i in eu_at:
        means = i18n.EU_ABBREVIATION.get(lang)
        if means == "reporter":
            reporter_at.append(i)
            named.reporter = True
        elif means:
            partners_at.append((i, means))
        else:
            acc.ambiguous.append(("eu", (EUROPEAN_UNION, "us")))

    if hs and not (
        named.product and named.product.kind == "tech" and tuple(sorted(set(hs))) == TECH_CHAPTERS
    ):
        named.product = Product("hs", tuple(sorted(set(hs))))  # explicit chapters win
    # partners in the order named; a name matching two partners ("Congo") is a tie to ask about
    by_position: dict[int, list[str]] = {}
    for pos, code in partners_at:
        by_position.setdefault(pos, []).append(code)
    for pos in sorted(by_position):
        codes = list(dict.fromkeys(by_position[pos]))
        if len(codes) > 1:
            acc.ambiguous.append(("partner", tuple(codes)))
            continue
        if codes[0] not in named.partners:
            named.partners.append(codes[0])
    named.flows = _flows(flow_at, sell_at, reporter_at, partners_at, tokens, named)
    trade_verbs = [p for p, _, w in flow_at if w in V.BUY_WORDS] + sell_at
    we_at = [i for i, t in enumerate(tokens) if _first_person_plural(t) and t != "nos"]
    the_us_named = any(tokens[r] not in _WE for r in reporter_at)
    if reporter_at and any(p > 0 and tokens[p - 1] == "nos" for p in trade_verbs):
        # "¿cuánto nos compra EE.UU.?": with the U.S. named, "nos" is the asker's own country
        acc.ambiguous.append(("we", (MEXICO, CANADA)))
    elif (
        we_at
        and not named.partners
        and ((the_us_named and (trade_verbs or named.flows)) or "rank" in named.measures)
    ):
        # "how much did we sell to the US?", "¿cuánto le vendimos a EE.UU.?", "where do we rank
        # among US suppliers?": "we" is the asker's own country, which the question does not say
        acc.ambiguous.append(("we", (MEXICO, CANADA)))
        if any(w <= pos and word.startswith(("export", "import")) for pos, _, word in flow_at for w in we_at):
            # "we export to the US": the asker's country exports, so the U.S. imports
            swap = {"imports": "exports", "exports": "imports"}
            named.flows = [swap.get(f, f) for f in named.flows]
    # "Canada buys more than China, Japan and the UK combined", "México y Canadá juntos frente
    # a China": one partner against a sum
    than = [i for i, t in enumerate(tokens) if t in V.AGAINST_WORDS]
    positions = [p for p, _ in partners_at]
    before = [p for p in positions if than and p < than[0]]
    after = [p for p in positions if than and p > than[0]]
    if named.combined and before and after:
        if len(before) == len(after) == 1:
            named.combined = False  # "the USMCA partners combined vs China": a group beside a partner
        else:
            acc.unavailable.append(("one_vs_sum", " ".join(tokens)))
    if (
        named.separately
        and named.flows == ["total"]
        and any("import" in w and "export" in w for w in named.flow_words)
    ):
        named.flows = ["imports", "exports"]  # "imports and exports, separately": two flows, not their sum

    if named.trade_word and not named.flows and TOTAL_WORDS & set(tokens):
        named.flows = ["total"]  # "total US trade with Mexico": the words need not be adjacent


def _flows(flow_at, sell_at, reporter_at, partners_at, tokens, named) -> list[str]:
    """U.S. flows, read from the direction of the words: 'Mexico's exports to the US' and
    'who sells the most to the US' are U.S. imports; 'what does the US sell to China' exports."""
    partner_pos = [p for p, _ in partners_at]
    flows: list[str] = []
    for pos, flow, word in flow_at:
        if word in V.BUY_WORDS:
            flow = _buy_direction(pos, reporter_at, partner_pos, tokens)
        elif flow in ("imports", "exports") and (
            _partner_is_subject(pos, word, partner_pos, reporter_at, tokens)
            or _to_the_reporter(pos + len(word.split()), word, reporter_at, tokens)
        ):
            flow = "imports" if flow == "exports" else "exports"
        if flow not in flows:
            flows.append(flow)
    if sell_at and not flows:
        flows.append(_sell_direction(sell_at[0], reporter_at, partner_pos, tokens, bool(named.measures)))
    if "balance" in flows and len(flows) > 1:
        flows = ["balance"]  # "deficit in imports and exports": the balance is what is asked
    return flows


def _to_the_reporter(after: int, word: str, reporter_at, tokens) -> bool:
    """'sold to the US', 'shipped to the States', 'ventas a EE.UU.': a flow phrase ending in
    'to' whose destination is the U.S. is the partner selling, that is, U.S. imports."""
    if word.split()[-1] not in TO_WORDS:
        return False
    while after < len(tokens) and tokens[after] in ("the", "los", "el"):
        after += 1
    return after in reporter_at or after - 1 in reporter_at


def _partner_is_subject(pos, word, partner_pos, reporter_at, tokens) -> bool:
    """Whether the partner, not the U.S., does the exporting or importing: 'Mexico's exports',
    'Mexico exports to the US', 'exports from Mexico' are U.S. imports; 'China's imports from
    the US' are U.S. exports. A terse 'kr exports 2019' stays a U.S. figure."""
    if not partner_pos:
        return False

    def prep(i: int) -> str:
        return tokens[i - 1] if i > 0 else ""

    if any(
        (r == pos - 1 and tokens[r] not in _WE) or (r == pos - 2 and tokens[pos - 1] == "s")
        for r in reporter_at
    ):
        return False  # "US exports", "US's imports" ("we export" is decided below)
    # "(we) exportamos a EE.UU.", "we import from the US": "we" is the partner, the U.S. the other side
    we_subject = _first_person_plural(tokens[pos]) or (pos > 0 and tokens[pos - 1] in _WE - {"nos"})
    possessive = pos >= 2 and tokens[pos - 1] == "s" and pos - 2 in partner_pos
    partner_before = pos - 1 in partner_pos
    if word.startswith("export") and (
        (pos + 1 in partner_pos and tokens[pos + 1] in V.DEMONYMS_AFTER)
        or (partner_before and tokens[pos - 1] in V.DEMONYMS_BEFORE)
    ):
        return True  # "exportaciones mexicanas", "Mexican exports"
    if word.startswith("export"):
        us_destination = any(prep(r) in TO_WORDS for r in reporter_at)
        after = [p for p in partner_pos if p > pos]
        # "exportaciones de México": the partner's; "al país de Georgia": only the country's name
        from_partner = bool(
            after and prep(after[0]) in FROM_WORDS and prep(after[0] - 1) not in V.COUNTRY_WORDS
        )
        # "¿cuánto exportó México a EE.UU.?": the subject comes after a Spanish verb
        subject_after = (pos + 1 in partner_pos or we_subject) and us_destination
        return possessive or (partner_before and us_destination) or from_partner or subject_after
    if word.startswith("import"):
        # "importaciones de EE.UU." right after the word is whose imports (the U.S.'s), not a source
        us_source = any(
            prep(r) in FROM_WORDS and not (r == pos + 2 and prep(r) in ("de", "del")) for r in reporter_at
        )
        return (
            possessive or partner_before or pos + 1 in partner_pos or we_subject
        ) and us_source  # "importó Canadá de EE.UU."
    return False


def _buy_direction(buy: int, reporter_at, partner_pos, tokens) -> str:
    """Who buys from whom: the U.S. buying is U.S. imports; a partner buying from the U.S.
    ('Canada buys US goods', 'how much does Canada buy from the US', 'le compra Canadá a
    EE.UU.') is U.S. exports. The seller follows 'from' (or Spanish 'a' after the verb)."""

    def sells(i: int) -> bool:  # position i is the seller: "from X", "de X", "compra ... a X"
        return i > buy and i > 0 and (tokens[i - 1] in FROM_WORDS or tokens[i - 1] in ("a", "al"))

    def possessive(i: int) -> bool:  # "las compras (de electrónicos) de EE.UU.": whose purchases
        return tokens[buy] in ("compras", "purchases") and tokens[i - 1] in ("de", "del", "of")

    if buy > 0 and tokens[buy - 1] == "nos":  # "us" is the U.S. unless the U.S. is named too
        return "imports" if reporter_at else "exports"  # "nos compró Canadá"; "nos compra EE.UU."
    if any(sells(i) and not possessive(i) for i in reporter_at):
        return "exports"
    if any(sells(i) for i in partner_pos):
        return "imports"
    if any(possessive(i) for i in reporter_at if i > buy):
        return "imports"
    subject = [i for i in (*reporter_at, *partner_pos) if buy - 3 <= i < buy]
    if subject and max(subject) in partner_pos and max(subject) not in reporter_at:
        return "exports"  # "Canada buys …": the partner is the buyer
    if any(i > buy for i in reporter_at) and not any(i < buy for i in reporter_at):
        if tokens[buy] in V.SPANISH_TRADE_VERBS:
            return "imports"  # "¿a qué país le compra más EE.UU.?": the U.S. is the subject
        return "exports"  # "Canada buys US goods", "who buys the most American products"
    return "imports"


def _sell_direction(sell: int, reporter_at, partner_pos, tokens, asks_who: bool) -> str:
    """'sells to the US' -> imports; 'sells to China' -> exports; 'who sells the most' ->
    imports; 'what does the US sell' -> exports."""
    if sell > 0 and tokens[sell - 1] == "nos":  # "us" is the U.S. unless the U.S. is named too
        return "exports" if reporter_at else "imports"  # "nos vendió Taiwán"; "nos vende EE.UU."
    if any(i > 0 and tokens[i - 1] in TO_WORDS for i in reporter_at):
        return "imports"
    if any(i > 0 and tokens[i - 1] in TO_WORDS for i in partner_pos):
        return "exports"
    reporter_after = any(i > sell for i in reporter_at)
    reporter_before = any(i < sell for i in reporter_at)
    if reporter_after and not reporter_before and tokens[sell] in V.SPANISH_TRADE_VERBS:
        return "exports"  # "¿a qué país le vende más EE.UU.?": the U.S. is the subject
    if (asks_who or reporter_after) and not reporter_before:
        return "imports"
    return "exports"


def _compose_period(
    named: Named, mentions, matches, acc: Accounting, tokens: list[str], in_conversation: bool = False
) -> str | None:
    """One period from the mentions: a year, a run of months, a list of years, a range, or
    two periods compared ('Q3 2022 vs Q3 2021'). Returns a problem when they cannot combine."""
    fiscal = [m for m in mentions if m.kind == "fiscal"]
    if fiscal:
        acc.unavailable.append(("fiscal_year", "fiscal year"))
        named.fiscal_year = fiscal[0].year

        mentions = [m for m in mentions if m.kind != "fiscal"]
    if any(m.relative == "vs_last_year" for m in mentions):
        named.measures.append("change")  # "YTD imports compared with last year"
        mentions = [m for m in mentions if m.relative != "vs_last_year"]
    if len(mentions) > 1:  # "the whole history up to 2022": the other period bounds it
        mentions = [m for m in mentions if not (m.kind == "span" and m.span == (None, None))] or mentions[:1]
    back = [m for m in mentions if m.kind == "back"]
    dated_mentions = [m for m in mentions if m.kind in ("year", "months") and m.year]
    if len(back) == 1 and len(mentions) == 1:  # "and two years earlier?": back from the previous question
        if not in_conversation:  # earlier than nothing said: named back as not understood
            acc.unknown_words.append(" ".join(tokens[back[0].start : back[0].end]))
            return None
        named.relative, named.count = "years_back", back[0].count
        return None
    if back:  # "2024 versus three years earlier": the other period, that many years back
        if len(back) > 1 or len(dated_mentions) != 1:
            return "mixed"
        other = dated_mentions[0]
        moved = replace(other, start=back[0].start, end=back[0].end, year=other.year - back[0].count)
        mentions = [moved if m is back[0] else m for m in mentions]
    relative = [m for m in mentions if m.kind == "relative"]
    undated = [m for m in mentions if m.kind == "months" and m.year is None]
    if (
        len(relative) == 1
        and relative[0].relative == "last_year"
        and len(mentions) == 2
        and len(undated) == 1
    ):
        # "el año pasado … en el primer semestre": the part of that year
        mentions = [replace(undated[0], year=-1)]
        relative = []
    if relative:
        r = relative[0]
        named.relative, named.count = r.relative, r.count
        if r.relative == "from_then":  # the start is the previous question's period
            named.until, named.anaphora = r.span[1] or None, True
        if r.year:  # "the last quarter of 2023"
            named.relative = None
            named.period = Period("months", year=r.year, first_month=10, last_month=12)
        mentions = [m for m in mentions if m.kind != "relative"]
        if mentions and not (
            len(mentions) == 1 and mentions[0].kind == "year" and r.relative == "last_month"
        ):
            return "mixed"
    if not mentions:
        return None
    # the same period said twice ("a record in 2024 … the deficit in 2024") is one period
    once = {(m.kind, m.year, m.first_month, m.last_month, m.span, m.ytd): m for m in reversed(mentions)}
    mentions = [m for m in mentions if m in once.values()]
    same = [m for m in mentions if m.kind == "same"]
    if len(same) == 1 and len(mentions) == 1 and not any(m.kind == "compare" for m in matches):
        # "¿y en el mismo trimestre de 2023?": the months just discussed, in that year
        named.relative, named.count = "same_months", same[0].year
        return None
    if same:  # "Q3 2024 vs the same quarter of 2023": the base takes the other period's months
        others = [m for m in mentions if m.kind != "same"]
        months = next((m for m in others if m.kind == "months"), None)
        m1, m2 = (months.first_month, months.last_month) if months else (1, 12)
        named.base = Period("months", year=same[0].year, first_month=m1, last_month=m2)
        if len(others) > 1:
            return "mixed"
        if others:
            o = others[0]
            named.period = Period("months", year=o.year, first_month=o.first_month, last_month=o.last_month)
        return None
    spans = [m for m in mentions if m.kind == "span"]
    if len(spans) == 1:  # "the annual balance since 2013 … its largest deficit in 2024"
        lo, hi = spans[0].span[0], spans[0].span[1] or 9999
        mentions = [m for m in mentions if m.kind == "span" or not (m.kind == "year" and lo <= m.year <= hi)]
    # "acumuladas de enero a octubre de 2022": year-to-date words beside the months they run over
    if any(m.kind == "months" and m.ytd and m.year is None for m in mentions) and any(
        m.kind == "months" and not m.ytd for m in mentions
    ):
        mentions = [m for m in mentions if not (m.kind == "months" and m.ytd and m.year is None)]
    # "Q3 2023 (Jul–Sep)": the same months named twice are one period

    dated = [m for m in mentions if m.kind == "months" and m.year]
    mentions = [
        m for m in mentions
        if not (m.kind == "months" and m.year is None
                and any((d.first_month, d.last_month) == (m.first_month, m.last_month) for d in dated))
    ]  # fmt: skip
    compare_between = lambda a, b: any(  # noqa: E731
        m.kind == "compare" and a.end <= m.start < b.start for m in matches
    )

    def names_a_base(m) -> bool:  # "vs 2023", "compared with 2023", "compárelo con 2023"
        words = " ".join(tokens[m.start : m.end])
        if m.kind != "compare" or m.end > mentions[0].start:
            return False
        between = tokens[m.end : mentions[0].start]
        return (words in BASE_WORDS and not between) or (
            len(between) == 1 and between[0] in ("con", "with", "to", "a")
        )

    if len(mentions) == 1 and any(names_a_base(m) for m in matches):
        m = mentions[0]  # "change vs 2023": the base the change is measured from
        if m.kind in ("year", "months") and m.year:
            named.base = Period("months", year=m.year, first_month=m.first_month, last_month=m.last_month)
            return None
    if len(mentions) == 1:
        m = mentions[0]
        if m.kind == "span":
            named.period = Period("span", start=m.span[0], year=m.span[1])
        elif m.kind == "year":
            named.period = Period("year", year=m.year)
        else:
            named.period = Period(
                "months", year=m.year, first_month=m.first_month, last_month=m.last_month, ytd=m.ytd
            )
        return None
    if any(m.kind == "span" for m in mentions):
        return "mixed"
    if len(mentions) == 2 and compare_between(mentions[0], mentions[1]):
        a, b = mentions
        months = a if a.kind == "months" else b
        other = b if months is a else a
        if (
            a.kind == "months"
            and b.kind == "months"
            and (a.first_month, a.last_month) != (b.first_month, b.last_month)
        ):
            return "unequal"
        if a.year is None or (other.year is None):
            return "unequal"
        base, year = sorted((a.year, b.year))
        if base == year:
            return "unequal"
        named.period = Period(
            "pair", year=year, start=base, first_month=months.first_month, last_month=months.last_month
        )
        return None
    if (len(mentions) == 2 and all(m.kind == "months" and m.year for m in mentions)
            and (mentions[0].first_month, mentions[0].last_month) == (mentions[1].first_month, mentions[1].last_month)
            and mentions[0].year != mentions[1].year):  # fmt: skip
        a, b = sorted(mentions, key=lambda x: x.year)  # "Q4 2024 with Q4 2019": the same months of two years
        named.period = Period(
            "pair", year=b.year, start=a.year, first_month=a.first_month, last_month=a.last_month
        )
        return None
    if all(m.kind == "year" for m in mentions):
        named.period = Period("years", years=tuple(sorted({m.year for m in mentions})))
        return None
    months = [m for m in mentions if m.kind == "months"]
    years = [m for m in mentions if m.kind == "year"]
    if len(months) == 1 and months[0].year is None and len(years) == 1:
        m = months[0]  # "March, 2024", "Q3 … in 2021"
        named.period = Period(
            "months", year=years[0].year, first_month=m.first_month, last_month=m.last_month, ytd=m.ytd
        )
        return None
    if len(months) == 1 and months[0].year is None and len(years) > 1:
        m = months[0]  # "Q3 of 2019 and 2020": the same months in several years
        named.period = Period("years", years=tuple(sorted({y.year for y in years})),
                              first_month=m.first_month, last_month=m.last_month)  # fmt: skip
        return None
    return "mixed"


def _starts_follow_up(tokens: list[str]) -> bool:
    text = " ".join(tokens)
    return any(text == f or text.startswith(f + " ") for f in V.FOLLOW_UP_STARTS)


WORLD_CODE = WORLD
