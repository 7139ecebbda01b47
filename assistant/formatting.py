"""The one formatter for money, percent and percentage points, per language.

Spanish follows Mexican conventions (decimal point, comma for thousands, "mil millones",
and "billones" from 10^12 on, where English says "trillion": 3.27 billones de dólares);
Babel's CLDR data for en_US and es_MX supplies separators and list joining, so the
two languages cannot drift apart by hand-written rules.
"""

from __future__ import annotations

import re
import unicodedata

from babel.lists import format_list
from babel.numbers import format_decimal

from assistant import i18n

LOCALES = {"en": "en_US", "es": "es_MX"}

# Money scales: (threshold, English word, Spanish word)
_SCALES = [
    (1e9, "billion", "mil millones de dólares"),
    (1e6, "million", "millones de dólares"),
]

WORDS = {
    "en": {
        "up": "up {}",
        "down": "down {}",
        "unchanged": "unchanged",
        "deficit": "a deficit of {}",
        "surplus": "a surplus of {}",
        "balanced": "balanced trade",
        "pp": "{} percentage points",
        "pp1": "{} percentage point",
    },
    "es": {
        "up": "un alza de {}",
        "down": "una baja de {}",
        "unchanged": "sin cambio",
        "deficit": "un déficit de {}",
        "surplus": "un superávit de {}",
        "balanced": "comercio equilibrado",
        "pp": "{} puntos porcentuales",
        "pp1": "{} punto porcentual",
    },
}


def decimal(value: float, lang: str, digits: int = 1) -> str:
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=LOCALES[lang])


# The minus sign, not a hyphen: "−$295.5 billion" does not break or read as a dash
MINUS = "\u2212"


def _sign(value: float) -> str:
    """'+' for a rise, the minus sign for a fall, nothing for zero (changes are signed)."""
    return "+" if value > 0 else MINUS if value < 0 else ""


def money(value: float, lang: str) -> str:
    """$505.5 billion / 505.5 mil millones de dólares; signed when negative."""
    sign = MINUS if value < 0 else ""
    v = abs(value)
    if lang == "es" and round(v / 1e9, 1) >= 1000:  # 10^12: a Mexican reader says billones
        return f"{sign}{decimal(v / 1e12, lang, 2)} billones de dólares"
    for threshold, en, es in _SCALES:
        if v >= threshold:
            n = decimal(v / threshold, lang)
            return f"{sign}${n} {en}" if lang == "en" else f"{sign}{n} {es}"
    n = decimal(v, lang, 0)
    return f"{sign}${n}" if lang == "en" else f"{sign}{n} dólares"


def signed_money(value: float, lang: str) -> str:
    """A change in dollars: '+$122.7 billion' / '-3.1 mil millones de dólares'."""
    return _sign(value) + money(abs(value), lang)


def money_short(value: float, lang: str) -> str:
    """Compact form for chart labels: $505.5B / 505.5 mmdd (Mexican press usage)."""
    sign = MINUS if value < 0 else ""
    v = abs(value)
    if lang == "es":
        if round(v / 1e9, 1) >= 1000:
            return f"{sign}{decimal(v / 1e12, lang, 2)} billones de dólares"
        if v >= 1e9:
            return f"{sign}{decimal(v / 1e9, lang)} mmdd"
        if v >= 1e6:
            return f"{sign}{decimal(v / 1e6, lang)} mdd"
        return f"{sign}{decimal(v, lang, 0)} dólares"
    if round(v / 1e9, 1) >= 1000:
        n, suffix = v / 1e12, "T"
    elif v >= 1e9:
        n, suffix = v / 1e9, "B"
    elif v >= 1e6:
        n, suffix = v / 1e6, "M"
    else:
        n, suffix = v, ""
    digits = 1 if suffix else 0
    return f"{sign}${decimal(n, lang, digits)}{suffix}"


def percent(value: float, lang: str) -> str:
    """'15.5%'; a share that rounds to nothing but is not zero says so ('less than 0.1%'),
    never '0.0%' for a partner the U.S. does trade with."""
    shown = decimal(value, lang)
    if value and value > 0 and not any(c in "123456789" for c in shown):
        return i18n.UNDER_A_TENTH[lang].format(decimal(0.1, lang))
    return f"{shown}%"


def signed_percent(value: float, lang: str) -> str:
    return _sign(value) + percent(abs(value), lang)


def points(value: float, lang: str) -> str:
    """Percentage points (for changes of shares): '1.2 percentage points'."""
    key = "pp1" if round(abs(value), 1) == 1.0 else "pp"
    return WORDS[lang][key].format(decimal(abs(value), lang))


def change(value: float, lang: str, unit: str = "percent") -> str:
    """'up 6.2%' / 'una baja de 1.3 puntos porcentuales'."""
    shown = round(value, 1)
    if shown == 0:
        return WORDS[lang]["unchanged"]
    amount = percent(abs(value), lang) if unit == "percent" else points(value, lang)
    return WORDS[lang]["up" if shown > 0 else "down"].format(amount)


def balance(value: float, lang: str) -> str:
    """'a deficit of $295.5 billion' (balance = exports - imports)."""
    if value == 0:
        return WORDS[lang]["balanced"]
    return WORDS[lang]["deficit" if value < 0 else "surplus"].format(money(abs(value), lang))


# Mexican press writes a place in words up to tenth ("el primer lugar"), then "11.º"
ORDINALS_ES = [
    "primer",
    "segundo",
    "tercer",
    "cuarto",
    "quinto",
    "sexto",
    "séptimo",
    "octavo",
    "noveno",
    "décimo",
]


def ordinal(n: int, lang: str) -> str:
    if lang == "es":
        return f"{n}.º"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def place(n: int, lang: str) -> str:
    """A place in a sentence: 'el primer lugar' up to tenth in Spanish; '1st' in English."""
    if lang == "es" and 1 <= n <= len(ORDINALS_ES):
        return ORDINALS_ES[n - 1]
    return ordinal(n, lang)


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}


def month_name(n: int, lang: str) -> str:
    return MONTHS[lang].split()[int(n) - 1]


def period_kind(first_month: int, last_month: int) -> str:
    """What a span of months within one year is called: year, month, quarter, half or months."""
    if (first_month, last_month) == (1, 12):
        return "year"
    if first_month == last_month:
        return "month"
    if last_month - first_month == 2 and first_month % 3 == 1:
        return "quarter"
    if last_month - first_month == 5 and first_month in (1, 7):
        return "half"
    return "months"


def period_phrase(year: int, first_month: int, last_month: int, lang: str, form: str = "in") -> str:
    """'in the third quarter of 2024 (July–September)' / 'de febrero a mayo de 2020'."""
    kind = period_kind(first_month, last_month)
    months = i18n.MONTHS[lang]
    nth = i18n.ORDINALS[lang][(first_month - 1) // (3 if kind == "quarter" else 6)] if kind in (
        "quarter", "half") else ""  # fmt: skip
    forms = i18n.PERIOD_FORMS[lang][kind]
    return (forms.get(form) or forms["in"]).format(
        year=year, m1=months[first_month - 1], m2=months[last_month - 1], nth=nth
    )


def product_label(dataset: str, named_codes: list[tuple[str, str]], lang: str) -> str:
    """'electrical machinery and electronics (HS 85)'; several chapters joined."""
    template = i18n.PRODUCT_LABELS[lang][dataset]
    return join([template.format(name=name, code=code) for code, name in named_codes], lang)


def span_phrase(start: int | None, end: int, lang: str, form: str = "in") -> str:
    """'from 2013 to 2024' / 'de 2013 a 2024'; a one-year span is just that year; with no
    start said, 'up to 2022' (the data's first year is the query's to choose)."""
    if start is None:
        return i18n.SPAN_FORMS[lang]["until"].format(end=end)
    if start == end:
        return i18n.PERIOD_FORMS[lang]["year"][form if form in ("in", "bare") else "in"].format(year=end)
    return i18n.SPAN_FORMS[lang][form].format(start=start, end=end)


def period(yyyymm: int) -> str:
    """202412 -> '2024-12' (how coverage periods are shown everywhere)."""
    return f"{yyyymm // 100}-{yyyymm % 100:02d}"


def month_span(first: int, last: int, lang: str) -> str:
    """201301, 202412 -> 'January 2013 – December 2024' / 'enero de 2013 – diciembre de 2024'."""
    join = " de " if lang == "es" else " "
    first_text = month_name(first % 100, lang) + join + str(first // 100)
    return f"{first_text} – {month_name(last % 100, lang)}{join}{last // 100}"


def integer(n: int, lang: str) -> str:
    return decimal(n, lang, 0)


# English puts "the" before a country named by a common noun or a plural (the United
# Kingdom, the Dominican Republic, the Cayman Islands, the Netherlands, the Gambia); groups
# already carry it in their names. Spanish has its own list below.
_ARTICLE_WORDS = frozenset(
    "republic kingdom emirates islands isles territories lands strip bank "
    "netherlands philippines bahamas maldives comoros gambia".split()
)


# Spanish, as Mexican editors write it: "el Reino Unido", "los Países Bajos", "la República
# Dominicana", "las Islas Caimán"; other names go bare ("desde Canadá", "a Filipinas")
_SPANISH_ARTICLES = {"reino": "el", "paises": "los", "emiratos": "los", "republica": "la", "islas": "las",
                     "isla": "la", "bahamas": "las", "territorio": "el", "territorios": "los", "franja": "la"}  # fmt: skip


def in_text(name: str, lang: str) -> str:
    """A partner's name as it reads inside a sentence: 'the Netherlands', 'el Reino Unido',
    'Canada'. Spanish 'a el'/'de el' become 'al'/'del' where the sentence is put together."""
    if not name or name.lower().startswith(("the ", "el ", "la ", "los ", "las ")):
        return name
    if lang == "es":
        first = "".join(
            c for c in unicodedata.normalize("NFKD", name.split()[0].lower()) if c.isalpha() and c.isascii()
        )
        article = _SPANISH_ARTICLES.get(first)
        return f"{article} {name}" if article else name
    if lang != "en":
        return name
    words = set(name.lower().replace(",", " ").split())
    return "the " + name if words & _ARTICLE_WORDS else name


# Spanish contracts "a el"/"de el" ("a el Reino Unido" -> "al Reino Unido"); a name's capital
# "El" (El Salvador) stays as it is
_CONTRACTION = re.compile(r"\b(a|de) el\b")


def contracted(text: str) -> str:
    return _CONTRACTION.sub(lambda m: "al" if m.group(1) == "a" else "del", text)


def join(items: list[str], lang: str) -> str:
    """'China, Mexico and Vietnam' / 'China, México y Vietnam' (no serial comma, as in memos)."""
    if len(items) <= 1:
        return "".join(items)
    if lang == "en":
        return ", ".join(items[:-1]) + " and " + items[-1]
    return format_list(items, locale=LOCALES[lang])


# Format specs usable in sentence templates: {value_usd:money}
SPECS = {
    "money": money,
    "signed_money": signed_money,
    "money_short": money_short,
    "pct": percent,
    "signed_pct": signed_percent,
    "pp": points,
    "change": change,
    "pp_change": lambda v, lang: change(v, lang, unit="pp"),
    "balance": balance,
    "ordinal": ordinal,
    "place": place,
    "int": integer,
    "month_name": month_name,
}


def by_column(column: str, value, lang: str) -> str:
    """Display form of a result cell, chosen by the column's name (used for tables, tooltips)."""
    if value is None:
        return ""
    if isinstance(value, bool) or isinstance(value, str):
        return str(value)
    if column.endswith("_usd"):
        return money(value, lang)
    if column.endswith("_pp"):
        return _sign(value) + points(value, lang)
    if column in ("share", "pct_change") or column.endswith(("_share", "_pct")):
        return signed_percent(value, lang) if "change" in column else percent(value, lang)
    if column in ("year", "month") or column.endswith(("_year", "_month")):
        return str(value)
    if column == "rank":
        return ordinal(int(value), lang)
    if isinstance(value, int):
        return integer(value, lang)
    return decimal(value, lang)
