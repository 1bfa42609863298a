"""Per-request overhead of `client.models.list()` against a local reference server.

Runs N sequential requests per variant against one reference server on a loopback port, in the
same process and the same run, interleaved in small batches so that server and machine noise hit
every variant alike; prints the median per-round time of each variant and its ratio to raw httpx:

- raw httpx: `httpx.Client.get(url).json()` (the floor; target: parley at most 1.10x this);
- raw httpx + generated parse: the same plus `ModelList.from_dict` (the cost of typed results);
- parley: `client.models.list()` (a typed page of generated `Model`s);
- openai (anchor, when installed): `OpenAI(base_url=.../v1).models.list()`.

    python bench/request_overhead.py [--n 2000] [--rounds 5] [--batch 50]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _paths import add_source_paths

add_source_paths()

import httpx  # noqa: E402
from parley import Parley  # noqa: E402
from parley_client.models.model_list import ModelList  # noqa: E402

from tests.live_server import LiveServer  # noqa: E402


def variants(server: LiveServer) -> dict[str, Callable[[], object]]:
    """Each variant's one request, ready to call."""
    auth = {"Authorization": f"Bearer {server.admin_key}"}
    raw = httpx.Client(base_url=server.base_url, headers=auth)
    raw_parsed = httpx.Client(base_url=server.base_url, headers=auth)
    client = Parley(base_url=server.base_url, api_key=server.admin_key)
    found: dict[str, Callable[[], object]] = {
        "raw httpx get().json()": lambda: raw.get("/v1/models").json(),
        "raw httpx + ModelList.from_dict": lambda: ModelList.from_dict(raw_parsed.get("/v1/models").json()),
        "parley client.models.list()": lambda: client.models.list(),
    }
    try:
        import openai
    except ImportError:  # pragma: no cover - the anchor is optional
        return found
    anchor = openai.OpenAI(base_url=server.base_url + "/v1", api_key=server.admin_key)
    found[f"openai {openai.__version__} client.models.list()"] = lambda: anchor.models.list()
    return found


def run(n: int, rounds: int, batch: int) -> None:
    """Measure and print the table."""
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer(Path(tmp) / "bench.db", token_delay=0.0).start()
        try:
            calls = variants(server)
            for call in calls.values():  # warm up connections, imports and the server
                for _ in range(50):
                    call()
            per_round: dict[str, list[float]] = {name: [] for name in calls}
            cpu_round: dict[str, list[float]] = {name: [] for name in calls}
            count = n // batch * batch
            for _ in range(rounds):
                spent = dict.fromkeys(calls, 0.0)
                cpu = dict.fromkeys(calls, 0.0)
                for _ in range(n // batch):
                    for name, call in calls.items():
                        started, cpu_started = time.perf_counter(), time.process_time()
                        for _ in range(batch):
                            call()
                        spent[name] += time.perf_counter() - started
                        cpu[name] += time.process_time() - cpu_started
                for name in calls:
                    per_round[name].append(spent[name] / count)
                    cpu_round[name].append(cpu[name] / count)
        finally:
            server.stop()
    floor = "raw httpx get().json()"
    ratios = {
        name: statistics.median(a / b for a, b in zip(t, per_round[floor], strict=True))
        for name, t in per_round.items()
    }
    print(f"request overhead: {n} sequential requests x {rounds} interleaved rounds (batches of {batch})")
    print(f"python {platform.python_version()}, httpx {httpx.__version__}, {platform.machine()}, {_cpus()} CPUs")
    print(f"{'variant':44} {'us/req':>8} {'x raw':>7} {'added us':>9} {'client CPU us':>14}")
    base = statistics.median(per_round[floor])
    for name, times in per_round.items():
        median = statistics.median(times)
        cpu_us = statistics.median(cpu_round[name]) * 1e6
        print(f"{name:44} {median * 1e6:8.0f} {ratios[name]:7.3f} {(median - base) * 1e6:9.0f} {cpu_us:14.0f}")
    verdict = "OK" if ratios["parley client.models.list()"] <= 1.10 else "ABOVE TARGET"
    print(f"parley / raw httpx = {ratios['parley client.models.list()']:.3f} (target <= 1.10: {verdict})")


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


def main() -> None:
    """Parse the arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="requests per variant per round")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (the median is reported)")
    parser.add_argument("--batch", type=int, default=50, help="requests per variant before switching")
    args = parser.parse_args()
    run(args.n, args.rounds, args.batch)


if __name__ == "__main__":
    main()
