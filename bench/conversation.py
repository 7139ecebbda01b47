"""Reply time over a long conversation, in a real browser (Debian's Chromium via Playwright).

Starts the app on a free port and holds ROUNDS conversations of TURNS questions each, a
new browser session each time (after one untimed warm-up question). Each reply is timed
from Enter until it is drawn (its sentence or message visible, its chart drawn) and the
app is idle again. The first five and the last five turns ask the same five questions
(text-only refusals and chart answers; the last five in reverse order, so turn 1 and
turn TURNS ask the same question), so first and last compare like with like.

Prints every turn of the first round, then per round and as the median over rounds:
turn 1, turn TURNS, and the medians of the first five and last five turns. Acceptance
(issue 11): a reply at turn 50 takes no longer than 1.5x a reply at turn 1.

Usage: python bench/conversation.py [turns] [rounds]     (defaults 50 and 3)
"""

from __future__ import annotations

import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from playwright.sync_api import expect, sync_playwright  # noqa: E402

from tests.server import running_server  # noqa: E402

PROBES = [  # asked first and again last
    "What is Mexico's GDP?",  # refused in one line: no chart, no table
    "Who supplies the most electrical machinery to the US?",
    "hello",
    "Compare imports from Mexico and China since 2013",
    "What does the US buy from Mexico?",
]
MIDDLE = [
    "How much did the US import from Mexico in 2024?",
    "Top 5 export markets in 2023",
    "¿Cuánto importa EE.UU. de Canadá?",
    "Compare imports from Mexico and China since 2013",
    "USMCA vs China share of US imports since 2013",
    "What was the deficit with China in June 2024?",
    "What does the US buy from Mexico?",
    "Mexico vs China in US imports of electronics and computers",
    "Where does Mexico rank among US import suppliers in 2024?",
    "Imports from Mexico year to date",
    "How much have imports from Mexico grown since 2013?",
    "what about Canada?",
]
IDLE = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"


def ask(page, question: str) -> float:
    """Enter a question; the wait (ms) until its reply is drawn and the app is idle. The
    page keeps only the last turns as chat messages, so the reply is found by its question."""
    messages = page.locator("[data-testid='stChatMessage']")
    page.fill("[data-testid='stChatInput'] textarea", question)
    started = time.perf_counter()
    page.keyboard.press("Enter")
    expect(messages.nth(-2).locator("[data-testid='stText']").first).to_have_text(question, timeout=60_000)
    reply = messages.nth(-1)
    expect(reply.locator("[data-testid='stText'], [data-testid='stAlert']").first).to_be_visible(
        timeout=60_000
    )
    page.wait_for_function(IDLE, timeout=60_000)
    if reply.locator(".vega-embed").count():
        expect(reply.locator(".vega-embed canvas, .vega-embed svg").first).to_be_visible(timeout=60_000)
    return (time.perf_counter() - started) * 1000


def conversation(browser, base: str, turns: int) -> list[float]:
    plan = PROBES + [MIDDLE[i % len(MIDDLE)] for i in range(turns - 2 * len(PROBES))] + PROBES[::-1]
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(base + "/")
    page.wait_for_selector("[data-testid='stChatInput'] textarea", timeout=60_000)
    timings = [ask(page, question) for question in plan]
    page.close()
    return timings


def summary(timings: list[float]) -> tuple[float, float, float, float]:
    return timings[0], timings[-1], statistics.median(timings[:5]), statistics.median(timings[-5:])


def main() -> None:
    turns = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    results = []
    with running_server() as (base, _proc), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        conversation(browser, base, 2 * len(PROBES))  # warm-up: first queries, first charts
        for r in range(rounds):
            timings = conversation(browser, base, turns)
            if r == 0:
                print("round 1, ms per turn:", " ".join(f"{t:.0f}" for t in timings))
            results.append(summary(timings))
            t1, tn, f5, l5 = results[-1]
            print(f"round {r + 1}: turn 1 {t1:.0f} ms, turn {turns} {tn:.0f} ms ({tn / t1:.2f}x); "
                  f"first five {f5:.0f} ms, last five {l5:.0f} ms ({l5 / f5:.2f}x)")  # fmt: skip
        browser.close()
    t1, tn, f5, l5 = (statistics.median(col) for col in zip(*results, strict=True))
    print(f"median over {rounds} rounds: turn 1 {t1:.0f} ms, turn {turns} {tn:.0f} ms ({tn / t1:.2f}x); "
          f"first five {f5:.0f} ms, last five {l5:.0f} ms ({l5 / f5:.2f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
