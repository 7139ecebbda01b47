"""Runs a verified query and composes the Answer: sentence, chart, table, SQL, sources.

Every number in a sentence is a cell of the result rows (or a parameter), rendered by
assistant.formatting through a format spec in the query's reviewed template
({value_usd:money}). Templates are tried in order; the first whose fields are all
present wins, so a missing previous year drops the "from 2023" clause instead of
printing a blank.
"""

from __future__ import annotations

import copy
import decimal
import functools
import json
import math
import os
import re
import string
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from assistant import charts, formatting, i18n
from assistant.catalog import MAX_CHAPTERS, PRODUCT_DATASETS, Catalog, Query
from assistant.store import Store

ENDPOINTS = {"total": "hs", "hs": "hs", "hitech": "hitech", "naics": "naics"}
MAX_YEARS = 12  # a list of explicit years ("2015, 2018 and 2021")


@dataclass(frozen=True)
class Answer:
    """The one answer object behind the chat, the CLI and the JSON API."""

    question: str
    status: str  # answered | clarify | unsupported
    lang: str
    text: str
    query: dict | None = None
    value: float | None = None
    unit: str | None = None
    rows: list[dict] = field(default_factory=list)
    chart: dict | None = None
    sql: str | None = None
    sources: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    context: dict = field(default_factory=dict)
    reading: str = ""  # how the question was read, e.g. "imports · from Mexico · 2024"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class ParamError(ValueError):
    """A parameter value the query cannot take (user-caused; becomes `unsupported`)."""


class _Missing(Exception):
    """A template referenced a value that is absent; try the next template."""


class _Value:
    """A cell or parameter that formats itself through assistant.formatting specs."""

    __slots__ = ("value", "lang")

    def __init__(self, value, lang):
        self.value, self.lang = value, lang

    def __format__(self, spec: str) -> str:
        if self.value is None:
            raise _Missing
        if not spec:
            return str(self.value)
        return formatting.SPECS[spec](self.value, self.lang)


class _Namespace(dict):
    def __missing__(self, key):
        raise KeyError(f"template field {key!r} is neither a result column nor a parameter")


_FORMATTER = string.Formatter()
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")  # "[, {pct_change:change} {p_prev_from}]"


def _render(template: str, namespace: dict) -> str:
    """Fill a template; a [bracketed] clause whose values are missing is left out."""

    def optional(m: re.Match) -> str:
        try:
            text = _FORMATTER.vformat(m.group(1), (), namespace)
        except _Missing:
            return ""
        return text.replace("{", "{{").replace("}", "}}")

    return formatting.contracted(_FORMATTER.vformat(_OPTIONAL.sub(optional, template), (), namespace))


def _row_fields(row: dict, lang: str) -> dict[str, _Value]:
    """A result row as template fields; a partner's name as it reads in a sentence."""
    fields = {k: _Value(v, lang) for k, v in row.items()}
    if isinstance(row.get("partner"), str):
        fields["partner"] = _Value(formatting.in_text(row["partner"], lang), lang)
    return fields


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _first_rendering(templates: list[str], namespace: dict) -> str | None:
    for t in templates:
        try:
            return _render(t, namespace)
        except _Missing:
            continue
    return None


def _plain(value):
    if isinstance(value, decimal.Decimal):
        value = float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None  # a guard the SQL missed: an answer never carries NaN or infinity
    return value


def _templates(spec, variant_keys: list[str]) -> list[str]:
    """A template spec is a string, a list tried in order, or a dict of those by variant."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, list):
        return spec
    for key in variant_keys:
        if key in spec:
            return _templates(spec[key], variant_keys)
    return []


def localise_rows(records: list[dict], lang: str) -> list[dict]:
    """Columns ending _en/_es collapse to one column in the answer's language."""
    mine = "_" + lang
    others = tuple("_" + other for other in i18n.LANGS if other != lang)
    out = []
    for r in records:
        row = {}
        for k, v in r.items():
            if k.endswith(others):
                continue
            row[k[: -len(mine)] if k.endswith(mine) else k] = _plain(v)
        out.append(row)
    return out


class Engine:
    """Answers (query id, params) against one store and catalog."""

    def __init__(self, store: Store, catalog: Catalog):
        self.store = store
        self.catalog = catalog
        # The snapshot is read-only, so an answer depends only on (query, params, language):
        # compose each one once. Bounded, so memory stays flat under any mix of questions.
        size = int(os.environ.get("ASSISTANT_ANSWER_CACHE_SIZE", "4096"))  # 0 turns it off
        self._composed = functools.lru_cache(maxsize=size)(self._compose)

    # ---- parameters -------------------------------------------------------------------
    def resolve(self, query: Query, params: dict[str, Any]) -> dict[str, Any]:
        """Defaults filled in, 'latest' and 'previous' made concrete, types and ranges checked."""
        unknown = set(params) - set(query.params)
        if unknown:
            raise ParamError(f"{query.id} does not take one of the parameters given")
        out: dict[str, Any] = {}
        for name, p in query.params.items():
            value = params.get(name, p.default)
            out[name] = None if value is None else self._check(p, value)
        if out.get("first_month") and out.get("last_month") and out["first_month"] > out["last_month"]:
            raise ParamError("first_month must not come after last_month")
        dataset = query.dataset_for(out)
        flows = query.flows_for(out)
        entries = [e for e in (self.store.coverage.get((dataset, f)) for f in flows) if e]
        # A defaulted start year means "from the start of the data": HS chapters begin in
        # 2023, so "USMCA vs China in electronics" starts there. Years the user asked for
        # are left alone (and reported if outside the data).
        for name, p in query.params.items():
            if p.type == "year" and name not in params and isinstance(out.get(name), int) and entries:
                out[name] = max(out[name], max(e.first_period // 100 for e in entries))
        for name in query.params:
            if out.get(name) == "latest":
                years = [e.latest_complete_year for e in entries]
                out[name] = min(years) if entries and all(years) else None
        for name in query.params:
            if out.get(name) == "previous":  # the year before the asked one (a change's base)
                out[name] = out["year"] - 1 if isinstance(out.get("year"), int) else None
        return out

    def accepts(self, query: Query, name: str, value) -> bool:
        """Whether a (possibly forged) parameter value is one this query can take."""
        if value is None:
            return True
        try:
            self._check(query.params[name], value)
        except ParamError:
            return False
        return True

    def _check(self, p, value):
        if value in ("latest", "previous") and p.type == "year":
            return value
        try:
            if p.type in ("year", "month", "int"):
                value = int(value)
            elif p.type == "years":
                value = sorted({int(v) for v in value})
            elif p.type in ("partners", "hs_chapters"):
                value = [str(v) for v in value]
            else:
                value = str(value)
        except (TypeError, ValueError, OverflowError) as e:
            raise ParamError(f"{p.name} must be a {p.type}") from e
        if p.choices and value not in p.choices:
            raise ParamError(f"{p.name} must be one of {', '.join(p.choices)}")
        if p.minimum is not None and value < p.minimum:
            raise ParamError(f"{p.name} must be at least {p.minimum}")
        if p.maximum is not None and value > p.maximum:
            raise ParamError(f"{p.name} must be at most {p.maximum}")
        if p.type == "month" and not 1 <= value <= 12:
            raise ParamError("month must be 1 to 12")
        codes = value if p.type == "partners" else [value] if p.type == "partner" else []
        for code in codes:
            if code not in self.store.partners:
                raise ParamError("unknown partner code")  # never echo what a client sent
        if p.type == "partners" and not 1 <= len(value) <= 8:
            raise ParamError("compare between one and eight partners")
        if p.type == "years" and not 1 <= len(value) <= MAX_YEARS:
            raise ParamError(f"name between one and {MAX_YEARS} years")
        if p.type == "hs_chapters":
            if not 1 <= len(value) <= MAX_CHAPTERS or len(set(value)) != len(value):
                raise ParamError(f"name between one and {MAX_CHAPTERS} different HS chapters")
            if any(("hs", c) not in self.store.products for c in value):
                raise ParamError("unknown HS chapter")  # never echo what a client sent
        elif p.type in PRODUCT_DATASETS and (PRODUCT_DATASETS[p.type], value) not in self.store.products:
            raise ParamError(f"unknown {p.type}")
        return value

    # ---- coverage ---------------------------------------------------------------------
    @staticmethod
    def periods_read(params: dict[str, Any]) -> list[tuple[int, int, int]]:
        """Every (year, first month, last month) the query reads for the figures asked."""
        m1, m2 = params.get("first_month") or 1, params.get("last_month") or 12
        out = []
        for name in ("year", "base_year"):
            if isinstance(params.get(name), int):
                out.append((params[name], m1, m2))
        for year in params.get("years") or []:
            out.append((year, 1, 12))
        for name in ("start_year", "end_year"):
            if isinstance(params.get(name), int):
                out.append((params[name], 1, 12))
        return out

    def coverage_problem(self, query: Query, params: dict[str, Any], lang: str) -> str | None:
        """Why this query cannot run on the current snapshot, or None if it can."""
        dataset = query.dataset_for(params)
        msg = i18n.ENGINE[lang]
        label = i18n.DATASETS[lang][dataset]
        flows = query.flows_for(params)
        if dataset == "hs" and "exports" in flows and not self.store.has("hs", "exports"):
            return msg["hs_exports"].format(flow=i18n.FLOWS[lang][params.get("flow") or "exports"])
        for flow in flows:
            entry = self.store.coverage.get((dataset, flow))
            if entry is None:
                return msg["missing_dataset"].format(dataset=label)
            first = formatting.period_phrase(entry.first_period // 100, entry.first_period % 100,
                                             entry.first_period % 100, lang, "bare")  # fmt: skip
            last = formatting.period_phrase(entry.last_period // 100, entry.last_period % 100,
                                            entry.last_period % 100, lang, "bare")  # fmt: skip
            for year, m1, m2 in self.periods_read(params):
                asked = formatting.period_phrase(year, m1, m2, lang, "bare")
                start, end = year * 100 + m1, year * 100 + m2
                if end < entry.first_period or start > entry.last_period or start < entry.first_period:
                    return _sentence_case(
                        msg["outside"].format(dataset=label, first=first, last=last, period=asked)
                    )
                if end > entry.last_period:
                    return _sentence_case(msg["partial"].format(period=asked, last=last))
        return None

    # ---- composing --------------------------------------------------------------------
    def param_fields(self, query: Query, params: dict[str, Any], lang: str) -> dict[str, _Value]:
        """Parameters as template fields: p_year, p_partner (a name), p_product (a label), and
        the asked period as phrases: p_when ('in the third quarter of 2024 (July–September)'),
        p_when_bare, p_prev_from / p_prev_in (the same months a year earlier), p_base_vs /
        p_base_in / p_base_bare (a change's base), p_years ('2015, 2018 and 2021')."""
        fields = {}
        for name, p in query.params.items():
            v = params.get(name)
            if v is None:
                shown = None
            elif p.type == "partner":
                shown = formatting.in_text(self.store.partners[v].name(lang), lang)
            elif p.type == "partners":
                shown = formatting.join(
                    [formatting.in_text(self.store.partners[c].name(lang), lang) for c in v], lang
                )
            elif p.type in PRODUCT_DATASETS:
                shown = self.product_label(PRODUCT_DATASETS[p.type], v, lang)
            elif p.type == "flow":
                shown = i18n.FLOWS[lang][v]
            elif p.type == "choice":
                shown = i18n.CHOICES[lang][v]
            elif p.type == "years":
                shown = formatting.join([str(y) for y in v], lang)
            else:
                shown = v
            fields["p_" + name] = _Value(shown, lang)
            if p.type in PRODUCT_DATASETS and shown is not None:
                fields["p_product"] = fields["p_" + name]
        fields.setdefault("p_product", _Value(None, lang))
        year = params.get("year")
        m1, m2 = params.get("first_month") or 1, params.get("last_month") or 12
        phrases = {}
        if isinstance(year, int):
            phrases["p_when"] = (year, "in")
            phrases["p_when_bare"] = (year, "bare")
            phrases["p_prev_from"] = (year - 1, "from")
            phrases["p_prev_in"] = (year - 1, "in")
        if isinstance(params.get("base_year"), int):
            base = params["base_year"]
            phrases.update(p_base_vs=(base, "vs"), p_base_in=(base, "in"), p_base_bare=(base, "bare"))
        for name, (y, form) in phrases.items():
            fields[name] = _Value(formatting.period_phrase(y, m1, m2, lang, form), lang)
        return fields

    def product_label(self, dataset: str, code, lang: str) -> str:
        codes = code if isinstance(code, list) else [code]
        return formatting.product_label(
            dataset, [(c, self.store.products[(dataset, c)].name(lang)) for c in codes], lang
        )

    @staticmethod
    def variant_keys(query: Query, params: dict) -> list[str]:
        """Template variants to try: 'balance_deficit', then 'balance', then 'default'; for a
        ranking of one ('who sold us the most?'), each first with '_one' ('imports_one')."""
        values = [
            params[n] for n, p in query.params.items() if p.type in ("flow", "choice") and params.get(n)
        ]
        keys = ["_".join(values), *values, "default"]
        if params.get("n") == 1 and params.get("order") != "smallest":
            keys = [f"{k}_one" for k in keys] + ["one", *keys]
        return keys

    def _headline(self, query: Query, params: dict, rows: list[dict]) -> tuple[dict | None, dict]:
        specs = query.headline if isinstance(query.headline, list) else [query.headline]

        def applies(spec) -> bool:
            when = spec.get("when")
            if isinstance(when, dict):
                return all(params.get(k) == v for k, v in when.items())
            return not when or params.get(when) is not None

        spec = next(s for s in specs if applies(s))
        where = spec.get("row_where") or {}
        for r in rows:
            if all(r.get(col) == params.get(param) for col, param in where.items()):
                return r, spec
        return None, spec

    def _items(self, query: Query, params: dict, rows: list[dict], lang: str, pfields) -> str | None:
        """The list a sentence names ('China, Mexico and Vietnam'), one entry per chosen row,
        or per group of rows ('Japan: $142.0 billion in 2015 and $142.6 billion in 2018')."""
        spec = query.items
        if not spec:
            return None
        keys = self.variant_keys(query, params)
        chosen = []
        for r in rows:
            ok = all(r.get(col) == params.get(param) for col, param in spec.get("where", {}).items())
            ok = ok and all(r.get(col) == val for col, val in spec.get("where_value", {}).items())
            if ok:
                chosen.append(r)
        groups: dict[Any, list[dict]] = {}
        for r in chosen:
            groups.setdefault(r.get(spec["group"]) if spec.get("group") else id(r), []).append(r)
        rendered = []
        for members in groups.values():
            ns = _Namespace({**_row_fields(members[0], lang), **pfields})
            if spec.get("group"):
                inner = [
                    _first_rendering(_templates(spec["inner"][lang], keys),
                                     _Namespace({**_row_fields(r, lang), **pfields}))
                    for r in members
                ]  # fmt: skip
                ns["inner"] = _Value(formatting.join([t for t in inner if t], lang) or None, lang)
            text = _first_rendering(_templates(spec[lang], keys), ns)
            if text:
                rendered.append(text)
        if not rendered:
            return None
        if spec.get("join") == "semicolon":
            return "; ".join(rendered)
        return formatting.join(rendered, lang)

    def sentence(self, query: Query, params: dict, rows: list[dict], head_ns: _Namespace,
                 pfields: dict[str, _Value], lang: str) -> str:  # fmt: skip
        ns = _Namespace(head_ns)
        ns["items"] = _Value(self._items(query, params, rows, lang, pfields), lang)
        text = _first_rendering(_templates(query.sentence[lang], self.variant_keys(query, params)), ns)
        if text is None:
            raise ValueError(f"{query.id}: no {lang} template could be filled from the result")
        return _sentence_case(text)

    def sources(self, query: Query, params: dict, lang: str) -> list[str]:
        dataset = query.dataset_for(params)
        endpoints = ", ".join(f"intltrade/{f}/{ENDPOINTS[dataset]}" for f in query.flows_for(params))
        source = i18n.SOURCE[lang]
        lines = [
            source["line"].format(
                endpoints=endpoints, measure=source["measure"], vintage=self.store.vintage(lang)
            )
        ]
        entry = self.store.coverage.get((dataset, query.flows_for(params)[0]))
        if entry:
            span = formatting.month_span(entry.first_period, entry.last_period, lang)
            lines.append(f"{i18n.DATASETS[lang][dataset]}: {span}")
        return lines

    def suggestions(
        self, query: Query, params: dict, pfields: dict[str, _Value], lang: str, fallback: bool = False
    ) -> list[str]:
        if fallback:
            pool = query.fallback.get(lang, [])
        else:  # by flow: an answer on exports suggests more on exports
            variants = query.suggestions.get(lang, {})
            pool = next((variants[k] for k in self.variant_keys(query, params) if k in variants), [])
        if params.get("partner") == "-":  # "the world's share" is not a useful suggestion
            pfields = {**pfields, "p_partner": _Value(None, lang)}
        out = []
        for entry in pool:  # an entry is a template, or alternatives: first that fills wins
            text = _first_rendering(entry if isinstance(entry, list) else [entry], _Namespace(pfields))
            if text:
                out.append(_sentence_case(text))
        return out[:3]

    def answer(self, query_id: str, params: dict[str, Any], lang: str = "en", question: str = "") -> Answer:
        query = self.catalog[query_id]
        try:
            resolved = self.resolve(query, params)
        except ParamError as e:
            return Answer(question=question, status="unsupported", text=str(e), lang=lang)
        key = json.dumps(resolved, sort_keys=True)
        # a deep copy: callers may change their answer without touching the cached one
        return replace(copy.deepcopy(self._composed(query_id, key, lang)), question=question)

    def _compose(self, query_id: str, resolved_json: str, lang: str) -> Answer:
        query = self.catalog[query_id]
        resolved = json.loads(resolved_json)
        base = dict(question="", lang=lang)
        context = {"query_id": query.id, "params": resolved, "lang": lang}
        qref = {"id": query.id, "params": resolved}
        pfields = self.param_fields(query, resolved, lang)
        problem = self.coverage_problem(query, resolved, lang)
        if problem:
            return Answer(
                status="unsupported",
                text=problem,
                query=qref,
                sql=query.sql,
                suggestions=self.suggestions(query, resolved, pfields, lang, fallback=True)
                or self.catalog.starters(lang)[:3],
                sources=self.sources(query, resolved, lang),
                context=context,
                **base,
            )
        result = self.store.run(query.sql, {k: resolved[k] for k in query.params})
        rows = localise_rows(result.records(), lang)
        head, spec = self._headline(query, resolved, rows)
        if head is None:
            partner = resolved.get("partner")
            known = self.store.partners.get(partner)
            key = "not_a_country" if rows and known and known.kind != "country" else "no_rows"
            name = formatting.in_text(known.name(lang), lang) if known else ""
            text = _sentence_case(
                i18n.ENGINE[lang][key].format(
                    flow=i18n.FLOWS[lang].get(resolved.get("flow"), ""), partner=name
                )
            )

            offered = self.suggestions(query, resolved, pfields, lang, fallback=True)
            offered += [s for s in self.catalog.starters(lang) if s not in offered]
            return Answer(status="unsupported", text=text, query=qref, sql=query.sql, context=context,
                          suggestions=offered[:3], **base)  # fmt: skip

        head_ns = _Namespace({**_row_fields(head, lang), **pfields})
        text = self.sentence(query, resolved, rows, head_ns, pfields, lang)
        title_spec = query.chart.get("title", {}).get(lang, [query.title[lang]])
        title = _first_rendering(_templates(title_spec, self.variant_keys(query, resolved)), head_ns)
        sources = self.sources(query, resolved, lang)
        chart = charts.build(
            query.chart,
            rows,
            lang,
            title or query.title[lang],
            i18n.SOURCE[lang]["publisher"],  # the full line, with its API paths, is under the chart
            highlight=resolved.get(query.chart.get("highlight", "")),
            named_partners=_named_partners(query, resolved),
            months=(resolved["first_month"], resolved["last_month"]) if "first_month" in resolved else None,
        )

        value = head.get(spec["column"]) if spec.get("column") else None
        return Answer(
            status="answered",
            text=text,
            query=qref,
            value=value,
            unit=spec.get("unit") if value is not None else None,
            rows=rows,
            chart=chart,
            sql=query.sql,
            sources=sources,
            suggestions=self.suggestions(query, resolved, pfields, lang),
            context=context,
            **base,
        )


def _named_partners(query, resolved: dict) -> tuple[str, ...]:
    """The partner codes the question chose (drawn strong in its chart). A parameter left at
    its default was not named, so the chart keeps the USMCA-and-China story; the world is none."""
    codes: list[str] = []
    for p in query.params.values():
        value = resolved.get(p.name)
        if not value or value == p.default:
            continue
        if p.type == "partner":
            codes.append(value)
        elif p.type == "partners":
            codes.extend(value)
    return tuple(c for c in codes if c != "-")
