"""Linear decoding of huge events: one 8 MB event vs two 4 MB events, both fed in 4 KiB pieces.

A decoder that re-scans or re-copies the event's beginning for every piece is quadratic: the 8 MB
event then costs far more than twice a 4 MB one (old openai/anthropic decoders: 12x for 4x the data).
Each variant decodes both inputs in this process, interleaved, median of the rounds; the ratio
`one 8 MB / two 4 MB` should be about 1:

- parley `SSEDecoder` (WHATWG, thread runs) and `DataDecoder` (the completion fast path);
- parley `Stream` end to end (MockTransport): a chunk whose content is the 8 MB of text;
- anchor: openai-python's `SSEDecoder` (3.54, linear since PR #3687);
- anchor: a naive decoder that appends each piece to a `str` and re-splits it (quadratic).

Then the cost per MB of one event of 1 to 32 MB, which a linear decoder keeps flat. (What remains
between one 8 MB and two 4 MB events is the allocator: a fresh 8 MB buffer page-faults where a
4 MB one is recycled by glibc; `MALLOC_MMAP_THRESHOLD_=67108864` makes the two equal.)

    python bench/stream_linear.py [--mb 8] [--piece 4096] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from _paths import add_source_paths

add_source_paths()

import httpx  # noqa: E402
from parley import Parley  # noqa: E402
from parley._streams.sse import SSEDecoder  # noqa: E402
from parley._streams.sse_data import DataDecoder  # noqa: E402

Decode = Callable[[list[bytes]], int]


def chunk_event(size: int) -> bytes:
    """A `data:` event carrying one completion chunk whose content is `size` bytes of text."""
    body = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "lorem-1",
        "choices": [{"index": 0, "delta": {"content": "x" * size}, "finish_reason": None, "logprobs": None}],
        "usage": None,
        "system_fingerprint": "sess_1",
        "session_id": "sess_1",
    }
    return b"data: " + json.dumps(body).encode() + b"\n\n"


def pieces(body: bytes, size: int) -> list[bytes]:
    """`body` in pieces of `size` bytes."""
    return [body[i : i + size] for i in range(0, len(body), size)]


def parley_sse(chunks: list[bytes]) -> int:
    """Events decoded by parley's WHATWG decoder."""
    decoder = SSEDecoder()
    return sum(len(decoder.feed(piece)) for piece in chunks)


def parley_data(chunks: list[bytes]) -> int:
    """Events decoded by parley's completion fast path."""
    decoder = DataDecoder()
    return sum(len(decoder.feed(piece)) for piece in chunks)


def parley_stream(chunks: list[bytes]) -> int:
    """Typed chunks from parley's `Stream` over a MockTransport."""
    body = [*chunks, b"data: [DONE]\n\n"]

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=iter(body))

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Parley(base_url="http://bench.test", api_key="k", http_client=http) as client:
        return sum(1 for _ in client.chat.completions.create(model="m", messages="hi", stream=True))


def naive(chunks: list[bytes]) -> int:
    """Append every piece to the pending text and split it again: the classic quadratic decoder."""
    pending, events = "", 0
    for piece in chunks:
        pending += piece.decode()
        *complete, pending = pending.split("\n\n")
        events += len(complete)
    return events


def openai_decoder() -> Decode | None:
    """openai-python's SSE decoder (None when openai is not installed)."""
    try:
        from openai._streaming import SSEDecoder as OpenAIDecoder
    except ImportError:  # pragma: no cover - the anchor is optional
        return None

    def run(chunks: list[bytes]) -> int:
        return sum(1 for _ in OpenAIDecoder().iter_bytes(iter(chunks)))

    return run


def seconds(decode: Decode, chunks: list[bytes], expected: int) -> float:
    """Wall seconds of one decode, checking its event count."""
    started = time.perf_counter()
    events = decode(chunks)
    elapsed = time.perf_counter() - started
    if events != expected:
        raise AssertionError(f"{events} events, expected {expected}")
    return elapsed


def main(mb: int, piece: int, rounds: int) -> None:
    """Measure and print the table."""
    size = mb * 2**20
    one_raw = b"data: " + b"x" * size + b"\n\n"
    two_raw = (b"data: " + b"x" * (size // 2) + b"\n\n") * 2
    one_chunk, two_chunks = chunk_event(size), chunk_event(size // 2) * 2
    inputs = {
        "raw": (pieces(one_raw, piece), pieces(two_raw, piece)),
        "chunk": (pieces(one_chunk, piece), pieces(two_chunks, piece)),
    }
    variants: dict[str, tuple[Decode, str]] = {
        "parley SSEDecoder (WHATWG)": (parley_sse, "raw"),
        "parley DataDecoder (completion fast path)": (parley_data, "raw"),
        "parley Stream end to end (typed chunk)": (parley_stream, "chunk"),
    }
    anchor = openai_decoder()
    if anchor is not None:
        variants["openai 3.54 SSEDecoder (anchor)"] = (anchor, "raw")
    variants["naive str += piece; split (anchor)"] = (naive, "raw")
    times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in variants}
    for round_ in range(rounds):
        for name, (decode, kind) in variants.items():
            if name.startswith("naive") and round_:
                continue  # seconds per run: once is enough to show the quadratic cost
            one, two = inputs[kind]
            times[name][0].append(seconds(decode, one, 1))
            times[name][1].append(seconds(decode, two, 2))
    print(
        f"one {mb} MB event vs two {mb // 2} MB events, {piece}-byte pieces ({len(inputs['raw'][0])}); "
        f"median of {rounds} rounds (1 for the naive decoder)"
    )
    print(f"{'decoder':<44} {'1 x ' + str(mb) + ' MB':>10} {'2 x ' + str(mb // 2) + ' MB':>10} {'ratio':>7}")
    for name, (one_times, two_times) in times.items():
        one_s, two_s = statistics.median(one_times), statistics.median(two_times)
        print(f"{name:<44} {one_s * 1000:8.1f}ms {two_s * 1000:8.1f}ms {one_s / two_s:7.2f}")
    sweep(piece, rounds)


def sweep(piece: int, rounds: int) -> None:
    """Milliseconds per MB of one event of 1 to 32 MB: flat for a linear decoder."""
    sizes = [1, 4, 16, 32]
    print(f"\none event of N MB in {piece}-byte pieces: ms per MB (median of {rounds})")
    print(f"{'decoder':<44} " + " ".join(f"{str(mb) + ' MB':>8}" for mb in sizes))
    for name, decode in (("parley SSEDecoder (WHATWG)", parley_sse), ("parley DataDecoder", parley_data)):
        cells = []
        for mb in sizes:
            chunks = pieces(b"data: " + b"x" * (mb * 2**20) + b"\n\n", piece)
            cells.append(statistics.median(seconds(decode, chunks, 1) for _ in range(rounds)) * 1000 / mb)
        print(f"{name:<44} " + " ".join(f"{cell:8.2f}" for cell in cells))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=8)
    parser.add_argument("--piece", type=int, default=4096)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    main(args.mb, args.piece, args.rounds)
