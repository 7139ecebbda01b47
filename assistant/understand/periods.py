"""The period grammar: every way people name a time span, in English and Spanish.

Years, months, quarters ("Q3 2021", "third quarter of 2021", "tercer trimestre de 2022",
"3T2022"), halves ("H1 2021", "primer semestre"), month ranges ("February through May
2020", "de marzo a agosto de 2019", "Feb–May"), year to date, lists of years ("2015, 2018
and 2021"), year ranges ("2015-2020", "since 2018", "the last five years"), and relative
periods ("last year", "el mes pasado"). Patterns run over the normalised tokens; each match
claims its tokens, so no word is read twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from assistant.understand import vocabulary as V

MONTHS = {
    1: ["january", "jan", "enero", "ene"],
    2: ["february", "feb", "febrero"],
    3: ["march", "mar", "marzo"],
    4: ["april", "apr", "abril", "abr"],
    5: ["may", "mayo"],
    6: ["june", "jun", "junio"],
    7: ["july", "jul", "julio"],
    8: ["august", "aug", "agosto", "ago"],
    9: ["september", "sep", "sept", "septiembre", "setiembre"],
    10: ["october", "oct", "octubre"],
    11: ["november", "nov", "noviembre"],
    12: ["december", "dec", "diciembre", "dic"],
}
MONTH_OF = {word: n for n, words in MONTHS.items() for word in words}
# Month words that are also ordinary words ("may", "mar" is sea, "ago", "jun"): they count
# as months only beside a year or after "in"/"en"/"de"/"of"/"for"/"during".
AMBIGUOUS_MONTHS = {"may", "mar", "ago", "jun", "jan", "dec", "oct", "nov", "sep", "ene", "dic", "abr"}
NTH = {
    "first": 1, "1st": 1, "primer": 1, "primero": 1, "primera": 1, "1er": 1, "1o": 1, "1ro": 1,
    "second": 2, "2nd": 2, "segundo": 2, "segunda": 2, "2do": 2, "2o": 2,
    "third": 3, "3rd": 3, "tercer": 3, "tercero": 3, "tercera": 3, "3er": 3, "3o": 3, "3ro": 3,
    "fourth": 4, "4th": 4, "cuarto": 4, "cuarta": 4, "4to": 4, "4o": 4,
    "last": -1, "final": -1, "ultimo": -1, "ultima": -1,
}  # fmt: skip

_YEAR = r"(?:19|20)\d{2}"
_MON = "|".join(sorted(MONTH_OF, key=len, reverse=True))
_NTH = "|".join(sorted(NTH, key=len, reverse=True))
_NUM = r"\d{1,2}|" + "|".join(sorted(V.NUMBER_WORDS, key=len, reverse=True))
_OF_YEAR = (
    rf"(?: (?:of|de|del|in|en|for) (?:the )?(?:year |ano |ejercicio(?: fiscal)? )?(?P<y>{_YEAR})| (?P<y2>{_YEAR})"
    rf"| (?:of|de|del) (?P<last>last year|the previous year|the last year|el ano pasado|ano pasado|el ano anterior))?"
)


@dataclass(frozen=True)
class Mention:
    """One period named in a question, before defaults: a year of None means 'not said'."""

    kind: str  # year | months | span | relative | fiscal | back ("three years earlier": count)
    start: int  # token span
    end: int
    year: int | None = None
    first_month: int = 1
    last_month: int = 12
    span: tuple[int | None, int | None] | None = None  # year range; None: from the first / to the latest year
    relative: str | None = None  # last_year | this_year | last_month | last_quarter | last_n_months
    count: int | None = None  # last N years / months
    ytd: bool = False


def _num(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else V.NUMBER_WORDS.get(raw)


def _yy(raw: str | None) -> int | None:
    if not raw:
        return None
    return int(raw) if len(raw) == 4 else 2000 + int(raw)


LAST_YEAR = -1  # "the first half of last year": the latest complete year, resolved later


def _quarter(q: int, year, start, end) -> Mention:
    if q == -1:
        return Mention("relative", start, end, year=year, relative="last_quarter")
    return Mention("months", start, end, year=year, first_month=3 * q - 2, last_month=3 * q)


def _months_of(size: int, nth: int, year, start, end) -> Mention | None:
    """The nth run of `size` months in a year: cuatrimestre (4), bimestre (2)."""
    if not 1 <= nth <= 12 // size:
        return None
    return Mention("months", start, end, year=year, first_month=size * nth - size + 1, last_month=size * nth)


def _half(h: int, year, start, end) -> Mention:
    return Mention("months", start, end, year=year, first_month=6 * h - 5, last_month=6 * h)


# (pattern, builder(match, start, end) -> Mention | None); tried in order, longest forms first.
def _patterns():
    def y(m):  # a year written out, or "last year"
        if m.groupdict().get("last"):
            return LAST_YEAR
        return _yy(m.groupdict().get("y") or m.groupdict().get("y2"))

    return [
        # quarters and halves in words
        (
            rf"(?:the |el |la )?(?P<q>{_NTH}) (?:quarter|qtr|trimestre){_OF_YEAR}",
            lambda m, s, e: _quarter(NTH[m["q"]], y(m), s, e),
        ),
        (rf"(?:quarter|trimestre) (?P<q>[1-4]){_OF_YEAR}", lambda m, s, e: _quarter(int(m["q"]), y(m), s, e)),
        (
            rf"(?:the |el |la )?(?P<h>first|1st|second|2nd|primer|primero|primera|1er|1o|segundo|segunda|2do|2o) "
            rf"(?:half|semestre|mitad){_OF_YEAR}",
            lambda m, s, e: _half(NTH[m["h"]], y(m), s, e),
        ),
        (rf"(?:semestre|half) (?P<h>[12]){_OF_YEAR}", lambda m, s, e: _half(int(m["h"]), y(m), s, e)),
        # shorthand: q3 2021, 2021 q3, 3q21, t3 2022, 3t2022, h1 2021, 1h21, s1 2022, 2021h1
        (rf"(?P<y>{_YEAR}) ?(?:q|t)(?P<q>[1-4])", lambda m, s, e: _quarter(int(m["q"]), int(m["y"]), s, e)),
        (
            rf"(?:q|t)(?P<q>[1-4])(?: (?:of|de|del))?(?: )?(?P<y>{_YEAR}|\d{{2}})?",
            lambda m, s, e: _quarter(int(m["q"]), _yy(m["y"]), s, e),
        ),
        (
            rf"(?P<q>[1-4]) ?(?:q|t|qtr)(?: (?:of|de|del))? ?(?P<y>{_YEAR}|\d{{2}})?",  # "4T de 2021"
            lambda m, s, e: _quarter(int(m["q"]), _yy(m["y"]), s, e),
        ),
        # four- and two-month spans: "primer cuatrimestre de 2022" (Jan-Apr), "segundo bimestre"
        (
            rf"(?:the |el |la )?(?P<q>{_NTH}) cuatrimestre{_OF_YEAR}",
            lambda m, s, e: _months_of(4, NTH[m["q"]], y(m), s, e),
        ),
        (
            rf"(?:the |el |la )?(?P<q>{_NTH}) bimestre{_OF_YEAR}",
            lambda m, s, e: _months_of(2, NTH[m["q"]], y(m), s, e),
        ),
        (rf"(?P<y>{_YEAR}) ?(?:h|s)(?P<h>[12])", lambda m, s, e: _half(int(m["h"]), int(m["y"]), s, e)),
        (
            rf"(?:h|s)(?P<h>[12])(?: (?:of|de|del))?(?: )?(?P<y>{_YEAR}|\d{{2}})?",
            lambda m, s, e: _half(int(m["h"]), _yy(m["y"]), s, e),
        ),
        (
            rf"(?P<h>[12]) ?(?:h|s) ?(?P<y>{_YEAR}|\d{{2}})?",
            lambda m, s, e: _half(int(m["h"]), _yy(m["y"]), s, e),
        ),
        # first N months of a year; the last N months of the data
        (
            rf"(?:the )?(?:first|primeros|los primeros) (?P<n>{_NUM}) (?:months|meses){_OF_YEAR}",
            lambda m, s, e: (
                Mention("months", s, e, year=y(m), first_month=1, last_month=_num(m["n"]))
                if 1 <= (_num(m["n"]) or 0) <= 12
                else None
            ),
        ),
        (
            rf"(?:the |los )?(?:last|past|ultimos) (?P<n>{_NUM}) (?:months|meses)",
            lambda m, s, e: Mention("relative", s, e, relative="last_n_months", count=_num(m["n"])),
        ),
        # "de 2013 a la fecha", "from 2015 to date": a span to the latest year (before the
        # year-to-date words claim "a la fecha")
        (
            rf"(?:from|de|del|desde) (?:the year |el ano |el |ano )?(?P<a>{_YEAR}) (?:to date|up to date|a la fecha|"
            rf"hasta la fecha|al dia de hoy|hasta hoy|a hoy|to the present|al presente|to now|till now|until now|hasta ahora)",
            lambda m, s, e: Mention("span", s, e, span=(int(m["a"]), None)),
        ),
        # year to date through a month: "ytd sep 2024", "acumulado a agosto de 2023"
        (
            rf"(?:year to date|ytd|acumulado|acumuladas|acumulados|en lo que va de) (?:through |thru |to |a |al |hasta )?"
            rf"(?:(?:end of |fin de |finales de )?)(?P<m>{_MON})(?: (?:de |del |of )?(?P<y>{_YEAR}))?",
            lambda m, s, e: Mention(
                "months", s, e, year=_yy(m["y"]), first_month=1, last_month=MONTH_OF[m["m"]]
            ),
        ),
        # so far THIS year: the current calendar year, whatever the data has (a year the data
        # may not reach is refused with the nearest offered, never swapped for another)
        (
            r"(?:so far this year|so far in this year|this year so far|en lo que va del ano|"
            r"lo que va del ano|en lo que va de este ano|en lo que llevamos del ano)(?! \d)",
            lambda m, s, e: Mention("relative", s, e, relative="this_year"),
        ),
        # year to date
        (
            rf"(?:year to date|ytd|so far|"
            rf"en lo que va de|lo que va de|acumulado(?: del ano| anual)?|acumulada|acumulados|acumuladas(?: del ano)?|acumulados del ano|"
            rf"ano a la fecha|a la fecha|through the latest month|hasta el ultimo mes)"
            rf"(?: (?:of |in |de |del |en |al )?(?P<y>{_YEAR}))?",
            lambda m, s, e: Mention("months", s, e, year=_yy(m["y"]), ytd=True),
        ),
        # month ranges: February through May 2020, de marzo a agosto de 2019, feb may 2020
        (
            rf"(?:(?:el |the )?(?:bimestre|trimestre|cuatrimestre|periodo|period|months) (?:de )?)?"
            rf"(?:from |de |del |between |entre |desde )?(?P<m1>{_MON})(?: (?:de |del |of )?(?P<y1>{_YEAR}))? "
            rf"(?:to|through|thru|until|till|a|al|hasta|and|y|to the end of|-)? ?(?P<m2>{_MON})"
            rf"(?: (?:de |del |of |in |en )?(?:ano )?(?P<y>{_YEAR}))?",
            lambda m, s, e: _month_range(m, s, e),
        ),
        # one month: March 2024, marzo de 2024, in March
        (
            rf"(?P<m>{_MON})(?: (?:de |del |of |in |en )?(?:ano )?(?P<y>{_YEAR}))?",
            lambda m, s, e: Mention(
                "months", s, e, year=_yy(m["y"]), first_month=MONTH_OF[m["m"]], last_month=MONTH_OF[m["m"]]
            ),
        ),
        (
            rf"(?P<y>{_YEAR}) (?P<m>{_MON})",
            lambda m, s, e: Mention(
                "months", s, e, year=int(m["y"]), first_month=MONTH_OF[m["m"]], last_month=MONTH_OF[m["m"]]
            ),
        ),
        # Spanish fiscal year = calendar year ("ejercicio fiscal 2023"); U.S. fiscal years are not
        (
            rf"(?:el )?ejercicio(?: fiscal)?(?: de| del)? (?P<y>{_YEAR})",
            lambda m, s, e: Mention("year", s, e, year=int(m["y"])),
        ),
        (
            rf"(?:us |federal |the |el )?(?:fiscal year|fy|ano fiscal|anio fiscal) ?(?P<y>{_YEAR}|\d{{2}})"
            rf"|fy(?P<y2>{_YEAR}|\d{{2}})",
            lambda m, s, e: Mention("fiscal", s, e, year=y(m)),
        ),
        # year ranges
        (
            rf"(?:from|between|de|del|entre|desde) (?:the year |el ano |el |ano )?(?P<a>{_YEAR}) "
            rf"(?:to|and|through|thru|until|till|a|al|y|hasta) (?:el |ano )?(?P<b>{_YEAR})",
            lambda m, s, e: Mention("span", s, e, span=(int(m["a"]), int(m["b"]))),
        ),
        (
            rf"(?P<a>{_YEAR}) (?:to|through|thru|until|till|al|hasta|a) (?P<b>{_YEAR})",
            lambda m, s, e: Mention("span", s, e, span=(int(m["a"]), int(m["b"]))),
        ),
        (
            rf"(?:since|desde|starting|starting in|starting from|a partir de|a partir del|from|beginning in|"
            rf"after|despues de|post) (?:el |the )?(?:ano |year )?(?P<a>{_YEAR})"
            rf"(?: (?:onward|onwards|on|forward|en adelante|a la fecha|to date|hasta hoy|to now|till now|"
            rf"until now|hasta ahora|to the present|al presente))?",
            lambda m, s, e: Mention("span", s, e, span=(int(m["a"]), None)),
        ),
        # "up to 2022", "hasta 2022": a range from the first year the data has
        (
            rf"(?:until|till|up to|up until|through|thru|hasta|hasta el ano) (?:the year |el ano )?(?P<b>{_YEAR})",
            lambda m, s, e: Mention("span", s, e, span=(None, int(m["b"]))),
        ),
        # "the whole history", "toda la serie": every year the data has
        (
            r"(?:the )?(?:whole|entire|full|complete) (?:history|series|time series|record)|all (?:the )?years"
            r"|(?:toda la|la) (?:serie|historia)(?: completa| historica)?|(?:la )?serie (?:completa|historica)"
            r"|todos los anos",
            lambda m, s, e: Mention("span", s, e, span=(None, None)),
        ),
        (
            rf"(?:in |over |during |for |durante |en )?(?:the |los |las )?(?:last|past|previous|recent|ultimos|"
            rf"pasados|anteriores) (?P<n>{_NUM}) (?:years|anos|calendar years)",
            lambda m, s, e: Mention("relative", s, e, relative="last_n_years", count=_num(m["n"])),
        ),
        (
            r"(?:over |in |during |durante |en )?(?:the |la )?(?:last|past|previous|ultima|pasada) (?:decade|decada)"
            r"|(?:the )?last ten years|(?:los )?ultimos diez anos",
            lambda m, s, e: Mention("relative", s, e, relative="last_n_years", count=10),
        ),
        # "the same quarter of 2023": the months of the other period named, in that year
        (
            rf"(?:the |el |la )?(?:same|mismo|misma) (?:period|periodo|quarter|trimestre|half|semestre|month|mes|"
            rf"months|meses)(?: (?:of|in|de|del|a year earlier|last year))?(?: (?:year|ano))? (?P<y>{_YEAR})",
            lambda m, s, e: Mention("same", s, e, year=int(m["y"])),
        ),
        # "compared with last year": a change against the same months a year earlier
        (
            r"(?:(?:compared (?:with|to)|vs|versus|against|frente al?|respecto al?|contra|en comparacion con) "
            r"(?:the |el |la )?(?:same (?:period|quarter|half|month|months) (?:of |in )?(?:the )?|"
            r"mism[oa]s? (?:periodo|trimestre|semestre|mes|meses) (?:del? )?)?(?:last|previous|prior|a)? ?"
            r"(?:year|ano)(?: pasado| anterior| earlier| before| ago)?)"
            r"|(?:the |el |la )?(?:same (?:period|quarter|half|month) (?:of |in )?(?:the )?(?:previous|prior|last) year|"
            r"same (?:period|quarter|half|month) a year (?:earlier|before|ago)|"
            r"mism[oa] (?:periodo|trimestre|semestre|mes) del ano (?:anterior|pasado))",
            lambda m, s, e: Mention("relative", s, e, relative="vs_last_year"),
        ),
        # from the period just discussed ("and the % change from then to 2024?", "desde
        # entonces"): a span that starts at the previous question's year
        (
            rf"(?:from|since|desde|de) (?:then|entonces|ahi|that year|that point|ese ano|ese momento)"
            rf"(?: (?:to|until|through|thru|till|a|al|hasta) (?:el |the )?(?:ano |year )?(?P<b>{_YEAR}))?"
            rf"|since then|desde entonces|de ahi para aca",
            lambda m, s, e: Mention(
                "relative", s, e, relative="from_then", span=(0, int(m["b"]) if m["b"] else 0)
            ),
        ),
        # relative years and months
        # "two years ago", "hace tres años": counted back from the calendar year, as said
        (
            rf"(?P<n>{_NUM}) (?:years|anos) ago|hace (?P<n2>{_NUM}) anos",
            lambda m, s, e: Mention("year", s, e, year=date.today().year - _num(m["n"] or m["n2"])),
        ),
        # "the year before last", "el año antepasado": the year before "last year"
        (
            r"(?:the )?year before last|(?:el )?ano antepasado|(?:el )?penultimo ano",
            lambda m, s, e: Mention("relative", s, e, relative="year_before_last"),
        ),
        # "three years earlier", "dos años antes": counted back from the other period named
        (
            rf"(?P<n>{_NUM}) (?:years|anos) (?:earlier|before|prior|back|antes|atras)",
            lambda m, s, e: Mention("back", s, e, count=_num(m["n"])),
        ),
        # the year before the one just discussed ("and the year before?", "¿y el año anterior?");
        # asked alone, the last year the data has
        (
            r"(?:the |a |one |el |un )?(?:year|ano) (?:before|earlier|prior|antes|anterior|previo)"
            r"|(?:the |el )?(?:previous|prior) (?:year|ano)",
            lambda m, s, e: Mention("relative", s, e, relative="year_before"),
        ),
        (
            r"(?:the |el )?(?:last|previous|past|latest|most recent|prior|ultimo|pasado) (?:full |complete |completo )?"
            r"(?:calendar )?(?:year|ano)(?: completo| pasado| calendario| available| disponible)?"
            r"(?! (?:in the data|of data|with data|you have|do you have|en los datos|con datos|que tienes|tienes))"
            r"|(?:el )?ano (?:pasado|anterior)|el ultimo ano completo",
            lambda m, s, e: Mention("relative", s, e, relative="last_year"),
        ),
        (
            r"(?:this|current|este|the current) (?:year|ano)|(?:el )?ano (?:en curso|actual)",
            lambda m, s, e: Mention("relative", s, e, relative="this_year"),
        ),
        (
            r"(?:the |el )?(?:last|previous|past|latest|most recent|ultimo|pasado) (?:month|mes)(?: disponible| available)?"
            r"(?! (?:you have data|do you have data|que tienes datos|tienes datos|con datos))"
            r"|(?:el )?mes (?:pasado|anterior)|(?:el )?(?:ultimo )?mes (?:mas reciente|disponible)(?: con datos)?"
            r"|(?:the )?(?:latest|most recent|last) month (?:of data|with data|in the data)",
            lambda m, s, e: Mention("relative", s, e, relative="last_month"),
        ),
        (
            r"(?:the |el )?(?:latest|most recent|previous|pasado) (?:quarter|trimestre)|(?:el )?trimestre pasado",
            lambda m, s, e: Mention("relative", s, e, relative="last_quarter"),
        ),
        # "the latest imports from China", "las importaciones más recientes": the latest full year
        (
            r"(?<!dato )(?<!datos )(?:the )?(?:latest|most recent|mas recientes?|ultimas?|ultimos?)"
            r"(?! (?:data|datos|dato|figures|information|informacion|available|disponibles?|periodo|period|ano|year|"
            r"month|mes|quarter|trimestre))",
            lambda m, s, e: Mention("relative", s, e, relative="last_year"),
        ),
        # one year: "in 2024", "el ano 2023", "calendar year 2022", "CY2019", "full year 2017",
        # "the twelve months of 2018", "el año completo 2017", "todo 2020"
        (
            rf"(?:(?:the )?(?:full |whole |entire |complete )?calendar year |calendar |cy ?|(?:the )?full year |"
            rf"(?:the )?(?:twelve|12) months of |all of |the whole of |the year |year |"
            rf"(?:el )?ano (?:completo |calendario |entero )?(?:de |del )?|(?:los )?(?:doce|12) meses de(?:l)? |"
            rf"todo el ano |todo |anio )?(?P<y>{_YEAR})",
            lambda m, s, e: Mention("year", s, e, year=int(m["y"])),
        ),
    ]


def _month_range(m: re.Match, start: int, end: int) -> Mention | None:
    m1, m2 = MONTH_OF[m["m1"]], MONTH_OF[m["m2"]]
    y1, y2 = m["y1"], m["y"]
    if m1 >= m2 or (y1 and y2 and y1 != y2):
        return None  # not a range within one year: read the months one by one
    year = int(y2 or y1) if (y2 or y1) else None
    return Mention("months", start, end, year=year, first_month=m1, last_month=m2)


_COMPILED = [(re.compile(rf"(?<![a-z0-9])(?:{p})(?![a-z0-9])"), build) for p, build in _patterns()]
_AFTER_IN = {"in", "en", "de", "of", "for", "during", "durante", "del", "por", "from", "desde", "since"}


def find(tokens: list[str], free: list[bool]) -> list[Mention]:
    """Every period mention over the free tokens; claims (sets free[i] = False) what it reads."""
    text = " ".join(tokens)
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t) + 1
    index_at = {c: i for i, c in enumerate(starts)}
    ends_at = {c + len(t): i + 1 for i, (c, t) in enumerate(zip(starts, tokens, strict=True))}
    found: list[Mention] = []
    for pattern, build in _COMPILED:
        for m in pattern.finditer(text):
            s, e = index_at.get(m.start()), ends_at.get(m.end())
            if s is None or e is None or not all(free[s:e]):
                continue
            mention = build(m, s, e)
            if mention is None or not _plausible(mention, tokens):
                continue
            for i in range(s, e):
                free[i] = False
            found.append(mention)
    return sorted(found, key=lambda x: x.start)


def _plausible(mention: Mention, tokens: list[str]) -> bool:
    """An ambiguous month word alone ('may', 'mar') is a month only beside a year or after
    'in'/'en'/'de'…; a bare digit with 'q'/'h' needs the letter."""
    words = tokens[mention.start : mention.end]
    if mention.kind == "months" and mention.year is None and mention.first_month == mention.last_month:
        word = words[-1]
        if word in AMBIGUOUS_MONTHS and len(words) == 1:
            before = tokens[mention.start - 1] if mention.start > 0 else ""
            return before in _AFTER_IN
    return True
