"""Loads and validates the verified queries in queries/.

Each file is SQL that runs as it stands in DuckDB (opened on data/trade.duckdb) with
named parameters ($partner, $year). Its metadata is the YAML inside the leading
/* ... */ comment. Loading fails loudly if a query is not a single read-only
SELECT/WITH, uses an undeclared parameter, or lacks examples in both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import sqlglot
import yaml
from sqlglot import exp

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
PROXIES_FILE = "proxies.yaml"

PARAM_TYPES = {
    "partner",  # a Census CTY_CODE
    "partners",  # a list of CTY_CODEs
    "flow",  # imports | exports | balance | total
    "year",
    "years",  # a list of years
    "month",
    "int",
    "choice",  # one of the declared choices (side: deficit | surplus; order: largest | smallest)
    "hs_chapters",  # a list of HS chapter codes, summed together
    "atp_category",
    "naics_code",
}
# Product parameter types and the dataset each one needs.
PRODUCT_DATASETS = {"hs_chapters": "hs", "atp_category": "hitech", "naics_code": "naics"}
MAX_CHAPTERS = 4

# What a query declares it answers (its `answers:` block). The router picks the query whose
# declaration covers every element of a question's meaning (assistant.understand.router).
MEASURES = ("level", "share", "change", "rank", "top", "trend", "products", "coverage")
PARTNER_SHAPES = ("none", "one", "several")  # none = the world, or no partner at all
COMBINES = ("each", "combined")
PERIOD_KINDS = ("none", "year", "months", "years", "span", "pair")
PRODUCT_KINDS = ("none", "hs", "atp", "atp_all", "naics", "tech")  # atp: a category; atp_all: all ten
OPTIONS = ("n", "order", "side")
# The parameters a declared element needs, so a declaration cannot promise what the SQL lacks.
PERIOD_PARAMS = {  # each: the parameter sets that can carry it
    "year": [{"year"}],
    "months": [{"year", "first_month", "last_month"}],
    "years": [{"years"}],
    "span": [{"start_year", "end_year"}, {"year", "base_year"}],
    "pair": [{"year", "base_year"}, {"start_year", "end_year"}],
}
PRODUCT_PARAM_TYPES = {"hs": "hs_chapters", "atp": "atp_category", "naics": "naics_code"}
CHART_KINDS = {"ranked_bar", "line", "grouped_bar", "stacked_bar", "diverging_bar", "share_line", "column", "table"}  # fmt: skip
UNITS = {"USD", "percent", "rank", None}
FLOWS = ("imports", "exports", "balance", "total")
MIN_EXAMPLES = 4

_HEADER = re.compile(r"\A\s*/\*(.*?)\*/", re.S)
_FORBIDDEN = (
    exp.Insert,
    exp.Update,
    exp.Delete,
    exp.Create,
    exp.Drop,
    exp.Alter,
    exp.Command,
    exp.Merge,
    exp.Copy,
)


class CatalogError(Exception):
    """A query file is not a valid verified query (a bug, caught at load and in tests)."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any = None
    choices: tuple | None = None
    minimum: int | None = None
    maximum: int | None = None
    optional: bool = False


@dataclass(frozen=True)
class Answers:
    """The meanings a query answers: one value per element of a question's meaning."""

    measures: frozenset[str]
    partners: frozenset[str]
    combine: str
    periods: frozenset[str]
    products: frozenset[str]
    flows: frozenset[str]
    options: frozenset[str]
    partners_within: frozenset[str] | None  # only these partners (a fixed panel), if set


@dataclass(frozen=True)
class Query:
    id: str
    title: dict[str, str]
    description: str
    params: dict[str, Param]
    dataset: str | None  # fixed dataset, else chosen by a product parameter or "total"
    flows: tuple[str, ...] | None  # fixed flows, else from the flow parameter
    chart: dict
    headline: dict | list  # {column, unit, row_where}, or a list tried by `when`
    sentence: dict  # lang -> {flow or "default": [templates]}
    items: dict  # optional: {"en": template, "es": template, "where": {col: param}}
    examples: dict[str, list[str]]
    suggestions: dict[str, dict[str, list]]  # lang -> flow (or "default") -> what to offer next
    fallback: dict[str, list[str]]  # askable questions offered when data is missing
    answers: tuple[Answers, ...]  # one declaration, or several (a measure each)
    sql: str  # the statement without the metadata header
    path: Path

    def dataset_for(self, params: dict[str, Any]) -> str:
        if self.dataset:
            return self.dataset
        for p in self.params.values():
            if p.type in PRODUCT_DATASETS and params.get(p.name) is not None:
                return PRODUCT_DATASETS[p.type]
        return "total"

    def flows_for(self, params: dict[str, Any]) -> tuple[str, ...]:
        if self.flows:
            return self.flows
        flow = params.get("flow", "imports")
        return ("imports", "exports") if flow in ("balance", "total") else (flow,)


def _parse_param(name: str, spec: dict) -> Param:
    if not isinstance(spec, dict) or spec.get("type") not in PARAM_TYPES:
        raise CatalogError(f"parameter {name}: type must be one of {sorted(PARAM_TYPES)}")
    choices = spec.get("choices")
    if spec["type"] == "flow":
        choices = choices or list(FLOWS)
        if not set(choices) <= set(FLOWS):
            raise CatalogError(f"parameter {name}: unknown flow in {choices}")
    if spec["type"] == "choice" and not choices:
        raise CatalogError(f"parameter {name}: a choice needs its choices")
    return Param(
        name=name,
        type=spec["type"],
        default=spec.get("default"),
        choices=tuple(choices) if choices else None,
        minimum=spec.get("min"),
        maximum=spec.get("max"),
        optional=bool(spec.get("optional", False)),
    )


def _as_set(value, allowed: tuple, what: str, where: str) -> frozenset[str]:
    values = [value] if isinstance(value, str) else list(value or [])
    unknown = set(values) - set(allowed)
    if not values or unknown:
        raise CatalogError(f"{where}: answers.{what} must be some of {list(allowed)}, not {values}")
    return frozenset(values)


def _parse_answers(spec, params: dict[str, Param], fixed_flows, where: str) -> Answers:
    """Read the `answers:` block and check that the parameters can carry every element."""
    if not isinstance(spec, dict):
        raise CatalogError(f"{where}: metadata lacks an answers block")
    flow_param = next((p for p in params.values() if p.type == "flow"), None)
    flows = fixed_flows or (flow_param.choices if flow_param else ())
    answers = Answers(
        measures=_as_set(spec.get("measure"), MEASURES, "measure", where),
        partners=_as_set(spec.get("partners"), PARTNER_SHAPES, "partners", where),
        combine=spec.get("combine", "each"),
        periods=_as_set(spec.get("periods"), PERIOD_KINDS, "periods", where),
        products=_as_set(spec.get("products"), PRODUCT_KINDS, "products", where),
        flows=_as_set(
            spec.get("flows", list(flows)), ("imports", "exports", "balance", "total"), "flows", where
        ),
        options=frozenset(spec.get("options") or []),
        partners_within=frozenset(spec["partners_within"]) if spec.get("partners_within") else None,
    )
    names = set(params)
    types = {p.type for p in params.values()}
    if answers.combine not in COMBINES:
        raise CatalogError(f"{where}: answers.combine must be one of {COMBINES}")
    if flow_param and not set(answers.flows) <= set(flows):
        raise CatalogError(f"{where}: answers.flows {sorted(answers.flows)} exceed the flows it takes")
    for kind in answers.periods - {"none"}:
        if not any(needed <= names for needed in PERIOD_PARAMS[kind]):
            raise CatalogError(f"{where}: answers period {kind} needs parameters {PERIOD_PARAMS[kind]}")
    for kind in answers.products - {"none", "tech", "atp_all"}:
        if PRODUCT_PARAM_TYPES[kind] not in types:
            raise CatalogError(
                f"{where}: answers product {kind} needs a {PRODUCT_PARAM_TYPES[kind]} parameter"
            )
    if not answers.options <= set(OPTIONS) or not answers.options <= names:
        raise CatalogError(f"{where}: answers.options must name parameters among {OPTIONS}")
    shapes = answers.partners - {"none"}
    if shapes and not answers.partners_within and not ({"partner", "partners"} & names):
        raise CatalogError(f"{where}: answers partners {sorted(shapes)} need a partner parameter")
    return answers


def _check_sql(sql: str, declared: set[str], where: str) -> None:
    try:
        statements = [s for s in sqlglot.parse(sql, read="duckdb") if s is not None]
    except sqlglot.errors.SqlglotError as e:
        raise CatalogError(f"{where}: SQL does not parse: {e}") from e
    if len(statements) != 1:
        raise CatalogError(f"{where}: must be exactly one statement, found {len(statements)}")
    stmt = statements[0]
    if not isinstance(stmt, exp.Query):
        raise CatalogError(f"{where}: must be a SELECT or WITH query, not {type(stmt).__name__}")
    for node in stmt.walk():
        if isinstance(node, _FORBIDDEN):
            raise CatalogError(f"{where}: contains a write or DDL ({type(node).__name__})")
    used = {p.name for p in stmt.find_all(exp.Placeholder) if p.name}
    if used - declared:
        raise CatalogError(f"{where}: parameters used but not declared: {sorted(used - declared)}")
    if declared - used:
        raise CatalogError(f"{where}: parameters declared but not used: {sorted(declared - used)}")


def _as_templates(value) -> dict[str, list[str]]:
    """Sentence spec: a string, a list (tried in order), or a dict keyed by flow."""
    if isinstance(value, str):
        return {"default": [value]}
    if isinstance(value, list):
        return {"default": list(value)}
    if isinstance(value, dict):
        return {k: ([v] if isinstance(v, str) else list(v)) for k, v in value.items()}
    raise CatalogError("sentence templates must be a string, list or mapping")


def load_query(path: Path) -> Query:
    text = path.read_text(encoding="utf-8")
    m = _HEADER.match(text)
    if not m:
        raise CatalogError(f"{path.name}: no /* metadata */ header")
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError as e:
        raise CatalogError(f"{path.name}: metadata is not valid YAML: {e}") from e
    sql = text[m.end() :].strip().rstrip(";").strip()
    where = path.name
    required = ["id", "title", "description", "answers", "chart", "headline", "sentence", "examples"]
    missing = [k for k in required if k not in meta]
    if missing:
        raise CatalogError(f"{where}: metadata lacks {missing}")
    if meta["id"] != path.stem:
        raise CatalogError(f"{where}: id {meta['id']!r} must match the file name")
    params = {n: _parse_param(n, s) for n, s in (meta.get("params") or {}).items()}
    _check_sql(sql, set(params), where)
    if meta["chart"].get("kind") not in CHART_KINDS:
        raise CatalogError(f"{where}: chart kind must be one of {sorted(CHART_KINDS)}")
    headlines = meta["headline"] if isinstance(meta["headline"], list) else [meta["headline"]]
    for h in headlines:
        if h.get("unit") not in UNITS:
            raise CatalogError(f"{where}: headline unit must be one of {UNITS}")
        when = h.get("when")
        if when and not set(when if isinstance(when, dict) else [when]) <= set(params):
            raise CatalogError(f"{where}: headline 'when' names unknown parameter {when}")
        for param in (h.get("row_where") or {}).values():
            if param not in params:
                raise CatalogError(f"{where}: headline row_where names unknown parameter {param}")
    for lang in ("en", "es"):
        if len(meta["examples"].get(lang, [])) < MIN_EXAMPLES:
            raise CatalogError(f"{where}: needs at least {MIN_EXAMPLES} {lang} examples")
        if lang not in meta["sentence"] or lang not in meta["title"]:
            raise CatalogError(f"{where}: needs a {lang} sentence and title")
    sentence = {lang: _as_templates(meta["sentence"][lang]) for lang in ("en", "es")}
    fixed_flows = tuple(meta["flows"]) if meta.get("flows") else None
    return Query(
        id=meta["id"],
        title=meta["title"],
        description=meta["description"],
        params=params,
        dataset=meta.get("dataset"),
        flows=fixed_flows,
        chart=meta["chart"],
        headline=meta["headline"],
        sentence=sentence,
        items=meta.get("items") or {},
        examples={lang: list(meta["examples"][lang]) for lang in ("en", "es")},
        suggestions={
            lang: _as_templates(v) for lang, v in (meta.get("suggestions") or {"en": [], "es": []}).items()
        },
        fallback=meta.get("fallback") or {"en": [], "es": []},
        answers=tuple(
            _parse_answers(spec, params, fixed_flows, where)
            for spec in (meta["answers"] if isinstance(meta["answers"], list) else [meta["answers"]])
        ),
        sql=sql,
        path=path,
    )


def load_proxies(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """(kind, code) -> the HS chapters that stand in for an ATP category or NAICS industry
    while those tables are not in the data; () where no chapter view is fair."""
    if not path.exists():
        return {}
    out = {}
    for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        chapters = tuple(str(c) for c in entry.get("chapters") or ())
        if (
            entry.get("kind") not in ("atp", "naics")
            or not entry.get("note")
            or any(not (len(c) == 2 and c.isdigit()) for c in chapters)
        ):
            raise CatalogError(f"{path.name}: bad entry {entry}")
        out[(entry["kind"], str(entry.get("code", "")))] = chapters
    return out


# Starter questions (the seed story first): (query id, index of its example), per language.
STARTERS = [
    ("top_partners", 0),  # electrical machinery suppliers: China, then Mexico
    ("bloc_share_trend", 2),  # USMCA versus China in electronics
    ("top_partners", 4),  # aircraft: Canada leads
    ("partner_share", 0),
    ("partner_trend", 0),
    ("tech_supplier_shares", 0),
]


class Catalog:
    """All verified queries by id."""

    def __init__(self, directory: Path = QUERIES_DIR):
        self.queries: dict[str, Query] = {}
        for path in sorted(directory.glob("*.sql")):
            q = load_query(path)
            self.queries[q.id] = q
        if not self.queries:
            raise CatalogError(f"no queries found in {directory}")
        self.proxies = load_proxies(directory / PROXIES_FILE)

    def __getitem__(self, query_id: str) -> Query:
        return self.queries[query_id]

    def __contains__(self, query_id: str) -> bool:
        return query_id in self.queries

    def __iter__(self):
        return iter(self.queries.values())

    def __len__(self) -> int:
        return len(self.queries)

    def starters(self, lang: str) -> list[str]:
        """Askable example questions to offer first-time users and after a refusal."""
        asked = (self.queries[qid].examples[lang][i] for qid, i in STARTERS)
        return [q[:1].upper() + q[1:] for q in asked]  # offered as questions: a capital first


@cache
def get_catalog() -> Catalog:
    return Catalog()
