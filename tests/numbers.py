"""Checks that every number in a sentence is a formatted cell of the rows or a parameter.

A cell is formatted only with the specs its column can take (money for *_usd, percent and
percentage-point forms for shares and changes, plain and ordinal for counts), so a template
that formats a column the wrong way is caught too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import formatting

NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
MONEY = ("money", "money_short", "balance", "signed_money")
PERCENT = ("pct", "signed_pct", "change", "pp", "pp_change")
COUNT = ("int", "ordinal")


def numbers_in(text: str) -> list[str]:
    return NUMBER.findall(text)


def _specs(column: str) -> tuple[str, ...]:
    if column.endswith("_usd"):
        return MONEY
    if column in ("share", "pct_change") or column.endswith(("_share", "_pct", "_pp")):
        return PERCENT
    return COUNT


@lru_cache(maxsize=200_000)
def _formatted(value, specs: tuple[str, ...], lang: str) -> frozenset[str]:
    out = set(numbers_in(str(value)))
    for name in specs:
        try:
            out.update(numbers_in(formatting.SPECS[name](value, lang)))
        except (TypeError, ValueError, IndexError, KeyError):
            pass
    return frozenset(out)


def allowed_numbers(rows: list[dict], params: dict, lang: str) -> set[str]:
    """Every numeric token that formatting a row cell or a parameter can produce."""
    allowed: set[str] = set()
    cells = [(k, v) for r in rows for k, v in r.items()] + list(params.items())
    for column, v in cells:
        for item in v if isinstance(v, list) else [v]:
            if item is None or isinstance(item, bool):
                continue
            if isinstance(item, str):
                allowed.update(numbers_in(item))
            else:
                allowed.update(_formatted(item, _specs(column), lang))
    return allowed


def unexplained_numbers(answer) -> list[str]:
    found = numbers_in(answer.text)
    if not found:
        return []
    params = (answer.query or {}).get("params", {})
    allowed = allowed_numbers(answer.rows, params, answer.lang)
    return [n for n in found if n not in allowed]
