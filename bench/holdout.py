"""Scores the assistant on held-out questions it was not tuned on; prints accuracy and misses.

holdout_questions.yaml was scored once (25/40) and then used to fix vocabulary gaps, so it
is no longer held out; holdout2_questions.yaml was written afterwards (scored 33/40 first,
then used for fixes); holdout3_questions.yaml was written last and not tuned on.

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
    for name in ("holdout_questions", "holdout2_questions", "holdout3_questions"):
        cases = [c for c in load_cases(directory) if c.source.startswith(name + ":")]
        misses, total = check(default_assistant(), cases)
        print(f"{name}: {total - len(misses)}/{total} exact ({1 - len(misses) / total:.1%})")
        for case, what in misses:
            print(f"  miss {case.source}: {case.question!r} -> {what}")


if __name__ == "__main__":
    main()
