"""A write takes effect: what a create or an update answered is what a later read finds.

schemathesis checks each answer against its schema, never against the request that made it: a
server that answers an update and then loses it, or stores a thread without the metadata it was
given, passes every schema. Here a thread, a session and a workspace are each written, answered,
and read back, field by field (the workspace only with ADMIN_KEY: `update_workspace` is a manager's),
and what the writes mean is tried: a locked thread runs nothing, a workspace taken over gets no AI
answer, an ended one takes no message, and an uploaded file downloads as the bytes uploaded.
"""

from __future__ import annotations

from typing import Any

from parley import ConflictError

from ._base import Flow, FlowContext


def _same(ctx: FlowContext, what: str, expected: dict[str, Any], found: Any) -> None:
    """Each field of `expected` must be the value `found` has (an SDK model)."""
    for name, value in expected.items():
        got = getattr(found, name)
        got = got.to_dict() if hasattr(got, "to_dict") else got
        ctx.check(got == value, f"{what}: {name} is {got!r}, not {value!r}")


def run(ctx: FlowContext) -> None:
    """Create and update a thread, a session and a workspace; the answers and the reads back must agree."""
    client = ctx.client
    created: dict[str, Any] = {"title": f"{ctx.tag} write", "metadata": {"ticket": "4417", "tag": ctx.tag}}
    thread = ctx.call("client.threads.create", client.threads.create, **created)
    ctx.cleanup(f"client.threads.delete({thread.id!r})", lambda: client.threads.delete(thread.id))
    _same(ctx, "create_thread's answer", created, thread)
    read = ctx.call("client.threads.retrieve", client.threads.retrieve, thread.id)
    _same(ctx, f"get_thread({thread.id}) after create_thread", created, read)
    changed: dict[str, Any] = {"title": f"{ctx.tag} rewritten", "status": "locked", "metadata": {"ticket": "4418"}}
    updated = ctx.call("client.threads.update", client.threads.update, thread.id, **changed)
    _same(ctx, "update_thread's answer", changed, updated)
    read = ctx.call("client.threads.retrieve", client.threads.retrieve, thread.id)
    _same(ctx, f"get_thread({thread.id}) after update_thread", changed, read)
    _locked_runs_nothing(ctx, thread.id)
    _attachment_bytes_kept(ctx)

    create = client.chat.completions.create
    completion = ctx.call("client.chat.completions.create", create, model=ctx.model, messages=f"Write {ctx.tag}.")
    session_id = completion.session_id
    ctx.cleanup(f"client.sessions.delete({session_id!r})", lambda: client.sessions.delete(session_id))
    renamed: dict[str, Any] = {"title": f"{ctx.tag} session", "archived": True, "metadata": {"tag": ctx.tag}}
    session = ctx.call("client.sessions.update", client.sessions.update, session_id, **renamed)
    _same(ctx, "update_session's answer", renamed, session)
    stored = ctx.call("client.sessions.retrieve", client.sessions.retrieve, session_id)
    _same(ctx, f"get_session({session_id}) after update_session", renamed, stored.session)

    manager = ctx.admin_client
    if manager is None:
        ctx.notes.append("update_workspace needs ADMIN_KEY (a manager's key): the workspace was not tried")
        return
    opened = ctx.call("client.workspaces.create", client.workspaces.create, client_id=ctx.tag, mode="ai")
    workspace_id = opened.workspace.id
    ctx.cleanup(f"client.workspaces.end({workspace_id!r})", lambda: _end_unless_ended(ctx, workspace_id))
    moved: dict[str, Any] = {"mode": "takeover", "metadata": {"tag": ctx.tag}}
    workspace = ctx.call("admin.workspaces.update", manager.workspaces.update, workspace_id, **moved)
    _same(ctx, "update_workspace's answer", moved, workspace)
    read_back = ctx.call("client.workspaces.retrieve", client.workspaces.retrieve, workspace_id)
    _same(ctx, f"get_workspace({workspace_id}) after update_workspace", moved, read_back)
    _taken_over(ctx, workspace_id)
    _ended_takes_nothing(ctx, workspace_id)


def _end_unless_ended(ctx: FlowContext, workspace_id: str) -> None:
    """End the workspace (clean-up), unless the flow ended it already."""
    try:
        ctx.client.workspaces.end(workspace_id)
    except ConflictError as exc:
        if exc.code != "workspace_ended":
            raise


def _ended_takes_nothing(ctx: FlowContext, workspace_id: str) -> None:
    """An ended workspace is read-only: a customer message is refused (409) and the workspace reads as ended."""
    client = ctx.client
    ctx.call("client.workspaces.end", client.workspaces.end, workspace_id)
    read = ctx.call("client.workspaces.retrieve", client.workspaces.retrieve, workspace_id)
    ctx.check(read.status == "ended", f"get_workspace({workspace_id}) after end_workspace says status {read.status!r}")
    send = client.workspaces.send_message
    try:
        ctx.call("client.workspaces.send_message", send, workspace_id, f"Still there, {ctx.tag}?")
    except ConflictError:
        return
    ctx.check(False, f"workspace {workspace_id} took a customer message after end_workspace (expected 409)")


def _locked_runs_nothing(ctx: FlowContext, thread_id: str) -> None:
    """A thread set `locked` must refuse a chat (409), not run the assistant."""
    handle = ctx.client.threads(thread_id)
    ctx.record(f"client.threads({thread_id!r}).chat", "Hello?", model=ctx.model, stream=False)
    try:
        result = handle.chat("Hello?", model=ctx.model, stream=False)
    except ConflictError:
        return
    ctx.check(
        False,
        f"thread {thread_id} is locked (update_thread answered status 'locked'), yet chat_thread ran the assistant "
        f"on it (run {result.run.id}); the spec: a locked thread accepts no run (409)",
    )


def _attachment_bytes_kept(ctx: FlowContext) -> None:
    """An uploaded file downloads as the very bytes uploaded."""
    client = ctx.client
    payload = f"kept by {ctx.tag}: ünïcödé ✓\r\n".encode() * 64
    upload = client.attachments.upload
    attachment = ctx.call("client.attachments.upload", upload, file=("kept.txt", payload, "text/plain"))
    ctx.cleanup(f"client.attachments.delete({attachment.id!r})", lambda: client.attachments.delete(attachment.id))
    downloaded = ctx.call("client.attachments.content", client.attachments.content, attachment.id)
    differs = next((at for at, (a, b) in enumerate(zip(downloaded, payload, strict=False)) if a != b), None)
    if differs is None and len(downloaded) != len(payload):
        differs = min(len(downloaded), len(payload))
    ctx.check(
        differs is None,
        f"download_attachment_content({attachment.id}) answered {len(downloaded)} bytes that differ from the "
        f"{len(payload)} uploaded from byte {differs} on",
    )


def _taken_over(ctx: FlowContext, workspace_id: str) -> None:
    """In `takeover` mode a customer message gets no AI answer, in the reply or in the conversation."""
    client = ctx.client
    send = client.workspaces.send_message
    sent = ctx.call("client.workspaces.send_message", send, workspace_id, f"Anyone there, {ctx.tag}?")
    ctx.check(
        sent.mode == "takeover" and not sent.responses,
        f"send_workspace_message in a workspace set to takeover answered mode {sent.mode!r} with "
        f"{len(sent.responses)} response(s): the AI answered where a human agent has taken over",
    )
    listed = ctx.call("client.workspaces.list_messages", client.workspaces.list_messages, workspace_id, limit=100)
    answered = [message.id for message in listed.data if message.role == "ai"]
    ctx.check(not answered, f"workspace {workspace_id} in takeover mode holds AI messages {answered}")


FLOW = Flow(
    name="writes_take_effect",
    title="what a write answered is what a read finds, and it means what it says (threads, sessions, workspaces)",
    tags=("threads", "sessions", "workspaces"),
    run=run,
    uses=("create_thread", "get_thread", "update_thread", "delete_thread", "chat_thread", "upload_attachment",
          "download_attachment_content", "delete_attachment", "create_chat_completion", "update_session",
          "get_session", "delete_session", "create_workspace", "update_workspace", "get_workspace",
          "send_workspace_message", "list_workspace_messages", "end_workspace"),
)  # fmt: skip
