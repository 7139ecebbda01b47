"""`data fetch` against a fake Census API on 127.0.0.1: success, and every failure mode."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant import cli
from assistant.ingest import census_api
from assistant.store import Store

REPO = Path(__file__).resolve().parent.parent


def snapshot_digest(data_dir: Path) -> dict[str, str]:
    """Every file of the data folder (the refresh lock file aside)."""
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p.name != ".refresh.lock"
    }


def test_hitech_fetch_adds_dataset_and_keeps_the_rest(fake_census, data_copy):
    before = Store(data_copy)
    totals_before = before.run("SELECT sum(value_usd) FROM trade WHERE dataset = 'total'").rows
    before.close()

    report = census_api.fetch("hitech", 2024, 2024, data_dir=data_copy)

    assert (report.first_period, report.last_period) == ("2024-01", "2024-12")
    assert len(fake_census.requests) == 24  # one per flow and month
    assert all("/hitech?" in r and "HITECH_DESC" in r for r in fake_census.requests)
    store = Store(data_copy)
    entry = store.coverage[("hitech", "imports")]
    assert (entry.first_period, entry.last_period, entry.latest_complete_year) == (
        202401,
        202412,
        2024,
    )
    assert store.has("hitech", "exports", 2024)
    codes = {r[0] for r in store.run("SELECT DISTINCT code FROM trade WHERE dataset='hitech'").rows}
    assert codes == {f"{i:02d}" for i in range(1, 11)}
    # bundled totals untouched; raw file kept in the API's own columns
    assert store.run("SELECT sum(value_usd) FROM trade WHERE dataset = 'total'").rows == totals_before
    raw = (store.directory / "raw" / "api" / "hitech_imports.csv.gz").exists()
    assert raw and "hitech" in store.manifest["datasets"]
    assert any("Census API, retrieved" in r for r in store.manifest["datasets"]["hitech"]["retrieved"])


def test_naics_fetch_keeps_only_known_codes(fake_census, data_copy):
    census_api.fetch("naics", 2024, 2024, data_dir=data_copy)
    store = Store(data_copy)
    codes = {r[0] for r in store.run("SELECT DISTINCT code FROM trade WHERE dataset='naics'").rows}
    assert codes == {"334", "3341", "3342", "3344", "335", "3353", "3364"}  # not "111"


def test_trailing_unreleased_months_are_reported_not_fatal(fake_census, data_copy):
    fake_census.behaviour.update({"2024-11": "204", "2024-12": "204"})
    report = census_api.fetch("hitech", 2024, 2024, data_dir=data_copy)
    assert report.last_period == "2024-10"
    assert report.not_released == ("2024-11", "2024-12")
    store = Store(data_copy)
    assert store.coverage[("hitech", "imports")].latest_complete_year is None


@pytest.mark.parametrize(
    "behaviour,message",
    [
        ({"*": "204"}, "has not released any month"),
        ({"2024-03": "204"}, "no data for 2024-03"),
        ({"2024-05": "500"}, "HTTP 500"),
        ({"*": "404"}, "HTTP 404"),
        ({"2024-02": "400"}, "HTTP 400 for imports hitech 2024-02: error: unknown variable"),
        ({"2024-07": "malformed"}, "malformed JSON"),
        ({"2024-01": "timeout"}, "timed out"),
        ({"2024-04": "reset"}, "connection to the Census API was lost during imports hitech 2024-04"),
        ({"2024-06": "short"}, "response for imports hitech 2024-06 was cut short"),
    ],
    ids=["all-204", "gap-204", "http-500", "http-404", "http-400", "malformed-json", "timeout",
         "connection-reset", "short-body"],
)  # fmt: skip
def test_failures_leave_data_untouched(fake_census, data_copy, monkeypatch, behaviour, message):
    monkeypatch.setattr(census_api, "TIMEOUT_SECONDS", 0.5)
    fake_census.behaviour.update(behaviour)
    before = snapshot_digest(data_copy)
    with pytest.raises(census_api.FetchError, match=message):
        census_api.fetch("hitech", 2024, 2024, data_dir=data_copy)
    assert snapshot_digest(data_copy) == before
    assert not list((data_copy / "snapshots").glob(".staging-*")), "staging folders must be cleaned up"


def test_network_down_leaves_data_untouched(data_copy, monkeypatch):
    monkeypatch.setenv("CENSUS_API_BASE", "http://127.0.0.1:9/data/timeseries/intltrade")
    before = snapshot_digest(data_copy)
    with pytest.raises(census_api.FetchError, match="cannot reach the Census API"):
        census_api.fetch("totals", 2024, 2024, data_dir=data_copy)
    assert snapshot_digest(data_copy) == before


def test_invalid_fetched_data_fails_validation(fake_census, data_copy, monkeypatch):
    """A response where the USMCA group is not Canada + Mexico must not be swapped in."""
    real_rows = census_api.get_month

    def broken(dataset, flow, period, key=None, **kwargs):
        rows = real_rows(dataset, flow, period, key, **kwargs)
        return [r if r[0] != "0020" else [r[0], r[1], r[2], r[3], "1", r[5]] for r in rows]

    monkeypatch.setattr(census_api, "get_month", broken)
    before = snapshot_digest(data_copy)
    with pytest.raises(census_api.FetchError, match="differs from Canada \\+ Mexico"):
        census_api.fetch("hitech", 2024, 2024, data_dir=data_copy)
    assert snapshot_digest(data_copy) == before


def run_cli(*args, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def test_cli_fetch_prints_one_clear_line_on_failure(fake_census, data_copy):
    fake_census.behaviour["*"] = "500"
    proc = run_cli(
        "data", "fetch", "--dataset", "hitech", "--from", "2024", "--to", "2024",
        "--data-dir", str(data_copy), "--quiet",
        env_extra={"CENSUS_API_BASE": fake_census.url},
    )  # fmt: skip
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert lines == ["fetch failed, data unchanged: Census API answered HTTP 500 for imports "
                     "hitech 2024-01: Server Error"]  # fmt: skip
    assert "Traceback" not in proc.stderr


def test_cli_fetch_success_with_key(fake_census, data_copy):
    proc = run_cli(
        "data", "fetch", "--dataset", "hitech", "--from", "2024", "--to", "2024",
        "--key", "SECRET", "--data-dir", str(data_copy),
        env_extra={"CENSUS_API_BASE": fake_census.url},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "fetched hitech 2024-01..2024-12" in proc.stdout
    assert "month" in proc.stderr  # the tqdm progress bar
    assert all("key=SECRET" in r for r in fake_census.requests)


def test_cli_build_publishes_a_new_version_with_the_same_tables(data_copy):
    before = Store(data_copy)
    proc = run_cli("data", "build", "--data-dir", str(data_copy))
    assert proc.returncode == 0, proc.stderr
    after = Store(data_copy)
    assert after.manifest == before.manifest and after.version != before.version
    assert f"built snapshot {after.version}" in proc.stdout


def test_a_dripping_server_cannot_hold_a_fetch_past_its_deadline(fake_census, data_copy):
    """One byte every 0.5 s would take minutes; the whole fetch gives up at its deadline."""
    fake_census.behaviour["2024-02"] = "drip"
    before = snapshot_digest(data_copy)
    started = time.monotonic()
    with pytest.raises(census_api.FetchError, match="did not finish in time; gave up"):
        census_api.fetch("hitech", 2024, 2024, data_dir=data_copy, deadline_seconds=1.5)
    assert time.monotonic() - started < 1.5 + 2  # the deadline, plus at most one read's wait
    assert snapshot_digest(data_copy) == before


@pytest.mark.parametrize(
    "target,error,message",
    [
        ("assistant.snapshot.staging_dir", OSError(errno.EROFS, "Read-only file system"), "not writable"),
        (
            "assistant.snapshot.staging_dir",
            PermissionError(errno.EACCES, "Permission denied"),
            "not writable",
        ),
        ("shutil.copytree", OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
    ],
    ids=["read-only-filesystem", "permission-denied", "disk-full"],
)
def test_an_unwritable_or_full_disk_is_one_line(
    fake_census, data_copy, monkeypatch, capsys, target, error, message
):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(target, fail)
    before = snapshot_digest(data_copy)
    code = cli.main(["data", "fetch", "--dataset", "hitech", "--from", "2024", "--to", "2024",
                     "--data-dir", str(data_copy), "--quiet"])  # fmt: skip
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and message in err[0], err
    assert err[0].startswith("fetch failed, data unchanged:") and str(data_copy) not in err[0]
    assert snapshot_digest(data_copy) == before
    assert not list((data_copy / "snapshots").glob(".staging-*"))


def test_staging_folders_of_killed_refreshes_are_cleaned(fake_census, data_copy):
    snapshots = data_copy / "snapshots"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = snapshots / f".staging-{dead.pid}-1"  # its process is gone: a killed refresh
    (stale / "raw").mkdir(parents=True)
    live = snapshots / f".staging-{os.getppid()}-1"  # a running process's: left alone
    live.mkdir()
    census_api.fetch("hitech", 2024, 2024, data_dir=data_copy)
    assert not stale.exists() and live.exists()
