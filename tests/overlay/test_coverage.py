"""Every operationId of openapi.yaml is reachable through a canonical method, sync and async.

Each call is answered with the spec's own example of the operation's 2xx answer, so this also
proves the generated models parse every example. An operation added to the spec fails here until
`CANONICAL` (and the overlay) has it.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from parley import AsyncPage, AsyncPaginator, AsyncThreadRunStream, SyncPage, ThreadRunStream

from tests.spec_model import Spec

from .conftest import Recorder, mock_async_client, mock_client

Call = Callable[[Any], Any]

CANONICAL: dict[str, Call] = {
    "get_health": lambda c: c.health(),
    "get_caller": lambda c: c.me(),
    "list_models": lambda c: c.models.list(),
    "get_model": lambda c: c.models.retrieve("echo-1"),
    "create_chat_completion": lambda c: c.chat.completions.create(model="echo-1", messages="Hello!"),
    "list_sessions": lambda c: c.sessions.list(),
    "get_session": lambda c: c.sessions.retrieve("sess_1"),
    "update_session": lambda c: c.sessions.update("sess_1", title="t"),
    "delete_session": lambda c: c.sessions.delete("sess_1"),
    "create_thread": lambda c: c.threads.create(title="t"),
    "list_threads": lambda c: c.threads.list(),
    "get_thread": lambda c: c.threads.retrieve("thr_1"),
    "update_thread": lambda c: c.threads.update("thr_1", title="t"),
    "delete_thread": lambda c: c.threads.delete("thr_1"),
    "list_thread_items": lambda c: c.threads("thr_1").items.list(),
    "chat_thread": lambda c: c.threads("thr_1").chat("Hello"),
    "cancel_thread_run": lambda c: c.threads("thr_1").cancel(),
    "get_thread_run": lambda c: c.threads("thr_1").runs("run_1").retrieve(),
    "cancel_run": lambda c: c.threads("thr_1").runs("run_1").cancel(),
    "stream_thread_run_events": lambda c: c.threads("thr_1").runs("run_1").events(last_event_id="4"),
    "create_item_feedback": lambda c: c.threads("thr_1").feedback(["item_1"], "positive"),
    "run_thread_action": lambda c: c.threads("thr_1").action("approve_refund", payload={"order_id": "4417"}),
    "retry_thread_run": lambda c: c.threads("thr_1").retry("item_1"),
    "upload_attachment": lambda c: c.attachments.upload(file=("invoice.pdf", b"%PDF-1.7")),
    "get_attachment": lambda c: c.attachments.retrieve("att_1"),
    "download_attachment_content": lambda c: c.attachments.content("att_1"),
    "delete_attachment": lambda c: c.attachments.delete("att_1"),
    "create_workspace": lambda c: c.workspaces.create(client_id="cust_1"),
    "list_workspaces": lambda c: c.workspaces.list(),
    "get_workspace": lambda c: c.workspaces.retrieve("ws_1"),
    "get_workspace_by_client_id": lambda c: c.workspaces.retrieve_by_client_id("cust_1"),
    "update_workspace": lambda c: c.workspaces.update("ws_1", mode="takeover"),
    "send_workspace_message": lambda c: c.workspaces.send_message("ws_1", "Hello"),
    "list_workspace_messages": lambda c: c.workspaces.list_messages("ws_1"),
    "send_typing_preview": lambda c: c.workspaces.send_typing_preview("ws_1", "Hel"),
    "get_typing_preview": lambda c: c.workspaces.retrieve_typing_preview("ws_1"),
    "end_workspace": lambda c: c.workspaces.end("ws_1"),
    "list_workspace_drafts": lambda c: c.workspaces.drafts.list("ws_1"),
    "approve_workspace_draft": lambda c: c.workspaces.drafts.approve("ws_1", "draft_1"),
    "reject_workspace_draft": lambda c: c.workspaces.drafts.reject("ws_1", "draft_1", reason="no"),
    "send_agent_message": lambda c: c.workspaces.send_agent_message("ws_1", "Hi"),
    "get_platform_stats": lambda c: c.admin.stats(),
    "list_admins": lambda c: c.admin.admins.list(),
    "add_admin": lambda c: c.admin.admins.add("user_1", "lee@example.com", "Lee"),
    "remove_admin": lambda c: c.admin.admins.remove("lee@example.com"),
    "list_audit_log": lambda c: c.admin.audit_log.list(),
    "create_api_key": lambda c: c.admin.api_keys.create("user_1", "widget"),
    "list_api_keys": lambda c: c.admin.api_keys.list(),
    "revoke_api_key": lambda c: c.admin.api_keys.revoke("key_1"),
}

STREAMS = {
    "chat_thread": "RunCreatedEvent",
    "run_thread_action": "RunCreatedEvent",
    "retry_thread_run": "RunCreatedEvent",
    "stream_thread_run_events": "ItemDeltaEvent",
}
"""The operations whose canonical call streams by default, and the model of their example's event."""


def example_answer(spec: Spec, operation_id: str, request: httpx.Request | None = None) -> httpx.Response:
    """The operation's documented 2xx answer, built from the spec's example (the stream one when asked for)."""
    op = spec.operation(operation_id)
    status, response = next((s, r) for s, r in spec.responses(op).items() if s.startswith("2"))
    (media_type, content), *_ = response["content"].items()
    wanted = request.headers.get("accept", "") if request is not None else ""
    if "text/event-stream" in wanted and "text/event-stream" in response["content"]:
        media_type, content = "text/event-stream", response["content"]["text/event-stream"]
    example = content["example"]
    if media_type == "application/json":
        return httpx.Response(int(status), json=example)
    if media_type == "text/event-stream":
        frame = "".join(f"{k}: {v}\n" for k, v in example.items()) + "\n"
        return httpx.Response(int(status), text=frame, headers={"content-type": media_type})
    return httpx.Response(int(status), content=str(example).encode(), headers={"content-type": media_type})


def path_pattern(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[a-z_]+\\\}", "[^/]+", re.escape(template)) + "$")


def call(operation_id: str, client: Any) -> Any:
    """The canonical call; for a stream, its first event (the stream is closed)."""
    result = CANONICAL[operation_id](client)
    if isinstance(result, ThreadRunStream):
        with result:
            return next(iter(result))
    return result


async def acall(operation_id: str, client: Any) -> Any:
    """The canonical async call; for a stream, its first event (the stream is closed)."""
    result = CANONICAL[operation_id](client)
    if isinstance(result, AsyncPaginator):
        return await result
    assert inspect.isawaitable(result), operation_id
    result = await result
    if isinstance(result, AsyncThreadRunStream):
        async with result:
            return await anext(aiter(result))
    return result


def test_every_operation_has_a_canonical_method(spec: Spec) -> None:
    assert sorted(op.operation_id for op in spec.operations) == sorted(CANONICAL)


@pytest.mark.parametrize("operation_id", sorted(CANONICAL))
def test_the_canonical_method_sends_the_operation(operation_id: str, spec: Spec) -> None:
    op = spec.operation(operation_id)
    recorder = Recorder(lambda request: example_answer(spec, operation_id, request))
    result = call(operation_id, mock_client(recorder))
    assert recorder.count == 1
    sent = recorder.requests[0]
    assert sent.method == op.method.upper()
    assert path_pattern(op.path).match(sent.url.raw_path.decode().split("?")[0]), (sent.url, op.path)
    assert ("idempotency-key" in sent.headers) == (op.method == "post")
    assert_generated_result(result, operation_id)


@pytest.mark.parametrize("operation_id", sorted(CANONICAL))
def test_the_async_canonical_method_sends_the_operation(operation_id: str, spec: Spec) -> None:
    op = spec.operation(operation_id)
    recorder = Recorder(lambda request: example_answer(spec, operation_id, request))
    result = asyncio.run(acall(operation_id, mock_async_client(recorder)))
    assert recorder.count == 1
    assert recorder.requests[0].method == op.method.upper()
    assert path_pattern(op.path).match(recorder.requests[0].url.raw_path.decode().split("?")[0])
    assert_generated_result(result, operation_id)


def assert_generated_result(result: Any, operation_id: str) -> None:
    if operation_id in STREAMS:  # the first event of the spec's stream example, as its generated model
        assert type(result).__name__ == STREAMS[operation_id], (operation_id, type(result))
    if operation_id == "download_attachment_content":
        assert isinstance(result, bytes) and result
        return
    if isinstance(result, (SyncPage, AsyncPage)):
        result = result.raw
    assert type(result).__module__.startswith("parley_client.models."), (operation_id, type(result))
    assert result.to_dict()


def test_requests_match_the_spec_examples_for_bodies(spec: Spec) -> None:
    """A body built from the spec's request example goes out exactly as that example."""
    recorder = Recorder(lambda request: example_answer(spec, "create_thread"))
    example = spec.operation("create_thread").raw["requestBody"]["content"]["application/json"]["example"]
    mock_client(recorder).threads.create(**example)
    assert json.loads(recorder.requests[0].content) == example


NOT_STREAMED: dict[str, Call] = {
    "chat_thread": lambda c: c.threads("thr_1").chat("Hello", stream=False),
    "run_thread_action": lambda c: c.threads("thr_1").action("approve_refund", stream=False),
    "retry_thread_run": lambda c: c.threads("thr_1").retry("item_1", stream=False),
}


@pytest.mark.parametrize("operation_id", sorted(NOT_STREAMED))
def test_run_operations_with_stream_false_answer_the_json_example(operation_id: str, spec: Spec) -> None:
    recorder = Recorder(lambda request: example_answer(spec, operation_id, request))
    result = NOT_STREAMED[operation_id](mock_client(recorder))
    assert json.loads(recorder.requests[0].content)["stream"] is False
    assert recorder.requests[0].headers["accept"] == "application/json"
    assert type(result).__name__ == "ThreadRunResult" and result.to_dict()
