"""Scores the assistant on 40 held-out questions it was not tuned on; prints accuracy and misses.

Usage: python bench/holdout.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.service import default_assistant  # noqa: E402
from tests.question_set import check, load_cases  # noqa: E402


def main() -> None:
    directory = Path(__file__).resolve().parent
    cases = [c for c in load_cases(directory) if c.source.startswith("holdout_questions")]
    misses, total = check(default_assistant(), cases)
    print(f"held-out questions: {total - len(misses)}/{total} exact ({1 - len(misses) / total:.1%})")
    for case, what in misses:
        print(f"  miss {case.source}: {case.question!r} -> {what}")


if __name__ == "__main__":
    main()
