"""A missing or corrupt snapshot: one line, 503 everywhere (API, app, CLI), no paths or internals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import streamlit as st
from starlette.testclient import TestClient
from streamlit.testing.v1 import AppTest

from assistant import snapshot
from assistant.service import default_assistant
from assistant.store import DataCorrupt, DataMissing, Store
from assistant.web.api import build_api

REPO = Path(__file__).resolve().parent.parent
INTERNALS = ("duckdb", "Traceback", "Error:", "IOException", "/tmp", "snapshots/", "trade.duckdb")


def current_folder(root: Path) -> Path:
    return snapshot.current(root)[0]


def flip_middle_bytes(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0xFF for b in data[middle : middle + 64])
    path.write_bytes(bytes(data))


def break_manifest(folder: Path) -> None:
    """An invalid manifest whose checksum was (wrongly) updated too: the parse check must catch it."""
    (folder / snapshot.MANIFEST_NAME).write_text('{"datasets": {"total": ', encoding="utf-8")
    snapshot.write_checksums(folder)


def one_clean_line(text: str, root: Path) -> None:
    assert "\n" not in text.strip() and len(text) < 300, text
    assert str(root) not in text and not any(word in text for word in INTERNALS), text


@pytest.fixture(params=["block-in-the-middle", "invalid-manifest", "missing"])
def broken_data(request, data_copy: Path) -> Path:
    folder = current_folder(data_copy)
    if request.param == "block-in-the-middle":
        flip_middle_bytes(folder / snapshot.DB_NAME)
    elif request.param == "invalid-manifest":
        break_manifest(folder)
    else:
        (folder / snapshot.DB_NAME).unlink()
    return data_copy


def test_store_refuses_a_broken_snapshot_with_one_line(broken_data):
    with pytest.raises(DataMissing) as caught:
        Store(broken_data)
    one_clean_line(str(caught.value), broken_data)
    assert "git checkout -- data/" in str(caught.value)


def test_corruption_is_caught_by_the_checksum_at_open(data_copy):
    flip_middle_bytes(current_folder(data_copy) / snapshot.DB_NAME)
    with pytest.raises(DataCorrupt, match="the tables do not match their checksum"):
        Store(data_copy)


def test_a_flat_folder_without_checksums_is_checked_table_by_table(data_copy, tmp_path):
    """An older flat layout has no SHA256SUMS: the manifest's table digests are compared instead."""
    flat = tmp_path / "flat"
    flat.mkdir()
    folder = current_folder(data_copy)
    for name in (snapshot.DB_NAME, snapshot.MANIFEST_NAME):
        (flat / name).write_bytes((folder / name).read_bytes())
    assert Store(flat).version is None and Store(flat).latest_complete_year() == 2024
    manifest = json.loads((flat / snapshot.MANIFEST_NAME).read_text())
    manifest["outputs"]["tables"]["trade"]["sha256"] = "0" * 64  # contents no longer match
    (flat / snapshot.MANIFEST_NAME).write_text(json.dumps(manifest))
    with pytest.raises(DataCorrupt, match="table trade does not match the manifest"):
        Store(flat)


def test_every_api_route_answers_503_in_one_line(broken_data, monkeypatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(broken_data))
    with TestClient(build_api(default_assistant), raise_server_exceptions=False) as http:
        responses = [
            http.get("/meta"),
            http.get("/queries"),
            http.post("/ask", json={"question": "imports from Mexico in 2024"}),
            http.get("/health"),
        ]
    for r in responses:
        assert r.status_code == 503, (r.request.url, r.status_code, r.text[:200])
        body = r.json()
        one_clean_line(body.get("error") or body.get("reason"), broken_data)
    monkeypatch.delenv("ASSISTANT_DATA_DIR")
    assert default_assistant().store.latest_complete_year() == 2024  # back on the real data


def test_health_fails_when_the_file_changes_under_a_running_server(data_copy):
    store = Store(data_copy)
    store.check()
    path = current_folder(data_copy) / snapshot.DB_NAME
    path.write_bytes(path.read_bytes())  # same bytes, new file: the snapshot was not left alone
    with pytest.raises(DataCorrupt, match="changed after it was opened"):
        store.check()


def test_cli_prints_one_line_for_a_corrupt_snapshot(data_copy):
    flip_middle_bytes(current_folder(data_copy) / snapshot.DB_NAME)
    broken_data = data_copy  # one kind is enough here: the Store test covers all three
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(broken_data)}
    for args in (["ask", "imports from Mexico in 2024"], ["ask", "imports from Mexico", "--json"]):
        proc = subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True,
                              cwd=REPO, env=env, timeout=120)  # fmt: skip
        assert proc.returncode == 1
        # stdout is the user's answer; stderr at most one line telling the operator how to restore
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) <= 1
        assert str(broken_data) not in proc.stderr

        out = json.loads(proc.stdout)["text"] if "--json" in args else proc.stdout
        one_clean_line(out, broken_data)


def test_the_app_shows_one_line_for_a_corrupt_snapshot(data_copy, monkeypatch):
    flip_middle_bytes(current_folder(data_copy) / snapshot.DB_NAME)
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data_copy))
    st.cache_resource.clear()
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception
    message = at.error[0].value
    assert "integrity check" in message
    assert "git" not in message and "python" not in message  # commands are for operators
    one_clean_line(message, data_copy)
