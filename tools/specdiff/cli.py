"""`python tools/spec_diff.py OLD NEW`: print each change between two specs; exit 1 if one is breaking."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .document import SpecError, load_spec
from .report import line, summary
from .rules import RULES
from .walk import compare

EXIT_COMPATIBLE, EXIT_BREAKING, EXIT_UNREADABLE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Compare two OpenAPI documents; 0: nothing breaking, 1: something breaking, 2: a spec unreadable."""
    parser = argparse.ArgumentParser(
        prog="spec_diff.py",
        description="Report what changed between two OpenAPI documents, and whether it breaks clients. "
        "One line per change, BREAKING or compatible; exit 1 if anything is breaking, 2 if a spec is unreadable.",
    )
    parser.add_argument("old", nargs="?", help="the spec clients were written against")
    parser.add_argument("new", nargs="?", help="the changed spec")
    parser.add_argument("--old-label", help="how to name OLD in the summary line (default: its path)")
    parser.add_argument("--rules", action="store_true", help="list the rules and exit")
    args = parser.parse_args(argv)
    if args.rules:
        for rule in RULES:
            if rule.scope == "error":
                severity = "as it would be in a response"
            elif rule.request == rule.response:
                severity = f"{rule.request}"
            else:
                severity = f"{rule.request} in requests, {rule.response} in responses"
            print(f"{rule.id:<31} {severity:<44} {rule.summary}")
        print(f"{len(RULES)} rules")
        return EXIT_COMPATIBLE
    if args.old is None or args.new is None:
        parser.error("OLD and NEW are required")
    # libyaml parses up to 1,000 nested levels, about 500 schemas deep: room for the walk to follow them
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))
    try:
        old = load_spec(args.old, args.old_label)
        new = load_spec(args.new)
        findings = compare(old, new)
    except SpecError as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except RecursionError:
        print(f"spec-diff: {args.old} or {args.new} nests schemas too deeply to compare", file=sys.stderr)
        return EXIT_UNREADABLE
    for finding in findings:
        print(line(finding))
    sys.stdout.flush()
    print(summary(findings, old.label, new.label), file=sys.stderr)
    return EXIT_BREAKING if any(finding.severity == "BREAKING" for finding in findings) else EXIT_COMPATIBLE
