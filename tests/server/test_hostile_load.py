"""Load that once froze the server: a 262,144-chunk completion, hundreds of streams at once.

Rows of issue 15's table: `n=8, max_tokens=32768` streamed (was: the server froze 2.7 s building it,
then streamed 85 MB for 265 s although no answer is to be paced over 2 s), 300 concurrent streams
(was: no cap, `/v1/health` took up to 8 s).
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable

import httpx
import pytest

from tests.live_server import LiveServer
from tests.server.hostile import HealthProbe

Servers = Callable[..., LiveServer]


@pytest.mark.slow
def test_the_largest_completion_streams_at_once_and_within_the_pacing_promise(make_server: Servers) -> None:
    live = make_server(token_delay=0.005)
    body = {
        "model": "lorem-1",
        "messages": [{"role": "user", "content": "everything"}],
        "n": 8,
        "max_tokens": 32768,
        "stream": True,
    }
    frames = 0
    with HealthProbe(live.base_url) as probe, live.client() as client:
        started = time.monotonic()
        with client.stream("POST", "/v1/chat/completions", json=body) as answer:
            assert answer.status_code == 200
            first_byte = None
            tail = b""
            for chunk in answer.iter_bytes():
                if first_byte is None:
                    first_byte = time.monotonic() - started
                # `data: ` may be cut across chunks; the 5 bytes before a chunk cannot hold a whole one.
                frames += (tail[-5:] + chunk).count(b"data: ")
                tail = (tail + chunk)[-64:]
        total = time.monotonic() - started
    assert first_byte is not None and first_byte < 1.0, f"first byte after {first_byte:.2f} s"
    # role chunk + 32,768 tokens + finish chunk per choice, then [DONE]
    assert frames == 8 * (1 + 32768 + 1) + 1
    assert tail.endswith(b"data: [DONE]\n\n")
    assert total < 30.0, f"the stream took {total:.1f} s (the pacing promise is 2 s)"
    print(f"first byte {first_byte:.2f} s, all {frames} frames in {total:.1f} s; {probe.summary()}")
    assert probe.worst < 1.0, probe.summary()


async def _open_streams(live: LiveServer, keys: list[str], count: int, body: dict[str, object]) -> Counter[int]:
    """Open `count` completion streams at once (round-robin over `keys`), read each to its end."""
    statuses: Counter[int] = Counter()
    limits = httpx.Limits(max_connections=count + 10, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=live.base_url, timeout=120, limits=limits) as client:

        async def one(index: int) -> None:
            headers = {"Authorization": f"Bearer {keys[index % len(keys)]}"}
            async with client.stream("POST", "/v1/chat/completions", json=body, headers=headers) as answer:
                statuses[answer.status_code] += 1
                async for _ in answer.aiter_bytes():
                    pass

        await asyncio.gather(*(one(index) for index in range(count)))
    return statuses


@pytest.mark.slow
def test_health_answers_while_300_streams_run(make_server: Servers) -> None:
    live = make_server(token_delay=0.005)
    keys = [live.new_key(f"user_load_{index}") for index in range(6)]
    body = {"model": "lorem-1", "messages": [{"role": "user", "content": "go"}], "max_tokens": 400, "stream": True}
    with HealthProbe(live.base_url) as probe:
        statuses = asyncio.run(_open_streams(live, keys, 300, body))
    assert statuses == Counter({200: 300})
    assert probe.worst < 1.0, probe.summary()


def test_streams_are_capped_per_key_and_overall_with_retry_after(make_server: Servers) -> None:
    live = make_server(token_delay=0.005, extra=["--max-streams-per-key", "3", "--max-streams", "5"])
    alice, bob, carol = (live.new_key(name) for name in ("user_alice", "user_bob", "user_carol"))
    body = {"model": "lorem-1", "messages": [{"role": "user", "content": "go"}], "max_tokens": 400, "stream": True}
    opened: list[httpx.Response] = []
    clients = {key: live.client(key) for key in (alice, bob, carol)}
    try:

        def open_stream(key: str) -> httpx.Response:
            request = clients[key].build_request("POST", "/v1/chat/completions", json=body)
            answer = clients[key].send(request, stream=True)
            if answer.status_code == 200:
                opened.append(answer)
            else:
                answer.read()
            return answer

        assert [open_stream(alice).status_code for _ in range(3)] == [200, 200, 200]
        per_key = open_stream(alice)
        assert per_key.status_code == 429
        assert per_key.json()["error"]["code"] == "too_many_streams"
        assert int(per_key.headers["Retry-After"]) >= 1
        assert [open_stream(bob).status_code for _ in range(2)] == [200, 200]
        overall = open_stream(carol)
        assert overall.status_code == 429
        assert overall.json()["error"]["code"] == "too_many_streams"
        assert "5" in overall.json()["error"]["message"]
        # A thread run's stream counts too; a request that does not stream does not.
        thread = clients[carol].post("/v1/threads", json={}).json()
        run_stream = clients[carol].post(f"/v1/threads/{thread['id']}/chat", json={"messages": []})
        assert run_stream.status_code == 429
        plain = clients[carol].post("/v1/chat/completions", json={**body, "stream": False})
        assert plain.status_code == 200
        # Closing a stream frees its slot at once.
        opened.pop().close()
        deadline = time.monotonic() + 2
        while (again := open_stream(carol)).status_code == 429 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert again.status_code == 200
    finally:
        for answer in opened:
            answer.close()
        for client in clients.values():
            client.close()


def test_a_stream_that_ends_gives_its_slot_back(make_server: Servers) -> None:
    live = make_server(token_delay=0.0, extra=["--max-streams-per-key", "1"])
    body = {"model": "echo-1", "messages": [{"role": "user", "content": "go"}], "stream": True}
    with live.client() as client:
        for _ in range(20):
            answer = client.post("/v1/chat/completions", json=body)
            assert answer.status_code == 200, answer.text
            thread = client.post("/v1/threads", json={}).json()
            run = client.post(f"/v1/threads/{thread['id']}/chat", json={"messages": [{"role": "user", "content": "x"}]})
            assert run.status_code == 200, run.text
