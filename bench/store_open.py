"""Prints how long opening the store and reading coverage takes, and the data size on disk.

Each run is a fresh Python process, so nothing is warm but the OS file cache.
Usage: python bench/store_open.py [runs]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
PROBE = """
import time
t0 = time.perf_counter()
from assistant.store import Store
t1 = time.perf_counter()
s = Store()
year = s.latest_complete_year()
cov = len(s.coverage)
t2 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f}")
"""


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    imports, opens = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
        a, b = map(float, out.stdout.split())
        imports.append(a)
        opens.append(b)
    size = lambda p: sum(f.stat().st_size for f in p.rglob("*") if f.is_file())  # noqa: E731
    current = DATA / "snapshots" / (DATA / "CURRENT").read_text().strip()
    print(f"runs: {runs} (open includes the SHA256SUMS check of snapshot {current.name})")
    print(f"import assistant.store: p50 {statistics.median(imports):.1f} ms, max {max(imports):.1f} ms")
    print(f"open store + read coverage: p50 {statistics.median(opens):.1f} ms, max {max(opens):.1f} ms")
    print(
        f"data on disk: {size(DATA) / 1e6:.1f} MB total "
        f"(current trade.duckdb {(current / 'trade.duckdb').stat().st_size / 1e6:.1f} MB, "
        f"raw/ {size(current / 'raw') / 1e6:.1f} MB)"
    )


if __name__ == "__main__":
    main()
