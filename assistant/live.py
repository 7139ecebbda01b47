"""Follows the snapshot pointer, so a running process answers from refreshed data without a restart.

`SnapshotFollower(build).get()` returns what `build(store)` made from the current snapshot.
At most once every CHECK_SECONDS a call reads the pointer (one small file); when it names a
new version, a background thread opens and checks the new snapshot, builds from it, warms it
and swaps it in, while requests keep being answered from the old one. If the new snapshot
fails its checks, the old one keeps serving and the failure is logged once. The old store is
closed after a grace period, releasing its files.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from assistant.store import DataMissing, Store, current_version, data_dir

log = logging.getLogger(__name__)

T = TypeVar("T")
CHECK_SECONDS = float(os.environ.get("ASSISTANT_SNAPSHOT_CHECK_SECONDS", "1"))
# Requests take milliseconds; this leaves any that started on the old snapshot ample time.
RETIRE_AFTER_SECONDS = float(os.environ.get("ASSISTANT_SNAPSHOT_RETIRE_SECONDS", "30"))


class SnapshotFollower(Generic[T]):
    def __init__(self, build: Callable[[Store], T], warm: Callable[[T], object] | None = None):
        self._build, self._warm = build, warm
        self._lock = threading.Lock()
        self._value: T | None = None
        self._store: Store | None = None
        self._root: Path | None = None
        self._checked_at = 0.0
        self._loading: str | None = None  # the version being opened in the background
        self._rejected: str | None = None  # a version that failed its checks (logged once)
        self._retired: list[tuple[float, Store]] = []

    @property
    def version(self) -> str | None:
        return self._store.version if self._store else None

    def get(self) -> T:
        root = data_dir()
        if self._value is None or root != self._root:
            return self._open_now(root)
        now = time.monotonic()
        if now - self._checked_at >= CHECK_SECONDS:
            self._checked_at = now
            self._check(root)
        return self._value

    def _open_now(self, root: Path) -> T:
        """First use, or the data folder itself was changed: open synchronously (may raise)."""
        with self._lock:
            if self._value is None or root != self._root:
                store = Store(root)
                value = self._build(store)
                self._swap(root, store, value)
            return self._value

    def _check(self, root: Path) -> None:
        version = current_version(root)
        if version is None or version == self.version or version in (self._loading, self._rejected):
            self._close_retired()
            return
        with self._lock:
            if self._loading:
                return
            self._loading = version
        threading.Thread(target=self._open_in_background, args=(root, version), daemon=True).start()

    def _open_in_background(self, root: Path, version: str) -> None:
        try:
            store = Store(root)
            value = self._build(store)
            if self._warm:
                self._warm(value)
        except DataMissing as e:
            self._rejected = version
            log.error(
                "kept serving snapshot %s; the new snapshot %s was not used: %s", self.version, version, e
            )
        except Exception:  # a bug: keep serving what works
            self._rejected = version
            log.exception("kept serving snapshot %s; opening %s failed", self.version, version)
        else:
            with self._lock:
                if root == self._root:
                    self._swap(root, store, value)
                    log.info("now serving snapshot %s", store.version)
        finally:
            self._loading = None

    def _swap(self, root: Path, store: Store, value: T) -> None:
        if self._store is not None and self._store is not store:
            self._retired.append((time.monotonic(), self._store))
        self._root, self._store, self._value = root, store, value
        self._checked_at = time.monotonic()

    def _close_retired(self) -> None:
        now = time.monotonic()
        while self._retired and now - self._retired[0][0] >= RETIRE_AFTER_SECONDS:
            _, store = self._retired.pop(0)
            store.close()
