from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.store import DEFAULT_DATA_DIR, Store
from tests.fake_census import FakeCensus

REPO = Path(__file__).resolve().parent.parent
(REPO / "tests" / "artifacts").mkdir(exist_ok=True)  # screenshots and server logs (git-ignored)


@pytest.fixture(scope="session")
def store() -> Store:
    """The committed snapshot, read-only."""
    return Store(DEFAULT_DATA_DIR)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of data/ that a test may rebuild or break."""
    target = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, target)
    return target


@pytest.fixture
def fake_census(monkeypatch):
    with FakeCensus() as fake:
        monkeypatch.setenv("CENSUS_API_BASE", fake.url)
        yield fake


@pytest.fixture(scope="session")
def server():
    """The chat app and the API on one port, for the whole test session."""
    from tests.server import running_server

    with running_server() as (base, _proc):
        yield base
