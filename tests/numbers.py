"""Checks that every number in a sentence is a formatted cell of the rows or a parameter."""

from __future__ import annotations

import re

from assistant import formatting

NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def numbers_in(text: str) -> list[str]:
    return NUMBER.findall(text)


def allowed_numbers(rows: list[dict], params: dict, lang: str) -> set[str]:
    """Every numeric token that formatting any row cell or parameter can produce."""
    allowed: set[str] = set()
    values = [v for r in rows for v in r.values()]
    for v in [*values, *params.values()]:
        items = v if isinstance(v, list) else [v]
        for item in items:
            if item is None:
                continue
            if isinstance(item, str):
                allowed.update(numbers_in(item))
                continue
            if isinstance(item, bool):
                continue
            allowed.update(numbers_in(str(item)))
            for name, spec in formatting.SPECS.items():
                if name == "month_name":
                    continue
                try:
                    allowed.update(numbers_in(spec(item, lang)))
                except (TypeError, ValueError, IndexError):
                    pass
    return allowed


def unexplained_numbers(answer) -> list[str]:
    params = (answer.query or {}).get("params", {})
    allowed = allowed_numbers(answer.rows, params, answer.lang)
    return [n for n in numbers_in(answer.text) if n not in allowed]
