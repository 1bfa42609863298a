"""Every POST carries an Idempotency-Key: one per logical call, identical on each of its retries."""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx
import pytest
from parley import Parley

from .conftest import THREAD, Recorder, error_response
from .flavours import Flavour

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def keys(recorder: Recorder) -> list[str | None]:
    return [r.headers.get("idempotency-key") for r in recorder.requests]


def test_the_key_is_identical_across_the_retries_of_one_call(flavour: Flavour, waits: list[float]) -> None:
    request = httpx.Request("POST", "http://parley.test/v1/threads")
    recorder = Recorder(
        [error_response(503), httpx.RemoteProtocolError("dropped", request=request), httpx.Response(201, json=THREAD)]
    )
    flavour.client(recorder).threads.create(title="x")
    sent = keys(recorder)
    assert len(sent) == 3 and len(set(sent)) == 1 and UUID.match(sent[0] or "")
    assert [r.content for r in recorder.requests] == [recorder.requests[0].content] * 3


def test_the_key_is_identical_across_a_401_refresh(flavour: Flavour) -> None:
    recorder = Recorder([error_response(401), httpx.Response(201, json=THREAD)])
    flavour.client(recorder, headers=lambda: {"X-T": "1"}).threads.create()
    assert len(set(keys(recorder))) == 1


def test_keys_differ_between_calls(flavour: Flavour) -> None:
    recorder = Recorder(lambda request: httpx.Response(201, json=THREAD))
    client = flavour.client(recorder)
    for _ in range(20):
        client.threads.create(title="same body")
    assert len(set(keys(recorder))) == 20


def test_the_caller_may_choose_the_key(flavour: Flavour, waits: list[float]) -> None:
    recorder = Recorder([error_response(500), httpx.Response(201, json=THREAD)])
    flavour.client(recorder).threads.create(title="x", idempotency_key="order-4417-thread")
    assert keys(recorder) == ["order-4417-thread", "order-4417-thread"]


def test_extra_headers_may_set_the_key(flavour: Flavour) -> None:
    recorder = Recorder(lambda request: httpx.Response(201, json=THREAD))
    flavour.client(recorder).threads.create(extra_headers={"Idempotency-Key": "from-extra"})
    assert recorder.requests[0].headers.get_list("idempotency-key") == ["from-extra"]


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.threads.retrieve("thr_1"),
        lambda c: c.threads.update("thr_1", title="t"),
        lambda c: c.threads.delete("thr_1"),
    ],
)
def test_get_patch_and_delete_carry_no_key(flavour: Flavour, call: Callable[[Parley], object]) -> None:
    deleted = {"id": "thr_1", "deleted": True}
    recorder = Recorder(lambda request: httpx.Response(200, json=deleted if request.method == "DELETE" else THREAD))
    call(flavour.client(recorder))
    assert keys(recorder) == [None]


def test_every_post_method_sends_a_key(flavour: Flavour) -> None:
    recorder = Recorder(lambda request: httpx.Response(400, json={}))
    client = flavour.client(recorder, max_retries=0)
    handle = client.threads("thr_1")
    calls = [
        lambda: client.threads.create(),
        lambda: client.chat.completions.create(model="echo-1", messages="hi"),
        lambda: handle.chat("hi"),
        lambda: handle.cancel(),
        lambda: handle.runs("run_1").cancel(),
        lambda: handle.feedback("item_1", "positive"),
        lambda: handle.action("approve"),
        lambda: handle.retry("item_1"),
        lambda: client.attachments.upload(file=b"x"),
        lambda: client.workspaces.create(),
        lambda: client.workspaces.send_message("ws_1", "hi"),
        lambda: client.workspaces.send_typing_preview("ws_1", "h"),
        lambda: client.workspaces.end("ws_1"),
        lambda: client.workspaces.send_agent_message("ws_1", "hi"),
        lambda: client.workspaces.drafts.approve("ws_1", "d_1"),
        lambda: client.workspaces.drafts.reject("ws_1", "d_1"),
        lambda: client.admin.admins.add("u", "a@example.com"),
        lambda: client.admin.api_keys.create("u", "n"),
    ]
    for call in calls:
        with pytest.raises(Exception, match="400"):
            call()
    assert [r.method for r in recorder.requests] == ["POST"] * len(calls)
    sent = keys(recorder)
    assert all(key and UUID.match(key) for key in sent) and len(set(sent)) == len(calls)
