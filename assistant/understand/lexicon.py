"""Turns a question into normalised tokens and the phrases they contain.

Exact phrases come first (longest match wins); an unknown word of five or more letters
is then matched against partner and product names with RapidFuzz, so "Mexcio" and
"Alemnia" still land. Known vocabulary is never fuzzy-matched ("finance" is not France).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import pycountry
from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from assistant.store import Partner, Product, Store
from assistant.understand import vocabulary as V

MAX_PHRASE = 6
FUZZY_MIN_LEN = 5  # for country names
FUZZY_MIN_LEN_PRODUCT = 7  # product words are common words' neighbours ("cubre"/"cobre")
FUZZY_CUTOFF = 80
# Transposed letters ("Vietman") score low on edit ratio; Jaro-Winkler catches them when
# the word starts the same way.
TRANSPOSITION_CUTOFF = 0.95


@dataclass(frozen=True)
class Match:
    kind: str  # partner | hs | hs_ambiguous | atp | atp_generic | naics | tech | flow | sell |
    #           trade | intent | reporter | month | out_of_scope | place
    value: object
    start: int  # token index
    end: int


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


US_FORMS = re.compile(r"\b(?:u\.\s?s\.?|e\.?\s?e\.?\s?u\.?\s?u\.?|u\.s\.a\.?)(?=\W|$)", re.I)


def normalise(text: str) -> str:
    """Lower-case, no accents, 'U.S.'/'EE.UU.' as one token, ranges '2015-2020' spelled."""
    t = US_FORMS.sub(" us ", text)
    t = strip_accents(t.lower())
    t = re.sub(r"(\d{4})\s*[-–—/]\s*(\d{4})", r"\1 to \2", t)
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return " ".join(t.split())


class Lexicon:
    """Phrase table and fuzzy index, built once from the vocabulary and the reference tables."""

    def __init__(self, partners: dict[str, Partner], products: dict[tuple[str, str], Product]):
        self.phrases: dict[tuple[str, ...], list[tuple[str, object]]] = defaultdict(list)
        self.partners = partners
        self.products = products
        self.iso_codes: dict[str, str] = {}  # "MX"/"MEX" -> Census code; matched only in capitals
        for p in partners.values():
            country = pycountry.countries.get(alpha_2=p.iso2) if p.iso2 else None
            for iso in (p.iso2, country.alpha_3 if country else None):
                if iso and iso not in _ISO_LOOKALIKES:
                    self.iso_codes[iso] = p.code
            if p.kind == "other":
                continue
            code = p.code
            for name in (p.name_en, p.name_es, p.census_name):
                self._add(name, "partner", code)
                if name and name.lower().startswith(("the ", "la ", "el ", "los ", "las ")):
                    self._add(name.split(" ", 1)[1], "partner", code)
        for code, aliases in {**V.PARTNER_ALIASES, **V.GROUP_ALIASES}.items():
            for a in aliases:
                self._add(a, "partner", code)
        for product in products.values():
            kind = {"hs": "hs", "hitech": "atp", "naics": "naics"}[product.dataset]
            code = product.code
            for name in (product.name_en, product.name_es):
                self._add(name, kind, code)
        # Vocabulary tables: kind -> {meaning: [words]}, and word lists that only flag a kind.
        tables = {
            "hs": V.HS_ALIASES,
            "atp": V.ATP_ALIASES,
            "naics": V.NAICS_ALIASES,
            "flow": V.FLOW_WORDS,
            "intent": V.INTENT_WORDS,
            "month": V.MONTHS,
            "out_of_scope": V.OUT_OF_SCOPE,
        }
        for kind, table in tables.items():
            for meaning, words in table.items():
                for w in words:
                    self._add(w, kind, meaning)
        for word, codes in V.HS_AMBIGUOUS.items():
            self._add(word, "hs_ambiguous", tuple(codes))
        flags = {
            "atp_generic": V.ATP_GENERIC,
            "tech": V.TECH_GENERIC,
            "reporter": V.REPORTER,
            "sell": V.SELL_WORDS,
            "trade": V.BARE_TRADE,
        }
        for kind, words in flags.items():
            for w in words:
                self._add(w, kind, True)
        partner_words = {k for k, v in self.phrases.items() if any(m[0] == "partner" for m in v)}
        for country in ("US", "MX", "CA"):
            for sub in pycountry.subdivisions.get(country_code=country):
                key = tuple(normalise(sub.name).split())
                if len(" ".join(key)) >= 5 and key not in partner_words:
                    self._add(sub.name, "place", sub.name)

        self.known_words = {w for key in self.phrases for w in key}
        self.known_words |= V.STOPWORDS | V.SPANISH_MARKERS | V.ENGLISH_MARKERS
        self.known_words |= set(V.NUMBER_WORDS) | _COMMON_WORDS
        # Fuzzy targets: partner and product names of five letters or more.
        self._fuzzy: dict[str, tuple[str, object]] = {}
        for key, meanings in self.phrases.items():
            text = " ".join(key)
            for kind, value in meanings:
                if kind == "partner" and len(text) >= FUZZY_MIN_LEN:
                    self._fuzzy.setdefault(text, (kind, value))
                elif kind in ("hs", "atp") and len(text) >= FUZZY_MIN_LEN_PRODUCT:
                    self._fuzzy.setdefault(text, (kind, value))
        self._fuzzy_keys = list(self._fuzzy)

    def _add(self, phrase: str | None, kind: str, value) -> None:
        if not phrase:
            return
        key = tuple(normalise(phrase).split())
        if key and (kind, value) not in self.phrases[key]:
            self.phrases[key].append((kind, value))

    def scan(self, tokens: list[str]) -> list[Match]:
        """Longest exact phrases first, then fuzzy single words and word pairs."""
        matches: list[Match] = []
        i = 0
        while i < len(tokens):
            for n in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
                key = tuple(tokens[i : i + n])
                if key in self.phrases:
                    matches += [Match(k, v, i, i + n) for k, v in self.phrases[key]]
                    i += n
                    break
            else:
                fuzzy = self._fuzzy_match(tokens, i)
                if fuzzy:
                    matches.append(fuzzy)
                    i = fuzzy.end
                else:
                    i += 1
        return matches

    def _fuzzy_match(self, tokens: list[str], i: int) -> Match | None:
        word = tokens[i]
        if len(word) < FUZZY_MIN_LEN or word.isdigit() or word in self.known_words:
            return None
        candidates = [(word, i + 1)]
        if i + 1 < len(tokens) and tokens[i + 1] not in self.known_words:
            candidates.insert(0, (word + " " + tokens[i + 1], i + 2))
        for text, end in candidates:
            best = process.extractOne(text, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if not best:
                best = process.extractOne(
                    text,
                    [k for k in self._fuzzy_keys if k[:3] == text[:3]],
                    scorer=JaroWinkler.normalized_similarity,
                    score_cutoff=TRANSPOSITION_CUTOFF,
                )
            if best:
                kind, value = self._fuzzy[best[0]]
                if kind != "partner" and len(text) < FUZZY_MIN_LEN_PRODUCT:
                    continue
                return Match(kind, value, i, end)
        return None


# Capitalised words that are also ISO codes but usually mean something else in a question.
_ISO_LOOKALIKES = {
    "US", "USA", "EU", "UE", "IT", "IN", "NO", "OR", "AS", "AT", "BE", "TO", "ME", "MY", "AM",
    "IS", "AN", "HS", "SA", "DE", "LA", "EL", "ES", "SE", "GDP", "PIB", "ATP", "ICT", "TIC",
    "YTD", "CAN", "AND", "FOR", "THE", "ARE", "ALL", "TOP", "HOW", "NAM", "EE", "UU",
}  # fmt: skip

# Everyday words that are close to a country name but are not typos of one.
_COMMON_WORDS = {
    "finance", "prices", "price", "value", "values", "country", "countries", "chapter",
    "money", "pais", "paises", "numbers", "figure", "figures", "amount", "million",
    "millones", "billones", "dollar", "about", "above", "below", "after", "before",
    "during", "there", "these", "those", "where", "while", "whose", "would", "could",
    "should", "their", "other", "others", "again", "still", "first", "second", "third",
    "level", "levels", "latest", "recent", "total", "totals", "annual", "monthly", "month",
    "months", "years", "partner", "partners", "socio", "socios", "cuanto", "cuanta",
    "cuales", "donde", "quien", "quienes", "ahora", "tambien", "mismo", "misma", "datos",
    "dato", "ultimo", "ultimos", "ultima", "pasado", "anterior", "antes", "despues",
    "importe", "monto", "montos", "table", "tabla", "chart", "grafica", "grafico",
    "graph", "please", "thanks", "gracias", "hello", "hola", "rather", "instead", "mostly",
    "tell", "explain", "explica", "answer", "question", "pregunta", "whats", "world",
    "grown", "growing", "change", "changes", "cambio", "cambios", "compared", "relative",
    "share", "rank", "since", "desde", "entre", "hasta", "until", "through", "overall",
    "general", "global", "largest", "smallest", "lowest", "highest", "worst", "biggest",
    "trade", "trading", "comercio", "bilateral", "nation", "nations", "naciones",
    "region", "regions", "economy", "economies", "market", "goods", "items", "stuff",
    "things", "cosas", "quiero", "puedes", "podrias", "mostrar", "muestrame",
}  # fmt: skip


@cache
def lexicon_for(store: Store) -> Lexicon:
    return Lexicon(store.partners, store.products)
