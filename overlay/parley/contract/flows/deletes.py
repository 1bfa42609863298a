"""A delete takes effect: afterwards the resource answers 404 and no list shows it.

schemathesis checks this only when its stateful phase happens to chain create, delete and read
in one scenario, which at the default budget it often does not; here every deletable resource is
deleted once and read back, deterministically. A thread takes its items and attachments with it
(the spec says attachments are "deleted with it").
"""

from __future__ import annotations

import uuid
from typing import Any

from ._base import Flow, FlowContext, FlowFailure
from ._http import RawHTTP, expect_json


def _gone(http: RawHTTP, operation: str, path: str, what: str) -> None:
    answer = http.request("GET", path)
    if answer.status_code != 404:
        raise FlowFailure(f"{operation} (GET {path}) answered {answer.status_code} after {what}, not 404")


def _deleted(http: RawHTTP, operation: str, path: str, resource_id: str) -> None:
    answer = expect_json(operation, http.request("DELETE", path), 200)
    if not (isinstance(answer, dict) and answer.get("id") == resource_id and answer.get("deleted") is True):
        raise FlowFailure(f"{operation} (DELETE {path}) answered {answer}, not {{id: {resource_id!r}, deleted: true}}")


def _listed(items: Any) -> list[str]:
    return [str(item.get("id")) for item in items or [] if isinstance(item, dict)]


def run(ctx: FlowContext) -> None:
    """Delete a thread (with an attachment), a session and an attachment; read each back, list each."""
    http = ctx.raw("client")
    key = {"Idempotency-Key": str(uuid.uuid4())}
    created = http.request("POST", "/v1/threads", json_body={"title": f"{ctx.tag} delete"}, headers=key)
    thread_id = str(expect_json("create_thread", created, 201)["id"])
    ctx.cleanup(f"DELETE /v1/threads/{thread_id}", lambda: http.request("DELETE", f"/v1/threads/{thread_id}"))
    uploaded = http.request(
        "POST",
        "/v1/attachments",
        files={"file": ("note.txt", f"kept by {ctx.tag}".encode(), "text/plain")},
        data={"thread_id": thread_id},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    in_thread = str(expect_json("upload_attachment", uploaded, 201)["id"])
    _deleted(http, "delete_thread", f"/v1/threads/{thread_id}", thread_id)
    what = f"delete_thread({thread_id})"
    _gone(http, "get_thread", f"/v1/threads/{thread_id}", what)
    _gone(http, "list_thread_items", f"/v1/threads/{thread_id}/items", what)
    _gone(http, "get_attachment", f"/v1/attachments/{in_thread}", f"{what}, whose attachment it was")
    listed = http.get_json("list_threads", "/v1/threads", {"limit": 100})
    if thread_id in _listed(listed.get("data")):
        raise FlowFailure(f"list_threads still shows thread {thread_id} after {what}")

    answer = http.request(
        "POST",
        "/v1/chat/completions",
        json_body={"model": ctx.model, "messages": [{"role": "user", "content": "Forget me."}], "user": ctx.tag},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    session_id = str(expect_json("create_chat_completion", answer, 200)["session_id"])
    ctx.cleanup(f"DELETE /v1/sessions/{session_id}", lambda: http.request("DELETE", f"/v1/sessions/{session_id}"))
    _deleted(http, "delete_session", f"/v1/sessions/{session_id}", session_id)
    _gone(http, "get_session", f"/v1/sessions/{session_id}", f"delete_session({session_id})")
    page = http.get_json("list_sessions", "/v1/sessions", {"user_id": ctx.tag, "page_size": 100})
    if session_id in _listed(page.get("sessions")):
        raise FlowFailure(f"list_sessions still shows session {session_id} after delete_session({session_id})")

    uploaded = http.request(
        "POST",
        "/v1/attachments",
        files={"file": ("alone.txt", b"standalone", "text/plain")},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    alone = str(expect_json("upload_attachment", uploaded, 201)["id"])
    ctx.cleanup(f"DELETE /v1/attachments/{alone}", lambda: http.request("DELETE", f"/v1/attachments/{alone}"))
    _deleted(http, "delete_attachment", f"/v1/attachments/{alone}", alone)
    _gone(http, "get_attachment", f"/v1/attachments/{alone}", f"delete_attachment({alone})")
    _gone(http, "download_attachment_content", f"/v1/attachments/{alone}/content", f"delete_attachment({alone})")


FLOW = Flow(
    name="deletes_take_effect",
    title="a deleted thread, session or attachment answers 404 and leaves every list",
    tags=("threads", "sessions", "attachments"),
    run=run,
    uses=("create_thread", "delete_thread", "get_thread", "list_threads", "upload_attachment", "get_attachment",
          "delete_attachment", "create_chat_completion", "delete_session", "get_session", "list_sessions"),
)  # fmt: skip
