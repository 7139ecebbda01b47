"""Read-only access to the DuckDB snapshot in data/, and the coverage facts about it."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from assistant import formatting
from assistant.ingest.build import BUNDLED_VINTAGE, DB_NAME, MANIFEST_NAME

BUNDLED_VINTAGE_ES = "extracto incluido, obtenido después de la revisión anual de junio de 2025"

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_dir() -> Path:
    """The snapshot folder: $ASSISTANT_DATA_DIR, else data/ in the clone."""
    return Path(os.environ.get("ASSISTANT_DATA_DIR", DEFAULT_DATA_DIR))


class DataMissing(Exception):
    """The snapshot is absent or unreadable; the message says how to restore it."""


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
        self.directory = Path(directory) if directory else data_dir()
        db_path = self.directory / DB_NAME
        if not db_path.exists():
            raise DataMissing(
                f"The data file {db_path} is missing. Restore it with `git checkout -- data/` "
                "or rebuild it with `python -m assistant data build`."
            )
        try:
            self._con = duckdb.connect(str(db_path), read_only=True)
        except duckdb.Error as e:
            raise DataMissing(f"The data file {db_path} cannot be opened: {e}") from e
        self._local = threading.local()
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
        manifest_path = self.directory / MANIFEST_NAME
        self.manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = self._con.cursor()
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
        if lang == "es":  # the manifest records these two phrasings (ingest.build, census_api)
            retrieved = [
                r.replace(BUNDLED_VINTAGE, BUNDLED_VINTAGE_ES).replace(
                    "Census API, retrieved", "API del Censo, descargado el"
                )
                for r in retrieved
            ]
        return "; ".join(retrieved)

    def close(self) -> None:
        self._con.close()


@cache
def get_store(directory: str | None = None) -> Store:
    """The process-wide store (opened once; DuckDB handles concurrent reads)."""
    return Store(Path(directory) if directory else None)
