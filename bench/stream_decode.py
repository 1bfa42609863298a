"""Decode throughput of a 100,000-chunk completion stream: parley vs `json.loads` vs openai-python.

One OpenAI-style stream (`data: {chunk}` events of ~255 bytes, the first with the role, the last
with the finish reason and usage, then `data: [DONE]`) is served by an `httpx.MockTransport` in
64 KiB pieces (and, for information, one piece per event). Every variant runs in this process, in
each round, interleaved; the median round is reported:

- floor: `json.loads` of the same payloads alone (no HTTP, no SSE, no objects);
- parley: `client.chat.completions.create(stream=True)`, iterated, reading
  `chunk.choices[0].delta.content` of every typed `ChatCompletionChunk`, each built by the generated
  `ChatCompletionChunk.decode` (targets: at most 1.5x the floor's time, at least 20x openai's
  chunks/s);
- parley Stream with `json.loads` per event: what the JSON scanner shortcut saves (information);
- parley SSE + generated `from_dict`: the same decoder with the generated `ChatCompletionChunk.from_dict`
  per chunk instead of `decode` (why the fast decoder exists);
- openai (anchor): `OpenAI(...).chat.completions.create(stream=True)` over an httpx2 `MockTransport`,
  same attribute access.

    python bench/stream_decode.py [--n 100000] [--rounds 5] [--anchor-rounds 3]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from collections.abc import Callable

from _paths import add_source_paths

add_source_paths()

import httpx  # noqa: E402
from parley import Parley  # noqa: E402
from parley._streams.sse_data import DataDecoder  # noqa: E402
from parley_client.models.chat_completion_chunk import ChatCompletionChunk  # noqa: E402

PIECE = 65536
WORDS = ["Lorem", " ipsum", " dolor", " sit", " amet,", " consectetur", " adipiscing", " elit,", " sed", " do"]


def payloads(n: int) -> list[str]:
    """The JSON of `n` chunks, shaped as the reference server streams `lorem-1`."""
    envelope = {
        "id": "chatcmpl-7d2f9c1e4b8a",
        "object": "chat.completion.chunk",
        "created": 1795340400,
        "model": "lorem-1",
    }
    tail = {"system_fingerprint": "sess_3f2a1b0c", "session_id": "sess_3f2a1b0c"}
    out = []
    for index in range(n):
        if index == 0:
            delta: dict[str, object] = {"role": "assistant", "content": ""}
        elif index == n - 1:
            delta = {}
        else:
            delta = {"content": WORDS[index % len(WORDS)]}
        finish = "stop" if index == n - 1 else None
        usage = {"prompt_tokens": 9, "completion_tokens": n - 2, "total_tokens": n + 7} if index == n - 1 else None
        chunk = {
            **envelope,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
            "usage": usage,
            **tail,
        }
        out.append(json.dumps(chunk, separators=(",", ":")))
    return out


def body_of(texts: list[str]) -> bytes:
    """The SSE body carrying `texts`, ended by `data: [DONE]`."""
    return b"".join(b"data: " + text.encode() + b"\n\n" for text in texts) + b"data: [DONE]\n\n"


def split(body: bytes, size: int) -> list[bytes]:
    """The body in pieces of `size` bytes."""
    return [body[i : i + size] for i in range(0, len(body), size)]


def per_event(body: bytes) -> list[bytes]:
    """The body in one piece per event."""
    return [event + b"\n\n" for event in body.split(b"\n\n") if event]


def parley_variant(pieces: list[bytes]) -> Callable[[], int]:
    """Iterate parley's `Stream` over `pieces`, reading each chunk's content."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=iter(pieces))

    client = Parley(
        base_url="http://bench.test",
        api_key="k",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )

    def run() -> int:
        count = 0
        for chunk in client.chat.completions.create(model="lorem-1", messages="hi", stream=True):
            chunk.choices[0].delta.content  # noqa: B018  # the attribute access being measured
            count += 1
        return count

    return run


def json_loads_variant(pieces: list[bytes]) -> Callable[[], int]:
    """Parley's `Stream` with `json.loads` per event instead of the JSON scanner called directly."""
    from parley._streams import completion as _stream

    run = parley_variant(pieces)
    scan = _stream._SCAN

    def with_json_loads() -> int:
        _stream._SCAN = lambda data, index: (json.loads(data), len(data))
        try:
            return run()
        finally:
            _stream._SCAN = scan

    return with_json_loads


def from_dict_variant(pieces: list[bytes]) -> Callable[[], int]:
    """Parley's SSE decoder, then `json.loads` and the generated `from_dict` per chunk."""

    def run() -> int:
        count = 0
        decoder = DataDecoder()
        from_dict = ChatCompletionChunk.from_dict
        for piece in iter(pieces):
            for data in decoder.feed(piece):
                if data == "[DONE]":
                    return count
                from_dict(json.loads(data)).choices[0].delta.content  # noqa: B018
                count += 1
        return count

    return run


def openai_variant(pieces: list[bytes]) -> tuple[str, Callable[[], int]] | None:
    """openai-python's `Stream` over an httpx2 `MockTransport` (None when openai is not installed)."""
    try:
        import httpx2
        import openai
    except ImportError:  # pragma: no cover - the anchor is optional
        return None

    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=iter(pieces))

    client = openai.OpenAI(
        api_key="k",
        base_url="http://bench.test/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(answer)),
    )

    def run() -> int:
        count = 0
        stream = client.chat.completions.create(
            model="lorem-1", messages=[{"role": "user", "content": "hi"}], stream=True
        )
        for chunk in stream:
            chunk.choices[0].delta.content  # noqa: B018
            count += 1
        return count

    return f"openai {openai.__version__} Stream (anchor)", run


def floor_variant(texts: list[str]) -> Callable[[], int]:
    """`json.loads` of every payload, nothing else."""

    def run() -> int:
        loads = json.loads
        for text in texts:
            loads(text)
        return len(texts)

    return run


def timed(run: Callable[[], int], expected: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    count = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    if count != expected:
        raise AssertionError(f"{count} chunks, expected {expected}")
    return wall, cpu


def main(n: int, rounds: int, anchor_rounds: int) -> None:
    """Measure and print the table."""
    texts = payloads(n)
    body = body_of(texts)
    pieces = split(body, PIECE)
    variants: dict[str, Callable[[], int]] = {
        "floor: json.loads only": floor_variant(texts),
        "parley Stream, 64 KiB pieces": parley_variant(pieces),
        "parley Stream, one piece per event": parley_variant(per_event(body)),
        "parley Stream, json.loads per event": json_loads_variant(pieces),
        "parley SSE + generated from_dict": from_dict_variant(pieces),
    }
    anchor = openai_variant(pieces) if anchor_rounds > 0 else None
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    if anchor is not None:
        times[anchor[0]] = []
    for round_ in range(rounds):
        for name, run in variants.items():
            times[name].append(timed(run, n))
        if anchor is not None and round_ < anchor_rounds:
            times[anchor[0]].append(timed(anchor[1], n))
    print(
        f"{n:,} chunks, {sum(map(len, texts)) / n:.0f} B of JSON each, {len(body) / 1e6:.1f} MB body, "
        f"{len(pieces)} pieces of 64 KiB; median of {rounds} rounds ({anchor_rounds} for the anchor); "
        f"Python {platform.python_version()}, httpx {httpx.__version__}"
    )
    wall = {name: statistics.median(w for w, _ in values) for name, values in times.items()}
    cpu = {name: statistics.median(c for _, c in values) for name, values in times.items()}
    floor = "floor: json.loads only"
    print(f"{'variant':<44} {'wall s':>7} {'chunks/s':>10} {'x floor':>8} {'CPU s':>7} {'x floor':>8}")
    for name in times:
        print(
            f"{name:<44} {wall[name]:7.3f} {n / wall[name]:10,.0f} {wall[name] / wall[floor]:8.2f} "
            f"{cpu[name]:7.3f} {cpu[name] / cpu[floor]:8.2f}"
        )
    parley = "parley Stream, 64 KiB pieces"
    print(
        f"\nparley / floor = {wall[parley] / wall[floor]:.2f} wall, {cpu[parley] / cpu[floor]:.2f} CPU (target <= 1.5)"
    )
    if anchor is not None:
        name = anchor[0]
        print(
            f"parley chunks/s / openai chunks/s = {wall[name] / wall[parley]:.1f} wall, "
            f"{cpu[name] / cpu[parley]:.1f} CPU (target >= 20)"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--anchor-rounds", type=int, default=3)
    args = parser.parse_args()
    main(args.n, args.rounds, args.anchor_rounds)
