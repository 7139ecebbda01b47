"""Command line: `python -m assistant data build|fetch`, `ask`, `serve`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _data_build(args: argparse.Namespace) -> int:
    from assistant.ingest import build
    from assistant.store import data_dir

    target = Path(args.data_dir) if args.data_dir else data_dir()
    try:
        result = build.rebuild_in_place(target)
    except build.BuildError as e:
        print(f"build failed, data unchanged: {e}", file=sys.stderr)
        return 1
    tables = result.manifest["outputs"]["tables"]
    print(f"built {result.db_path} ({tables['trade']['rows']:,} trade rows)")
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
            data_dir=Path(args.data_dir) if args.data_dir else None,
            progress=None if args.quiet else tqdm,
        )
    except census_api.FetchError as e:
        print(f"fetch failed, data unchanged: {e}", file=sys.stderr)
        return 1
    print(
        f"fetched {report.dataset} {report.first_period}..{report.last_period}"
        f" ({report.rows:,} rows) and rebuilt the snapshot"
    )
    if report.not_released:
        print(f"not yet released by the Census: {', '.join(report.not_released)}")
    return 0


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
    f.set_defaults(func=_data_fetch)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
