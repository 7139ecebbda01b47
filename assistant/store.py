"""Read-only access to the current DuckDB snapshot under data/, and the coverage facts about it.

A Store opens one published snapshot folder (see assistant.snapshot) and checks it first:
the files must match their SHA256SUMS, the manifest must parse, the tables must open.
Anything else is DataMissing / DataCorrupt with a one-line message (no paths, no internals).
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from assistant import formatting, i18n, snapshot
from assistant.ingest.build import BUNDLED_VINTAGE, TABLE_KEYS, table_digests
from assistant.snapshot import DB_NAME, MANIFEST_NAME

RETRIEVED = "Census API, retrieved"  # as census_api writes it into the manifest

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_dir() -> Path:
    """The snapshot folder: $ASSISTANT_DATA_DIR, else data/ in the clone."""
    return Path(os.environ.get("ASSISTANT_DATA_DIR", DEFAULT_DATA_DIR))


# For whoever runs the service (CLI, logs); users read i18n.SERVICE's plain words instead.
RESTORE = "Restore it with `git checkout -- data/` or rebuild it with `python -m assistant data build`."


class DataMissing(Exception):
    """The snapshot is absent or unreadable. str(e) tells an operator how to restore it;
    user_message() is what a user reads (no commands, no paths)."""

    kind = "data_missing"

    def __init__(self, reason: str):
        self.reason = reason  # one plain sentence, no paths
        super().__init__(f"{reason} {RESTORE}")

    def user_message(self, lang: str | None = None) -> str:
        return i18n.SERVICE[i18n.pick(lang)][self.kind]


class DataCorrupt(DataMissing):
    """The snapshot is there but fails its integrity checks."""

    kind = "data_corrupt"

    def __init__(self, what: str):
        super().__init__(f"The data file failed its integrity check ({what}).")


@dataclass(frozen=True)
class Result:
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


@dataclass(frozen=True)
class CoverageEntry:
    dataset: str
    flow: str
    first_period: int  # YYYYMM
    last_period: int
    months: int
    latest_complete_year: int | None
    rows: int

    @property
    def first(self) -> str:
        return formatting.period(self.first_period)

    @property
    def last(self) -> str:
        return formatting.period(self.last_period)

    def has_year(self, year: int) -> bool:
        return self.first_period // 100 <= year <= self.last_period // 100

    def has_month(self, year: int, month: int) -> bool:
        return self.first_period <= year * 100 + month <= self.last_period


@dataclass(frozen=True)
class Partner:
    code: str  # Census CTY_CODE
    kind: str  # country | group | continent | world | other
    name_en: str
    name_es: str
    iso2: str | None
    census_name: str

    def name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}")


@dataclass(frozen=True)
class Product:
    dataset: str  # hs | hitech | naics
    code: str
    name_en: str
    name_es: str

    def name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}")


class Store:
    """One read-only DuckDB database; each thread gets its own cursor."""

    def __init__(self, directory: Path | None = None):
        self.root = Path(directory) if directory else data_dir()
        try:
            self.directory, self.version = snapshot.current(self.root)
        except (snapshot.NoSnapshot, OSError):
            raise DataMissing("The data file is missing.") from None
        self.db_path = self.directory / DB_NAME
        problem = snapshot.verify_checksums(self.directory)
        if problem:
            raise DataCorrupt(problem)
        self.manifest = self._read_manifest()
        try:
            self._con = duckdb.connect(str(self.db_path), read_only=True)
        except duckdb.Error as e:
            raise DataCorrupt("the database does not open") from e
        self._stat = self._file_stat()
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []  # closed with the store
        self._cursors_lock = threading.Lock()
        try:
            if not (self.directory / snapshot.CHECKSUMS_NAME).exists():
                self._check_table_digests()  # no file checksums (a flat folder): check the contents
            self.coverage = self._read_coverage()
            # The reference tables are small and read by every layer: load them once.
            self.partners = {
                r[0]: Partner(*r)
                for r in self.run("SELECT code, kind, name_en, name_es, iso2, census_name FROM partners").rows
            }
            self.products = {
                (r[0], r[1]): Product(*r)
                for r in self.run("SELECT dataset, code, name_en, name_es FROM products").rows
            }
        except duckdb.Error as e:
            self._con.close()
            raise DataCorrupt("the tables cannot be read") from e

    def _read_manifest(self) -> dict:
        path = self.directory / MANIFEST_NAME
        if not path.exists():
            return {}
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise DataCorrupt("the manifest is not valid JSON") from None
        if not isinstance(manifest, dict) or not isinstance(manifest.get("datasets", {}), dict):
            raise DataCorrupt("the manifest has an unexpected shape")
        return manifest

    def _check_table_digests(self) -> None:
        expected = (self.manifest.get("outputs") or {}).get("tables")
        if not expected:
            return
        actual = table_digests(self._con)
        bad = [t for t in TABLE_KEYS if expected.get(t) != actual.get(t)]
        if bad:
            raise DataCorrupt(f"table {bad[0]} does not match the manifest")

    def _file_stat(self) -> tuple[int, int, int]:
        st = self.db_path.stat()
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def check(self) -> None:
        """Real queries over the tables answers read, and the file unchanged since it was opened.

        Raises DataCorrupt; /api/health calls this, so a monitor sees what users would."""
        try:
            if self._file_stat() != self._stat:
                raise DataCorrupt("the data file changed after it was opened")
            self.run(
                "SELECT p.kind, count(*), sum(m.value_usd) FROM measures m"
                " JOIN partners p ON p.code = m.partner WHERE m.dataset = 'total' GROUP BY 1"
            )
            self.run("SELECT count(*), sum(value_usd) FROM trade")
        except (duckdb.Error, OSError) as e:
            raise DataCorrupt("a test query failed") from e

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = self._con.cursor()
            with self._cursors_lock:
                self._cursors.append(cur)
        return cur

    def run(self, sql: str, params: dict[str, Any] | None = None) -> Result:
        """Run one statement with bound named parameters ($name); never formats values in."""
        cur = self._cursor()
        cur.execute(sql, params or {})
        columns = tuple(d[0] for d in cur.description)
        return Result(columns=columns, rows=tuple(cur.fetchall()))

    def _read_coverage(self) -> dict[tuple[str, str], CoverageEntry]:
        res = self.run(
            "SELECT dataset, flow, first_period, last_period, months, latest_complete_year, rows"
            " FROM coverage"
        )
        return {(r[0], r[1]): CoverageEntry(*r) for r in res.rows}

    def has(self, dataset: str, flow: str, year: int | None = None) -> bool:
        entry = self.coverage.get((dataset, flow))
        return entry is not None and (year is None or entry.has_year(year))

    def latest_complete_year(self, dataset: str = "total", flow: str = "imports") -> int | None:
        entry = self.coverage.get((dataset, flow))
        return entry.latest_complete_year if entry else None

    def vintage(self, lang: str = "en") -> str:
        """A short provenance line: what the snapshot is and when it was retrieved."""
        retrieved = sorted(
            {r for d in self.manifest.get("datasets", {}).values() for r in d.get("retrieved", [])}
        )
        # the manifest records these two phrasings (ingest.build, census_api); users read them
        # in their language
        words = i18n.SOURCE[i18n.pick(lang)]
        shown = [
            r.replace(BUNDLED_VINTAGE, words["bundled"]).replace(RETRIEVED, words["retrieved"])
            for r in retrieved
        ]
        return "; ".join(shown)

    def close(self) -> None:
        """Close every thread's cursor and the database, releasing the snapshot's files."""
        with self._cursors_lock:
            for cur in self._cursors:
                cur.close()
            self._cursors.clear()
        self._con.close()


@cache
def get_store(directory: str | None = None) -> Store:
    """A store opened once per process (for tests and tools; servers follow the pointer
    through assistant.service.default_assistant)."""
    return Store(Path(directory) if directory else None)


def current_version(directory: Path | None = None) -> str | None:
    """The version CURRENT names now (cheap: one small file read); None for a flat folder."""
    try:
        return snapshot.read_pointer(Path(directory) if directory else data_dir())
    except (snapshot.NoSnapshot, OSError):
        return None
