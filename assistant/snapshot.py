"""Where snapshots live: versioned folders, and the one pointer that names the current one.

    data/                        ($ASSISTANT_DATA_DIR)
      CURRENT                    one line: the folder name of the current snapshot
      snapshots/<version>/       raw/ (the inputs), trade.duckdb, manifest.json, SHA256SUMS

A snapshot folder never changes once published. A refresh builds a new folder beside the
others and then replaces CURRENT with one atomic rename, so there is never a moment
without a current snapshot; running servers read CURRENT every second or so and move to
the new folder between requests. A flat folder (trade.duckdb and manifest.json directly
inside, no CURRENT) is still read as a single, unversioned snapshot.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

DB_NAME = "trade.duckdb"
MANIFEST_NAME = "manifest.json"
CHECKSUMS_NAME = "SHA256SUMS"  # `sha256sum -c SHA256SUMS` checks it by hand
POINTER_NAME = "CURRENT"
SNAPSHOTS_DIR = "snapshots"
STAGING_PREFIX = ".staging-"
KEEP_PREVIOUS = 1  # the snapshot before the current one stays for processes still moving off it
_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")


class NoSnapshot(Exception):
    """No current snapshot could be found under the data folder."""


def read_pointer(root: Path) -> str | None:
    """The current version named by root/CURRENT, or None for a flat or empty folder."""
    try:
        name = (root / POINTER_NAME).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    if not _VERSION.match(name):
        raise NoSnapshot("the snapshot pointer is not a version name")
    return name


def current(root: Path) -> tuple[Path, str | None]:
    """(folder, version) of the current snapshot; version is None for a flat folder."""
    version = read_pointer(root)
    if version is not None:
        folder = root / SNAPSHOTS_DIR / version
        if not (folder / DB_NAME).exists():
            raise NoSnapshot("the current snapshot's data file is missing")
        return folder, version
    if (root / DB_NAME).exists():
        return root, None
    raise NoSnapshot("there is no data snapshot")


def new_version(digest: str) -> str:
    """A sortable, unique name: build time (UTC, microseconds) and a content digest prefix."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S.%fZ}-{digest[:8]}"


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_checksums(folder: Path) -> None:
    lines = [f"{file_sha256(folder / name)}  {name}\n" for name in (DB_NAME, MANIFEST_NAME)]
    (folder / CHECKSUMS_NAME).write_text("".join(lines), encoding="utf-8")


def verify_checksums(folder: Path) -> str | None:
    """Why the folder's files do not match SHA256SUMS, or None if they do (or it has none)."""
    sums = folder / CHECKSUMS_NAME
    if not sums.exists():
        return None
    expected = {}
    for line in sums.read_text(encoding="utf-8", errors="replace").splitlines():
        digest, _, name = line.partition("  ")
        expected[name.strip()] = digest.strip()
    for name, label in ((DB_NAME, "the tables"), (MANIFEST_NAME, "the manifest")):
        if name not in expected:
            return f"the checksum list does not cover {label}"
        if file_sha256(folder / name) != expected[name]:
            return (
                f"{label} do not match their checksum"
                if label == "the tables"
                else f"{label} does not match its checksum"
            )
    return None


def switch(root: Path, version: str) -> None:
    """Make `version` current with one atomic rename of the pointer file."""
    if not _VERSION.match(version) or not (root / SNAPSHOTS_DIR / version / DB_NAME).exists():
        raise ValueError(f"not a published snapshot: {version}")
    tmp = root / f".{POINTER_NAME}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(version + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, root / POINTER_NAME)
    _fsync_dir(root)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def staging_dir(root: Path) -> Path:
    """A fresh private folder beside the snapshots (same filesystem, so publishing is a rename)."""
    parent = root / SNAPSHOTS_DIR
    parent.mkdir(parents=True, exist_ok=True)
    folder = parent / f"{STAGING_PREFIX}{os.getpid()}-{time.monotonic_ns()}"
    folder.mkdir(mode=0o755)
    return folder


def publish(root: Path, staging: Path, version: str) -> Path:
    """Rename a finished staging folder to its version and make it current."""
    folder = root / SNAPSHOTS_DIR / version
    os.rename(staging, folder)
    _fsync_dir(folder.parent)
    switch(root, version)
    return folder


def prune(root: Path) -> list[str]:
    """Delete published snapshots older than the current one and the KEEP_PREVIOUS before it."""
    version = read_pointer(root)
    parent = root / SNAPSHOTS_DIR
    if version is None or not parent.is_dir():
        return []
    older = sorted(
        (p.name for p in parent.iterdir() if p.is_dir() and not p.name.startswith(".") and p.name < version),
        reverse=True,
    )
    removed = older[KEEP_PREVIOUS:]
    for name in removed:
        shutil.rmtree(parent / name, ignore_errors=True)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_staging(root: Path) -> list[Path]:
    """Remove staging folders left by builds that were killed (their process is gone)."""
    removed = []
    candidates = list((root / SNAPSHOTS_DIR).glob(STAGING_PREFIX + "*"))
    candidates += list(root.resolve().parent.glob(".data-staging-*"))  # the earlier layout's leftovers
    for folder in candidates:
        pid = re.match(r"\.(?:staging|data-staging)-(\d+)-", folder.name)
        if pid and _alive(int(pid.group(1))):
            continue
        if folder.name.startswith(".data-staging-") and time.time() - folder.stat().st_mtime < 3600:
            continue  # old-style names carry no pid: only clean them once clearly abandoned
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed
