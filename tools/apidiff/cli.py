"""`python tools/api_diff.py [--base REF | --snapshot FILE]`: breaking changes to the public Python API."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import snapshot
from .changes import compare
from .surface import ROOT, ApiError, check_exports, load_directory, load_ref

EXIT_COMPATIBLE, EXIT_BREAKING, EXIT_UNREADABLE = 0, 1, 2


def released_snapshot(root: Path = ROOT) -> Path:
    """The Python API of the last release, kept in `api/released/`."""
    found = sorted((root / "api" / "released").glob("python-api-*.json.gz"))
    if len(found) != 1:
        raise ApiError(f"api/released/ should hold one python-api-<version>.json.gz, not {len(found)}")
    return found[0]


def main(argv: Sequence[str] | None = None) -> int:
    """Compare the working tree's `parley` and `parley_client` with a release or a git ref."""
    parser = argparse.ArgumentParser(
        prog="api_diff.py",
        description="Report changes to the public Python API of parley and parley_client (griffe's breaking-change "
        "check), against the last release (api/released/) or a git ref. Exit 1 if anything is breaking, 2 if an API "
        "cannot be read.",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--base", metavar="REF", help="compare with the packages at this git ref")
    group.add_argument(
        "--snapshot", type=Path, metavar="FILE", help="compare with this snapshot (default: api/released/)"
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to read (default: this repository)")
    args = parser.parse_args(argv)
    try:
        new = load_directory(args.root)
        problems = check_exports(new)
        if problems:
            raise ApiError("; ".join(problems))
        if args.base:
            old, label = load_ref(args.base, args.root), f"git ref {args.base}"
        else:
            path = args.snapshot or released_snapshot(args.root)
            old, label = (
                snapshot.load(path),
                str(path.relative_to(args.root) if path.is_relative_to(args.root) else path),
            )
    except ApiError as exc:
        print(f"api-diff: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    changes = compare(old, new)
    for change in changes:
        print(change.line())
    breaking = sum(change.severity == "BREAKING" for change in changes)
    sys.stdout.flush()
    if changes:
        print(
            f"api-diff: {breaking} breaking, {len(changes) - breaking} compatible "
            f"(parley, parley_client against {label})",
            file=sys.stderr,
        )
    else:
        print(f"api-diff: no change to the public API of parley and parley_client (against {label})", file=sys.stderr)
    return EXIT_BREAKING if breaking else EXIT_COMPATIBLE
