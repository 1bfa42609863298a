"""An id that cannot name one resource is refused before anything is sent, in both flavours.

`client.threads.retrieve("..")` used to send `GET /v1`, `client.threads(".").chat("hi")` sent
`POST /v1/threads/chat`, and `client.sessions.delete("")` sent `DELETE /v1/sessions/`: `.` and
`..` are dot segments that httpx resolves, and an empty id is another endpoint's path. Every path
parameter now goes through the generated `path_segment` (tests/generated/test_path_segments.py),
whichever method builds the request: bound calls, handles, hand-written methods and streams.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from parley import NotFoundError

from tests.live_server import LiveServer

from .conftest import THREAD, Recorder
from .flavours import Flavour

CALLS = {
    "bound": (lambda client, bad: client.threads.retrieve(bad), "thread_id"),
    "bound-delete": (lambda client, bad: client.sessions.delete(bad), "session_id"),
    "handle": (lambda client, bad: client.threads(bad).update(title="x"), "thread_id"),
    "run-handle": (lambda client, bad: client.threads("thr_1").runs(bad).cancel(), "run_id"),
    "chat-stream": (lambda client, bad: client.threads(bad).chat("hi"), "thread_id"),
    "feedback": (lambda client, bad: client.threads(bad).feedback("itm_1", "positive"), "thread_id"),
    "events": (lambda client, bad: client.threads("thr_1").runs(bad).events(), "run_id"),
    "attachment-content": (lambda client, bad: client.attachments.content(bad), "attachment_id"),
    "workspace": (lambda client, bad: client.workspaces.retrieve(bad), "workspace_id"),
    "client-alias": (lambda client, bad: client.get_session(bad), "session_id"),
}


@pytest.mark.parametrize("name", list(CALLS))
@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_an_id_that_is_no_path_segment_is_a_value_error_naming_it_and_nothing_is_sent(
    flavour: Flavour, name: str, bad: str
) -> None:
    call, parameter = CALLS[name]
    recorder = Recorder(lambda request: httpx.Response(200, json=THREAD))
    client = flavour.client(recorder)
    with pytest.raises(ValueError, match=rf"^{parameter} must be a non-empty id, got "):
        call(client, bad)
    assert recorder.count == 0


def test_an_id_that_is_not_a_string_is_a_type_error_and_nothing_is_sent(flavour: Flavour) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=THREAD))
    client = flavour.client(recorder)
    bad: Any = None
    with pytest.raises(TypeError, match=r"^thread_id must be a string, not NoneType \(None\)$"):
        client.threads.retrieve(bad)
    assert recorder.count == 0


def test_any_other_id_is_sent_as_one_segment(flavour: Flavour) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=THREAD))
    client = flavour.client(recorder)
    for hostile in ("../admin", "a/b", "?x=1", "#top", "...", "%2F"):
        client.threads(hostile).retrieve()
        raw = recorder.requests[-1].url.raw_path.decode("ascii")
        assert raw.count("/") == 3 and raw.startswith("/v1/threads/"), raw


def test_an_id_with_a_slash_is_not_found_on_the_reference_server(flavour: Flavour, live_server: LiveServer) -> None:
    client = flavour.client(base_url=live_server.base_url, api_key=live_server.new_key("user_path_ids"), max_retries=0)
    thread = client.threads.create(title="path ids")
    with pytest.raises(NotFoundError, match=rf"No thread with id '{thread.id}/items'"):
        client.threads.retrieve(f"{thread.id}/items")
    with pytest.raises(NotFoundError, match=r"No session with id 'a/b'"):
        client.sessions.retrieve("a/b")
    assert client.threads.retrieve(thread.id).id == thread.id
