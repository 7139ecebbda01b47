"""Bounded load test on loopback: starts the server, runs N clients for S seconds against
POST /api/ask (catalog example questions, half of them followed by a follow-up that sends
the context back), then prints requests/s, latency p50/p95/p99, errors and server memory.

Usage: python bench/load.py [clients=20] [seconds=30] [--no-cache]
(--no-cache starts the server with the composed-answer cache off: every request runs SQL.)
Only 127.0.0.1 is contacted; the loop stops by itself.
"""

from __future__ import annotations

import random
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from assistant.catalog import get_catalog  # noqa: E402
from tests.server import running_server  # noqa: E402

FOLLOW_UPS = ["what about Canada?", "and in 2019?", "same for exports", "¿y China?", "show it as a share"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def client_loop(base: str, questions: list[str], stop_at: float, out: list, errors: list, seed: int):
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=10) as http:
        while time.monotonic() < stop_at:
            body = {"question": rng.choice(questions)}
            for step in range(2 if rng.random() < 0.5 else 1):
                t = time.perf_counter()
                try:
                    r = http.post("/api/ask", json=body)
                    ok = r.status_code == 200
                except httpx.HTTPError as e:
                    ok, r = False, e
                out.append((time.perf_counter() - t) * 1000)
                if not ok:
                    errors.append(str(getattr(r, "status_code", r)))
                    break
                body = {"question": rng.choice(FOLLOW_UPS), "context": r.json()["context"]}
                if step == 0 and time.monotonic() >= stop_at:
                    break


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    clients = int(args[0]) if args else 20
    seconds = float(args[1]) if len(args) > 1 else 30.0
    env = {"ASSISTANT_ANSWER_CACHE_SIZE": "0"} if "--no-cache" in sys.argv else {}
    questions = [ex for q in get_catalog() for lang in ("en", "es") for ex in q.examples[lang]]
    with running_server(env=env) as (base, proc):
        httpx.post(base + "/api/ask", json={"question": questions[0]}, timeout=30)  # warm-up
        rss_before = rss_mb(proc.pid)
        latencies: list[float] = []
        errors: list[str] = []
        peak = [rss_before]
        stop_at = time.monotonic() + seconds
        threads = [
            threading.Thread(target=client_loop, args=(base, questions, stop_at, latencies, errors, i))
            for i in range(clients)
        ]
        started = time.perf_counter()
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            peak.append(rss_mb(proc.pid))
            time.sleep(0.5)
        elapsed = time.perf_counter() - started
        rss_after = rss_mb(proc.pid)
    cache = "off" if env else "on"
    print(f"clients: {clients}, duration: {elapsed:.1f} s, requests: {len(latencies)}, answer cache: {cache}")
    print(f"requests/s: {len(latencies) / elapsed:.1f}")
    print(
        f"latency ms: p50 {statistics.median(latencies):.1f}  p95 {percentile(latencies, 95):.1f}"
        f"  p99 {percentile(latencies, 99):.1f}  max {max(latencies):.1f}"
    )
    print(f"errors: {len(errors)}" + (f" ({sorted(set(errors))[:5]})" if errors else ""))
    print(f"server RSS MB: before {rss_before:.0f}, peak {max(peak):.0f}, after {rss_after:.0f}")


if __name__ == "__main__":
    main()
