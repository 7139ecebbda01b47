"""From what a question names to one complete meaning: the measure it asks for, relative
periods made concrete, and, for a follow-up, the previous meaning changed only where the
new question names something."""

from __future__ import annotations

from dataclasses import dataclass, replace

from assistant.understand.meaning import USMCA, WORLD, Meaning, Period, Product
from assistant.understand.reader import Named

IMPORT_NOUNS = {"imports", "importaciones", "purchases", "compras", "import", "imp", "impo"}


@dataclass(frozen=True)
class DataFacts:
    """What relative periods resolve against."""

    latest_year: int  # the latest complete year in the data ("last year")
    last_period: int  # YYYYMM of the last month in the data
    current_year: int  # the calendar year today ("this year")


def measure_of(named: Named, partners: tuple[str, ...], period: Period | None, product) -> str | None:
    """The measure asked for, from the words that signal one and what else is named; None
    when nothing in the question decides it (a follow-up keeps the previous one)."""
    ms = set(named.measures) - {"level"}
    shape = _shape(partners)
    if "coverage" in ms:
        return "coverage"
    if (
        "products" in ms
        and product is None
        and (shape == "one" or (shape == "none" and set(named.flows) <= {"imports"}))
    ):
        return "products"  # with exports this is refused (no exports by chapter), never a rank
    if named.base is not None:
        return "change"  # "vs 2023"
    if named.percent and (
        "change" in ms or (period is not None and period.kind == "pair" and "share" not in ms)
    ):
        return "change"  # "variación %", "% change", "2023 vs 2024 %": a change in percent

    if "share" in ms or (named.percent and not ms - {"top"}):
        if "rank" in ms and shape == "one":
            return "rank"  # "its rank, and its share?": a rank answer gives the share too
        return "top" if shape == "none" and "top" in ms else "share"

    if "rank" in ms:
        return "top" if shape == "none" else "rank"
    if "top" in ms:
        if shape == "none":
            return "top"
        if shape == "one" and product is None and set(named.flow_words) <= IMPORT_NOUNS and named.flow_words:
            return "products"  # "top 10 imports from Canada": its goods, by chapter
        return "rank" if shape == "one" else "level"  # "is Canada the top supplier?"; "Mexico or China?"
    if "change" in ms:
        return "change"
    if "trend" in ms:
        return "change" if period and period.kind == "pair" else "trend"
    if (named.order == "smallest" or named.n or named.comparative) and shape == "none":
        return "top"  # "the five countries that sold the most", "the 3 smallest markets", "sells more"

    if period is not None:
        return {"span": "trend", "pair": "change"}.get(period.kind, "level")
    if named.measures == ["level"] or named.flows or named.side or named.combined:
        return "level"
    return None


def _shape(partners) -> str:
    named = [p for p in partners if p != WORLD]
    return "none" if not named else "one" if len(named) == 1 else "several"


def resolve_period(named: Named, facts: DataFacts, previous: Period | None = None) -> Period | None:
    """Relative periods and missing years made concrete. A month or quarter without a year
    takes the previous question's year, else the latest year that has all its months."""
    last_year, last_month = divmod(facts.last_period, 100)
    rel = named.relative
    if rel == "last_year":
        return Period("year", year=facts.latest_year)
    if rel == "years_back":  # "and two years earlier?": from the period just discussed
        if previous is not None and previous.year and previous.kind in ("year", "months") and named.count:
            return replace(previous, year=previous.year - named.count)
        return Period("months", year=None, first_month=0, last_month=0)  # back from nothing: refused
    if rel == "same_months" and named.count:  # "and in the same quarter of 2023?"
        if previous is not None and previous.kind in ("year", "months", "pair"):
            return Period(
                "months", year=named.count, first_month=previous.first_month, last_month=previous.last_month
            )
        return Period("year", year=named.count)
    if rel == "year_before_last":
        return Period("year", year=facts.latest_year - 1)
    if rel == "this_year":
        return Period("year", year=facts.current_year)
    if rel == "from_then":  # "from then to 2024": from the previous question's year
        if previous is not None and previous.year:
            return Period("span", start=previous.year, year=named.until or facts.latest_year)
        return None
    if rel == "year_before":
        if previous is not None and previous.year and previous.kind in ("year", "months"):
            return replace(previous, year=previous.year - 1)
        if previous is not None and previous.kind == "pair" and previous.year and previous.start:
            return replace(
                previous, year=previous.year - 1, start=previous.start - 1
            )  # the change a year earlier
        return Period("year", year=facts.latest_year)
    if rel == "last_month":
        return Period("months", year=last_year, first_month=last_month, last_month=last_month)
    if rel == "last_quarter":
        q_end = last_month - last_month % 3
        year = last_year if q_end else last_year - 1
        q_end = q_end or 12
        return Period("months", year=year, first_month=q_end - 2, last_month=q_end)
    if rel == "last_n_years" and named.count:
        return Period("span", start=facts.latest_year - named.count + 1, year=facts.latest_year)
    if rel == "last_n_months" and named.count:
        if named.count > last_month:
            return Period("months", year=None, first_month=0, last_month=0)  # crosses a year: refused
        return Period(
            "months", year=last_year, first_month=last_month - named.count + 1, last_month=last_month
        )
    p = named.period
    if p is None:
        return None
    if p.year == -1:  # "the first half of last year"
        p = Period(
            p.kind, year=facts.latest_year, first_month=p.first_month, last_month=p.last_month, ytd=p.ytd
        )
    if p.kind == "span" and p.year is None:
        return Period("span", start=p.start, year=facts.latest_year)
    if p.kind == "months" and p.ytd:
        year = p.year or (previous.year if previous and previous.year else last_year)
        end = last_month if year == last_year else 12
        return Period("months", year=year, first_month=1, last_month=end, ytd=True)
    if p.kind == "months" and p.year is None:
        if previous is not None and previous.year:
            year = previous.year
        else:
            year = last_year if last_month >= p.last_month else last_year - 1
        return Period("months", year=year, first_month=p.first_month, last_month=p.last_month)
    if p.kind == "months" and (p.first_month, p.last_month) == (1, 12):
        return Period("year", year=p.year)
    return p


def with_base(
    named: Named, period: Period | None, facts: DataFacts, previous: Period | None = None
) -> Period | None:
    """'vs 2023': a pair from that base to the period asked, the previous one, or the latest year."""
    base = named.base
    if base is None:
        return period
    if period is not None and period.kind in ("year", "months") and period.year:
        m1, m2 = period.first_month, period.last_month
        year = period.year
    elif period is not None and period.kind == "months":  # "3T vs the same quarter of 2023"
        m1, m2 = period.first_month, period.last_month
        year = previous.year if previous and previous.year else facts.latest_year
    else:
        m1, m2, year = base.first_month, base.last_month, facts.latest_year
    if base.year == year:
        return period
    return Period(
        "pair", year=max(year, base.year), start=min(year, base.year), first_month=m1, last_month=m2
    )


def standalone(named: Named, facts: DataFacts) -> Meaning:
    period = with_base(named, resolve_period(named, facts), facts)
    partners = tuple(named.partners)
    measure = measure_of(named, partners, period, named.product) or "level"
    flow = _flow(named)
    if flow is None and named.trade_word and measure in ("share", "rank", "top", "trend", "change"):
        flow = "total"  # "share of US trade", "how has trade with Mexico changed"
    return complete(Meaning(measure=measure, flow=flow, partners=partners,
                            combine="combined" if named.combined else "each", product=named.product,
                            period=period, n=named.n, order=named.order, side=named.side))  # fmt: skip


def follow_up(previous: Meaning, named: Named, facts: DataFacts) -> Meaning:
    """The previous meaning with only what this question names changed: 'September?' the
    month, '¿y Canadá?' the partner, 'how much did that change in percent?' the measure."""
    m = previous
    partners = m.partners
    if named.partners:
        # "add Canada too", "¿y comparado con China?": beside the partners already there
        beside = named.append or (named.compare_with and m.partners and WORLD not in m.partners)
        partners = (
            tuple(dict.fromkeys(m.partners + tuple(named.partners))) if beside else tuple(named.partners)
        )
    elif named.combined and _shape(m.partners) == "one" and m.replaced:
        # "¿y los dos juntos?" after "¿y China?" following Mexico: the one moved from, and this one
        partners = tuple(dict.fromkeys(m.replaced + m.partners))
    elif (
        (named.n or named.many_partners)
        and "top" in named.measures
        and set(named.measures) <= {"top", "level"}
        and m.measure not in ("top", "products")
    ):
        partners = ()  # "Top 5 proveedores en 2024", "the top suppliers" after a question on Canada: a new ranking
    product = named.product or m.product
    period = m.period
    earlier = m.earlier
    if named.period or named.relative:
        new = resolve_period(named, facts, previous=m.period)
        if new and new.kind == "year" and m.period and m.period.kind == "months" and not named.relative:
            new = Period(
                "months", year=new.year, first_month=m.period.first_month, last_month=m.period.last_month
            )
        if (
            new is not None and new.kind == "span" and named.period is not None and named.period.year is None
            and m.period is not None and m.period.kind in ("year", "months") and m.period.year
            and new.start < m.period.year and "change" in named.measures
        ):  # fmt: skip
            # "how much did they change from 2022?" after a 2023 question: 2022 to 2023, not to the latest year
            new = Period("pair", year=m.period.year, start=new.start,
                         first_month=m.period.first_month, last_month=m.period.last_month)  # fmt: skip
        if (
            named.relative == "year_before" and "change" in named.measures and m.period is not None
            and m.period.kind in ("year", "months") and m.period.year
        ):  # fmt: skip
            # "how did that change from the year before?": the year before is the base, not the period
            new = Period("pair", year=m.period.year, start=m.period.year - 1,
                         first_month=m.period.first_month, last_month=m.period.last_month)  # fmt: skip
        period = new
        earlier = m.period if _same_months(m.period, new) else None  # "…in 2024" then "and 2023?"
    elif (
        earlier is not None and named.base is None and measure_of(named, partners, None, product) == "change"
    ):
        # "var %" after two years: the change between the two periods just discussed
        if _same_months(earlier, period):
            a, b = sorted((earlier, period), key=lambda p: p.year)
            period = Period(
                "pair", year=b.year, start=a.year, first_month=a.first_month, last_month=a.last_month
            )

    if (
        (named.compare or named.compare_with) and not named.partners and (named.period or named.relative)
        and m.period is not None and period is not None and period.kind in ("year", "months")
        and m.period.kind in ("year", "months") and _same_months(m.period, period) and period.year != m.period.year
    ):  # fmt: skip
        # "how does that compare with the same half of the year before?": the two periods side by side
        a, b = sorted((period, m.period), key=lambda p: p.year)
        period = Period("pair", year=b.year, start=a.year, first_month=a.first_month, last_month=a.last_month)
        earlier = None
    if named.base is not None:  # "how much did that change vs 2023?": from the base to this period
        current = period
        if current is not None and current.kind == "years" and current.years:
            current = Period("year", year=current.years[-1])
        elif current is not None and current.kind in ("pair", "span"):
            current = Period("year", year=current.year)
        period = with_base(named, current, facts, previous=m.period)
    measure = measure_of(named, partners, period if (named.period or named.relative) else None, product)
    if set(named.measures) <= {"top"} and named.n and not named.partners:
        measure = m.measure if m.measure in ("top", "products") else measure  # "top 10 instead"
    elif set(named.measures) <= {"top"} and m.measure == "products" and _shape(partners) == "one":
        measure = (
            "products"  # after "what does the U.S. buy from Canada?": "¿y de México? los 10 principales"
        )

    if measure is None or (measure == "level" and not named.measures):
        measure = m.measure
        if named.partners and m.measure == "top" and _shape(partners) == "one":
            measure = "rank"  # "what about Mexico?" after a ranking: where Mexico stands in it
        elif named.partners and m.measure == "top" and _shape(partners) == "several":
            measure = "level"
        elif m.measure in ("rank", "share", "products") and _shape(partners) == "several":
            measure = {"share": "share", "rank": "level", "products": "level"}[m.measure]
    if (
        period is not None and period.kind == "pair" and measure in ("share", "rank", "level", "top", "products")
        and not (named.period or named.relative or named.base is not None)
    ):  # fmt: skip
        # "and Canada's share of those imports?" after a change: the later of the two periods
        period = Period(
            "months", year=period.year, first_month=period.first_month, last_month=period.last_month
        )
    flow = _flow(named) or m.flow
    if (
        measure == "trend"
        and period
        and period.kind in ("year", "months")
        and not (named.period or named.relative)
    ):
        period = None  # "and over time?" after a one-year question: the whole series
    if named.side is None and named.flows and flow != "balance":
        side = None
    else:
        side = named.side or m.side
    return complete(
        m.with_(
            measure=measure,
            flow=flow,
            partners=partners,
            product=product,
            period=period,
            # "add China too" to a sum keeps the sum; a new partner named alone is shown on its own
            combine="combined"
            if named.combined
            else "each"
            if named.compare or named.separately  # "each of them side by side"
            else m.combine
            if not named.partners or named.append
            else "each",
            n=named.n or m.n,
            order=named.order or m.order,
            side=side,
            earlier=earlier if period is not None and period.kind in ("year", "months") else None,
            # the partners just moved from, when a new one took their place
            replaced=m.partners
            if named.partners and partners != m.partners and not set(m.partners) & set(partners)
            else (),
        )  # fmt: skip
    )


def _flow(named: Named) -> str | None:
    if named.side:
        return "balance"
    if len(named.flows) == 1:
        return named.flows[0]
    return "several" if named.flows else None


def complete(m: Meaning) -> Meaning:
    """Settle what follows from the rest: a change over a list of two years is a pair; a
    balance ranking has a side; the USMCA partners 'as a bloc' are the group itself."""
    period = m.period
    if m.measure == "coverage":
        period = None  # "do you have data for 2025?": the coverage answers it, whatever year is named
    if m.measure == "trend" and period and period.kind == "year":
        period = Period("span", start=None, year=period.year)  # a trend up to the year named
    if (
        m.measure == "share"
        and period
        and period.kind in ("years", "pair")
        and (period.years or period.start)
    ):
        # "China's share in 2017 vs 2024": the shares over the range, first and last named
        first = min(period.years) if period.years else period.start
        last = max(period.years) if period.years else period.year
        period = Period("span", start=first, year=last)
    if m.measure == "change" and period and period.kind == "years" and len(period.years) >= 2:
        period = Period("pair", year=period.years[-1], start=period.years[0],
                        first_month=period.first_month, last_month=period.last_month)  # fmt: skip
    side = m.side
    if m.measure in ("top", "rank") and m.flow == "balance":
        side = side or "deficit"
    elif m.measure not in ("top", "rank"):
        side = None
    combine = m.combine
    if combine == "combined" and m.partner_shape != "several":
        combine = "each"  # one partner, or a group, is already a sum
    n = m.n if m.measure in ("top", "products") else None  # a count belongs to a ranking
    order = m.order if m.measure == "top" else None
    product = m.product
    if m.measure == "coverage":
        product = None
    partners = m.partners
    if m.measure in ("top",) and partners == (WORLD,):
        partners = ()
    return m.with_(
        period=period, side=side, combine=combine, n=n, order=order, product=product, partners=partners
    )


def is_fragment(named: Named, n_tokens: int) -> bool:
    """A follow-up fragment: a place, product, year or flow with nothing that makes it a full
    question of its own ('and Canada?', '¿y en 2019?', 'September?')."""
    asks = bool(set(named.measures) - {"level", "top"} or named.flows or named.side or named.trade_word)
    names = bool(named.partners or named.product)
    # a longer one that names no partner, goods, flow or side only changes the measure or the
    # period: "comparado con el mismo trimestre del año anterior"
    says_what = names or named.flows or named.side or named.trade_word or named.n or named.many_partners
    return not (asks and names) and (n_tokens <= 7 or not says_what)


def only_units(named: Named) -> bool:
    """'In billions of dollars, please': how to write the last answer, nothing else asked."""
    return named.units and not (
        named.partners or named.product or named.flows or named.period or named.relative
        or set(named.measures) - {"level"} or named.n or named.side
    )  # fmt: skip


def proxy_product(product: Product, proxies: dict) -> Product | None:
    """The HS view standing in for an ATP category or NAICS industry (queries/proxies.yaml)."""
    key = (product.kind, product.codes[0] if product.codes else "")
    chapters = proxies.get(key)
    return Product("hs", tuple(chapters), proxy_for=product) if chapters else None


__all__ = ["DataFacts", "standalone", "follow_up", "is_fragment", "only_units", "proxy_product", "USMCA"]


def _same_months(a: Period | None, b: Period | None) -> bool:
    """Two single periods of the same months in different years."""
    single = ("year", "months")
    return bool(a and b and a.kind in single and b.kind in single and a.year and b.year and a.year != b.year
                and (a.first_month, a.last_month) == (b.first_month, b.last_month))  # fmt: skip
