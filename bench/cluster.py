"""One process vs the nginx cluster, side by side, on loopback.

1. POST /api/ask from 50 concurrent clients for S seconds, every question distinct
   (country x flow x year, so the answer cache rarely helps): requests/s, latency
   p50/p95/p99, errors.
2. 20 concurrent chat sessions, each asking 3 questions in turn over Streamlit's websocket
   (tests/chat_session.py: the BackMsg/ForwardMsg protobufs the browser sends, without a
   browser, so the two cores go to the servers): reply time p50/p95, from sending the
   question until the app has drawn the answer.

The load generator runs on the same two cores as the servers (one asyncio process for the
API clients), so these figures are a floor, not a ceiling.
Usage: python bench/cluster.py [seconds=20] [workers=2]
Only 127.0.0.1 is contacted; every loop stops by itself.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from assistant.store import get_store  # noqa: E402
from assistant.web.cluster import Cluster  # noqa: E402
from tests.chat_session import ChatSession  # noqa: E402
from tests.server import running_server  # noqa: E402

API_CLIENTS = 50
CHAT_SESSIONS = 20
CHAT_TURNS = ["imports from {p} in 2024", "what about exports?", "and in 2019?"]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def distinct_questions() -> list[str]:
    countries = sorted(p.name_en for p in get_store().partners.values() if p.kind == "country")
    flows = ["imports from {}", "exports to {}", "trade balance with {}", "total trade with {}"]
    qs = [f.format(c) + f" in {y}" for c, f, y in itertools.product(countries, flows, range(2013, 2025))]
    random.Random(12).shuffle(qs)
    return qs


async def api_load(base: str, seconds: float, questions: list[str]) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    stop_at = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=API_CLIENTS, max_keepalive_connections=API_CLIENTS)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as http:

        async def client(n: int):
            for i in itertools.count():
                if time.monotonic() >= stop_at:
                    return
                question = questions[(n + i * API_CLIENTS) % len(questions)]
                t = time.perf_counter()
                try:
                    r = await http.post("/api/ask", json={"question": question})
                    if r.status_code != 200:
                        errors.append(str(r.status_code))
                except httpx.HTTPError as e:
                    errors.append(type(e).__name__)
                latencies.append((time.perf_counter() - t) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(client(n) for n in range(API_CLIENTS)))
        elapsed = time.perf_counter() - started
    return dict(n=len(latencies), rps=len(latencies) / elapsed, p50=statistics.median(latencies),
                p95=percentile(latencies, 95), p99=percentile(latencies, 99), errors=errors)  # fmt: skip


def chat_load(base: str) -> dict:
    partners = [
        "Mexico",
        "Canada",
        "China",
        "Taiwan",
        "Vietnam",
        "Germany",
        "Japan",
        "Korea",
        "India",
        "Brazil",
    ]
    replies: list[float] = []
    errors: list[str] = []
    upstreams: set[str] = set()

    def session(n: int):
        try:
            chat = ChatSession(base)
            upstreams.add(chat.upstream or "single")
            for turn in CHAT_TURNS:
                seconds, texts = chat.ask(turn.format(p=partners[n % len(partners)]))
                replies.append(seconds * 1000)
                if not any("U.S." in t or "EE.UU." in t for t in texts):
                    errors.append("no answer drawn")
            chat.close()
        except Exception as e:  # noqa: BLE001 - counted, not raised: the bench reports errors
            errors.append(type(e).__name__)

    threads = [threading.Thread(target=session, args=(n,)) for n in range(CHAT_SESSIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return dict(n=len(replies), p50=statistics.median(replies), p95=percentile(replies, 95),
                errors=errors, processes=len(upstreams))  # fmt: skip


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(base: str, seconds: float, questions: list[str]) -> tuple[dict, dict]:
    httpx.post(base + "/api/ask", json={"question": "imports from Mexico in 2024"}, timeout=60)  # warm-up
    api = asyncio.run(api_load(base, seconds, questions))
    chat = chat_load(base)
    return api, chat


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    questions = distinct_questions()
    with running_server() as (base, proc):
        single = measure(base, seconds, questions)
        single_rss = rss_mb(proc.pid)
    with Cluster(workers=workers) as cluster:
        clustered = measure(cluster.url, seconds, questions)
        cluster_rss = sum(rss_mb(b.proc.pid) for b in cluster.backends)
    print(f"{len(questions):,} distinct questions; {API_CLIENTS} API clients for {seconds:.0f} s; "
          f"{CHAT_SESSIONS} chat sessions x {len(CHAT_TURNS)} turns")  # fmt: skip
    header = f"{'':34}{'one process':>18}{f'nginx + {workers} processes':>26}"
    print(header)
    rows = [
        ("/api/ask requests", "{n:,}", "api"),
        ("/api/ask requests/s", "{rps:.1f}", "api"),
        ("/api/ask latency p50 ms", "{p50:.1f}", "api"),
        ("/api/ask latency p95 ms", "{p95:.1f}", "api"),
        ("/api/ask latency p99 ms", "{p99:.1f}", "api"),
        ("/api/ask errors", "errors", "api"),
        ("chat replies", "{n:,}", "chat"),
        ("chat reply p50 ms", "{p50:.0f}", "chat"),
        ("chat reply p95 ms", "{p95:.0f}", "chat"),
        ("chat errors", "errors", "chat"),
        ("processes holding chat sessions", "{processes}", "chat"),
    ]
    for label, fmt, part in rows:
        cells = []
        for api, chat in (single, clustered):
            figures = api if part == "api" else chat
            cells.append(str(len(figures["errors"])) if fmt == "errors" else fmt.format(**figures))
        print(f"{label:34}{cells[0]:>18}{cells[1]:>26}")
    print(f"{'app RSS MB after the run':34}{single_rss:>18.0f}{cluster_rss:>26.0f}")
    for name, (api, chat) in (("one process", single), ("cluster", clustered)):
        if api["errors"] or chat["errors"]:
            print(f"errors ({name}): {sorted(set(api['errors'] + chat['errors']))[:5]}")


if __name__ == "__main__":
    main()
