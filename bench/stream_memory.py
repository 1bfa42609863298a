"""Memory while iterating a 1,000,000-chunk completion stream (target: the process grows < 10 MB).

The body is generated piece by piece (64 KiB of events at a time, never held whole) and served by an
`httpx.MockTransport`; the stream is iterated with attribute access, as in `stream_decode.py`.
Reported: the resident set size (RSS) before, after the loop and at its peak, and the size of the
text the stream keeps for `get_final_completion()` (the only thing that grows with the stream: the
content pieces, joined every 512 chunks). Linux (`/proc/self/statm`).

    python bench/stream_memory.py [--n 1000000]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
from collections.abc import Iterator
from typing import Any

from _paths import add_source_paths

add_source_paths()

import httpx  # noqa: E402
from parley import Parley, Stream  # noqa: E402

WORDS = ["Lorem", " ipsum", " dolor", " sit", " amet,", " consectetur", " adipiscing", " elit,", " sed", " do"]
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    """The current resident set size, in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE / 1e6


def peak_mb() -> float:
    """The peak resident set size so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def event(content: str | None, finish: str | None = None, usage: dict[str, int] | None = None) -> bytes:
    """One `data:` event of the stream."""
    chunk = {
        "id": "chatcmpl-7d2f9c1e4b8a",
        "object": "chat.completion.chunk",
        "created": 1795340400,
        "model": "lorem-1",
        "choices": [
            {
                "index": 0,
                "delta": {} if content is None else {"content": content},
                "finish_reason": finish,
                "logprobs": None,
            }
        ],
        "usage": usage,
        "system_fingerprint": "sess_3f2a1b0c",
        "session_id": "sess_3f2a1b0c",
    }
    return b"data: " + json.dumps(chunk, separators=(",", ":")).encode() + b"\n\n"


def body(n: int) -> Iterator[bytes]:
    """The stream's bytes in pieces of about 64 KiB, made as they are read."""
    events = [event(word) for word in WORDS]
    per_piece = 65536 // len(events[0])
    sent = 0
    while sent < n - 1:
        count = min(per_piece, n - 1 - sent)
        yield b"".join(events[(sent + i) % len(events)] for i in range(count))
        sent += count
    yield (
        event(None, "stop", {"prompt_tokens": 9, "completion_tokens": n - 1, "total_tokens": n + 8})
        + b"data: [DONE]\n\n"
    )


def run(client: Parley, n: int) -> tuple[int, Stream[Any]]:
    """Iterate one stream of `n` chunks; (chunks seen, the stream)."""
    count = 0
    stream = client.chat.completions.create(model="lorem-1", messages="hi", stream=True, extra_headers={"x-n": str(n)})
    for chunk in stream:
        chunk.choices[0].delta.content  # noqa: B018  # attribute access, as in the throughput bench
        count += 1
    return count, stream


def main(n: int) -> None:
    """Measure and print."""

    def answer(request: httpx.Request) -> httpx.Response:
        size = int(request.headers["x-n"])
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body(size))

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = Parley(base_url="http://bench.test", api_key="k", http_client=http)
    run(client, 20_000)  # warm-up: imports, compiled builders, allocator pools
    gc.collect()
    before, peak_before = rss_mb(), peak_mb()
    count, stream = run(client, n)
    after, peak = rss_mb(), max(peak_mb(), peak_before)
    text = stream.get_final_completion().choices[0].message.content or ""
    print(f"{count:,} chunks iterated; text kept for get_final_completion(): {len(text) / 1e6:.1f} MB")
    print(f"RSS before {before:.1f} MB, after {after:.1f} MB: grew {after - before:+.1f} MB (target < 10)")
    print(f"peak RSS up to the end of the loop: {peak - before:+.1f} MB over the start")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000)
    args = parser.parse_args()
    main(args.n)
