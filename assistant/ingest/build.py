"""Raw Census files -> the canonical DuckDB snapshot (tables + manifest), built atomically.

Inputs (under raw/):
  census/  the bundled extracts, in the API's column names (see census/README.md)
  api/     files written by `data fetch`: {dataset}_{flow}.csv.gz, the API's own columns
           incl. `time` (YYYY-MM), with a {name}.meta.json sidecar (url, retrieval date)
A fetched file replaces the bundled rows of the same dataset, flow and month.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb

from assistant import formatting, snapshot
from assistant.ingest import reference, validate
from assistant.snapshot import DB_NAME, MANIFEST_NAME

SOURCE = (
    "U.S. Census Bureau, International Trade API (timeseries/intltrade); "
    "general imports (customs value) and total exports (f.a.s. value), U.S. dollars, "
    "not seasonally adjusted, not adjusted for inflation"
)
BUNDLED_VINTAGE = "bundled extract, pulled after the June 2025 annual revision"

# Bundled extract file -> (dataset, flow, product-code column, value column)
BUNDLED = {
    "imports_by_country_monthly_2013_2024.csv.gz": ("total", "imports", None, "GEN_VAL_MO"),
    "exports_by_country_monthly_2013_2024.csv.gz": ("total", "exports", None, "ALL_VAL_MO"),
    "imports_by_country_hs2_monthly_2023_2024.csv.gz": (
        "hs",
        "imports",
        "I_COMMODITY",
        "GEN_VAL_MO",
    ),
}
SCHEDULE_C = "country_codes_schedule_c.csv"

DATASETS = ("total", "hs", "hitech", "naics")
FLOWS = ("imports", "exports")
VALUE_COLUMN = {"imports": "GEN_VAL_MO", "exports": "ALL_VAL_MO"}
# The API column that carries the product code, per dataset and flow.
CODE_COLUMN = {
    ("total", "imports"): None,
    ("total", "exports"): None,
    ("hs", "imports"): "I_COMMODITY",
    ("hs", "exports"): "E_COMMODITY",
    ("hitech", "imports"): "HITECH",
    ("hitech", "exports"): "HITECH",
    ("naics", "imports"): "NAICS",
    ("naics", "exports"): "NAICS",
}
TOTAL_CODE = "TOTAL"


class BuildError(Exception):
    """The raw files do not make a valid snapshot; the current data is left as it was."""


@dataclass(frozen=True)
class BuildResult:
    db_path: Path
    manifest: dict
    version: str | None = None  # the published snapshot's folder name


def api_file_name(dataset: str, flow: str) -> str:
    return f"{dataset}_{flow}.csv.gz"


def _q(path: Path) -> str:
    """A file path as a SQL string literal (build-time only, paths we chose)."""
    return "'" + str(path).replace("'", "''") + "'"


def _load_sources(con: duckdb.DuckDBPyConnection, raw_dir: Path) -> list[dict]:
    """Create table `raw_trade` from every raw file; return the inputs for the manifest."""
    con.execute(
        "CREATE TABLE raw_trade (dataset VARCHAR, code VARCHAR, flow VARCHAR, partner VARCHAR,"
        " partner_name VARCHAR, year INTEGER, month INTEGER, value_usd BIGINT, origin VARCHAR)"
    )
    inputs = []
    census_dir = raw_dir / "census"
    for name, (dataset, flow, code_col, value_col) in BUNDLED.items():
        path = census_dir / name
        if not path.exists():
            raise BuildError(f"missing raw file {path}")
        code_expr = f"{code_col}" if code_col else f"'{TOTAL_CODE}'"
        con.execute(
            f"""INSERT INTO raw_trade
            SELECT '{dataset}', {code_expr}, '{flow}', CTY_CODE, CTY_NAME,
                   CAST(YEAR AS INTEGER), CAST(MONTH AS INTEGER), CAST({value_col} AS BIGINT),
                   'bundled'
            FROM read_csv({_q(path)}, all_varchar = true, header = true)"""
        )
        inputs.append(
            dict(
                path=f"raw/census/{name}",
                dataset=dataset,
                sha256=snapshot.file_sha256(path),
                source=SOURCE,
                retrieved=BUNDLED_VINTAGE,
            )
        )

    api_dir = raw_dir / "api"
    for dataset in DATASETS:
        for flow in FLOWS:
            path = api_dir / api_file_name(dataset, flow)
            if not path.exists():
                continue
            meta_path = path.with_name(path.name + ".meta.json")
            meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
            code_col = CODE_COLUMN[(dataset, flow)]
            code_expr = code_col if code_col else f"'{TOTAL_CODE}'"
            value_col = VALUE_COLUMN[flow]
            try:
                con.execute(
                    f"""CREATE OR REPLACE TEMP TABLE api_rows AS
                    SELECT '{dataset}' AS dataset, {code_expr} AS code, '{flow}' AS flow,
                           CTY_CODE AS partner, CTY_NAME AS partner_name,
                           CAST(substr(time, 1, 4) AS INTEGER) AS year,
                           CAST(substr(time, 6, 2) AS INTEGER) AS month,
                           CAST({value_col} AS BIGINT) AS value_usd, 'api' AS origin
                    FROM read_csv({_q(path)}, all_varchar = true, header = true)"""
                )
            except duckdb.Error as e:
                raise BuildError(f"{path.name} is not a valid Census API extract") from e
            # A fetched month replaces the bundled rows of that dataset, flow and month.
            con.execute(
                """DELETE FROM raw_trade r WHERE r.origin = 'bundled' AND EXISTS (
                     SELECT 1 FROM api_rows a WHERE a.dataset = r.dataset AND a.flow = r.flow
                       AND a.year = r.year AND a.month = r.month)"""
            )
            con.execute("INSERT INTO raw_trade SELECT * FROM api_rows")
            inputs.append(
                dict(
                    path=f"raw/api/{path.name}",
                    dataset=dataset,
                    sha256=snapshot.file_sha256(path),
                    source=meta.get("url", SOURCE),
                    retrieved=meta.get("retrieved", "unknown"),
                )
            )
    return inputs


def _create_tables(con: duckdb.DuckDBPyConnection, raw_dir: Path) -> None:
    # Only the ATP categories and NAICS codes the product knows are kept from wide pulls.
    products = reference.product_rows()
    con.execute("CREATE TABLE products (dataset VARCHAR, code VARCHAR, name_en VARCHAR, name_es VARCHAR)")
    con.executemany(
        "INSERT INTO products VALUES (?, ?, ?, ?)",
        [(p["dataset"], p["code"], p["name_en"], p["name_es"]) for p in products],
    )
    con.execute(
        """CREATE TABLE trade AS
        SELECT dataset, code, flow, partner, CAST(year AS INTEGER) AS year,
               CAST(month AS INTEGER) AS month, value_usd
        FROM raw_trade r
        WHERE dataset IN ('total', 'hs')
           OR EXISTS (SELECT 1 FROM products p WHERE p.dataset = r.dataset AND p.code = r.code)
        ORDER BY dataset, flow, code, partner, year, month"""
    )

    names = dict(
        con.execute(
            "SELECT partner, arg_max(partner_name, year * 100 + month) FROM raw_trade GROUP BY 1"
        ).fetchall()
    )
    partners = reference.partner_rows(names, raw_dir / "census" / SCHEDULE_C)
    con.execute(
        "CREATE TABLE partners (code VARCHAR PRIMARY KEY, kind VARCHAR, name_en VARCHAR,"
        " name_es VARCHAR, iso2 VARCHAR, census_name VARCHAR)"
    )
    con.executemany(
        "INSERT INTO partners VALUES (?, ?, ?, ?, ?, ?)",
        [(p["code"], p["kind"], p["name_en"], p["name_es"], p["iso2"], p["census_name"]) for p in partners],
    )
    # Coverage: which dataset/flow/months exist; the latest year with all twelve months.
    con.execute(
        """CREATE TABLE coverage AS
        WITH months AS (
          SELECT DISTINCT dataset, flow, year, month FROM trade WHERE partner = '-'
        ), per_year AS (
          SELECT dataset, flow, year, count(*) AS n FROM months GROUP BY ALL
        )
        SELECT m.dataset, m.flow,
               min(m.year * 100 + m.month) AS first_period,
               max(m.year * 100 + m.month) AS last_period,
               count(*) AS months,
               (SELECT max(year) FROM per_year p
                 WHERE p.dataset = m.dataset AND p.flow = m.flow AND p.n = 12)
                 AS latest_complete_year,
               (SELECT count(*) FROM trade t WHERE t.dataset = m.dataset AND t.flow = m.flow)
                 AS rows
        FROM months m GROUP BY m.dataset, m.flow ORDER BY m.dataset, m.flow"""
    )
    # Derived: one row per measure, so queries filter `measure = $flow` instead of pivoting.
    # Balance and total exist only for months where both flows are present.
    con.execute(
        """CREATE TABLE measures AS
        WITH both_flows AS (
          SELECT dataset, year, month FROM (SELECT DISTINCT dataset, flow, year, month FROM trade)
          GROUP BY ALL HAVING count(*) = 2
        ), wide AS (
          SELECT dataset, code, partner, year, month,
                 sum(value_usd) FILTER (WHERE flow = 'imports') AS imports,
                 sum(value_usd) FILTER (WHERE flow = 'exports') AS exports
          FROM trade GROUP BY ALL
        ), paired AS (
          SELECT w.* FROM wide w JOIN both_flows USING (dataset, year, month)
        )
        SELECT * FROM (
          SELECT dataset, code, partner, year, month, 'imports' AS measure, imports AS value_usd
            FROM wide WHERE imports IS NOT NULL
          UNION ALL
          SELECT dataset, code, partner, year, month, 'exports', exports
            FROM wide WHERE exports IS NOT NULL
          UNION ALL
          SELECT dataset, code, partner, year, month, 'balance',
                 coalesce(exports, 0) - coalesce(imports, 0) FROM paired
          UNION ALL
          SELECT dataset, code, partner, year, month, 'total',
                 coalesce(exports, 0) + coalesce(imports, 0) FROM paired
        ) ORDER BY dataset, measure, code, partner, year, month"""
    )
    # One definition of "which rows does a product parameter select", shared by every query
    # that takes optional HS chapters (summed), an ATP category or a NAICS code (none = all goods).
    con.execute(
        """CREATE MACRO product_scope(chapters, category, naics) AS TABLE
        SELECT 'hs' AS dataset, unnest(chapters) AS code WHERE chapters IS NOT NULL
        UNION ALL SELECT 'hitech', category WHERE category IS NOT NULL
        UNION ALL SELECT 'naics', naics WHERE naics IS NOT NULL
        UNION ALL SELECT 'total', 'TOTAL'
          WHERE chapters IS NULL AND category IS NULL AND naics IS NULL"""
    )
    con.execute("DROP TABLE raw_trade")


# Deterministic content digests: the same raw files always give the same digests,
# whatever DuckDB's on-disk layout (which is not byte-stable).
TABLE_KEYS = {
    "trade": "dataset, flow, code, partner, year, month",
    "measures": "dataset, measure, code, partner, year, month",
    "partners": "code",
    "products": "dataset, code",
    "coverage": "dataset, flow",
}


def table_digests(con: duckdb.DuckDBPyConnection) -> dict[str, dict]:
    out = {}
    for table, key in TABLE_KEYS.items():
        cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        row_expr = "concat_ws('|', " + ", ".join(f"coalesce(CAST({c} AS VARCHAR), '')" for c in cols) + ")"
        n, digest = con.execute(
            f"SELECT count(*), sha256(coalesce(string_agg({row_expr}, chr(10) ORDER BY {key}), ''))"
            f" FROM {table}"
        ).fetchone()
        out[table] = dict(rows=n, sha256=digest)
    return out


def _manifest(con: duckdb.DuckDBPyConnection, inputs: list[dict]) -> dict:
    datasets: dict[str, dict] = {}
    for dataset, flow, first, last, months, complete, rows in con.execute(
        "SELECT dataset, flow, first_period, last_period, months, latest_complete_year, rows"
        " FROM coverage ORDER BY dataset, flow"
    ).fetchall():
        entry = datasets.setdefault(dataset, {"flows": {}})
        entry["flows"][flow] = dict(
            first_period=formatting.period(first),
            last_period=formatting.period(last),
            months=months,
            latest_complete_year=complete,
            rows=rows,
        )
    for dataset, entry in datasets.items():
        entry["retrieved"] = sorted({i["retrieved"] for i in inputs if i["dataset"] == dataset})
    return dict(
        schema_version=1,
        source=SOURCE,
        datasets=datasets,
        inputs=inputs,
        outputs=dict(database=DB_NAME, tables=table_digests(con)),
    )


def build(raw_dir: Path, out_dir: Path) -> BuildResult:
    """Build trade.duckdb + manifest.json from raw_dir into out_dir (which must be empty)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path = out_dir / DB_NAME
    if db_path.exists():
        db_path.unlink()
    con = duckdb.connect(str(db_path))
    try:
        inputs = _load_sources(con, raw_dir)
        _create_tables(con, raw_dir)
        problems = validate.check(con)
        if problems:
            raise BuildError("validation failed: " + "; ".join(problems[:5]))
        manifest = _manifest(con, inputs)
        con.execute("CHECKPOINT")
    except duckdb.Error as e:
        raise BuildError(f"could not build the tables: {_plain_db_error(e)}") from e
    finally:
        con.close()
    (out_dir / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return BuildResult(db_path=db_path, manifest=manifest)


def _plain_db_error(e: duckdb.Error) -> str:
    text = str(e)
    if "No space left" in text:
        return "the disk is full"
    if "Permission denied" in text or "Read-only file system" in text:
        return "the data folder is not writable"
    return f"the database engine failed ({e.__class__.__name__})"


def _plain_os_error(e: OSError) -> str:
    """One line for an operator: what failed, without paths or internals."""
    if e.errno == errno.ENOSPC:
        return "the disk is full"
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the data folder is not writable"
    return (e.strerror or e.__class__.__name__).lower()


@contextlib.contextmanager
def _refresh_lock(root: Path):
    """One refresh at a time per data folder (a second one fails at once, data unchanged)."""
    try:
        lock = open(root / ".refresh.lock", "a")  # noqa: SIM115
    except OSError as e:
        raise BuildError(f"cannot start a refresh: {_plain_os_error(e)}") from e
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            raise BuildError("another refresh of this data folder is running") from e
        yield


def publish_new_snapshot(root: Path, prepare_raw=None) -> BuildResult:
    """Build a new snapshot beside the current one and make it current only once it is valid.

    prepare_raw(staging_raw_dir) may add or replace raw files (the fetch step) first. The
    new folder starts from the current snapshot's raw/ (or a flat folder's). On any failure
    the current snapshot is untouched and the staging folder is removed; stale staging
    folders of killed refreshes are removed first.
    """
    root = Path(root)
    if not root.is_dir():
        raise BuildError("the data folder does not exist")
    with _refresh_lock(root):
        snapshot.clean_stale_staging(root)
        try:
            source, _ = snapshot.current(root)
        except snapshot.NoSnapshot:
            source = root  # a first build from a bare raw/ folder
        if not (source / "raw").is_dir():
            raise BuildError("there is no raw/ folder to build from")
        staging = None
        try:
            staging = snapshot.staging_dir(root)
            shutil.copytree(source / "raw", staging / "raw")
            if prepare_raw is not None:
                prepare_raw(staging / "raw")
            result = build(staging / "raw", staging)
            snapshot.write_checksums(staging)
            tables = json.dumps(result.manifest["outputs"]["tables"], sort_keys=True).encode()
            version = snapshot.new_version(hashlib.sha256(tables).hexdigest())
            folder = snapshot.publish(root, staging, version)
            staging = None
        except OSError as e:
            raise BuildError(f"cannot write the new snapshot: {_plain_os_error(e)}") from e
        finally:
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
        snapshot.prune(root)
        return BuildResult(db_path=folder / DB_NAME, manifest=result.manifest, version=version)
