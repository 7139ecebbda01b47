"""A question's meaning: one explicit, typed value the router matches against the queries.

Every element a question can name has a slot here; the router (router.py) picks the query
whose declaration honours all of them, and phrasing.py reads the meaning back as "Read as".
A meaning travels in an answer's context so a follow-up can change only what it names.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

from assistant.catalog import MEASURES

FLOWS = ("imports", "exports", "balance", "total")
SIDES = ("deficit", "surplus")
ORDERS = ("largest", "smallest")
PERIOD_KINDS = ("year", "months", "years", "span", "pair")
PRODUCT_KINDS = ("hs", "atp", "naics", "tech")
# Census partner codes the logic names (every other code is data).
MEXICO, CANADA, CHINA, EUROPEAN_UNION = "2010", "1220", "5700", "0003"
USMCA = "0020"
USMCA_MEMBERS = (MEXICO, CANADA)
WORLD = "-"


@dataclass(frozen=True)
class Period:
    """year: one year. months: a run of months in one year (a month, quarter, half, range,
    year to date). years: a list of years. span: a range of years. pair: the same months of
    two years (base, year), compared."""

    kind: str
    year: int | None = None
    first_month: int = 1
    last_month: int = 12
    years: tuple[int, ...] = ()
    start: int | None = None  # span start, or a pair's base year
    ytd: bool = False

    @property
    def shape(self) -> str:
        """The router's name for it: a 'months' period covering Jan-Dec is a year."""
        if self.kind == "months" and (self.first_month, self.last_month) == (1, 12):
            return "year"
        return self.kind


@dataclass(frozen=True)
class Product:
    kind: str  # hs | atp | naics | tech
    codes: tuple[str, ...] = ()  # hs: chapters (summed); atp/naics: one code; () = all ATP
    proxy_for: Product | None = None  # an HS view standing in for ATP/NAICS (proxies.yaml)


@dataclass(frozen=True)
class Meaning:
    measure: str = "level"
    flow: str | None = None  # None: not said (the query's default, or a clarifying question)
    partners: tuple[str, ...] = ()  # Census codes, in the order named; () = the world / none
    combine: str = "each"  # each | combined
    product: Product | None = None
    period: Period | None = None  # None: not said (the latest complete year)
    n: int | None = None
    order: str | None = None  # smallest (largest is the default)
    side: str | None = None  # deficit | surplus, for balance rankings
    earlier: Period | None = None  # the period the conversation just moved from ("and 2023?")
    replaced: tuple[str, ...] = ()  # the partners a follow-up just moved from ("¿y China?" after Mexico)

    @property
    def partner_shape(self) -> str:
        named = [p for p in self.partners if p != WORLD]
        return "none" if not named else "one" if len(named) == 1 else "several"

    def with_(self, **changes) -> Meaning:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        """JSON-ready (lists, not tuples), as it travels in an answer's context."""
        return _lists(asdict(self))

    @classmethod
    def from_dict(cls, data, known_partners, known_products) -> Meaning | None:
        """A meaning from a context sent back by a client; None if anything is off (a forged
        or stale context is ignored, never trusted)."""
        try:
            period = data.get("period")
            product = data.get("product")
            m = cls(
                measure=_one_of(data.get("measure"), MEASURES),
                flow=_one_of(data.get("flow"), FLOWS, optional=True),
                partners=tuple(_code(p, known_partners) for p in data.get("partners") or ()),
                combine=_one_of(data.get("combine", "each"), ("each", "combined")),
                product=_product(product, known_products) if product else None,
                period=_period(period) if period else None,
                n=_int(data.get("n"), 1, 25, optional=True),
                order=_one_of(data.get("order"), ORDERS, optional=True),
                side=_one_of(data.get("side"), SIDES, optional=True),
                earlier=_period(data["earlier"]) if data.get("earlier") else None,
                replaced=tuple(_code(p, known_partners) for p in data.get("replaced") or ()),
            )

        except (TypeError, ValueError, AttributeError, KeyError):
            return None
        return m if len(m.partners) <= 8 and len(m.replaced) <= 8 else None


def _lists(value):
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_lists(v) for v in value]
    return value


def _one_of(value, allowed, optional=False):
    if value is None and optional:
        return None
    if value not in allowed:
        raise ValueError(value)
    return value


def _int(value, low, high, optional=False):
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(value)
    return value


def _code(value, known):
    if not isinstance(value, str) or value not in known:
        raise ValueError(value)
    return value


def _period(d) -> Period:
    year = _int(d.get("year"), 1900, 2100, optional=True)
    return Period(
        kind=_one_of(d.get("kind"), PERIOD_KINDS),
        year=year,
        first_month=_int(d.get("first_month", 1), 1, 12),
        last_month=_int(d.get("last_month", 12), 1, 12),
        years=tuple(_int(y, 1900, 2100) for y in (d.get("years") or ())[:12]),
        start=_int(d.get("start"), 1900, 2100, optional=True),
        ytd=bool(d.get("ytd", False)),
    )


def _product(d, known_products) -> Product:
    kind = _one_of(d.get("kind"), PRODUCT_KINDS)
    dataset = {"hs": "hs", "atp": "hitech", "naics": "naics", "tech": None}[kind]
    codes = tuple(str(c) for c in (d.get("codes") or ())[:4])
    if dataset and any((dataset, c) not in known_products for c in codes):
        raise ValueError(codes)
    proxy = d.get("proxy_for")
    return Product(kind, codes, _product(proxy, known_products) if proxy else None)


# What a question names beyond its meaning: how each word was accounted for.
@dataclass
class Accounting:
    unknown_names: list[str] = field(default_factory=list)  # "Atlantis"
    unknown_words: list[str] = field(default_factory=list)  # a content word no table knows
    unavailable: list[tuple[str, str]] = field(default_factory=list)  # (reason, the words)
    corrections: list[tuple[str, str]] = field(default_factory=list)  # (typed, partner code)
    ambiguous: list[tuple[str, tuple]] = field(default_factory=list)  # (kind, readings)
    asides: list[str] = field(default_factory=list)  # background sentences left aside, as typed
