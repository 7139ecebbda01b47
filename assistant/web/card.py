"""What an answer card shows, computed once per answer and without Streamlit: the
headline figure, "Read as" with the parts the user did not type, the table as shown, the
CSV with its context, a descriptive file name, and the SQL with its bound parameters.

The UI (assistant/web/ui.py) only lays these out, so a rerun of the page redraws a past
answer from this record instead of recomputing it.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

from assistant import formatting
from assistant.catalog import PRODUCT_DATASETS
from assistant.i18n import FLOWS as FLOW_WORDS
from assistant.service import Assistant

# Column headers for the table and the CSV. Every column a query returns needs one in
# both languages (tests/test_spanish.py checks the whole catalog).
COLUMN_LABELS = {
    "en": {
        "period": "Period", "flow": "Flow", "product": "Product", "partner": "Partner",
        "value": "Value (USD)", "value_bn": "Value ($ billion)", "share": "Share (%)",
        "partner_code": "Partner code", "product_code": "Product code", "rank": "Rank",
        "year": "Year", "month": "Month", "countries": "Countries ranked",
        "value_usd": "Value ($ billion)", "world_usd": "U.S. total ($ billion)",
        "prev_year": "Previous year", "prev_value_usd": "Previous year ($ billion)",
        "prev_share": "Previous year share (%)", "share_change_pp": "Change in share (points)",
        "first_year": "First year", "first_value_usd": "First year ($ billion)",
        "first_share": "First year share (%)", "pct_change": "Change (%)",
        "cagr_pct": "Average annual change (%)", "latest_year": "Latest year",
        "latest_month": "Latest month", "ytd_value_usd": "Year to date ($ billion)",
        "prev_ytd_value_usd": "Same months a year earlier ($ billion)",
        "ytd_pct_change": "Year-to-date change (%)", "canada_share": "Canada share (%)",
        "china_share": "China share (%)", "taiwan_share": "Taiwan share (%)",
        "mexico_share": "Mexico share (%)", "exports_usd": "Exports ($ billion)",
        "imports_usd": "Imports ($ billion)", "balance_usd": "Balance ($ billion)",
        "atp_balance_usd": "All ATP balance ($ billion)", "deficit_share": "Share of the deficit (%)",
        "top_surplus_product": "Largest surplus", "top_surplus_usd": "Largest surplus ($ billion)",
        "dataset": "Data set", "dataset_name": "Data set", "first_month": "First month",
        "last_year": "Last year", "last_month": "Last month", "months": "Months",
        "rows": "Rows", "latest_complete_year": "Latest complete year",
        "combined_usd": "Combined ($ billion)", "combined_share": "Combined share (%)",
        "base_year": "Base year", "base_value_usd": "Base year ($ billion)", "change_usd": "Change ($ billion)",
        "missing_tables": "Tables not in the data yet",
        "new_value_usd": "New trade, none in the base period ($ billion)",
        "new_since": "Trade began in (year)",
    },

    "es": {
        "period": "Periodo", "flow": "Flujo", "product": "Producto", "partner": "Socio",
        "value": "Valor (USD)", "value_bn": "Valor (miles de millones de USD)",
        "share": "Participación (%)", "partner_code": "Código del socio",
        "product_code": "Código del producto", "rank": "Lugar", "year": "Año", "month": "Mes",
        "countries": "Países clasificados", "value_usd": "Valor (miles de millones de USD)",
        "world_usd": "Total de EE.UU. (miles de millones de USD)", "prev_year": "Año anterior",
        "prev_value_usd": "Año anterior (miles de millones de USD)",
        "prev_share": "Participación del año anterior (%)",
        "share_change_pp": "Cambio en la participación (puntos)", "first_year": "Primer año",
        "first_value_usd": "Primer año (miles de millones de USD)",
        "first_share": "Participación del primer año (%)", "pct_change": "Cambio (%)",
        "cagr_pct": "Cambio anual promedio (%)", "latest_year": "Último año",
        "latest_month": "Último mes", "ytd_value_usd": "Acumulado del año (miles de millones de USD)",
        "prev_ytd_value_usd": "Mismos meses del año anterior (miles de millones de USD)",
        "ytd_pct_change": "Cambio del acumulado (%)", "canada_share": "Participación de Canadá (%)",
        "china_share": "Participación de China (%)", "taiwan_share": "Participación de Taiwán (%)",
        "mexico_share": "Participación de México (%)",
        "exports_usd": "Exportaciones (miles de millones de USD)",
        "imports_usd": "Importaciones (miles de millones de USD)",
        "balance_usd": "Balanza (miles de millones de USD)",
        "atp_balance_usd": "Balanza de todos los ATP (miles de millones de USD)",
        "deficit_share": "Participación en el déficit (%)", "top_surplus_product": "Mayor superávit",
        "top_surplus_usd": "Mayor superávit (miles de millones de USD)",
        "dataset": "Conjunto de datos", "dataset_name": "Conjunto de datos",
        "first_month": "Primer mes", "last_year": "Último año", "last_month": "Último mes",
        "months": "Meses", "rows": "Filas", "latest_complete_year": "Último año completo",
        "combined_usd": "En conjunto (miles de millones de USD)",
        "combined_share": "Participación en conjunto (%)", "base_year": "Año base",
        "base_value_usd": "Año base (miles de millones de USD)",
        "change_usd": "Cambio (miles de millones de USD)",
        "missing_tables": "Tablas que aún no están en los datos",
        "new_value_usd": "Comercio nuevo, sin cifra en el periodo base (miles de millones de USD)",
        "new_since": "Año en que empezó el comercio",
    },

}  # fmt: skip
WORDS = {
    "en": {"all_goods": "All goods", "source": "Source", "question": "Question", "read_as": "Read as",
           "typed": "As typed"},
    "es": {"all_goods": "Todos los bienes", "source": "Fuente", "question": "Pregunta",
           "read_as": "Entendido como", "typed": "Tal como se escribió"},
}  # fmt: skip
_STOP = set("the and of de del y los las el la".split())
_WORD = re.compile(r"[a-z0-9]+")
# "Read as" split into units: a parenthesised qualifier "(HS 88)" stays whole.
_UNIT = re.compile(r"\([^)]*\)|[^\s()]+|\s+")


def _fold(text: str) -> str:
    """Lower case without accents, for comparing what was typed with what was read."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


@functools.lru_cache(maxsize=4)
def name_words(assistant: Assistant) -> frozenset[str]:
    """Words of partner and product names in both languages: the words of "Read as" that
    carry what was asked (with numbers), as opposed to "suppliers of U.S. imports in"."""
    names = [p.name(lang) for p in assistant.store.partners.values() for lang in ("en", "es")]
    names += [p.name(lang) for p in assistant.store.products.values() for lang in ("en", "es")]
    return frozenset(w for n in names for w in _words(n) if len(w) >= 3 and w not in _STOP)


def reading_parts(reading: str, question: str, names: frozenset[str]) -> list[tuple[str, bool]]:
    """ "Read as" in runs, each with whether the question said it. A number (a year, an N)
    or a partner or product name the user did not type (a default, a proxy, a guess) is
    what they should look at; the words around them count as said. A name is said if any
    of its words was typed ("computers" says "machinery and computers (HS 84)")."""
    asked = set(_words(question))
    runs: list[list] = []  # [text, kind, words]: kind "number" | "name" | "plain"
    for unit in _UNIT.findall(reading):
        words = _words(unit)
        previous = next((r[1] for r in reversed(runs) if r[1] != "glue"), None)
        if unit.startswith("(") and previous == "name":
            kind = "name"  # a qualifier "(HS 88)" goes with the name before it
        elif unit.isspace() or (words and set(words) <= _STOP):
            kind = "glue"
        elif words and all(w.isdigit() for w in words):
            kind = "number"
        elif any(w in names for w in words):
            kind = "name"
        else:
            kind = "plain"
        if kind == "name" and runs and runs[-1][1] == "name":
            runs[-1][0] += unit
            runs[-1][2] += [w for w in words if w in names]
            continue
        if kind == "glue":  # spaces and "and"/"de" join two parts of one name, else are plain
            if runs and runs[-1][1] == "glue":
                runs[-1][0] += unit
            else:
                runs.append([unit, "glue", []])
            continue
        if kind == "name" and len(runs) >= 2 and runs[-1][1] == "glue" and runs[-2][1] == "name":
            glue = runs.pop()
            runs[-1][0] += glue[0] + unit
            runs[-1][2] += [w for w in words if w in names]
            continue
        runs.append([unit, kind, [w for w in words if kind == "number" or w in names]])
    out: list[tuple[str, bool]] = []
    for text, kind, words in runs:
        if kind == "number":
            said = all(_typed(w, asked) for w in words)
        elif kind == "name":
            said = any(_typed(w, asked) for w in words)
        else:
            said = True
        if out and out[-1][1] == said:
            out[-1] = (out[-1][0] + text, said)
        else:
            out.append((text, said))
    return out


def _typed(word: str, asked: set[str]) -> bool:
    """A number must be typed as it is; a word may be typed in another form
    (electronics / electronic, computadoras / computadora): the first five letters."""
    if word.isdigit():
        return word in asked
    return any(a[:5] == word[:5] for a in asked if len(a) >= 3)


@dataclass(frozen=True)
class Card:
    """Everything an answered card shows beyond the answer itself, computed once."""

    headline: str | None  # the figure the sentence leads with, formatted: "$505.5 billion"
    headline_label: str  # what it is: "U.S. imports from Mexico in 2024", "Mexico · Top 5 suppliers …"
    reading: tuple[tuple[str, bool], ...]  # "Read as" parts and whether the user typed each
    table: pd.DataFrame  # the rows as shown: labelled columns, billions, 1-decimal percents
    csv: bytes
    file_stem: str  # us-imports-hs85-2024-top5
    sql: str  # runnable in the DuckDB CLI: PREPARE ... EXECUTE with the bound values

    @property
    def reading_differs(self) -> bool:
        return not all(said for _, said in self.reading)


def build(answer: dict, assistant: Assistant) -> Card:
    """The card of an answered question (status 'answered')."""
    lang = answer["lang"]
    query = assistant.catalog[answer["query"]["id"]]
    params = answer["query"]["params"]
    label, figure = headline(answer)
    return Card(
        headline=figure,
        headline_label=label,
        reading=tuple(
            reading_parts(answer.get("reading") or "", answer.get("question") or "", name_words(assistant))
        ),
        table=table(answer["rows"], lang),
        csv=context_csv(answer, assistant),
        file_stem=file_stem(query, params, assistant, lang),
        sql=sql_with_params(query.id, query.sql, {k: params.get(k) for k in query.params}),
    )


def headline(answer: dict) -> tuple[str, str | None]:
    """('U.S. imports from Mexico in 2024', '$505.5 billion'): the headline value and what it
    is; in a ranking, the row it belongs to first ('Mexico · Top 5 suppliers …')."""
    value, unit, lang = answer.get("value"), answer.get("unit"), answer["lang"]
    if value is None or unit is None:
        return "", None
    shown = {
        "USD": formatting.money,
        "percent": formatting.percent,
        "rank": lambda v, lang: formatting.ordinal(int(v), lang),
    }[unit](value, lang)
    rows = answer["rows"]
    row = next((r for r in rows if value in r.values()), {})
    by_product = len({r.get("product") for r in rows}) > 1  # a ranking of products: name the product
    who = (row.get("product") if by_product else None) or row.get("partner") or row.get("product") or ""
    when = row.get("year") or answer["query"]["params"].get("year") or ""
    if row.get("month") and row.get("year"):
        when = f"{formatting.month_name(row['month'], lang)} {row['year']}"
    restated = (answer.get("context") or {}).get("restated")
    if restated:  # the question answered, in full: flow, partner, product and period
        # and, where the rows hold several partners or years, which one the figure is
        column = next((k for k, v in row.items() if v == value), "")
        said = _fold(restated)
        names = {str(r.get(k)) for r in rows for k in ("partner", "product") if r.get(k)}
        named_several = sum(_fold(n) in said for n in names) > 1  # "Mexico and China"
        years = {str(r["year"]) for r in rows if r.get("year")}
        other_years = any(y in restated for y in years - {str(when)})
        of_one_row = not column.startswith("combined")  # a combined total is no one row's
        of_one_year = column not in CHANGE_COLUMNS  # a change spans its two periods
        parts = [
            who if of_one_row and who and (named_several or _fold(str(who)) not in said) else "",
            when if of_one_year and when and (str(when) not in restated or other_years) else "",
            restated,
        ]
        label = " · ".join(str(x) for x in parts if x)
    else:
        label = " · ".join(str(x) for x in (who, when) if x)
    return label[:1].upper() + label[1:], shown


CHANGE_COLUMNS = {"pct_change", "cagr_pct", "change_usd", "share_change_pp", "ytd_pct_change"}


def _is_percent(column: str) -> bool:
    return column in ("share", "pct_change") or column.endswith(("_share", "_pct", "_pp", "_pct_change"))


def column_label(column: str, lang: str) -> str:
    return COLUMN_LABELS[lang].get(column, column.replace("_", " ").capitalize())


def table(rows: list[dict], lang: str) -> pd.DataFrame:
    """The rows for display: codes left to the CSV, dollars in billions (1 decimal),
    percentages to 1 decimal, labelled columns; still numbers, so still sortable."""
    frame = pd.DataFrame(rows)
    frame = frame.drop(columns=[c for c in frame.columns if c.endswith("_code") or c == "dataset"])
    frame = frame.dropna(axis="columns", how="all")  # a column empty on every row says nothing
    for col in frame.columns:
        numeric = pd.api.types.is_numeric_dtype(frame[col])
        if numeric and (col in ("year", "month", "rank", "countries") or col.endswith(("_year", "_month"))):
            frame[col] = frame[col].astype("Int64")  # 2023, not 2023.0 beside an empty cell
            continue
        if col.endswith("_usd") and numeric:
            frame[col] = (frame[col] / 1e9).round(1)
        elif _is_percent(col) and numeric:
            frame[col] = frame[col].round(1)
    return frame.rename(columns={c: column_label(c, lang) for c in frame.columns})


def number_formats(frame: pd.DataFrame) -> dict[str, str]:
    """How each number column is shown: years and counts whole, everything else to one
    decimal (18.0, not 18); the values stay numbers, so the table still sorts."""
    formats = {}
    for col in frame.columns:
        if str(frame[col].dtype) == "Int64":
            formats[col] = "%d"
        elif pd.api.types.is_float_dtype(frame[col]):
            formats[col] = "%.1f"
    return formats


def _months(params: dict) -> tuple[int, int] | None:
    """The months of a part of a year the answer covers, or None for a whole year."""
    first, last = params.get("first_month"), params.get("last_month")
    if first and last and (first, last) != (1, 12):
        return int(first), int(last)
    return None


def _period(row: dict, params: dict) -> str:
    """'2024', '2024-03', or an ISO 8601 interval for part of a year: '2021-07/2021-09'."""
    year, month = row.get("year"), row.get("month")
    if year and month:
        return f"{year}-{int(month):02d}"
    year = year or params.get("year")
    months = _months(params)
    if year and months:
        first, last = months
        return f"{year}-{first:02d}" if first == last else f"{year}-{first:02d}/{year}-{last:02d}"
    if year:
        return str(year)
    if params.get("start_year") and params.get("end_year"):
        return f"{params['start_year']}-{params['end_year']}"
    return ""


def context_csv(answer: dict, assistant: Assistant) -> bytes:
    """The table with the context a memo needs on every row (period, flow, product,
    partner, value in U.S. dollars, share to 1 decimal), then the other columns, then the
    source lines. Headers and names in the answer's language."""
    lang = answer["lang"]
    labels = COLUMN_LABELS[lang]
    query = assistant.catalog[answer["query"]["id"]]
    params = answer["query"]["params"]
    columns = answer["rows"][0] if answer["rows"] else {}
    value_col = query.chart.get("value", "value_usd")
    if "value_usd" in columns or not value_col.endswith("_usd"):
        value_col = "value_usd"
    flow = params.get("flow") or ("balance" if value_col == "balance_usd" else "/".join(query.flows or ()))
    flow_word = "/".join(FLOW_WORDS[lang].get(f, f) for f in flow.split("/")) if flow else ""
    product = _product_name(query, params, assistant, lang)
    partner = ""
    if params.get("partner"):
        partner = assistant.store.partners[params["partner"]].name(lang)
    used = {"year", "month", "flow", "product", "partner", value_col, "share"}
    used |= {c for r in answer["rows"] for c in r if c.endswith(("_en", "_es"))}
    # columns empty on every row (a balance's percent change) say nothing: left out
    extra = list(dict.fromkeys(c for r in answer["rows"] for c in r if c not in used))
    extra = [c for c in extra if any(r.get(c) is not None for r in answer["rows"])]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    head = ["period", "flow", "product", "partner", "value", "share"]
    writer.writerow([labels[h] for h in head] + [column_label(c, lang).replace("$ billion", "USD")
                                                  .replace("miles de millones de USD", "USD")
                                                  for c in extra])  # fmt: skip
    for r in answer["rows"]:
        value = r.get(value_col)
        share = r.get("share")
        writer.writerow(
            [
                _period(r, params),
                r.get("flow") if "flow" in r else flow_word,
                r.get("product") or product,
                r.get("partner") or partner,
                _csv_number(value_col, value),
                "" if share is None else f"{share:.1f}",
                *(_csv_number(c, r.get(c)) for c in extra),
            ]
        )
    writer.writerow([])
    words = WORDS[lang]
    for line in answer.get("sources") or []:
        writer.writerow([f"{words['source']}: {line}"])
    if answer.get("reading"):
        writer.writerow([f"{words['read_as']}: {answer['reading']}"])
    if answer.get("question"):
        # a follow-up ("sorry, I meant exports") is written out in full; the words typed follow
        asked = (answer.get("context") or {}).get("asked_as") or answer["question"]
        writer.writerow([f"{words['question']}: {asked}"])
        if asked != answer["question"]:
            writer.writerow([f"{words['typed']}: {answer['question']}"])
    return out.getvalue().encode("utf-8-sig")  # the BOM lets Excel read the accents


def _csv_number(column: str, value):
    """Dollars whole, percentages to 1 decimal, everything else as it is; None empty."""
    if value is None:
        return ""
    if isinstance(value, bool) or isinstance(value, str):
        return value
    if column.endswith("_usd"):
        return f"{value:.0f}"
    if _is_percent(column):
        shown = f"{value:.1f}"
        return "0.0" if shown == "-0.0" else shown  # a rounding to zero has no sign
    return value


def _product_name(query, params: dict, assistant: Assistant, lang: str) -> str:
    for name, p in query.params.items():
        if p.type in PRODUCT_DATASETS and params.get(name):
            return assistant.engine.product_label(PRODUCT_DATASETS[p.type], params[name], lang)
    return "" if query.dataset == "hs" else WORDS[lang]["all_goods"]


def _slug(text: str) -> str:
    text = re.sub(r"\(.*?\)", "", _fold(text))
    words = [w for w in _WORD.findall(text) if w not in ("the", "and")]
    return "-".join(words)


PRODUCT_PREFIX = {"hs": "hs", "hitech": "atp", "naics": "naics"}
MONTH_ABBR = {"en": "jan feb mar apr may jun jul aug sep oct nov dec".split(),
              "es": "ene feb mar abr may jun jul ago sep oct nov dic".split()}  # fmt: skip
# File-name words in the reader's language: eeuu-importaciones-mexico-2024
FILE_WORDS = {
    "en": {"us": "us", "imports": "imports", "exports": "exports", "balance": "balance", "total": "trade",
           "trade": "trade", "vs": "vs", "top": "top", "partners": "partners"},
    "es": {"us": "eeuu", "imports": "importaciones", "exports": "exportaciones", "balance": "balanza",
           "total": "comercio", "trade": "comercio", "vs": "vs", "top": "principales", "partners": "socios"},
}  # fmt: skip


def file_stem(query, params: dict, assistant: Assistant, lang: str = "en") -> str:
    """A name that says what the file holds, in the reader's language: us-imports-hs85-2024-top5,
    eeuu-balanza-china-2013-2024."""
    w = FILE_WORDS[lang]
    parts = [w["us"]]
    flows = [params["flow"]] if params.get("flow") else list(query.flows or [])
    if not flows and params.get("side"):
        flows = ["balance"]
    parts.append(
        w["balance"] if flows == ["imports", "exports"] else "-".join(w[f] for f in flows) or w["trade"]
    )
    partners = [params["partner"]] if params.get("partner") else list(params.get("partners") or [])
    names = [_slug(assistant.store.partners[c].name(lang)) for c in partners if c in assistant.store.partners]
    parts.extend(names[:3] if len(names) <= 3 else [f"{len(names)}-{w['partners']}"])
    for name, p in query.params.items():
        if p.type in PRODUCT_DATASETS and params.get(name):
            codes = params[name] if isinstance(params[name], list) else [params[name]]
            parts.append(PRODUCT_PREFIX[PRODUCT_DATASETS[p.type]] + "-".join(str(c) for c in codes))
    if params.get("base_year") and params.get("year"):
        parts.append(f"{params['base_year']}-{w['vs']}")
    if params.get("years"):
        parts.append("-".join(str(y) for y in params["years"]))
    elif params.get("year"):
        parts.append(str(params["year"]))
        months = _months(params)
        if months:
            first, last = months
            abbr = MONTH_ABBR[lang]
            parts.append(abbr[first - 1] if first == last else f"{abbr[first - 1]}-{abbr[last - 1]}")
    elif params.get("start_year") and params.get("end_year"):
        parts.append(f"{params['start_year']}-{params['end_year']}")
    if params.get("n"):
        parts.append(f"{w['top']}{params['n']}")
    if len(parts) == 2:  # nothing more specific: say what the query is
        parts.append(query.id.replace("_", "-"))
    return "-".join(p for p in parts if p)


def _sql_literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_sql_literal(v) for v in value) + "]"
    return "'" + str(value).replace("'", "''") + "'"


def sql_with_params(query_id: str, sql: str, params: dict) -> str:
    """The query as SQL a reviewer can paste into the DuckDB CLI on the snapshot's trade.duckdb, with

    the values this answer bound (PREPARE ... EXECUTE, so they stay parameters)."""
    bound = ", ".join(f'"{k}" := {_sql_literal(v)}' for k, v in params.items())  # quoted: "order" is SQL
    shown = json.dumps(params, ensure_ascii=False)
    return (
        f"-- {query_id}, parameters {shown}\n"
        f"PREPARE {query_id} AS\n{sql.strip()};\n\n"
        f"EXECUTE {query_id}({bound});\n"
    )
