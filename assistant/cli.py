"""Command line: `python -m assistant data build|fetch`, `ask`, `serve`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _snapshot_dir(args: argparse.Namespace) -> Path:
    """--data-dir, else the configured snapshot folder (data/ or $ASSISTANT_DATA_DIR)."""
    from assistant.store import data_dir

    return Path(args.data_dir) if args.data_dir else data_dir()


def _data_build(args: argparse.Namespace) -> int:
    from assistant.ingest import build

    try:
        result = build.publish_new_snapshot(_snapshot_dir(args))
    except build.BuildError as e:
        print(f"build failed, data unchanged: {e}", file=sys.stderr)
        return 1
    tables = result.manifest["outputs"]["tables"]
    print(f"built snapshot {result.version} ({tables['trade']['rows']:,} trade rows); it is now current")
    return 0


def _data_fetch(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from assistant.ingest import census_api

    try:
        report = census_api.fetch(
            args.dataset,
            args.year_from,
            args.year_to,
            key=args.key,
            data_dir=_snapshot_dir(args),
            progress=None if args.quiet else tqdm,
            deadline_seconds=args.deadline,
        )
    except census_api.FetchError as e:
        print(f"fetch failed, data unchanged: {e}", file=sys.stderr)
        return 1
    print(
        f"fetched {report.dataset} {report.first_period}..{report.last_period}"
        f" ({report.rows:,} rows) and published a new snapshot"
    )
    if report.not_released:
        print(f"not yet released by the Census: {', '.join(report.not_released)}")
    return 0


def _json(answer) -> str:
    """Strict JSON: a non-finite number is a bug to surface, never `NaN` in the output."""
    return json.dumps(answer.to_dict(), ensure_ascii=False, default=str, allow_nan=False)


def _print_answer(answer, as_json: bool) -> None:
    if as_json:
        print(_json(answer))
        return
    print(answer.text)
    if answer.reading:
        print(f"  ({answer.reading})")
    for suggestion in answer.suggestions:
        print(f"  - {suggestion}")
    if answer.sources:
        print(f"  {answer.sources[0]}")


def _ask(args: argparse.Namespace) -> int:
    from assistant import ask

    if args.batch:
        # JSON Lines out, one answer per input line, in order.
        path = args.batch
        lines = sys.stdin.read().splitlines() if path == "-" else Path(path).read_text(
            encoding="utf-8").splitlines()  # fmt: skip
        context = None
        for line in lines:
            if not line.strip():
                continue
            answer = ask(line, lang=args.lang, context=context if args.conversation else None)
            if answer.status == "answered":
                context = answer.context
            print(_json(answer), flush=True)
        return 0
    if not args.question:
        print("ask needs a QUESTION or --batch FILE", file=sys.stderr)
        return 2
    answer = ask(" ".join(args.question), lang=args.lang)
    _print_answer(answer, args.json)
    return 0 if answer.status == "answered" else 1


def _serve(args: argparse.Namespace) -> int:
    from assistant.web.server import serve

    return serve(host=args.host, port=args.port)


def _serve_cluster(args: argparse.Namespace) -> int:
    from assistant.web.cluster import serve_cluster

    return serve_cluster(host=args.host, port=args.port, workers=args.workers)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    data = sub.add_parser("data", help="build or refresh the Census snapshot in data/")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    b = data_sub.add_parser("build", help="rebuild the tables from data/raw")
    b.add_argument("--data-dir", help="snapshot folder (default: data/)")
    b.set_defaults(func=_data_build)
    f = data_sub.add_parser("fetch", help="pull from the Census API, then rebuild atomically")
    f.add_argument("--dataset", required=True, choices=["totals", "hs", "hitech", "naics"])
    f.add_argument("--from", dest="year_from", type=int, default=2013)
    f.add_argument("--to", dest="year_to", type=int, default=2025)
    f.add_argument("--key", help="Census API key (optional; raises the rate limit)")
    f.add_argument("--data-dir", help="snapshot folder (default: data/)")
    f.add_argument("--quiet", action="store_true", help="no progress bar")
    f.add_argument(
        "--deadline", type=float, metavar="SECONDS", help="give up after this long (default 30 min)"
    )
    f.set_defaults(func=_data_fetch)

    a = sub.add_parser("ask", help="answer a question (or a batch of them)")
    a.add_argument("question", nargs="*", help="the question, in English or Spanish")
    a.add_argument("--json", action="store_true", help="print the answer object as JSON")
    a.add_argument("--lang", choices=["en", "es"], help="answer language (default: the question's)")
    a.add_argument("--batch", metavar="FILE", help="one question a line ('-' for stdin); JSON Lines out")
    a.add_argument(
        "--conversation", action="store_true", help="with --batch: read the lines as one conversation"
    )
    a.set_defaults(func=_ask)

    sv = sub.add_parser("serve", help="run the chat app and the JSON API on one port")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8501)
    sv.set_defaults(func=_serve)

    sc = sub.add_parser("serve-cluster", help="run N app processes behind nginx on one port")
    sc.add_argument("--host", default="127.0.0.1")
    sc.add_argument("--port", type=int, default=8501)
    sc.add_argument("--workers", type=int, default=2, help="app processes (default 2)")
    sc.set_defaults(func=_serve_cluster)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Every failure is one line on stderr and an exit code; never a traceback."""
    from assistant.store import DataMissing

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except DataMissing as e:
        print(e, file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
        return 130
    except OSError as e:  # e.g. an unreadable --batch file
        print(f"error: {(e.strerror or e.__class__.__name__).lower()}", file=sys.stderr)
        return 1
