"""Census International Trade API client and the `data fetch` pipeline.

One request per flow and month (`time=YYYY-MM`), so a month the Census has not released
yet (HTTP 204) is seen as such. Trailing unreleased months at the end of the requested
range are dropped and reported; any other failure (no network, a reset connection, a
short or dripping body, a total deadline passed, a full disk) aborts the fetch with one
line and leaves the current snapshot untouched (see build.publish_new_snapshot).
"""

from __future__ import annotations

import csv
import gzip
import http.client
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.ingest import build

DEFAULT_BASE_URL = "https://api.census.gov/data/timeseries/intltrade"
TIMEOUT_SECONDS = 30.0  # silence on the socket
RESPONSE_SECONDS = 120.0  # one month's whole response, however slowly it drips in
FETCH_DEADLINE_SECONDS = 30 * 60.0  # the whole fetch (both flows, every month)
MAX_RESPONSE_BYTES = 200 * 1024 * 1024  # a month of the widest dataset is a few MB

# Variables requested per dataset and flow: (endpoint, get-variables, extra predicates)
_REQUESTS = {
    ("total", "imports"): ("hs", ["CTY_CODE", "CTY_NAME", "GEN_VAL_MO"], {}),
    ("total", "exports"): ("hs", ["CTY_CODE", "CTY_NAME", "ALL_VAL_MO"], {}),
    ("hs", "imports"): (
        "hs",
        ["CTY_CODE", "CTY_NAME", "I_COMMODITY", "GEN_VAL_MO"],
        {"COMM_LVL": "HS2"},
    ),
    ("hs", "exports"): (
        "hs",
        ["CTY_CODE", "CTY_NAME", "E_COMMODITY", "ALL_VAL_MO"],
        {"COMM_LVL": "HS2"},
    ),
    ("hitech", "imports"): (
        "hitech",
        ["CTY_CODE", "CTY_NAME", "HITECH", "HITECH_DESC", "GEN_VAL_MO"],
        {},
    ),
    ("hitech", "exports"): (
        "hitech",
        ["CTY_CODE", "CTY_NAME", "HITECH", "HITECH_DESC", "ALL_VAL_MO"],
        {},
    ),
    ("naics", "imports"): ("naics", ["CTY_CODE", "CTY_NAME", "NAICS", "GEN_VAL_MO"], {}),
    ("naics", "exports"): ("naics", ["CTY_CODE", "CTY_NAME", "NAICS", "ALL_VAL_MO"], {}),
}
DATASET_CHOICES = ("totals", "hs", "hitech", "naics")


class FetchError(Exception):
    """One clear line saying what failed; the current data is untouched."""


class NotReleased(Exception):
    """HTTP 204: the Census has not published this month yet."""


@dataclass(frozen=True)
class FetchReport:
    dataset: str
    first_period: str
    last_period: str
    rows: int
    not_released: tuple[str, ...]


def base_url() -> str:
    return os.environ.get("CENSUS_API_BASE", DEFAULT_BASE_URL).rstrip("/")


def _url(dataset: str, flow: str, period: str, key: str | None) -> str:
    endpoint, variables, predicates = _REQUESTS[(dataset, flow)]
    query = {"get": ",".join(variables), **predicates, "time": period}
    if key:
        query["key"] = key
    return f"{base_url()}/{flow}/{endpoint}?{urllib.parse.urlencode(query, safe=',')}"


def get_month(
    dataset: str, flow: str, period: str, key: str | None = None, deadline: float | None = None
) -> list[list[str]]:
    """Rows (header first) for one month, as the API sends them.

    `deadline` (time.monotonic()) bounds the whole response, not just each read, so a
    server that drips one byte at a time cannot hold the fetch open."""
    url = _url(dataset, flow, period, key)
    what = f"{flow} {dataset} {period}"
    deadline = min(deadline or float("inf"), time.monotonic() + RESPONSE_SECONDS)
    try:
        timeout = max(0.1, min(TIMEOUT_SECONDS, deadline - time.monotonic()))
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            if resp.status == 204:
                raise NotReleased(period)
            body = _read_before(resp, deadline, what)
    except urllib.error.HTTPError as e:
        reason = e.read(200).decode("utf-8", "replace").strip().splitlines()[:1]
        raise FetchError(
            f"Census API answered HTTP {e.code} for {what}" + (f": {reason[0]}" if reason else "")
        ) from e
    except TimeoutError as e:
        raise FetchError(f"Census API timed out after {TIMEOUT_SECONDS:.0f}s ({flow} {period})") from e
    except urllib.error.URLError as e:
        reason = e.reason if isinstance(e.reason, str) else getattr(e.reason, "strerror", None) or e.reason
        raise FetchError(f"cannot reach the Census API at {base_url()}: {reason}") from e
    except http.client.IncompleteRead as e:
        raise FetchError(f"Census API response for {what} was cut short; try again") from e
    except (ConnectionError, http.client.HTTPException) as e:
        raise FetchError(f"the connection to the Census API was lost during {what}; try again") from e
    if not body.strip():
        raise NotReleased(period)
    try:
        rows = json.loads(body)
    except ValueError as e:
        raise FetchError(f"Census API sent malformed JSON for {what}") from e
    if (
        not isinstance(rows, list)
        or not rows
        or not all(isinstance(r, list) for r in rows)
        or any(len(r) != len(rows[0]) for r in rows)
    ):
        raise FetchError(f"Census API sent an unexpected shape for {what}")
    missing = [v for v in _REQUESTS[(dataset, flow)][1] if v not in rows[0]]
    if missing:
        raise FetchError(f"Census API response for {flow} {period} lacks {', '.join(missing)}")
    return rows


def _read_before(resp, deadline: float, what: str) -> bytes:
    """Read the body in pieces, giving up at the deadline or past MAX_RESPONSE_BYTES.

    Each read waits at most TIMEOUT_SECONDS, so the deadline is overshot by no more."""
    chunks, size = [], 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"Census API response for {what} did not finish in time; gave up")
        chunk = resp.read1(1 << 16)
        if not chunk:
            break
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise FetchError(f"Census API response for {what} is larger than expected; gave up")
        chunks.append(chunk)
    if resp.length:  # Content-Length promised more than arrived
        raise http.client.IncompleteRead(b"".join(chunks), resp.length)
    return b"".join(chunks)


def _normalise(dataset: str, flow: str, header: list[str], rows: list[list[str]], period: str):
    """Keep the API's columns; add `time`; take the ATP code from HITECH_DESC '[04]' if needed."""
    idx = {h: i for i, h in enumerate(header)}
    for r in rows:
        rec = {h: r[i] for h, i in idx.items()}
        rec["time"] = rec.get("time") or period
        if dataset == "hitech":
            code = (rec.get("HITECH") or "").strip()
            desc = rec.get("HITECH_DESC") or ""
            if not code and "[" in desc:
                code = desc.rsplit("[", 1)[1].rstrip("]").strip()
            rec["HITECH"] = code
        yield rec


def _months(year_from: int, year_to: int) -> list[str]:
    return [f"{y}-{m:02d}" for y in range(year_from, year_to + 1) for m in range(1, 13)]


def fetch(
    dataset: str,
    year_from: int,
    year_to: int,
    *,
    data_dir: Path,
    key: str | None = None,
    progress: Callable | None = None,
    deadline_seconds: float | None = None,
) -> FetchReport:
    """Pull a dataset for both flows and publish a rebuilt, validated snapshot in data_dir.

    The whole fetch gives up after deadline_seconds (FETCH_DEADLINE_SECONDS by default)."""
    if dataset not in DATASET_CHOICES:
        raise FetchError(f"unknown dataset {dataset!r}; choose one of {', '.join(DATASET_CHOICES)}")
    if year_from > year_to:
        raise FetchError(f"--from {year_from} is after --to {year_to}")
    name = "total" if dataset == "totals" else dataset
    target = Path(data_dir)
    months = _months(year_from, year_to)
    fetched: dict[str, list[tuple[str, list[list[str]]]]] = {"imports": [], "exports": []}
    not_released: set[str] = set()

    steps = [(flow, p) for flow in ("imports", "exports") for p in months]
    limit = FETCH_DEADLINE_SECONDS if deadline_seconds is None else deadline_seconds
    deadline = time.monotonic() + limit
    bar = progress(total=len(steps), desc=f"fetch {dataset}", unit="month") if progress else None
    try:
        for flow, period in steps:
            if time.monotonic() >= deadline:
                raise FetchError(f"the fetch did not finish within {limit:.0f} s; gave up")
            try:
                fetched[flow].append((period, get_month(name, flow, period, key, deadline=deadline)))
            except NotReleased:
                not_released.add(period)
            if bar:
                bar.update(1)
    finally:
        if bar:
            bar.close()

    released = [p for p in months if p not in not_released]
    if not released:
        raise FetchError(f"the Census has not released any month from {months[0]} to {months[-1]} (HTTP 204)")
    last = released[-1]
    gaps = [p for p in not_released if p < last]
    if gaps:
        raise FetchError(f"the Census API sent no data for {min(gaps)} but did for later months")
    periods_by_flow = {flow: {p for p, _ in fetched[flow]} for flow in fetched}
    if periods_by_flow["imports"] != periods_by_flow["exports"]:
        raise FetchError("imports and exports came back for different months; try again")

    total_rows = 0
    retrieved = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def write_raw(raw_dir: Path) -> None:
        nonlocal total_rows
        api_dir = raw_dir / "api"
        api_dir.mkdir(parents=True, exist_ok=True)
        for flow, months_rows in fetched.items():
            path = api_dir / build.api_file_name(name, flow)
            records = []
            header: list[str] = []
            for period, rows in months_rows:
                for rec in _normalise(name, flow, rows[0], rows[1:], period):
                    header = header or list(rec)
                    records.append(rec)
            # Keep months fetched before that this fetch did not cover.
            if path.exists():
                with gzip.open(path, "rt", newline="") as f:
                    covered = {p for p, _ in months_rows}
                    old = [r for r in csv.DictReader(f) if r["time"] not in covered]
                records = old + records
            header = header or _REQUESTS[(name, flow)][1] + ["time"]
            with gzip.open(path, "wt", newline="") as f:
                w = csv.DictWriter(f, fieldnames=header, extrasaction="ignore")
                w.writeheader()
                w.writerows(records)
            total_rows += len(records)
            meta = dict(
                url=f"{base_url()}/{flow}/{_REQUESTS[(name, flow)][0]}",
                retrieved=f"Census API, retrieved {retrieved}",  # store.RETRIEVED: shown translated
            )
            path.with_name(path.name + ".meta.json").write_text(json.dumps(meta, indent=2) + "\n")

    try:
        build.publish_new_snapshot(target, prepare_raw=write_raw)
    except build.BuildError as e:
        raise FetchError(f"the new snapshot was not published: {e}") from e
    return FetchReport(
        dataset=dataset,
        first_period=released[0],
        last_period=last,
        rows=total_rows,
        not_released=tuple(sorted(not_released)),
    )
