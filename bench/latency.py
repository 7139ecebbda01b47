"""In-process answer latency: every example question in the catalog through ask()
(parse + query + sentence + chart), after one warm-up pass. Prints p50/p95/max and
answers per second twice: uncached (the composed-answer cache cleared before every
answer, so each one runs its SQL and builds its chart) and cached (repeat questions).
Also the cold start (first answer in a fresh process).

Usage: python bench/latency.py [rounds]
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

COLD = """
import time
t0 = time.perf_counter()
from assistant import ask
a = ask("How much did the US import from Mexico in 2024?")
print(f"{(time.perf_counter() - t0) * 1000:.0f} {a.status}")
"""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    from assistant.catalog import get_catalog
    from assistant.service import default_assistant

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    cold = subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True)
    assistant = default_assistant()
    questions = [(q.id, ex) for q in get_catalog() for lang in ("en", "es") for ex in q.examples[lang]]
    for _, question in questions:  # warm-up: DuckDB caches, Altair imports
        assistant.ask(question)
    print(f"questions: {len(questions)} catalog examples x {rounds} rounds")
    for label, clear in (("uncached", True), ("cached", False)):
        timings, statuses = [], {}
        started = time.perf_counter()
        for _ in range(rounds):
            for _, question in questions:
                if clear:
                    assistant.engine._composed.cache_clear()
                t = time.perf_counter()
                answer = assistant.ask(question)
                timings.append((time.perf_counter() - t) * 1000)
                statuses[answer.status] = statuses.get(answer.status, 0) + 1
        elapsed = time.perf_counter() - started
        print(
            f"{label}: latency ms p50 {statistics.median(timings):.1f}  p95 {percentile(timings, 95):.1f}"
            f"  max {max(timings):.1f}; answers/s (one thread) {len(timings) / elapsed:.0f}; {statuses}"
        )
    print(f"cold start (fresh process, import + first answer): {cold.stdout.split()[0]} ms")
    rng = random.Random(7)
    words = [w for _, q in questions for w in q.split()]
    hostile = {
        "1,000 characters of question words": " ".join(rng.choice(words) for _ in range(200))[:1000],
        "1,000 random characters": "".join(chr(rng.randrange(32, 0x2FF)) for _ in range(1000)),
        "10,000 characters": "imports from Mexico " * 500,
        "SQL injection": "'; DROP TABLE trade; -- " * 20,
    }
    for label, text in hostile.items():
        t = time.perf_counter()
        answer = assistant.ask(text)
        print(f"worst-case input, {label}: {(time.perf_counter() - t) * 1000:.1f} ms ({answer.status})")


if __name__ == "__main__":
    main()
