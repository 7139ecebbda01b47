from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.store import DEFAULT_DATA_DIR, Store
from tests.fake_census import FakeCensus

REPO = Path(__file__).resolve().parent.parent


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
