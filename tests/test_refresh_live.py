"""Live refresh: a new snapshot is published with one atomic pointer switch, and a running
server moves to it between requests, without a restart and without a failed request."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import httpx
import pytest

from assistant import live, snapshot
from assistant.catalog import get_catalog
from assistant.ingest import census_api
from assistant.service import default_assistant
from assistant.store import Store
from tests.server import running_server

ATP_QUESTION = "What is the ATP trade balance in 2024?"


def open_files(pid: int) -> list[str]:
    fds = Path(f"/proc/{pid}/fd")
    out = []
    for fd in fds.iterdir():
        try:
            out.append(os.readlink(fd))
        except OSError:
            pass
    return out


def second_version(root: Path) -> str:
    """A copy of the current snapshot under a newer version name (cheaper than a rebuild)."""
    folder, version = snapshot.current(root)
    newer = version[:-8] + "ffffffff"
    shutil.copytree(folder, root / "snapshots" / newer)
    return newer


def test_there_is_never_a_moment_without_a_current_snapshot(data_copy):
    """Readers open the store in a loop while the pointer flips back and forth: not one failure."""
    old, new = snapshot.read_pointer(data_copy), second_version(data_copy)
    failures, opened, stop = [], [], threading.Event()

    def reader():
        while not stop.is_set():
            try:
                store = Store(data_copy)
                opened.append(store.version)
                store.close()
            except Exception as e:  # noqa: BLE001 - any failure is the finding
                failures.append(repr(e))

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    flips, deadline = 0, time.monotonic() + 20
    while (flips < 40 or len(opened) < 40) and time.monotonic() < deadline:
        snapshot.switch(data_copy, (new, old)[flips % 2])
        flips += 1
        time.sleep(0.02)
    stop.set()
    for t in threads:
        t.join()
    assert failures == []
    assert len(opened) >= 40 and {old, new} <= set(opened)


def test_old_snapshots_are_pruned_but_the_previous_one_is_kept(tmp_path):
    root = tmp_path / "data"
    names = ["20250101T000000.000000Z-aaaaaaaa", "20250201T000000.000000Z-bbbbbbbb",
             "20250301T000000.000000Z-cccccccc", "20250401T000000.000000Z-dddddddd"]  # fmt: skip
    for name in names:
        (root / "snapshots" / name).mkdir(parents=True)
        (root / "snapshots" / name / snapshot.DB_NAME).write_bytes(b"x")
    snapshot.switch(root, names[2])
    assert snapshot.prune(root) == [names[0]]
    kept = sorted(p.name for p in (root / "snapshots").iterdir())
    assert kept == names[1:]  # the current, the one before it, and a newer one not yet current


def test_the_process_wide_assistant_follows_the_pointer(data_copy, monkeypatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data_copy))
    monkeypatch.setattr(live, "CHECK_SECONDS", 0.1)
    monkeypatch.setattr(live, "RETIRE_AFTER_SECONDS", 0.2)
    before = default_assistant()
    new = second_version(data_copy)
    snapshot.switch(data_copy, new)
    assert default_assistant() is before  # the new one opens in the background; no request waits
    deadline = time.monotonic() + 10
    while default_assistant().store.version != new and time.monotonic() < deadline:
        time.sleep(0.05)
    after = default_assistant()
    assert after.store.version == new and after is not before
    assert after.ask("imports from Mexico in 2024").value == before.ask("imports from Mexico in 2024").value
    deadline = time.monotonic() + 10
    while str(before.store.db_path) in open_files(os.getpid()) and time.monotonic() < deadline:
        time.sleep(0.1)
        default_assistant()  # a later call retires the old store once its grace has passed
    assert str(before.store.db_path) not in open_files(os.getpid()), "the old snapshot's file is still open"
    monkeypatch.delenv("ASSISTANT_DATA_DIR")
    assert default_assistant().store.root != data_copy  # back on the committed data


def test_a_running_server_answers_new_data_without_restart_or_a_failed_request(data_copy, fake_census):
    """A steady stream of requests while `data fetch` publishes a new snapshot."""
    env = {
        "ASSISTANT_DATA_DIR": str(data_copy),
        "ASSISTANT_SNAPSHOT_CHECK_SECONDS": "0.5",
        "ASSISTANT_SNAPSHOT_RETIRE_SECONDS": "1",
    }
    questions = [ex for q in get_catalog() for lang in ("en", "es") for ex in q.examples[lang]]
    with running_server(env=env) as (base, proc):
        old_version = httpx.get(base + "/api/meta").json()["snapshot"]
        results: list[tuple[int, str]] = []
        stop = threading.Event()

        def stream(offset: int):
            with httpx.Client(base_url=base, timeout=30) as http:
                i = offset
                while not stop.is_set():
                    try:
                        r = http.post("/api/ask", json={"question": questions[i % len(questions)]})
                        results.append((r.status_code, r.json().get("status", "")))
                        r = http.get("/api/meta")
                        results.append((r.status_code, r.json()["snapshot"]))
                    except httpx.HTTPError as e:
                        results.append((0, repr(e)))
                    i += 2
                    time.sleep(0.02)  # steady, not saturating: the build shares the two cores

        threads = [threading.Thread(target=stream, args=(n,)) for n in range(2)]
        for t in threads:
            t.start()
        time.sleep(1)
        census_api.fetch("hitech", 2024, 2024, data_dir=data_copy)
        new_version = snapshot.read_pointer(data_copy)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if httpx.get(base + "/api/meta").json()["snapshot"] == new_version:
                break
            time.sleep(0.2)
        answer = httpx.post(base + "/api/ask", json={"question": ATP_QUESTION}, timeout=30).json()
        deadline = time.monotonic() + 15  # the retire grace is 1 s here: the old files go soon after
        while [f for f in open_files(proc.pid) if old_version in f] and time.monotonic() < deadline:
            time.sleep(0.2)
        stop.set()
        for t in threads:
            t.join()
        still_open = [f for f in open_files(proc.pid) if old_version in f]
    failed = [r for r in results if r[0] != 200]
    served = {r[1] for r in results if r[0] == 200}
    assert failed == [], failed[:5]
    assert len(results) > 50 and {old_version, new_version} <= served
    assert answer["status"] == "answered" and answer["query"]["id"] == "atp_balance"
    assert still_open == []


@pytest.fixture(autouse=True)
def _quiet_fetch_progress(monkeypatch):
    monkeypatch.setattr(census_api, "TIMEOUT_SECONDS", 10.0)
