"""`parley-contract`: the command line of the contract harness (see `parley-contract --help`)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import EXIT_CANNOT_RUN, HarnessError
from .settings import Settings
from .shard import parse as parse_shard
from .spec import spec_path

_PHASES = ("examples", "coverage", "fuzzing", "stateful")

DESCRIPTION = """\
Check a live Parley server against openapi.yaml, operation by operation and flow by flow.

Layer 1 runs schemathesis with every check, the stateful phase and the shipped configuration.
Layer 2 drives scenarios through the parley SDK, and on the raw HTTP answers where the SDK would
hide a defect: streamed completions recorded in sessions, thread runs that stream, persist,
cancel and resume (checked on the wire), idempotent replays, deletes that take effect, lists
walked page by page in the spec's order, shadow-mode drafts, isolation between users, admin
operations refused to user keys, API keys. The harness creates (and deletes) data on the server.
"""

EPILOG = """\
exit codes: 0 every selected operation and flow passed (some may be skipped); 1 the server broke
the contract (the summary names each failing operation or flow); 2 the harness could not run
(bad spec or option, server unreachable, a key refused), with a message that says which.

keys: the harness asks the server what each key may do (get_caller, GET /v1/me) and never guesses:
ADMIN_KEY must have admin rights, SECOND_KEY must be another user's key without them. A user key
that an operation needing admin rights accepts is the server's failure (exit code 1).

several CI jobs: run `--shard K/N` in job K of N (each with its own --report-dir), then
`parley-contract merge DIR...` to combine their reports and verdicts (exit code: the worst).

examples:
  PARLEY_API_KEY=... PARLEY_ADMIN_KEY=... parley-contract --base-url http://127.0.0.1:8000
  parley-contract --base-url http://127.0.0.1:8000 --include completions,models   # OpenAI-compatible only
  parley-contract --base-url ... --shard 2/3 --report-dir report-2 && parley-contract merge report-*
"""

MERGE_DESCRIPTION = """\
Combine the report directories of several parley-contract runs (the jobs of `--shard K/N`) into one:
summary.txt, junit.xml, report.html and verdict.json in --report-dir, each job's schemathesis
reports under shards/K/. An operation or flow takes the outcome of the shard that tested it; the
exit code is the worst of the jobs' (2 if one could not run, else 1 if anything failed, else 0).
A missing or repeated shard is an error (exit code 2).
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (every option documented in `--help`)."""
    parser = argparse.ArgumentParser(
        prog="parley-contract",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    env = os.environ.get
    server = parser.add_argument_group("server and keys")
    server.add_argument(
        "--base-url",
        default=env("PARLEY_BASE_URL"),
        metavar="URL",
        help="the server's root URL, before /v1 (default: $PARLEY_BASE_URL)",
    )
    server.add_argument(
        "--api-key",
        default=env("PARLEY_API_KEY"),
        metavar="KEY",
        help="a user's API key, used by every flow (default: $PARLEY_API_KEY); prefer the variable: "
        "arguments show in process lists",
    )
    server.add_argument(
        "--admin-key",
        default=env("PARLEY_ADMIN_KEY"),
        metavar="KEY",
        help="an admin key (default: $PARLEY_ADMIN_KEY): schemathesis then runs with it and reaches every "
        "operation, and the admin flows run; without it they are skipped and the summary says so",
    )
    server.add_argument(
        "--second-key",
        default=env("PARLEY_SECOND_KEY"),
        metavar="KEY",
        help="another user's key (default: $PARLEY_SECOND_KEY): enables the flow that checks one user cannot "
        "see another's threads, sessions or workspaces",
    )
    server.add_argument(
        "--allow-writes",
        action="store_true",
        help="test a server that is not on a loopback address (the harness writes and deletes data: "
        "use a staging deployment); without it such URLs are refused",
    )
    what = parser.add_argument_group("what to test")
    what.add_argument(
        "--spec",
        type=Path,
        default=None,
        metavar="PATH",
        help="the OpenAPI document to check against (default: the openapi.yaml this package was built from)",
    )
    what.add_argument(
        "--layer",
        choices=("all", "spec", "flows"),
        default="all",
        help="run both layers (all, the default), only schemathesis (spec) or only the SDK flows (flows)",
    )
    what.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="NAME",
        help="test only what NAME names: a tag (threads, admin, ...), an operationId (get_thread) or a flow "
        "(thread_resume); repeat it or separate names by commas (completions,models) to name several. In a "
        "run narrowed this way, what the server does not route is skipped and the summary says so",
    )
    what.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="NAME",
        help="leave out what NAME names (a tag, an operationId or a flow); repeatable, or comma-separated",
    )
    what.add_argument(
        "--shard",
        metavar="K/N",
        help="test only the K-th of N deterministic shares of the operations (operations joined by links stay "
        "together) and flows, for N parallel CI jobs; combine their reports with `parley-contract merge`",
    )
    what.add_argument("--model", metavar="ID", help="the model the flows ask (default: the first available chat model)")
    spec_layer = parser.add_argument_group("layer 1 (schemathesis)")
    spec_layer.add_argument(
        "--max-time",
        type=int,
        metavar="SECONDS",
        help="time budget for schemathesis: it stops by then (the fuzzing and stateful phases repeat until it is "
        "spent, so the run takes about that long)",
    )
    spec_layer.add_argument(
        "--max-examples", type=int, metavar="N", help="test cases per operation and phase (default: 50, the config's)"
    )
    spec_layer.add_argument(
        "--phases",
        default=",".join(_PHASES),
        metavar="LIST",
        help="comma-separated phases: examples, coverage, fuzzing, stateful (default: all four; stateful is left "
        "out when no link joins two selected operations)",
    )
    spec_layer.add_argument("--seed", type=int, metavar="N", help="random seed (default: the config's, 20261122)")
    spec_layer.add_argument("--workers", type=int, default=1, metavar="N", help="concurrent workers (default: 1)")
    spec_layer.add_argument(
        "--request-timeout",
        type=float,
        default=15.0,
        metavar="SECONDS",
        help="timeout of each request, a stream included (default: 15)",
    )
    spec_layer.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="a schemathesis baseline file of accepted failures: those no longer fail the run",
    )
    spec_layer.add_argument(
        "--baseline-update",
        action="store_true",
        help="record this run's failures into the --baseline FILE (created if missing)",
    )
    output = parser.add_argument_group("output")
    output.add_argument(
        "--report-dir",
        type=Path,
        default=Path("parley-contract-report"),
        metavar="DIR",
        help="where summary.txt, junit.xml, report.html and schemathesis/ (its own JUnit, HTML and log) go "
        "(default: ./parley-contract-report)",
    )
    output.add_argument("-v", "--verbose", action="store_true", help="show schemathesis's output as it runs")
    output.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    """Check the parsed arguments; the run's settings (`HarnessError` for a missing or bad value)."""
    if not args.base_url:
        raise HarnessError("no server: pass --base-url URL (or set PARLEY_BASE_URL)")
    if not args.api_key:
        raise HarnessError("no key: pass --api-key KEY (or set PARLEY_API_KEY)")
    phases = tuple(phase.strip() for phase in args.phases.split(",") if phase.strip())
    unknown = [phase for phase in phases if phase not in _PHASES]
    if unknown or not phases:
        raise HarnessError(f"bad --phases {args.phases!r}: choose from {', '.join(_PHASES)}")
    if args.baseline_update and args.baseline is None:
        raise HarnessError("--baseline-update needs --baseline FILE")
    for name in ("max_time", "max_examples", "workers"):
        value = getattr(args, name)
        if value is not None and value < 1:
            raise HarnessError(f"bad --{name.replace('_', '-')} {value}: it must be 1 or more")
    if args.request_timeout <= 0:
        raise HarnessError(f"bad --request-timeout {args.request_timeout}: it must be above 0")
    shard = parse_shard(args.shard) if args.shard is not None else None
    return Settings(
        base_url=args.base_url.rstrip("/"),
        api_key=args.api_key,
        admin_key=args.admin_key or None,
        second_key=args.second_key or None,
        spec=args.spec if args.spec is not None else spec_path(),
        report_dir=args.report_dir,
        layer=args.layer,
        include=tuple(args.include),
        exclude=tuple(args.exclude),
        max_time=args.max_time,
        max_examples=args.max_examples,
        phases=phases,
        seed=args.seed,
        workers=args.workers,
        request_timeout=args.request_timeout,
        baseline=args.baseline,
        baseline_update=args.baseline_update,
        model=args.model,
        allow_writes=args.allow_writes,
        verbose=args.verbose,
        shard=shard,
    )


def build_merge_parser() -> argparse.ArgumentParser:
    """The parser of `parley-contract merge`."""
    parser = argparse.ArgumentParser(
        prog="parley-contract merge",
        description=MERGE_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("directories", nargs="+", type=Path, metavar="DIR", help="a job's --report-dir")
    parser.add_argument(
        "--report-dir",
        type=Path,
        default=Path("parley-contract-report"),
        metavar="DIR",
        help="where the merged reports go (default: ./parley-contract-report)",
    )
    return parser


def merge_main(argv: Sequence[str]) -> int:
    """`parley-contract merge DIR...`; the merged exit code."""
    args = build_merge_parser().parse_args(argv)
    from .merge import merge

    try:
        code, text = merge(args.directories, args.report_dir)
    except HarnessError as exc:
        print(f"parley-contract merge: cannot merge: {exc}", file=sys.stderr)
        return EXIT_CANNOT_RUN
    print(text, end="")
    print(f"Reports: {args.report_dir}/summary.txt, junit.xml, report.html, verdict.json")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the harness (or `merge`); the exit code (0 passed, 1 contract failure, 2 could not run)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["merge"]:
        return merge_main(arguments[1:])
    args = build_parser().parse_args(arguments)
    try:
        settings = settings_from(args)
        from .runner import run

        code, text = run(settings, echo=lambda line: print(line, file=sys.stderr, flush=True))
    except HarnessError as exc:
        print(f"parley-contract: cannot run: {exc}", file=sys.stderr)
        from .report import write_error

        write_error(args.report_dir, str(exc), EXIT_CANNOT_RUN, args.shard or "")
        return EXIT_CANNOT_RUN
    print(text, end="")
    spec_reports = ", schemathesis/" if (settings.report_dir / "schemathesis").is_dir() else ""
    print(f"Reports: {settings.report_dir}/summary.txt, junit.xml, report.html, verdict.json{spec_reports}")
    return code


def _version() -> str:
    from parley import __version__

    return __version__
