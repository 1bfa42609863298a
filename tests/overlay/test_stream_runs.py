"""Thread-run streams over a MockTransport: typed events, resume after drops, until_done, cancel.

Every test runs for `Parley` and `AsyncParley` (the `flavour` fixture); the streams' logic is one
sans-I/O core (`parley._streams.run.RunCore`), so a test that passes for one flavour and fails for
the other points at a driver.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parley import (
    APIConnectionError,
    APITimeoutError,
    ConflictError,
    ParleyError,
    StreamError,
)
from parley_client.models.thread_run_result import ThreadRunResult

from tests.live_server import LiveServer

from .conftest import envelope
from .flavours import Flavour, unwrap
from .stream_helpers import SSE, AsyncBody, Body, item_json, run_event, run_events, run_frames, run_json, split

WORDS = ["Hello", " there", ",", " how", " are", " you", "?"]
EVENTS = run_events(WORDS)
LAST = len(EVENTS)


class RunServer:
    """The run endpoints of one thread, answering from `events`; each stream connection follows `drops`.

    `drops[i]` is what happens to the i-th stream connection: None sends every event after the
    requested one and ends; an int sends that many bytes of them, then fails with `failure`.
    """

    def __init__(
        self,
        events: list[dict[str, Any]] | None = None,
        drops: list[int | None] | None = None,
        *,
        failure: Exception | None = None,
        replay_from: int = 0,
        asynchronous: bool = False,
        cancel_conflict: bool = False,
    ) -> None:
        self.events = events if events is not None else EVENTS
        self.drops = drops or []
        self.failure = failure
        self.replay_from = replay_from  # a sloppy server that replays this many events too many
        self.asynchronous = asynchronous
        self.cancel_conflict = cancel_conflict
        self.requests: list[httpx.Request] = []
        self.bodies: list[Body | AsyncBody] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        path = request.url.path
        if path == "/v1/threads/thr_1/cancel":
            return httpx.Response(200, json=run_json("cancelled", 9))  # another client's run, maybe
        if path == "/v1/threads/thr_1/runs/run_1/cancel":
            if self.cancel_conflict:
                return httpx.Response(409, json=envelope(409, "run_not_active"))
            return httpx.Response(200, json=run_json("cancelled", 9))
        if path == "/v1/threads/thr_1/runs/run_1":
            return httpx.Response(200, json=run_json("failed", LAST))
        after = 0
        if path.endswith("/events"):
            after = int(request.headers.get("last-event-id", request.url.params.get("after", "0")))
        body = run_frames([e for e in self.events if e["sequence"] > max(after - self.replay_from, 0)])
        drop = self.drops.pop(0) if self.drops else None
        pieces = split(body if drop is None else body[:drop], 97)
        failure = None if drop is None else (self.failure or httpx.ReadError("connection reset"))
        stream = AsyncBody(pieces, failure) if self.asynchronous else Body(pieces, failure)
        self.bodies.append(stream)
        return httpx.Response(200, headers={**SSE, "x-run-id": "run_1"}, stream=stream)

    @property
    def resumes(self) -> list[str | None]:
        """The `Last-Event-ID` of each reconnect."""
        return [r.headers.get("last-event-id") for r in self.requests if r.url.path.endswith("/events")]


def server_for(flavour: Flavour, events: list[dict[str, Any]] | None = None, **kwargs: Any) -> RunServer:
    """A `RunServer` answering with bodies of the flavour's kind."""
    return RunServer(events, asynchronous=flavour.is_async, **kwargs)


def client_for(flavour: Flavour, server: RunServer, **kwargs: Any) -> Any:
    kwargs.setdefault("max_retries", 2)
    return flavour.client(server, **kwargs)


def expected_result() -> ThreadRunResult:
    return ThreadRunResult.from_dict(
        {
            "run": run_json("completed", LAST),
            "items": [
                item_json("item_u", "user_message", "hi"),
                item_json("item_a", "assistant_message", "".join(WORDS)),
            ],
        }
    )


def sequences(events: list[Any]) -> list[int]:
    return [event.sequence for event in events]


# -- a whole run --------------------------------------------------------------------------------------


def test_a_run_streams_typed_events_with_its_run_id_known_first(flavour: Flavour, waits: list[float]) -> None:
    server = server_for(flavour)
    stream = client_for(flavour, server).threads("thr_1").chat("hi")
    assert isinstance(unwrap(stream), flavour.RunStream)
    assert stream.run_id == "run_1" and stream.last_event_id is None and server.bodies[0].read == 0
    events = list(stream)
    assert sequences(events) == list(range(1, LAST + 1))
    assert [type(e).__name__ for e in events[:4]] == [
        "RunCreatedEvent",
        "ItemDoneEvent",
        "ItemCreatedEvent",
        "ItemDeltaEvent",
    ]
    assert type(events[-1]).__name__ == "RunCompletedEvent" and stream.last_event_id == str(LAST)
    assert stream.until_done() == expected_result()
    assert server.bodies[0].closed and waits == []
    sent = server.requests[0]
    assert json.loads(sent.content)["stream"] is True and sent.headers["accept"] == "text/event-stream"


def test_text_stream_and_until_done_read_the_run_themselves(flavour: Flavour) -> None:
    assert list(client_for(flavour, server_for(flavour)).threads("thr_1").chat("hi").text_stream) == WORDS
    assert client_for(flavour, server_for(flavour)).threads("thr_1").chat("hi").until_done() == expected_result()


def test_stream_false_answers_the_finished_run(flavour: Flavour) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=expected_result().to_dict())

    assert flavour.client(answer).threads("thr_1").chat("hi", stream=False) == expected_result()


# -- resume -------------------------------------------------------------------------------------------

BODY = run_frames(EVENTS)


@pytest.mark.parametrize("cut", [0, 1, 60, BODY.index(b"\n\n") + 2, len(BODY) // 2, len(BODY) - 3])
def test_a_dropped_connection_resumes_with_last_event_id_exactly_once(
    flavour: Flavour, cut: int, waits: list[float]
) -> None:
    server = server_for(flavour, drops=[cut])
    stream = client_for(flavour, server).threads("thr_1").chat("hi")
    events = list(stream)
    assert sequences(events) == list(range(1, LAST + 1))
    delivered_before_cut = BODY[:cut].count(b"\n\n")
    assert server.resumes == [str(delivered_before_cut) if delivered_before_cut else "0"]
    assert len(waits) == 1 and 0.375 <= waits[0] <= 0.5
    assert "".join(e.delta.text for e in events if type(e).__name__ == "ItemDeltaEvent") == "".join(WORDS)
    assert stream.until_done() == expected_result()
    assert all(body.closed for body in server.bodies)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.integers(0, len(BODY)), min_size=1, max_size=4), replay=st.integers(0, 3))
def test_any_drops_and_replays_deliver_each_event_once_in_order(
    flavour: Flavour, waits: list[float], cuts: list[int], replay: int
) -> None:
    server = server_for(flavour, drops=list(cuts), replay_from=replay)
    events = list(client_for(flavour, server, max_retries=len(cuts)).threads("thr_1").chat("hi"))
    assert sequences(events) == list(range(1, LAST + 1))


def test_a_body_that_ends_before_the_final_event_resumes_too(flavour: Flavour, waits: list[float]) -> None:
    events = [*EVENTS[:4]]
    server = server_for(flavour, events=events)
    stream = client_for(flavour, server).threads("thr_1").chat("hi")
    server.events = EVENTS  # the run went on
    assert sequences(list(stream)) == list(range(1, LAST + 1))
    assert server.resumes == ["4"]


def test_reconnects_give_up_after_max_retries_without_progress(flavour: Flavour, waits: list[float]) -> None:
    server = server_for(flavour, drops=[len(run_frames(EVENTS[:3])), 0, 0, 0])
    stream = client_for(flavour, server, max_retries=2).threads("thr_1").chat("hi")
    seen: list[Any] = []
    with pytest.raises(APIConnectionError, match=r"2 reconnect\(s\) brought no new event") as caught:
        for event in stream:
            seen.append(event)
    assert sequences(seen) == [1, 2, 3] and server.resumes == ["3", "3"] and len(waits) == 2
    assert "last_event_id='3'" in str(caught.value)


def test_progress_resets_the_reconnect_budget(flavour: Flavour, waits: list[float]) -> None:
    sizes = [len(run_frames(EVENTS[i : i + 1])) for i in range(LAST)]
    server = server_for(flavour, drops=sizes)  # every connection dies after one event
    events = list(client_for(flavour, server, max_retries=1).threads("thr_1").chat("hi"))
    assert sequences(events) == list(range(1, LAST + 1))
    assert server.resumes == [str(i) for i in range(1, LAST)]


def test_an_idle_timeout_is_not_resumed(flavour: Flavour, waits: list[float]) -> None:
    server = server_for(flavour, drops=[80], failure=httpx.ReadTimeout("idle"))
    stream = client_for(flavour, server, stream_idle_timeout=4).threads("thr_1").chat("hi")
    with pytest.raises(APITimeoutError, match=r"no data for 4.0 s .*events\(last_event_id=None\)"):
        list(stream)
    assert server.resumes == [] and waits == []


def test_leaving_a_loop_closes_and_iterating_again_reattaches(flavour: Flavour) -> None:
    server = server_for(flavour)
    stream = client_for(flavour, server).threads("thr_1").chat("hi")
    first = []
    for event in stream:
        first.append(event)
        if len(first) == 4:
            break
    assert stream.closed and server.bodies[0].closed
    rest = list(stream)
    assert sequences(first + rest) == list(range(1, LAST + 1))
    assert server.resumes == ["4"]


def test_next_reads_event_by_event(flavour: Flavour) -> None:
    stream = client_for(flavour, server_for(flavour)).threads("thr_1").chat("hi")
    assert [next(stream).sequence for _ in range(3)] == [1, 2, 3]
    assert sequences(list(stream)) == list(range(4, LAST + 1))


def test_re_attaching_with_events_after_replays_for_until_done(flavour: Flavour) -> None:
    server = server_for(flavour)
    stream = client_for(flavour, server).threads("thr_1").runs("run_1").events(last_event_id="5")
    assert stream.run_id == "run_1"
    assert sequences(list(stream)) == list(range(6, LAST + 1))
    assert stream.until_done() == expected_result()  # the items before event 6 come from a replay
    assert server.resumes == ["5", "0"]
    assert client_for(flavour, server_for(flavour)).threads("thr_1").runs("run_1").events(after=9).run_id == "run_1"
    with pytest.raises(ValueError, match="string of digits"):
        client_for(flavour, server_for(flavour)).threads("thr_1").runs("run_1").events(last_event_id="x")


def test_unknown_event_types_are_skipped_but_counted(flavour: Flavour) -> None:
    events = [
        *EVENTS[:3],
        run_event(4, "future.event", note="new"),
        *[{**e, "sequence": e["sequence"] + 1} for e in EVENTS[3:]],
    ]
    stream = client_for(flavour, server_for(flavour, events=events)).threads("thr_1").chat("hi")
    got = list(stream)
    assert 4 not in sequences(got) and len(got) == LAST and stream.last_event_id == str(LAST + 1)


# -- errors, cancel -----------------------------------------------------------------------------------

ERROR_EVENT = run_event(
    5,
    "error",
    error={"type": "stream_error", "message": "The model stopped.", "code": "upstream_timeout", "request_id": "req_e"},
    allow_retry=True,
)


def test_an_error_event_raises_stream_error_and_until_done_answers_the_failed_run(flavour: Flavour) -> None:
    server = server_for(flavour, events=[*EVENTS[:4], ERROR_EVENT])
    stream = client_for(flavour, server).threads("thr_1").chat("hi")
    seen = []
    with pytest.raises(StreamError) as caught:
        for event in stream:
            seen.append(event)
    error = caught.value
    assert sequences(seen) == [1, 2, 3, 4] and stream.last_event_id == "4"
    assert (error.type, error.code, error.request_id, error.allow_retry) == (
        "stream_error",
        "upstream_timeout",
        "req_e",
        True,
    )
    assert type(error.event).__name__ == "ErrorEvent"
    result = (
        client_for(flavour, server_for(flavour, events=[*EVENTS[:4], ERROR_EVENT]))
        .threads("thr_1")
        .chat("hi")
        .until_done()
    )
    assert result.run.status == "failed" and [i.id for i in result.items] == ["item_u", "item_a"]


def test_cancel_asks_the_server_and_closes(flavour: Flavour) -> None:
    server = server_for(flavour)
    stream = client_for(flavour, server).threads("thr_1").chat("hi")
    next(iter(stream))
    run = stream.cancel()
    assert run.status == "cancelled" and stream.closed
    assert [r.url.path for r in server.requests][-1] == "/v1/threads/thr_1/runs/run_1/cancel"
    conflict = server_for(flavour, cancel_conflict=True)
    assert (
        client_for(flavour, conflict).threads("thr_1").chat("hi").cancel().status == "failed"
    )  # it had ended: read back
    assert [r.url.path for r in conflict.requests][-2:] == [
        "/v1/threads/thr_1/runs/run_1/cancel",
        "/v1/threads/thr_1/runs/run_1",
    ]
    finished_server = server_for(flavour)
    finished = client_for(flavour, finished_server).threads("thr_1").chat("hi")
    list(finished)
    assert finished.cancel().status == "completed"  # nothing to cancel: the run as it ended
    assert not any(r.url.path.endswith("/cancel") for r in finished_server.requests)


def test_cancel_never_uses_the_thread_wide_cancel(flavour: Flavour) -> None:
    server = server_for(flavour)
    client = client_for(flavour, server)
    client.threads("thr_1").chat("hi").cancel()
    assert client.threads("thr_1").runs("run_1").cancel().status == "cancelled"
    paths = [r.url.path for r in server.requests if r.method == "POST" and r.url.path.endswith("/cancel")]
    assert paths == ["/v1/threads/thr_1/runs/run_1/cancel"] * 2
    keys = [r.headers["idempotency-key"] for r in server.requests if r.url.path.endswith("/cancel")]
    assert len(set(keys)) == 2


def test_a_run_handle_cancel_of_an_ended_run_is_a_typed_conflict(flavour: Flavour) -> None:
    server = server_for(flavour, cancel_conflict=True)
    with pytest.raises(ConflictError) as caught:
        client_for(flavour, server).threads("thr_1").runs("run_1").cancel()
    assert caught.value.code == "run_not_active" and caught.value.status_code == 409


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.binary(max_size=200)
    | st.lists(st.sampled_from([b"id: 3\n", b"event: x\n", b"data: {}\n", b"\n", b"data: "])).map(b"".join)
)
def test_arbitrary_bytes_raise_nothing_but_parley_errors(flavour: Flavour, body: bytes) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={**SSE, "x-run-id": "run_1"}, content=body)

    with contextlib.suppress(ParleyError):
        flavour.client(answer, max_retries=0).threads("thr_1").chat("hi").until_done()


# -- closing part-way, then iterating again (both flavours) -------------------------------------------


def test_a_stream_closed_after_next_gives_the_rest_when_iterated_again(flavour: Flavour, waits: list[float]) -> None:
    """Bug: `AsyncThreadRunStream.aclose()` kept its iterator, so a later `async for` yielded nothing."""
    server = server_for(flavour)
    stream = client_for(flavour, server).threads("thr_1").chat("hi")
    first = next(stream)
    stream.close()
    assert stream.closed and server.bodies[0].closed
    rest = list(stream)
    assert sequences([first, *rest]) == list(range(1, LAST + 1))
    assert server.resumes == ["1"]


def test_re_attaching_to_a_finished_run_and_leaving_after_one_event_loses_nothing(
    flavour: Flavour, live_server: LiveServer
) -> None:
    """Bug: every event of one network read was marked delivered before any was yielded (1 of 13 came back)."""
    key = live_server.new_key(f"user_{uuid.uuid4().hex[:12]}")
    client = flavour.client(base_url=live_server.base_url, api_key=key, max_retries=0)
    thread_id = client.threads.create().id
    run = client.threads(thread_id).chat("Where is my order? It was due yesterday.", stream=False).run
    total = int(run.last_event_id)
    assert total == 13  # run.created, the user message, the answer (created, 8 deltas, done), run.completed
    stream = client.threads(thread_id).runs(run.id).events(after=0)
    first = []
    for event in stream:
        first.append(event)
        break
    assert stream.closed
    rest = list(stream)
    assert sequences([*first, *rest]) == list(range(1, total + 1))
    assert stream.until_done().run.status == "completed"
