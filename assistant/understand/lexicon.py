"""Turns a question into tokens and finds the phrases the assistant knows in them.

Exact phrases come first (longest match wins). Typo correction is deliberately narrow, so
it cannot invent a partner out of an ordinary word: it applies only to tokens that are
not ordinary English or Spanish words (by wordfreq's frequency lists), only against names
of four letters or more, and more strictly for short names. ISO codes count in capitals
anywhere, and in lower case only when the token is not itself a common word.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import pycountry
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein
from wordfreq import zipf_frequency

from assistant.ingest.reference import iso_spanish
from assistant.store import Partner, Product, Store
from assistant.understand import vocabulary as V

MAX_PHRASE = 7
FUZZY_MIN_LEN = 4  # names shorter than this are never typo targets
ORDINARY_ZIPF = 2.2  # a word at least this common (per billion: ~160) is a word, not a typo
CODE_ZIPF = 3.8  # a lower-case ISO code this common is read as a word ("de", "it", "can")
CLOSE_NAME_CUTOFF = 70  # names offered back for an unknown one


@dataclass(frozen=True)
class Match:
    kind: str  # partner | reporter | hs | hs_ambiguous | atp | atp_generic | naics | tech | flow |
    #           side | measure | combine | compare | order | append | sell | trade | filler |
    #           unavailable | stop
    value: object
    start: int  # token index
    end: int


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


US_FORMS = re.compile(r"\b(?:u\.\s?s\.?|e\.?\s?e\.?\s?u\.?\s?u\.?|u\.s\.a\.?)(?=\W|$)", re.I)
_MONTH_NAMES = "january february march april may june july august september october november december".split()


def _month_year(m: re.Match) -> str:
    """'2024-03', '2024M03', '03/2024' -> ' march 2024 ' (the period grammar reads that)."""
    year, month = (m.group("y1"), m.group("m1")) if m.group("y1") else (m.group("y2"), m.group("m2"))
    return f" {_MONTH_NAMES[int(month) - 1]} {year} "


# Years said in words: "twenty twenty-three", "two thousand nineteen", "dos mil veintitrés"
_UNITS_EN = "one two three four five six seven eight nine".split()
_TEENS_EN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_YEAR_WORDS = {
    **{w: 10 + i for i, w in enumerate(_TEENS_EN)},
    "twenty": 20, **{f"twenty {u}": 21 + i for i, u in enumerate(_UNITS_EN)},
    **{w: 10 + i for i, w in enumerate("diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve".split())},
    "veinte": 20, **{w: 21 + i for i, w in enumerate(
        "veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve".split())},
}  # fmt: skip
_YEAR_WORD_RE = "|".join(sorted((w.replace(" ", r"[\s-]+") for w in _YEAR_WORDS), key=len, reverse=True))


def _year_in_words(m: re.Match) -> str:
    said = re.sub(r"[\s-]+", " ", m.group("n").lower())
    return f" {2000 + _YEAR_WORDS[said]} "


def _short_year(m: re.Match) -> str:
    """ "'19" -> 2019; "'95" -> 1995 (a century back when the year would be in the future)."""
    yy = int(m.group(1))
    return f" {2000 + yy if yy <= date.today().year % 100 + 1 else 1900 + yy} "


# Quarters and halves said aloud: "q three" -> q3, "h one" -> h1
_PART_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4}
_SPOKEN_PART = re.compile(r"\b(q|h)\s+(one|two|three|four|uno|dos|tres|cuatro)\b", re.I)


def _spoken_part(m: re.Match) -> str:
    number = _PART_NUMBER[m.group(2).lower()]
    return f" {m.group(1)}{number} " if m.group(1).lower() == "q" or number <= 2 else m.group(0)


_REWRITES = [
    (_SPOKEN_PART, _spoken_part),
    (
        re.compile(rf"\b(?:twenty|two thousand(?: and)?|dos mil)[\s-]+(?P<n>{_YEAR_WORD_RE})\b", re.I),
        _year_in_words,
    ),
    (re.compile(r"(?<![\w'’‘])['’‘](\d{2})\b"), _short_year),  # '19, el '18
    (
        re.compile(
            r"\b(?:(?P<y1>(?:19|20)\d{2})\s*(?:[-/]|m)\s*(?P<m1>0[1-9]|1[0-2])|"
            r"(?P<m2>0?[1-9]|1[0-2])\s*/\s*(?P<y2>(?:19|20)\d{2}))\b",
            re.I,
        ),
        _month_year,
    ),
    (
        re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?=\W|$)", re.I),
        " ",
    ),  # "before the 2pm markup"
    (re.compile(r"%"), " percent "),
    (re.compile(r"\+"), " plus "),
    (re.compile(r"\b(top|hs|ch|cap|naics|scian|sa)-?(\d)", re.I), r"\1 \2"),  # top5, hs85
    (re.compile(r"#\s*(\d+)\b"), r" number \1 "),
    (re.compile(r"(\d)\.(\d)"), r"\1\2"),  # 8471.30 is one code; 5.5 one number
    (re.compile(r"(\d),(\d{3})\b"), r"\1\2"),  # 1,000
    (re.compile(r"(\d{4})\s*[-–—/]\s*(\d{4})"), r"\1 to \2"),  # 2015-2020
    (re.compile(r"\b(\d{4})\s*[-–—/]\s*(\d{2})\b"), r"\1 to 20\2"),  # 2015-20
    (re.compile(r"([a-z])'s\b", re.I), r"\1 s"),  # Mexico's
]


def tokens_of(text: str) -> tuple[list[str], list[str]]:
    """(normalised tokens, the same tokens as typed): lower-case without accents, and with
    case kept, one for one. 'U.S.'/'EE.UU.' become 'us'; '2015-2020' becomes '2015 to 2020'."""
    norm, typed, _, _ = tokens_with_starts(text)
    return norm, typed


def tokens_with_starts(text: str) -> tuple[list[str], list[str], list[bool], list[bool]]:
    """tokens_of, and for each token whether it opens a sentence (a capital there is no sign
    of a name) and whether it opens a clause (a sentence, or after a comma)."""
    t = strip_accents(US_FORMS.sub(" us ", text))
    for pattern, replacement in _REWRITES:
        t = pattern.sub(replacement, t)
    typed, norm, starts, clauses = [], [], [], []
    opens = clause = True
    for piece in re.split(r"([^A-Za-z0-9]+)", t):
        if not piece:
            continue
        if not re.match(r"[A-Za-z0-9]", piece):
            if piece in ("'", "’"):  # inside a word: I'm, don't
                continue
            # a spaced hyphen is a dash ("Hill staffer here - what share …"), not a minus sign
            opens = opens or bool(re.search(r"[.!?¿¡:;—–\n\"“”'‘’(]| - ", piece))
            clause = clause or opens or "," in piece
            continue
        low = re.sub(r"[^a-z0-9]", "", strip_accents(piece.lower()))
        if low:
            typed.append(piece)
            norm.append("um" if V.HESITATION.fullmatch(low) else V.ABBREVIATIONS.get(low, low))
            starts.append(opens)
            clauses.append(clause)
            opens = clause = False
    return norm, typed, starts, clauses


def normalise(text: str) -> str:
    return " ".join(tokens_of(text)[0])


PRODUCT_KINDS = ("hs", "hs_item", "atp", "naics")  # phrase kinds that name goods


@lru_cache(maxsize=8192)
def zipf(word: str) -> float:
    """How common a word is in English or Spanish (wordfreq's Zipf scale; 0 = unseen)."""
    return max(zipf_frequency(word, "en"), zipf_frequency(word, "es"))


def is_ordinary(word: str) -> bool:
    return zipf(word) >= ORDINARY_ZIPF


def official_names(partner: Partner, aliases: list[str]) -> set[str]:
    """ISO 3166 official and common names in English and Spanish ("Republic of Korea",
    "Reino de Arabia Saudí", "South Korea"), the ISO "Korea, Republic of" turned round, and
    the official form with each everyday name ("Reino de Arabia Saudita")."""
    country = pycountry.countries.get(alpha_2=partner.iso2)
    if country is None:
        return set()
    spanish = iso_spanish().gettext
    english = [getattr(country, f, None) for f in ("name", "official_name", "common_name")]
    names = {n for e in english if e for n in (e, spanish(e))}
    names = {f"{tail} {head}" if tail.endswith((" of", " de", " del")) else n
             for n in names for head, _, tail in [n.partition(", ")]}  # fmt: skip
    short = {
        normalise(s) for s in (country.name, spanish(country.name), partner.name_en, partner.name_es) if s
    }
    for name in list(names):
        for s in short:
            if normalise(name).endswith(" " + s):
                prefix = normalise(name)[: -len(s)]
                names.update(prefix + normalise(a) for a in (*short, *aliases))
    return {n for n in names if n and "," not in n and "(" not in n}


class Lexicon:
    """Phrase table, ISO codes and the typo index, built once from the vocabulary and the
    partner and product tables."""

    def __init__(self, partners: dict[str, Partner], products: dict[tuple[str, str], Product]):
        self.phrases: dict[tuple[str, ...], list[tuple[str, object]]] = defaultdict(list)
        self.partners = partners
        self.products = products
        self.iso_codes: dict[str, str] = {}  # "MX"/"MEX" -> Census code
        self._product_words: dict[str, frozenset[str]] = {}
        for p in partners.values():
            country = pycountry.countries.get(alpha_2=p.iso2) if p.iso2 else None
            for iso in (p.iso2, country.alpha_3 if country else None):
                if iso and iso not in _ISO_LOOKALIKES:
                    self.iso_codes[iso] = p.code
            if p.kind == "other":
                continue
            for name in (p.name_en, p.name_es, p.census_name):
                self._add(name, "partner", p.code)
                if name and name.lower().startswith(("the ", "la ", "el ", "los ", "las ")):
                    self._add(name.split(" ", 1)[1], "partner", p.code)
        for name, code in V.STATE_OR_COUNTRY.items():  # "Virgin Islands": British, or U.S. (not a partner)?
            self._add(name, "partner", code)
            self._add(name, "state_or_country", True)
        named = (V.PARTNER_ALIASES, V.PARTNER_NICKNAMES, V.FORMER_NAMES, V.GROUP_ALIASES, V.EXONYMS)
        for code, aliases in ((c, a) for table in named for c, a in table.items()):
            for a in aliases:
                if normalise(a) not in V.STOPWORDS:  # "can" is a verb before it is Canada
                    self._add(a, "partner", code)
        for p in partners.values():
            if p.iso2 and p.kind != "other":
                for name in official_names(p, V.PARTNER_ALIASES.get(p.code, [])):
                    self._add(name, "partner", p.code)
        for product in products.values():
            kind = {"hs": "hs", "hitech": "atp", "naics": "naics"}[product.dataset]
            for name in (product.name_en, product.name_es):
                self._add(name, kind, product.code)
        tables = {"hs": V.HS_ALIASES, "hs_item": V.HS_ITEMS, "atp": V.ATP_ALIASES, "naics": V.NAICS_ALIASES,
                  "unavailable": V.UNAVAILABLE, **V.SIGNALS}  # fmt: skip
        # A product word that is a Spanish function word ("soy": I am) names goods only in
        # an English question; the reader decides once it knows the language.
        self.english_products: dict[str, tuple[str, object]] = {}
        for kind, table in tables.items():
            for meaning, words in table.items():
                for w in words:
                    if kind in PRODUCT_KINDS and normalise(w) in V.STOPWORDS:
                        self.english_products[normalise(w)] = (kind, meaning)
                    else:
                        self._add(w, kind, meaning)
        for word, codes in V.HS_AMBIGUOUS.items():
            self._add(word, "hs_ambiguous", tuple(codes))
        for word, codes in V.AMBIGUOUS_PARTNERS.items():
            key = tuple(normalise(word).split())
            self.phrases[key] = [("partner", c) for c in codes]  # a tie the reader asks about
        flags = {"atp_generic": V.ATP_GENERIC, "tech": V.TECH_GENERIC, "reporter": V.REPORTER,
                 "sell": V.SELL_WORDS, "trade": V.BARE_TRADE, "filler": V.FILLER,
                 "closing": V.CLOSINGS, "thanks": V.THANKS, "anaphora": V.ANAPHORA,
                 "correction": V.CORRECTIONS, "how_many": V.HOW_MANY}  # fmt: skip
        for kind, words in flags.items():
            for w in words:
                self._add(w, kind, True)
        # Singular forms of plural product words ("toy" for "toys", "car" for "cars").
        for key, meanings in list(self.phrases.items()):
            word = key[-1]
            if len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
                singular = key[:-1] + (word[:-1],)
                if singular not in self.phrases:
                    for kind, value in meanings:
                        if kind in ("hs", "hs_item", "atp"):
                            self.phrases[singular].append((kind, value))
        # U.S. states, Mexican states and Canadian provinces: detail the data does not have.
        partner_words = {k for k, v in self.phrases.items() if any(m[0] == "partner" for m in v)}
        for country in ("US", "MX", "CA"):
            for sub in pycountry.subdivisions.get(country_code=country):
                key = tuple(normalise(sub.name).split())
                if len(" ".join(key)) >= 4 and key not in partner_words:
                    self._add(sub.name, "unavailable", "places")
                elif key in partner_words and country == "US":
                    self._add(sub.name, "state_or_country", True)  # Georgia
        # Typo targets: partner and product names of four letters or more.
        self._fuzzy: dict[str, tuple[str, object]] = {}
        for key, meanings in self.phrases.items():
            text = " ".join(key)
            for kind, value in meanings:
                if kind in ("partner", "hs", "hs_item", "atp") and len(text) >= FUZZY_MIN_LEN:
                    self._fuzzy.setdefault(text, (kind, value))
        self._fuzzy_keys = list(self._fuzzy)
        # Typo targets among the words that signal a flow or measure ("suplliers", "sels").
        signal_kinds = {"flow", "side", "measure", "sell", "trade", "compare", "combine", "order"}
        self._word_targets = [
            key[0] for key, meanings in self.phrases.items()
            if len(key) == 1 and len(key[0]) >= 4 and any(k in signal_kinds for k, _ in meanings)
        ]  # fmt: skip
        zipf("the")  # load the word lists now, not on the first question
        self._partner_names = sorted(
            {
                " ".join(k)
                for k, v in self.phrases.items()
                if any(m[0] == "partner" for m in v) and len(" ".join(k)) >= 4
            }
        )

    def _add(self, phrase: str | None, kind: str, value) -> None:
        if not phrase:
            return
        key = tuple(normalise(phrase).split())
        if key and (kind, value) not in self.phrases[key]:
            self.phrases[key].append((kind, value))

    def scan(self, tokens: list[str], free: list[bool]) -> list[Match]:
        """Longest known phrases over the tokens not yet claimed (free[i])."""
        matches: list[Match] = []
        i = 0
        while i < len(tokens):
            if not free[i]:
                i += 1
                continue
            for n in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
                if not all(free[i : i + n]):
                    continue
                key = tuple(tokens[i : i + n])
                if key in self.phrases:
                    matches += [Match(k, v, i, i + n) for k, v in self.phrases[key]]
                    i += n
                    break
            else:
                i += 1
        return matches

    def product_words(self, chapter: str) -> frozenset[str]:
        """The words of an HS chapter's titles and everyday names ('optical', 'medical'),
        worked out once per chapter (it reads the whole phrase table)."""
        cached = self._product_words.get(chapter)
        if cached is None:
            cached = self._product_words[chapter] = frozenset(self._read_product_words(chapter))
        return cached

    def _read_product_words(self, chapter: str) -> set[str]:
        words = set()
        for key, meanings in self.phrases.items():
            if ("hs", chapter) in meanings:
                words.update(w for w in key if len(w) > 3)
        product = self.products.get(("hs", chapter))
        if product:
            for name in (product.name_en, product.name_es):
                words.update(w for w in normalise(name).split() if len(w) > 3)
        return words

    def iso_code(self, typed: str, trade_question: bool) -> str | None:
        """A Census code for an ISO code: any capitalised 'MX'/'DEU'; a lower-case one only
        in a trade question and when it is not a common word ('kr', 'jp', but not 'de')."""
        if typed.isupper():
            return self.iso_codes.get(typed)
        code = self.iso_codes.get(typed.upper())
        if code and trade_question and typed.islower() and zipf(typed) < CODE_ZIPF:
            return code
        return None

    def correct(self, typed: str, tokens: list[str], i: int) -> list[Match]:
        """A typo of a partner or product name ('mexcio', 'alemnia') or of a word that signals
        a flow or measure ('suplliers'); never for an ordinary word, never towards a short
        name unless nearly identical."""
        word = tokens[i]
        if len(word) < FUZZY_MIN_LEN or word.isdigit() or is_ordinary(word) or is_ordinary(typed.lower()):
            return []
        candidates = [(word, i + 1)]
        if i + 1 < len(tokens) and not tokens[i + 1].isdigit() and not is_ordinary(tokens[i + 1]):
            candidates.insert(0, (word + " " + tokens[i + 1], i + 2))
        for text, end in candidates:
            found = self._nearest_name(text)
            if found:
                kind, value = self._fuzzy[found]
                return [Match(kind, value, i, end)]
        target = self._nearest(word, self._word_targets, lambda w: frozenset(self.phrases[(w,)]))
        if target:
            return [Match(kind, value, i, i + 1) for kind, value in self.phrases[(target,)]]
        return []

    @staticmethod
    def _nearest(text: str, targets: list[str], meaning) -> str | None:
        """The one target within a typo of `text` (the slips _nearest_name allows, counted the
        same way: a swapped pair of letters is one slip, 'exprots'); a tie between targets of
        different meaning is no correction."""
        found = process.extract(text, targets, scorer=DamerauLevenshtein.distance, score_cutoff=2, limit=5)
        found = [
            f for f in found
            if f[1] <= 1 and (len(text) > 4 or f[0][:1] == text[:1])
            or sorted(f[0]) == sorted(text) or (len(text) >= 9 and f[0][:2] == text[:2])
        ]  # fmt: skip
        if not found:
            return None
        best = [f for f in found if f[1] == found[0][1]]
        return best[0][0] if len({meaning(f[0]) for f in best}) == 1 else None

    def _nearest_name(self, text: str) -> str | None:
        """The one name within a typo of `text`: one slip (a wrong, missing, extra or swapped
        letter); two only for the same letters out of order ("vietman") or in a long name
        whose first two letters are right ("phillipines"). A tie is no correction."""
        return self._nearest(text, self._fuzzy_keys, self._fuzzy.__getitem__)

    def near_typos(self, typed: str) -> list[str]:
        """Partner codes within two slips of an unknown name ('eslovenquia'): a likely typo
        of one of them, so the reply asks which."""
        text = normalise(typed)
        found = process.extract(text, self._partner_names, scorer=DamerauLevenshtein.distance,
                                score_cutoff=2, limit=5)  # fmt: skip
        codes: list[str] = []
        for name, _distance, _ in found:
            for kind, value in self.phrases[tuple(name.split())]:
                if kind == "partner" and value not in codes:
                    codes.append(value)
        return codes

    def close_names(self, typed: str, limit: int = 3) -> list[str]:
        """Partner codes whose names are near an unknown name, best first (for buttons)."""
        found = process.extract(normalise(typed), self._partner_names, scorer=fuzz.ratio,
                                score_cutoff=CLOSE_NAME_CUTOFF, limit=limit * 3)  # fmt: skip
        codes: list[str] = []
        for name, _score, _ in found:
            for kind, value in self.phrases[tuple(name.split())]:
                if kind == "partner" and value not in codes:
                    codes.append(value)
        return codes[:limit]


# Capitalised words that are also ISO codes but usually mean something else in a question.
_ISO_LOOKALIKES = {
    "US", "USA", "EU", "UE", "IT", "IN", "NO", "OR", "AS", "AT", "BE", "TO", "ME", "MY", "AM",
    "IS", "AN", "HS", "SA", "DE", "LA", "EL", "ES", "SE", "GDP", "PIB", "ATP", "ICT", "TIC",
    "YTD", "CAN", "AND", "FOR", "THE", "ARE", "ALL", "TOP", "HOW", "NAM", "EE", "UU", "YOY",
    "CIF", "FOB", "VS", "HTS", "TMEC", "FY", "CC", "RE", "FW", "OK", "PS", "ID", "CEO",
}  # fmt: skip


@lru_cache(maxsize=4)  # one per live snapshot; a refresh replaces the store, so keep few
def lexicon_for(store: Store) -> Lexicon:

    return Lexicon(store.partners, store.products)
