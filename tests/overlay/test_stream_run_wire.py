"""Run streams against servers whose frames are wrong, or end the stream but not the run (both flavours).

Found with servers built to break the contract's numbering: a server sending events without an
`id:` (or with text ids) had each event delivered twice after a reconnect (`Last-Event-ID` could
not be sent, so the run was replayed from its start); a server sending an event twice on one
connection had the repeat dropped in silence (the SDK took it for a resume's replay, hiding the
server's bug); and an `error` frame repeating the last event's id (the reference server's "this
stream failed, the run goes on", e.g. `api_key_revoked`) was dropped as a replay too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from parley import APIError, Parley, StreamError

from tests.live_server import LiveServer

from .flavours import Flavour
from .stream_helpers import SSE, run_event, run_events, run_frames, run_json, split

EVENTS = run_events(["Hello", " there", "!"])
LAST = len(EVENTS)


class Scripted:
    """Answers each run-stream connection with the next body of `bodies` (then the rest of the run)."""

    def __init__(self, flavour: Flavour, bodies: list[bytes]) -> None:
        self.flavour = flavour
        self.bodies = bodies
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        assert len(self.requests) <= 6, "the stream reconnected on and on"
        if request.url.path.endswith("/runs/run_1"):
            return httpx.Response(200, json=run_json("completed", LAST))
        if self.bodies:
            body = self.bodies.pop(0)
        else:
            after = int(request.headers.get("last-event-id", "0"))
            body = run_frames([e for e in EVENTS if e["sequence"] > after])
        stream = self.flavour.body(split(body, 61))
        return httpx.Response(200, headers={**SSE, "x-run-id": "run_1"}, stream=stream)

    @property
    def resumes(self) -> list[str | None]:
        return [r.headers.get("last-event-id") for r in self.requests[1:] if r.url.path.endswith("/events")]


def stream_of(flavour: Flavour, server: Scripted) -> Any:
    return flavour.client(server, max_retries=2).threads("thr_1").chat("hi")


@pytest.mark.parametrize(
    "ids",
    [lambda e: None, lambda e: f"ev-{e['sequence']}", lambda e: ""],
    ids=["no-id", "text-id", "empty-id"],
)
def test_events_without_a_sequence_id_are_a_contract_error_not_replayed_twice(
    flavour: Flavour, waits: list[float], ids: Callable[[dict[str, Any]], str | None]
) -> None:
    server = Scripted(flavour, [run_frames(EVENTS, ids)])
    with pytest.raises(APIError, match=r"does not match the API contract .* is not its sequence number") as raised:
        list(stream_of(flavour, server))
    assert "could not resume without repeats" in str(raised.value)
    assert len(server.requests) == 1


def test_an_event_sent_twice_on_one_connection_is_a_contract_error(flavour: Flavour, waits: list[float]) -> None:
    first = EVENTS[:3]
    body = run_frames([*first, first[-1], *EVENTS[3:]])
    server = Scripted(flavour, [body])
    seen: list[int] = []
    with pytest.raises(APIError, match=r"its id 3 is not after the previous event's \(3\) on this connection"):
        for event in stream_of(flavour, server):
            seen.append(event.sequence)
    assert seen == [1, 2, 3]


def test_an_error_frame_that_allows_a_retry_resumes_the_stream(flavour: Flavour, waits: list[float]) -> None:
    error = {
        "type": "stream_error",
        "message": "The stream failed; resume it.",
        "code": "stream_failed",
        "request_id": "req_s",
    }
    failed = run_event(3, "error", error=error, allow_retry=True)
    body = run_frames([*EVENTS[:3], failed])
    server = Scripted(flavour, [body])
    stream = stream_of(flavour, server)
    assert [event.sequence for event in stream] == list(range(1, LAST + 1))
    assert server.resumes == ["3"] and len(waits) == 1


def test_an_error_frame_that_ends_the_stream_raises_even_from_until_done(flavour: Flavour, waits: list[float]) -> None:
    error = {
        "type": "authentication_error",
        "message": "The API key was revoked.",
        "code": "api_key_revoked",
        "request_id": "req_r",
    }
    revoked = run_event(2, "error", error=error, allow_retry=False)
    body = run_frames([*EVENTS[:2], revoked])
    seen: list[int] = []
    with pytest.raises(StreamError) as raised:
        for event in stream_of(flavour, Scripted(flavour, [body])):
            seen.append(event.sequence)
    assert seen == [1, 2] and raised.value.code == "api_key_revoked" and raised.value.allow_retry is False
    with pytest.raises(StreamError, match="api_key_revoked"):
        stream_of(flavour, Scripted(flavour, [body])).until_done()


def test_the_run_s_own_final_error_event_still_ends_the_run(flavour: Flavour, waits: list[float]) -> None:
    error = {"type": "server_error", "message": "The model failed.", "code": "upstream_error", "request_id": "req_u"}
    final = run_event(4, "error", error=error, allow_retry=True)
    body = run_frames([*EVENTS[:3], final])
    with pytest.raises(StreamError, match="upstream_error"):
        list(stream_of(flavour, Scripted(flavour, [body])))
    result = stream_of(flavour, Scripted(flavour, [body])).until_done()
    assert result.run.status == "completed"  # as `get_thread_run` answers it here


@pytest.fixture(scope="module")
def paced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A reference server whose long answers take seconds (5 ms a token)."""
    server = LiveServer(tmp_path_factory.mktemp("paced") / "parley.db", token_delay=0.005).start()
    try:
        yield server
    finally:
        server.stop()


def test_a_key_revoked_mid_run_ends_the_sdk_stream_with_its_stream_error(flavour: Flavour, paced: LiveServer) -> None:
    user = f"user_revoked_{flavour}"
    secret = paced.new_key(user)
    other = Parley(base_url=paced.base_url, api_key=paced.new_key(user))  # the same user's second key
    admin = Parley(base_url=paced.base_url, api_key=paced.admin_key)
    (key_id,) = [key.id for key in admin.admin.api_keys.list(user_id=user) if secret.startswith(key.prefix)]
    client = flavour.client(base_url=paced.base_url, api_key=secret, max_retries=0)
    thread = client.threads.create(title="revoked mid-run")
    stream = client.threads(thread.id).chat("word " * 2000, model="lorem-1", max_tokens=2000)
    seen = 0
    with pytest.raises(StreamError) as raised:
        for _ in stream:
            seen += 1
            if seen == 5:
                admin.admin.api_keys.revoke(key_id)
    assert (raised.value.type, raised.value.code, raised.value.allow_retry) == (
        "authentication_error",
        "api_key_revoked",
        False,
    )
    assert seen < 1000, "the stream ran on after the revocation"
    assert other.threads(thread.id).runs(stream.run_id).retrieve().status in ("in_progress", "completed")
    other.threads(thread.id).runs(stream.run_id).cancel()
