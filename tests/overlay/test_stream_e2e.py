"""Streams against real servers: the reference server (directly and through a cutting proxy) and
scripted loopback servers for idle timeouts and buffering; each test for `Parley` and `AsyncParley`
(the `flavour` fixture), but the connection-pool checks, which look into each client's own pool."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from parley import APITimeoutError, AsyncParley, ConflictError, Parley
from parley_client.models.thread_run_result import ThreadRunResult

from tests.live_server import LiveServer

from .flavours import Flavour
from .stream_helpers import CuttingProxy, ScriptedServer, chunk, frames

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit,"


@pytest.fixture(scope="module")
def slow_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A reference server that sends a thread run's tokens 10 ms apart (a 100-token run lasts ~1 s)."""
    server = LiveServer(tmp_path_factory.mktemp("parley-slow") / "parley.db", token_delay=0.01).start()
    try:
        yield server
    finally:
        server.stop()


def user_key(server: LiveServer) -> str:
    return server.new_key(f"user_{uuid.uuid4().hex[:12]}")


# -- completions ------------------------------------------------------------------------------------


def test_lorem_streams_its_exact_text_and_matches_the_json_answer(flavour: Flavour, live_server: LiveServer) -> None:
    user = flavour.client(base_url=live_server.base_url, api_key=user_key(live_server), max_retries=0)
    stream = user.chat.completions.create(model="lorem-1", messages="hi", max_tokens=8, stream=True)
    texts = [chunk.choices[0].delta.content for chunk in stream]
    assert "".join(t or "" for t in texts) == LOREM
    assert texts[0] == "" and texts[1:9] == [
        "Lorem",
        " ipsum",
        " dolor",
        " sit",
        " amet,",
        " consectetur",
        " adipiscing",
        " elit,",
    ]
    final = stream.get_final_completion()
    plain = user.chat.completions.create(model="lorem-1", messages="hi", max_tokens=8)
    assert final.choices[0].message == plain.choices[0].message
    assert (final.choices[0].finish_reason, final.usage, final.model) == ("length", plain.usage, "lorem-1")
    assert stream.session_id == final.session_id
    assert stream.metadata["system_fingerprint"] == final.system_fingerprint
    recorded = user.sessions.retrieve(stream.session_id)
    assert recorded.session.id == stream.session_id and recorded.messages[-1].content == LOREM


def test_tools_stream_a_tool_call_that_get_final_completion_assembles(
    flavour: Flavour, live_server: LiveServer
) -> None:
    user = flavour.client(base_url=live_server.base_url, api_key=user_key(live_server), max_retries=0)
    stream = user.chat.completions.create(model="tools-1", messages="Weather in Paris?", tools=[WEATHER], stream=True)
    final = stream.get_final_completion()
    plain = user.chat.completions.create(model="tools-1", messages="Weather in Paris?", tools=[WEATHER])
    (call,) = final.choices[0].message.tool_calls
    (expected,) = plain.choices[0].message.tool_calls
    assert (call.function.name, call.type, final.choices[0].finish_reason) == ("get_weather", "function", "tool_calls")
    assert json.loads(call.function.arguments) == json.loads(expected.function.arguments) == {"city": "example"}
    assert call.id.startswith("call_") and final.choices[0].message.content is None


# -- thread runs ------------------------------------------------------------------------------------


def text_of(events: list[Any]) -> str:
    return "".join(e.delta.text for e in events if type(e).__name__ == "ItemDeltaEvent" and e.delta.type == "text")


def test_a_thread_run_streams_every_event_in_order_and_until_done_matches_the_thread(
    flavour: Flavour, slow_server: LiveServer
) -> None:
    with flavour.client(base_url=slow_server.base_url, api_key=user_key(slow_server)) as client:
        thread = client.threads(client.threads.create().id)
        stream = thread.chat("hi", model="lorem-1", max_tokens=30)
        assert stream.run_id is not None and stream.run_id.startswith("run_")
        events = list(stream)
        assert [e.sequence for e in events] == list(range(1, len(events) + 1))
        assert text_of(events) == events[-2].item.content[0].text and type(events[-1]).__name__ == "RunCompletedEvent"
        result = stream.until_done()
        assert result.run == thread.runs(stream.run_id).retrieve()
        assert result == ThreadRunResult(run=result.run, items=list(thread.items.list(order="asc")))
        assert result.items[1].content[0].text.startswith(LOREM)


def normalised(value: Any) -> Any:
    """A result's JSON with its ids and times replaced by their kind, to compare two runs."""
    if isinstance(value, dict):
        return {k: normalised(v) if k not in ("id", "thread_id", "run_id") else str(v)[:4] for k, v in value.items()
                if not k.endswith("_at")}  # fmt: skip
    if isinstance(value, list):
        return [normalised(v) for v in value]
    return value


def test_until_done_answers_what_stream_false_answers(flavour: Flavour, live_server: LiveServer) -> None:
    user = flavour.client(base_url=live_server.base_url, api_key=user_key(live_server), max_retries=0)
    streamed = user.threads(user.threads.create().id).chat("Same question", system="Be brief.").until_done()
    plain = user.threads(user.threads.create().id).chat("Same question", system="Be brief.", stream=False)
    assert type(streamed) is type(plain)
    assert normalised(streamed.to_dict()) == normalised(plain.to_dict())
    assert [item.type for item in streamed.items] == ["user_message", "assistant_message"]


def test_a_run_cancelled_mid_way_ends_cancelled_with_its_partial_text(
    flavour: Flavour, slow_server: LiveServer
) -> None:
    with flavour.client(base_url=slow_server.base_url, api_key=user_key(slow_server)) as client:
        thread = client.threads(client.threads.create().id)
        stream = thread.chat("hi", model="lorem-1", max_tokens=200)
        seen = []
        for event in stream:
            seen.append(event)
            if len([e for e in seen if type(e).__name__ == "ItemDeltaEvent"]) == 5:
                break
        cancelled = stream.cancel()
        assert cancelled.id == stream.run_id and cancelled.status == "cancelled" and stream.closed
        result = thread.runs(stream.run_id).events().until_done()
        assert result.run.status == "cancelled"
        answer = result.items[-1]
        assert answer.status == "incomplete" and answer.content[0].text.startswith(text_of(seen))
        assert len(answer.content[0].text.split()) < 200


def test_cancelling_after_its_run_ended_never_cancels_another_clients_run(
    flavour: Flavour, slow_server: LiveServer
) -> None:
    """The issue-15 row: A's run ended (A stopped reading before its end), B's run is active, A cancels."""
    owner = f"user_{uuid.uuid4().hex[:12]}"
    with (
        flavour.client(base_url=slow_server.base_url, api_key=slow_server.new_key(owner)) as a,
        flavour.client(base_url=slow_server.base_url, api_key=slow_server.new_key(owner)) as b,
    ):
        thread_id = a.threads.create().id
        a_stream = a.threads(thread_id).chat("short", model="lorem-1", max_tokens=3)
        next(iter(a_stream))  # A leaves before its run's final event: the stream cannot know it ended
        a_stream.close()
        deadline = time.monotonic() + 10
        while a.threads(thread_id).runs(a_stream.run_id).retrieve().status != "completed":
            assert time.monotonic() < deadline, "A's run did not complete"
            time.sleep(0.02)
        b_stream = b.threads(thread_id).chat("long", model="lorem-1", max_tokens=150)  # ~1.5 s of tokens
        next(iter(b_stream))
        assert b.threads.retrieve(thread_id).active_run_id == b_stream.run_id

        a_run = a_stream.cancel()

        assert (a_run.id, a_run.status) == (a_stream.run_id, "completed")
        assert b.threads(thread_id).runs(b_stream.run_id).retrieve().status == "in_progress"
        with pytest.raises(ConflictError) as caught:
            a.threads(thread_id).runs(a_stream.run_id).cancel()
        assert caught.value.code == "run_not_active" and "completed" in caught.value.message
        assert b.threads(thread_id).runs(b_stream.run_id).retrieve().status == "in_progress"
        assert b_stream.until_done().run.status == "completed"


def test_a_run_handle_cancels_its_own_active_run(flavour: Flavour, slow_server: LiveServer) -> None:
    with flavour.client(base_url=slow_server.base_url, api_key=user_key(slow_server)) as client:
        thread = client.threads(client.threads.create().id)
        stream = thread.chat("hi", model="lorem-1", max_tokens=200)
        next(iter(stream))
        cancelled = thread.runs(stream.run_id).cancel()
        assert (cancelled.id, cancelled.status) == (stream.run_id, "cancelled")
        assert stream.until_done().run.status == "cancelled"
        assert stream.cancel().status == "cancelled"  # ended: answered as it ended, no error


def test_a_cut_connection_resumes_with_every_event_once(flavour: Flavour, slow_server: LiveServer) -> None:
    with CuttingProxy(slow_server.port) as proxy:
        proxy.cut("/chat", after=3000)  # headers and the first events, then the socket is severed
        with flavour.client(base_url=proxy.base_url, api_key=user_key(slow_server), max_retries=3) as client:
            thread = client.threads(client.threads.create().id)
            stream = thread.chat("hi", model="lorem-1", max_tokens=100)
            events = list(stream)
            assert proxy.cut_done == 1
            assert any(b"/events" in line for line in proxy.requests)
            sequences = [e.sequence for e in events]
            assert sequences == list(range(1, len(events) + 1)) and len(events) >= 100
            final_text = events[-2].item.content[0].text
            assert text_of(events) == final_text and len(final_text.split()) == 100
            assert final_text.startswith(LOREM)
            result = stream.until_done()
            assert result == ThreadRunResult(
                run=thread.runs(stream.run_id).retrieve(), items=list(thread.items.list(order="asc"))
            )


# -- the connection pool ----------------------------------------------------------------------------


def open_connections(client: Parley | AsyncParley) -> list[Any]:
    pool = client._http._transport._pool  # type: ignore[union-attr]
    return [connection for connection in pool.connections if not connection.is_closed()]


def test_a_hundred_streams_left_early_leave_no_open_connection(slow_server: LiveServer) -> None:
    with Parley(base_url=slow_server.base_url, api_key=user_key(slow_server)) as client:
        for _ in range(100):
            for _ in client.chat.completions.create(model="lorem-1", messages="hi", max_tokens=50, stream=True):
                break
            assert open_connections(client) == []
        thread = client.threads(client.threads.create().id)
        for _ in range(5):
            with thread.chat("hi", model="lorem-1", max_tokens=20) as stream:
                next(iter(stream))
            assert open_connections(client) == []
            stream.until_done()  # re-attaches and reads the run to its end
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert pool._requests == []


def test_async_streams_left_early_leave_no_open_connection(slow_server: LiveServer) -> None:
    async def main() -> None:
        async with AsyncParley(base_url=slow_server.base_url, api_key=user_key(slow_server)) as client:
            for index in range(100):
                stream = await client.chat.completions.create(
                    model="lorem-1", messages="hi", max_tokens=50, stream=True
                )
                if index % 2:
                    async with stream:
                        async for _ in stream:
                            break
                    assert open_connections(client) == []
                else:
                    async for _ in stream:
                        break
                    # the event loop finalises an abandoned async iterator a few turns later
                    turns = 0
                    while open_connections(client) and turns < 20:
                        await asyncio.sleep(0)
                        turns += 1
                    assert open_connections(client) == [], turns

    asyncio.run(main())


# -- idle timeout and buffering, against scripted servers --------------------------------------------

EVENT = frames(chunk("a"), done=False)
DONE = frames(chunk(finish="stop", usage={"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}))


def scripted_client(flavour: Flavour, server: ScriptedServer, **kwargs: Any) -> Any:
    return flavour.client(base_url=server.base_url, api_key="k", max_retries=0, **kwargs)


def test_a_stalled_stream_raises_api_timeout_error_after_the_idle_timeout(flavour: Flavour) -> None:
    with (
        ScriptedServer([EVENT, 5.0, DONE]) as server,
        scripted_client(flavour, server, stream_idle_timeout=0.5) as client,
    ):
        stream = client.chat.completions.create(model="m", messages="hi", stream=True)
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match=r"no data for 0.5 s \(stream_idle_timeout\)"):
            for _ in stream:
                pass
        assert 0.4 < time.monotonic() - started < 2.5
        assert stream.closed


def test_heartbeats_keep_an_idle_stream_alive(flavour: Flavour) -> None:
    script: list[bytes | float] = [EVENT]
    for _ in range(6):
        script += [0.25, b": keep-alive\n\n"]
    with ScriptedServer([*script, DONE]) as server, scripted_client(flavour, server, stream_idle_timeout=0.6) as client:
        started = time.monotonic()
        completion = client.chat.completions.create(model="m", messages="hi", stream=True).get_final_completion()
        assert completion.choices[0].message.content == "a" and time.monotonic() - started >= 1.4


def test_the_first_chunk_arrives_before_the_server_sends_the_next(flavour: Flavour) -> None:
    with ScriptedServer([EVENT, 2.0, DONE]) as server, scripted_client(flavour, server) as client:
        started = time.monotonic()
        stream = client.chat.completions.create(model="m", messages="hi", stream=True)
        arrivals = [time.monotonic() - started for _ in stream]
        assert arrivals[0] < 1.0, arrivals  # the second piece is sent 2 s after the first
        assert arrivals[1] > 1.8, arrivals
        assert len(server.sent_at) == 2 and server.sent_at[1] - server.sent_at[0] > 1.9


def test_the_reference_server_sse_headers_are_an_event_stream(live_server: LiveServer) -> None:
    headers = {"Authorization": f"Bearer {live_server.admin_key}", "Accept": "text/event-stream"}
    body = {"model": "echo-1", "messages": [{"role": "user", "content": "x"}], "stream": True}
    with httpx.stream("POST", live_server.base_url + "/v1/chat/completions", json=body, headers=headers) as answer:
        assert answer.headers["content-type"].startswith("text/event-stream")
        assert Path(answer.url.path).name == "completions"
