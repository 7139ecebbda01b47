"""Routing as data: a meaning -> the one query whose declaration honours all of it.

Each query in queries/ declares the meanings it answers (catalog.Answers). The router never
drops an element to make a question fit: when no declaration covers the whole meaning, it
returns the element that cannot be honoured, and the reply says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.catalog import Answers, Catalog, Query
from assistant.understand.meaning import USMCA, USMCA_MEMBERS, WORLD, Meaning

MAX_N = 25
DEFAULT_FLOW = "imports"  # what a question that names no flow is about (every query's default)


@dataclass(frozen=True)
class Route:
    query: Query
    params: dict


@dataclass(frozen=True)
class Gap:
    """The element of a meaning no query can honour: measure | partners | combine | period |
    product | flow | n | n_range | order | side."""

    element: str


def elements(meaning: Meaning) -> dict[str, object]:
    """The meaning as the values a declaration is checked against."""
    period = meaning.period
    shape = "none" if period is None else period.shape
    if period and period.kind == "years" and (period.first_month, period.last_month) != (1, 12):
        shape = "years of months"  # the same months in several years: no query has it
    options = set()
    if meaning.n is not None:
        options.add("n")
    if meaning.order == "smallest":
        options.add("order")
    if meaning.side:
        options.add("side")
    return {
        "measure": meaning.measure,
        "partners": meaning.partner_shape,
        "combine": meaning.combine if meaning.partner_shape == "several" else "each",
        "period": shape,
        "product": _product_kind(meaning.product),
        "flow": meaning.flow,
        "options": options,
    }


def _product_kind(product) -> str:
    if product is None:
        return "none"
    if product.kind == "atp" and not product.codes:
        return "atp_all"  # all ten ATP categories: not a filter a category parameter can carry
    return product.kind


def failures(decl: Answers, el: dict, meaning: Meaning) -> list[str]:
    """The elements of the meaning this declaration does not honour (empty = it answers it)."""
    out = []
    if el["measure"] not in decl.measures:
        out.append("measure")
    if el["partners"] not in decl.partners:
        out.append("partners")
    elif decl.partners_within and not set(meaning.partners) <= decl.partners_within:
        out.append("partners")
    if el["combine"] != decl.combine:
        out.append("combine")
    if el["period"] not in decl.periods:
        out.append("period")
    if el["product"] not in decl.products:
        out.append("product")
    if (el["flow"] or DEFAULT_FLOW) not in decl.flows:
        out.append("flow")
    for option in sorted(el["options"] - decl.options):
        out.append(option)
    return out


def route(meaning: Meaning, catalog: Catalog) -> Route | Gap:
    if meaning.n is not None and not 1 <= meaning.n <= MAX_N:
        return Gap("n_range")
    el = elements(meaning)
    best: tuple[int, str] | None = None
    for query in catalog:
        for decl in query.answers:
            missing = failures(decl, el, meaning)
            if not missing:
                return Route(query, bind(query, meaning))
            # the nearest declaration for the same measure names what is missing
            rank = len(missing) + (10 if "measure" in missing else 0)
            if best is None or rank < best[0]:
                best = (rank, missing[0])
    return Gap(best[1] if best else "measure")


def bind(query: Query, meaning: Meaning) -> dict:
    """The query's parameters from the meaning (only what the meaning says; defaults stay)."""
    names = set(query.params)
    params: dict = {}
    named = [p for p in meaning.partners if p != WORLD]
    if "partner" in names and not query.answers[0].partners_within:
        params["partner"] = named[0] if named else WORLD
    if "partners" in names:
        codes = list(named) or [WORLD]
        if meaning.combine == "combined":
            codes = expand_usmca(codes)
        params["partners"] = codes
    if meaning.flow and "flow" in names:
        params["flow"] = meaning.flow
    product = meaning.product
    if product and product.kind == "hs" and "chapters" in names:
        params["chapters"] = list(product.codes)
    elif product and product.kind == "atp" and product.codes and "category" in names:
        params["category"] = product.codes[0]
    elif product and product.kind == "naics" and "naics" in names:
        params["naics"] = product.codes[0]
    period = meaning.period
    if period:
        months = {"first_month": period.first_month, "last_month": period.last_month}
        if period.kind in ("year", "months"):
            params["year"] = period.year
            params.update({k: v for k, v in months.items() if k in names})
        elif period.kind == "years":
            params["years"] = list(period.years)
        elif period.kind in ("span", "pair"):
            if {"start_year", "end_year"} <= names:
                params["start_year"], params["end_year"] = period.start, period.year
            else:
                params["base_year"], params["year"] = period.start, period.year
                params.update({k: v for k, v in months.items() if k in names})
    for option in ("n", "order", "side"):
        value = getattr(meaning, option)
        if value is not None and option in names:
            params[option] = value
    return {k: v for k, v in params.items() if v is not None}


def expand_usmca(codes: list[str]) -> list[str]:
    """The USMCA group inside a combined set stands for its members (no double counting)."""
    out: list[str] = []
    for c in codes:
        for member in USMCA_MEMBERS if c == USMCA else (c,):
            if member not in out:
                out.append(member)
    return out
