"""`parley-contract` against the reference server, over and over, and against every mutant: the figures of issue 16.

    python bench/contract_runs.py reference [--runs 10] [--anchor-ref main] [--anchor-every 5]
    python bench/contract_runs.py mutants

`reference` runs the harness (both layers, every operation and flow, three keys) on a fresh
reference server `--runs` times at the default settings, then as many times at
`--max-time 40 --max-examples 25`, and prints the pass count, the durations and the cases per
second. Timings on a shared machine are noisy, so the anchor is the harness as it was before
(`git archive <anchor-ref>`), run the same way on a fresh server, interleaved every
`--anchor-every` runs: the ratio of medians says what the changes cost. `mutants` runs every
mutant of `tests/contract/mutants.py` (two at a time) and prints the catch table: exit code, the
operation or flow the summary names, seconds.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from _paths import ROOT, add_source_paths

add_source_paths()

from tests.contract.mutants import MUTANTS, catch  # noqa: E402
from tests.live_server import LiveServer  # noqa: E402

SETTINGS = {"defaults": [], "--max-time 40 --max-examples 25": ["--max-time", "40", "--max-examples", "25"]}


@dataclass(frozen=True, slots=True)
class Timed:
    """One harness run: exit code, wall seconds, layer-1 cases."""

    code: int
    seconds: float
    cases: int | None
    failed: tuple[str, ...]


def harness_run(python_path: list[str] | None, arguments: list[str], workdir: Path) -> Timed:
    """Run one harness (this checkout's, or the anchor's on `python_path`) against a fresh reference server."""
    workdir.mkdir(parents=True, exist_ok=True)
    server = LiveServer(workdir / "parley.db").start()
    try:
        env = {name: value for name, value in os.environ.items() if not name.startswith("PARLEY_")}
        env["PARLEY_API_KEY"] = server.new_key("user_bench_a")
        env["PARLEY_SECOND_KEY"] = server.new_key("user_bench_b")
        env["PARLEY_ADMIN_KEY"] = server.admin_key
        if python_path:
            env["PYTHONPATH"] = os.pathsep.join(python_path)
        command = [sys.executable, "-m", "parley.contract", "--base-url", server.base_url, *arguments]
        command += ["--report-dir", str(workdir / "report")]
        started = time.monotonic()
        done = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=1800)
        seconds = time.monotonic() - started
    finally:
        server.stop()
    cases = None
    for line in done.stdout.splitlines():
        if line.startswith("Layer 1, the spec") and " cases" in line:
            cases = int(line.split("(")[1].split(" cases")[0])
    failed = tuple(line.split()[1] for line in done.stdout.splitlines() if line.startswith("  FAILED "))
    if done.returncode != 0:
        (workdir / "output.txt").write_text(done.stdout + "\n" + done.stderr)
    return Timed(done.returncode, seconds, cases, failed)


def anchor_tree(ref: str, into: Path) -> list[str]:
    """The sources of `ref` (git archive), unpacked under `into`; the PYTHONPATH that runs its harness."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return [str(into / "overlay"), str(into / "generated"), str(into / "server")]


def reference(args: argparse.Namespace) -> None:
    """The 10-run figures at both settings, with the anchor interleaved."""
    root = Path(tempfile.mkdtemp(prefix="parley-bench-contract-"))
    anchor_path = anchor_tree(args.anchor_ref, root / "anchor") if args.anchor_every else None
    print(f"# parley-contract against the reference server: {args.runs} runs per setting")
    print(f"{platform.python_version()}, {os.cpu_count()} CPUs, load average at start {os.getloadavg()[0]:.1f}\n")
    for label, arguments in SETTINGS.items():
        runs: list[Timed] = []
        anchors: list[Timed] = []
        for index in range(1, args.runs + 1):
            if anchor_path and (index - 1) % args.anchor_every == 0:
                anchors.append(harness_run(anchor_path, arguments, root / f"anchor-{label}-{index}".replace(" ", "_")))
            runs.append(harness_run(None, arguments, root / f"run-{label}-{index}".replace(" ", "_")))
            last = runs[-1]
            print(f"  {label} run {index}: exit {last.code} {last.seconds:.1f} s {last.cases} cases {last.failed}")
        passed = sum(1 for run in runs if run.code == 0)
        seconds = [run.seconds for run in runs]
        rates = [run.cases / run.seconds for run in runs if run.cases]
        print(f"\n## {label}\n")
        print(f"- passed {passed} of {len(runs)} consecutive runs")
        print(f"- seconds: median {statistics.median(seconds):.1f}, min {min(seconds):.1f}, max {max(seconds):.1f}")
        print(f"- durations: {', '.join(f'{value:.0f}' for value in seconds)}")
        if rates:
            print(f"- layer-1 cases per second of the whole run: median {statistics.median(rates):.1f}")
        if anchors:
            anchor = statistics.median(run.seconds for run in anchors)
            print(
                f"- anchor ({args.anchor_ref}'s harness, {len(anchors)} runs interleaved): median {anchor:.1f} s; "
                f"ratio {statistics.median(seconds) / anchor:.2f}"
            )
        print(f"- load average now {os.getloadavg()[0]:.1f}\n")


def mutants(args: argparse.Namespace) -> None:
    """The catch table."""
    root = Path(tempfile.mkdtemp(prefix="parley-bench-mutants-"))
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda mutant: catch(mutant, root / mutant.bug), MUTANTS))
    print("| mutant | area | exit | named in the summary | seconds |")
    print("|---|---|---:|---|---:|")
    for result in results:
        named = ", ".join(result.failed) or "(nothing)"
        print(f"| `{result.mutant.bug}` | {result.mutant.area} | {result.code} | {named} | {result.seconds:.1f} |")
    caught = sum(1 for result in results if result.code == 1 and result.mutant.culprit in result.failed)
    print(f"\n{caught} of {len(results)} caught; {time.monotonic() - started:.0f} s wall on 2 workers; "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip


def main() -> None:
    """Parse the command line and run `reference` or `mutants`."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    ref = sub.add_parser("reference", help="N runs per setting against the reference server")
    ref.add_argument("--runs", type=int, default=10)
    ref.add_argument("--anchor-ref", default="main", help="git ref whose harness is the anchor (default: main)")
    ref.add_argument("--anchor-every", type=int, default=5, help="one anchor run every N runs (0: none)")
    sub.add_parser("mutants", help="the catch table of every mutant")
    args = parser.parse_args()
    reference(args) if args.what == "reference" else mutants(args)


if __name__ == "__main__":
    main()
