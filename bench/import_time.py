"""Import time of `parley` in fresh processes, against `import httpx` (and openai as an anchor).

Each statement runs N times in a fresh interpreter, the statements interleaved; the figure is the
median of `-X importtime`'s cumulative microseconds summed over the top-level imports the
statement triggers (the interpreter's own start-up excluded). The ratio is to `import httpx`.

Then the time to a ready client: the wall time of the whole statement (imports and construction,
measured with `perf_counter` inside the fresh process, its start-up excluded), `Parley(...)` with
`.chat.completions`, `.threads`, `.workspaces` and `.sessions` touched, against
`import httpx; httpx.Client()` (target: at most 1.3x), medians of N interleaved runs.

    python bench/import_time.py [--n 15]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys

from _paths import SOURCE_PATHS

STATEMENTS = {
    "import httpx": "import httpx",
    "import parley": "import parley",
    "from parley import Parley": "from parley import Parley",
    "Parley(...) + first use of .threads": ("from parley import Parley; Parley(base_url='http://localhost').threads"),
    "import parley_client (generated)": "import parley_client",
    "import openai (anchor)": "import openai",
    "from openai import OpenAI; .chat.completions (anchor)": (
        "from openai import OpenAI; OpenAI(api_key='x').chat.completions"
    ),
}

TARGET = "from parley import Parley"

READY = {
    "import httpx; httpx.Client()": "import httpx; httpx.Client()",
    "Parley(...) ready (4 resources touched)": (
        "from parley import Parley; c = Parley(base_url='http://localhost', api_key='k'); "
        "c.chat.completions; c.threads; c.workspaces; c.sessions"
    ),
    "AsyncParley(...) ready (4 resources touched)": (
        "from parley import AsyncParley; c = AsyncParley(base_url='http://localhost', api_key='k'); "
        "c.chat.completions; c.threads; c.workspaces; c.sessions"
    ),
    "OpenAI(...).chat.completions (anchor)": "from openai import OpenAI; OpenAI(api_key='x').chat.completions",
}
READY_TARGET = "Parley(...) ready (4 resources touched)"


def ready_seconds(statement: str) -> float | None:
    """Wall seconds of `statement` (imports and construction) in a fresh process, or None when it fails."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(SOURCE_PATHS)}
    code = f"import time\n_t = time.perf_counter()\n{statement}\nprint(time.perf_counter() - _t)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    return float(result.stdout.strip()) if result.returncode == 0 else None


def import_microseconds(statement: str) -> int | None:
    """Cumulative import time of `statement` in a fresh process, or None when it fails."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(SOURCE_PATHS)}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement], capture_output=True, text=True, env=env, timeout=120
    )
    if result.returncode != 0:
        return None
    total = 0
    seen_site = False
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|")
        if name.strip() == "site" and not name.startswith("  "):
            seen_site = True
            continue
        if seen_site and name.startswith(" ") and not name.startswith("  "):
            total += int(cumulative.strip())
    return total


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=15, help="fresh processes per statement")
    args = parser.parse_args()
    samples: dict[str, list[int]] = {name: [] for name in STATEMENTS}
    for _ in range(args.n):
        for name, statement in STATEMENTS.items():
            micros = import_microseconds(statement)
            if micros is not None:
                samples[name].append(micros)
    base = statistics.median(samples["import httpx"])
    print(f"import time: median of {args.n} fresh processes per statement (-X importtime, cumulative)")
    print(f"python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs")
    print(f"{'statement':56} {'ms':>8} {'x httpx':>8}")
    for name, values in samples.items():
        if not values:
            print(f"{name:56} {'n/a':>8}")
            continue
        median = statistics.median(values)
        print(f"{name:56} {median / 1000:8.1f} {median / base:8.2f}")
    ratio = statistics.median(samples[TARGET]) / base
    print(f"{TARGET} / import httpx = {ratio:.2f} (target <= 1.5: {'OK' if ratio <= 1.5 else 'ABOVE TARGET'})")
    ready: dict[str, list[float]] = {name: [] for name in READY}
    for _ in range(args.n):
        for name, statement in READY.items():
            seconds = ready_seconds(statement)
            if seconds is not None:
                ready[name].append(seconds)
    anchor = statistics.median(ready["import httpx; httpx.Client()"])
    print(f"\ntime to a ready client: median of {args.n} fresh processes (wall, imports and construction)")
    print(f"{'statement':56} {'ms':>8} {'x httpx':>8}")
    for name, values in ready.items():
        median = statistics.median(values) if values else float("nan")
        print(f"{name:56} {median * 1000:8.1f} {median / anchor:8.2f}")
    ratio = statistics.median(ready[READY_TARGET]) / anchor
    verdict = "OK" if ratio <= 1.3 else "ABOVE TARGET"
    print(f"{READY_TARGET} / httpx.Client() = {ratio:.2f} (target <= 1.3: {verdict})")


if __name__ == "__main__":
    main()
