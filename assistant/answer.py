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
import os
import string
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from assistant import charts, formatting
from assistant.catalog import PRODUCT_DATASETS, Catalog, Query
from assistant.store import Store

LANGS = ("en", "es")

DATASET_LABELS = {
    "en": {
        "total": "total goods trade by partner",
        "hs": "trade by HS chapter and partner",
        "hitech": "Advanced Technology Products (ATP, Census 'hitech') trade by partner",
        "naics": "NAICS industry trade by partner",
    },
    "es": {
        "total": "comercio total de bienes por socio",
        "hs": "comercio por capítulo SA y socio",
        "hitech": "comercio de Productos de Tecnología Avanzada (ATP, 'hitech' del Censo) por socio",
        "naics": "comercio por industria NAICS y socio",
    },
}
FLOW_WORDS = {
    "en": {"imports": "imports", "exports": "exports", "balance": "balance", "total": "total trade"},
    "es": {
        "imports": "importaciones",
        "exports": "exportaciones",
        "balance": "balanza",
        "total": "comercio total",
    },
}
MESSAGES = {
    "en": {
        "missing_dataset": (
            "This needs {flow} data on {dataset}, which is not in the current snapshot. "
            "Fetch it with: python -m assistant data fetch --dataset {fetch} --from 2013 --to 2025"
        ),
        "missing_year": "The {dataset} data covers {first} to {last}; {year} is outside it.",
        "partial_year": (
            "{year} is not complete in the data (it ends in {last}); ask for year-to-date instead."
        ),
        "no_rows": "There is no {flow} data for {partner} in the period asked about.",
        "not_a_country": "{partner} is not a single country; rankings cover countries only.",
    },
    "es": {
        "missing_dataset": (
            "Esto requiere datos de {flow} de {dataset}, que no están en los datos actuales. "
            "Descárgalos con: python -m assistant data fetch --dataset {fetch} --from 2013 --to 2025"
        ),
        "missing_year": "Los datos de {dataset} cubren de {first} a {last}; {year} queda fuera.",
        "partial_year": (
            "{year} no está completo en los datos (terminan en {last}); pregunta por el acumulado del año."
        ),
        "no_rows": "No hay datos de {flow} para {partner} en el periodo consultado.",
        "not_a_country": "{partner} no es un solo país; las clasificaciones cubren solo países.",
    },
}
READING_PREPOSITIONS = {
    "en": {"imports": "from", "exports": "to", "balance": "with", "total": "with"},
    "es": {"imports": "desde", "exports": "hacia", "balance": "con", "total": "con"},
}
FETCH_NAMES = {"total": "totals", "hs": "hs", "hitech": "hitech", "naics": "naics"}
SOURCE_LINE = {
    "en": "U.S. Census Bureau, International Trade API ({endpoints}); {measure}. Snapshot: {vintage}.",
    "es": (
        "Oficina del Censo de EE.UU., API de Comercio Internacional ({endpoints}); {measure}. "
        "Datos: {vintage}."
    ),
}
MEASURE_NOTE = {
    "en": "general imports (customs value) and total exports (f.a.s.), U.S. dollars, not "
    "adjusted for inflation",
    "es": "importaciones generales (valor en aduana) y exportaciones totales (f.a.s.), dólares "
    "de EE.UU., sin ajuste por inflación",
}
ENDPOINTS = {"total": "hs", "hs": "hs", "hitech": "hitech", "naics": "naics"}


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


def _render(template: str, namespace: dict) -> str:
    return _FORMATTER.vformat(template, (), namespace)


def _first_rendering(templates: list[str], namespace: dict) -> str | None:
    for t in templates:
        try:
            return _render(t, namespace)
        except _Missing:
            continue
    return None


def _plain(value):
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def localise_rows(records: list[dict], lang: str) -> list[dict]:
    """Columns ending _en/_es collapse to one column in the answer's language."""
    other = "_es" if lang == "en" else "_en"
    mine = "_" + lang
    out = []
    for r in records:
        row = {}
        for k, v in r.items():
            if k.endswith(other):
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
        """Defaults filled in, 'latest' made concrete, types and ranges checked."""
        unknown = set(params) - set(query.params)
        if unknown:
            raise ParamError(f"{query.id} takes no parameter {sorted(unknown)}")
        out: dict[str, Any] = {}
        for name, p in query.params.items():
            value = params.get(name, p.default)
            if value is None:
                out[name] = None
                continue
            out[name] = self._check(p, value)
        dataset = query.dataset_for(out)
        flows = query.flows_for(out)
        entries = [e for e in (self.store.coverage.get((dataset, f)) for f in flows) if e]
        # A defaulted start year means "from the start of the data": HS chapters begin in
        # 2023, so "USMCA vs China in electronics" starts there. Years the user asked for
        # are left alone (and reported if outside the data).
        for name, p in query.params.items():
            if p.type == "year" and name not in params and isinstance(out.get(name), int) and entries:
                out[name] = max(out[name], max(e.first_period // 100 for e in entries))
        has_month = any(p.type == "month" for p in query.params.values())
        for name, p in query.params.items():
            if out.get(name) != "latest":
                continue
            if not entries:
                out[name] = None  # reported by the coverage check
            elif p.type == "month":
                out[name] = min(e.last_period for e in entries) % 100
            elif has_month:
                out[name] = min(e.last_period for e in entries) // 100
            else:
                years = [e.latest_complete_year for e in entries]
                out[name] = min(years) if all(years) else None
        return out

    def _check(self, p, value):
        if value == "latest" and p.type in ("year", "month"):
            return value
        try:
            if p.type in ("year", "month", "int"):
                value = int(value)
            elif p.type == "partners":
                value = [str(v) for v in value]
            else:
                value = str(value)
        except (TypeError, ValueError) as e:
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
                raise ParamError(f"unknown partner code {code!r}")
        if p.type == "partners" and not 1 <= len(value) <= 8:
            raise ParamError("compare between one and eight partners")
        if p.type in PRODUCT_DATASETS and (PRODUCT_DATASETS[p.type], value) not in self.store.products:
            raise ParamError(f"unknown {p.type} {value!r}")
        return value

    # ---- coverage ---------------------------------------------------------------------
    def coverage_problem(self, query: Query, params: dict[str, Any], lang: str) -> str | None:
        """Why this query cannot run on the current snapshot, or None if it can."""
        dataset = query.dataset_for(params)
        msg = MESSAGES[lang]
        label = DATASET_LABELS[lang][dataset]
        has_month = any(p.type == "month" for p in query.params.values())
        for flow in query.flows_for(params):
            entry = self.store.coverage.get((dataset, flow))
            if entry is None:
                return msg["missing_dataset"].format(
                    flow=FLOW_WORDS[lang][flow], dataset=label, fetch=FETCH_NAMES[dataset]
                )
            first, last = entry.first, entry.last
            for name, p in query.params.items():
                if p.type != "year" or params.get(name) is None:
                    continue
                year = params[name]
                if not entry.has_year(year):
                    return msg["missing_year"].format(dataset=label, first=first, last=last, year=year)
                if not has_month and year * 100 + 12 > entry.last_period:
                    return msg["partial_year"].format(year=year, last=last)
            if has_month and not entry.has_month(params.get("year") or 0, params.get("month") or 0):
                period = f"{params.get('year')}-{(params.get('month') or 0):02d}"
                return msg["missing_year"].format(dataset=label, first=first, last=last, year=period)
        return None

    # ---- composing --------------------------------------------------------------------
    def param_fields(self, query: Query, params: dict[str, Any], lang: str) -> dict[str, _Value]:
        """Parameters as template fields: p_year, p_partner (a name), p_chapter (a label)."""
        fields = {}
        for name, p in query.params.items():
            v = params.get(name)
            if v is None:
                shown = None
            elif p.type == "partner":
                shown = self.store.partners[v].name(lang)
            elif p.type == "partners":
                shown = formatting.join([self.store.partners[c].name(lang) for c in v], lang)
            elif p.type in PRODUCT_DATASETS:
                shown = self.product_label(PRODUCT_DATASETS[p.type], v, lang)
            elif p.type == "flow":
                shown = FLOW_WORDS[lang][v]
            else:
                shown = v
            fields["p_" + name] = _Value(shown, lang)
            if p.type in PRODUCT_DATASETS and shown is not None:
                fields["p_product"] = fields["p_" + name]
        fields.setdefault("p_product", _Value(None, lang))
        return fields

    def product_label(self, dataset: str, code: str, lang: str) -> str:
        name = self.store.products[(dataset, code)].name(lang)
        if dataset == "hs":
            return f"{name} (HS {code})" if lang == "en" else f"{name} (capítulo {code} del SA)"
        if dataset == "naics":
            return f"{name} (NAICS {code})"
        return f"{name} (ATP)"

    def reading(self, query: Query, params: dict, fields: dict[str, _Value], lang: str) -> str:
        """How the question was read: 'Top partners · imports · HS 85 ... · 2024 · top 5'."""
        parts = [query.title[lang]]
        flow = params.get("flow")
        if flow:
            parts.append(FLOW_WORDS[lang][flow])
        for name in ("partner", "partners"):
            if params.get(name):
                prep = READING_PREPOSITIONS[lang].get(flow or "imports", "")
                parts.append(f"{prep} {fields['p_' + name].value}".strip())
        if fields["p_product"].value:
            parts.append(fields["p_product"].value)
        if params.get("month") and params.get("year"):
            parts.append(f"{formatting.month_name(params['month'], lang)} {params['year']}")
        elif params.get("year"):
            parts.append(str(params["year"]))
        if params.get("start_year") and params.get("end_year"):
            parts.append(f"{params['start_year']}–{params['end_year']}")
        if params.get("n"):
            parts.append(("top " if lang == "en" else "primeros ") + str(params["n"]))
        return " · ".join(parts)

    def _headline(self, query: Query, params: dict, rows: list[dict]) -> tuple[dict | None, dict]:
        specs = query.headline if isinstance(query.headline, list) else [query.headline]
        spec = next(s for s in specs if not s.get("when") or params.get(s["when"]) is not None)
        where = spec.get("row_where") or {}
        for r in rows:
            if all(r.get(col) == params.get(param) for col, param in where.items()):
                return r, spec
        return None, spec

    def _items(self, query: Query, params: dict, rows: list[dict], lang: str, pfields) -> str | None:
        spec = query.items
        if not spec:
            return None
        chosen = []
        for r in rows:
            ok = all(r.get(col) == params.get(param) for col, param in spec.get("where", {}).items())
            ok = ok and all(r.get(col) == val for col, val in spec.get("where_value", {}).items())
            if ok:
                chosen.append(r)
        rendered = []
        for r in chosen:
            ns = _Namespace({**{k: _Value(v, lang) for k, v in r.items()}, **pfields})
            text = _first_rendering(spec[lang] if isinstance(spec[lang], list) else [spec[lang]], ns)
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
        by_flow = query.sentence[lang]
        templates = by_flow.get(params.get("flow") or "default") or by_flow.get("default") or []
        text = _first_rendering(templates, ns)
        if text is None:
            raise ValueError(f"{query.id}: no {lang} template could be filled from the result")
        return text[:1].upper() + text[1:]

    def sources(self, query: Query, params: dict, lang: str) -> list[str]:
        dataset = query.dataset_for(params)
        endpoints = ", ".join(f"intltrade/{f}/{ENDPOINTS[dataset]}" for f in query.flows_for(params))
        lines = [
            SOURCE_LINE[lang].format(
                endpoints=endpoints, measure=MEASURE_NOTE[lang], vintage=self.store.vintage(lang)
            )
        ]
        entry = self.store.coverage.get((dataset, query.flows_for(params)[0]))
        if entry:
            lines.append(f"{DATASET_LABELS[lang][dataset]}: {entry.first} – {entry.last}")
        return lines

    def suggestions(
        self, query: Query, params: dict, pfields: dict[str, _Value], lang: str, fallback: bool = False
    ) -> list[str]:
        pool = (query.fallback if fallback else query.suggestions).get(lang, [])
        if params.get("partner") == "-":  # "the world's share" is not a useful suggestion
            pfields = {**pfields, "p_partner": _Value(None, lang)}
        out = []
        for entry in pool:  # an entry is a template, or alternatives: first that fills wins
            text = _first_rendering(entry if isinstance(entry, list) else [entry], _Namespace(pfields))
            if text:
                out.append(text[:1].upper() + text[1:])
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
        base["reading"] = self.reading(query, resolved, pfields, lang)
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
            name = known.name(lang) if known else ""
            text = MESSAGES[lang][key].format(
                flow=FLOW_WORDS[lang].get(resolved.get("flow"), ""), partner=name
            )
            return Answer(status="unsupported", text=text, query=qref, sql=query.sql, context=context, **base)
        head_ns = _Namespace({**{k: _Value(v, lang) for k, v in head.items()}, **pfields})
        text = self.sentence(query, resolved, rows, head_ns, pfields, lang)
        title = _first_rendering(query.chart.get("title", {}).get(lang, [query.title[lang]]), head_ns)
        sources = self.sources(query, resolved, lang)
        chart = charts.build(
            query.chart,
            rows,
            lang,
            title or query.title[lang],
            sources[0].split(";")[0],
            highlight=resolved.get(query.chart.get("highlight", "")),
        )
        value = head.get(spec["column"]) if spec.get("column") else None
        return Answer(
            status="answered",
            text=text,
            query=qref,
            value=value,
            unit=spec.get("unit"),
            rows=rows,
            chart=chart,
            sql=query.sql,
            sources=sources,
            suggestions=self.suggestions(query, resolved, pfields, lang),
            context=context,
            **base,
        )
