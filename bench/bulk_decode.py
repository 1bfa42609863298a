"""Decoding a 10,000-message session (`GET /v1/sessions/{id}`, ~2.8 MB): generated `decode` vs `from_dict`.

The body is a `ChatSessionDetail` as the reference server renders it (server/parley_server/store/
sessions.py, compact JSON): user and assistant messages in turns, each with an `smsg_` id, its index,
a sentence of text, the metadata the server records (`{}` for a user message; `completion_id` and
`finish_reason` for an answer), a token count, a microsecond `...Z` timestamp shared by the two
messages of one completion, and `updated_at: null`. Every variant runs in this process on the same
bytes, with the garbage collector on; each round runs each variant `--batch` times in a row (so
that collector work one variant leaves behind is paid inside its own batch), variants interleaved;
reported: the median wall time, and the medians over rounds of the wall and CPU (this process's
`process_time`) ratios to the anchor in the same round:

- anchor: `json.loads(body)`;
- `ChatSessionDetail.from_dict(json.loads(body))`: the generator's parser;
- `ChatSessionDetail.decode(json.loads(body))`: the generated fast decoder (target: at most 2.0x
  the anchor; the SDK's path through `from_dict` was 6.8x);

and, for information, `from_dict` and `decode` of the already parsed object, and `decode` with its
pause of the garbage collector while it builds the list of messages switched off
(parley_client/_decoding.py says why it pauses). Before timing, the script checks that `decode` and
`from_dict` give equal objects.

Then the same body end to end through an HTTP client, both over an `httpx.MockTransport` that
serves these bytes (no network, so that the decoding is what differs):

- anchor: `httpx.Client.get(url).json()`;
- **`Parley(...).sessions.retrieve(session_id)`**: the SDK's whole path (options, headers, the
  pipeline, `ChatSessionDetail.decode` of the answer), target: at most 2.0x the anchor (6.8x before
  the generated decoder);
- for information, `ChatSessionDetail.decode(httpx.Client.get(url).json())`.

    python bench/bulk_decode.py [--messages 10000] [--rounds 7] [--batch 3]
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from _paths import add_source_paths

add_source_paths()

import httpx  # noqa: E402
from parley import Parley  # noqa: E402
from parley_client import _decoding  # noqa: E402
from parley_client.models.chat_session_detail import ChatSessionDetail  # noqa: E402

SENTENCES = [
    "Can you summarise the quarterly report?",
    "Revenue grew 12% year over year.",
    "Costs rose with the data-centre migration.",
    "Churn fell to 2.1%, a record low.",
    "What should we focus on next quarter?",
    "Retention, and the infrastructure budget.",
    "Thanks. Draft a note for the board?",
    "Sure: growth is steady, costs need care.",
]


def session_body(messages: int, seed: int = 7) -> bytes:
    """The JSON of a `ChatSessionDetail` with `messages` messages, shaped as the reference server answers."""
    rng = random.Random(seed)
    session_id = "sess_0641f2a9c3b1e07d3a9f1c2b"
    start = 1_795_340_400_000_000  # microseconds

    def stamp(micros: int) -> str:
        seconds, fraction = divmod(micros, 1_000_000)
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{fraction:06d}Z"

    records: list[dict[str, Any]] = []
    clock = start
    for index in range(messages):
        if index % 2 == 0:
            clock += rng.randrange(5_000_000, 90_000_000)  # one completion: a question and its answer
        user = index % 2 == 0
        text = rng.choice(SENTENCES)
        metadata: dict[str, Any] = (
            {} if user else {"completion_id": f"chatcmpl-{rng.getrandbits(96):024x}", "finish_reason": "stop"}
        )
        records.append(
            {
                "id": f"smsg_{start // 1000 + index:014x}{rng.getrandbits(40):010x}",
                "session_id": session_id,
                "message_index": index,
                "role": "user" if user else "assistant",
                "content": text,
                "metadata": metadata,
                "tokens": len(text) // 4,
                "created_at": stamp(clock),
                "updated_at": None,
            }
        )
    summary = {
        "id": session_id,
        "user_id": "user_demo",
        "organization_id": None,
        "title": SENTENCES[0][:60],
        "model": "lorem-1",
        "agent_type": None,
        "created_at": stamp(start),
        "updated_at": stamp(clock),
        "last_message_at": stamp(clock),
        "message_count": messages,
        "tokens_in": sum(r["tokens"] for r in records if r["role"] == "user"),
        "tokens_out": sum(r["tokens"] for r in records if r["role"] == "assistant"),
        "tokens_total": sum(r["tokens"] for r in records),
        "metadata": {"source": "bench"},
        "archived": False,
    }
    return json.dumps({"session": summary, "messages": records}, separators=(",", ":")).encode()


def unpaused(function: Callable[[], object]) -> Callable[[], object]:
    """`function` with `decode_list`'s pause of the garbage collector switched off (what the pause saves)."""

    def run() -> object:
        saved, _decoding.PAUSE_GC_AT = _decoding.PAUSE_GC_AT, 10**12
        try:
            return function()
        finally:
            _decoding.PAUSE_GC_AT = saved

    return run


def timed(function: Callable[[], object], batch: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) per call, of `batch` calls in a row."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(batch):
        function()
    return (time.perf_counter() - wall) / batch, (time.process_time() - cpu) / batch


def main() -> None:
    """Build the body, check decode against from_dict, time the variants interleaved, print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--batch", type=int, default=3)
    args = parser.parse_args()

    body = session_body(args.messages)
    parsed = json.loads(body)
    if ChatSessionDetail.decode(json.loads(body)) != ChatSessionDetail.from_dict(json.loads(body)):
        raise SystemExit("decode and from_dict disagree on the bench body")

    anchor = "anchor: `json.loads(body)`"
    variants: dict[str, Callable[[], object]] = {
        anchor: lambda: json.loads(body),
        "`ChatSessionDetail.from_dict(json.loads(body))`": lambda: ChatSessionDetail.from_dict(json.loads(body)),
        "**`ChatSessionDetail.decode(json.loads(body))`**": lambda: ChatSessionDetail.decode(json.loads(body)),
        "`from_dict` of the parsed object alone (information)": lambda: ChatSessionDetail.from_dict(parsed),
        "`decode` of the parsed object alone (information)": lambda: ChatSessionDetail.decode(parsed),
        "`decode(json.loads(body))`, collector not paused (information)": unpaused(
            lambda: ChatSessionDetail.decode(json.loads(body))
        ),
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    for function in variants.values():  # warm-up: imports, caches
        function()
    for _ in range(args.rounds):
        for name, function in variants.items():
            times[name].append(timed(function, args.batch))

    def ratio(name: str, column: int) -> float:
        """The median over rounds of this variant's time over the anchor's time in the same round."""
        return statistics.median(
            own[column] / base[column] for own, base in zip(times[name], times[anchor], strict=True)
        )

    print(
        f"Python {platform.python_version()}; {args.messages:,} messages, {len(body) / 1e6:.2f} MB; "
        f"garbage collector {'on' if gc.isenabled() else 'off'}; {args.rounds} rounds of {args.batch} calls a variant"
    )
    print()
    print("| variant | ms | x `json.loads` | CPU x `json.loads` |")
    print("|---|---:|---:|---:|")
    for name, samples in times.items():
        wall_ms = statistics.median(wall for wall, _ in samples) * 1000
        print(f"| {name} | {wall_ms:.1f} | {ratio(name, 0):.2f} | {ratio(name, 1):.2f} |")
    over_http(body, args.rounds, args.batch)


def over_http(body: bytes, rounds: int, batch: int) -> None:
    """`sessions.retrieve()` against `httpx` `.json()` of the same body, both over a `MockTransport`."""

    def serve(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    session_id = json.loads(body)["session"]["id"]
    url = f"http://bench.test/v1/sessions/{session_id}"
    raw = httpx.Client(transport=httpx.MockTransport(serve))
    client = Parley(
        base_url="http://bench.test", api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(serve))
    )
    if client.sessions.retrieve(session_id) != ChatSessionDetail.from_dict(raw.get(url).json()):
        raise SystemExit("sessions.retrieve() and from_dict disagree on the bench body")
    anchor = "anchor: `httpx.Client.get(url).json()`"
    variants: dict[str, Callable[[], object]] = {
        anchor: lambda: raw.get(url).json(),
        "**`client.sessions.retrieve(session_id)`**": lambda: client.sessions.retrieve(session_id),
        "`ChatSessionDetail.decode(httpx.Client.get(url).json())` (information)": lambda: ChatSessionDetail.decode(
            raw.get(url).json()
        ),
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    for function in variants.values():
        function()
    for _ in range(rounds):
        for name, function in variants.items():
            times[name].append(timed(function, batch))
    print()
    print("| over HTTP (`MockTransport`, same bytes) | ms | x httpx `.json()` | CPU x httpx `.json()` |")
    print("|---|---:|---:|---:|")
    ratios = {}
    for name, samples in times.items():
        wall_ms = statistics.median(wall for wall, _ in samples) * 1000
        ratios[name] = [
            statistics.median(own[column] / base[column] for own, base in zip(samples, times[anchor], strict=True))
            for column in (0, 1)
        ]
        print(f"| {name} | {wall_ms:.1f} | {ratios[name][0]:.2f} | {ratios[name][1]:.2f} |")
    wall, cpu = ratios["**`client.sessions.retrieve(session_id)`**"]
    verdict = "OK" if wall <= 2.0 else "ABOVE TARGET"
    print(f"\nsessions.retrieve / httpx .json() = {wall:.2f} wall, {cpu:.2f} CPU (target <= 2.0: {verdict})")


if __name__ == "__main__":
    main()
