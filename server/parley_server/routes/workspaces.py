"""Workspaces: managed customer conversations, answered by the AI, drafted for approval, or taken over by a human.

Who can act on a workspace: its owner (the user whose key created it) and every admin key. Admin
keys are the managers of the spec: they list and read every workspace, look client ids up across
owners, and alone may change a workspace's mode, read the typing preview, list, approve and reject
drafts, and answer as a human agent (`403` for user keys). A user key gets `404` for any workspace it
does not own. Every manager action, and ending a workspace, is written to the audit log.
"""

from __future__ import annotations

from typing import Any

from parley_server.context import Context
from parley_server.database import Row
from parley_server.engine.workspace_answers import Outcome, check_model, receive
from parley_server.errors import conflict, not_found
from parley_server.replies import Reply, Result
from parley_server.store import workspace_conversation, workspaces
from parley_server.store.workspace_conversation import draft_json, message_json
from parley_server.store.workspaces import Viewer, workspace_json


def create_workspace(ctx: Context) -> Result:
    """Open a workspace (`201`), or resume the caller's active one for `client_id` (`200`); send `initial_message`."""
    client_id: str | None = ctx.field("client_id")
    initial: str | None = ctx.field("initial_message")
    model: str | None = ctx.field("model")
    own = Viewer(ctx.user_id, sees_all=False)
    workspace = workspaces.find_active_for_client(ctx.db, own, client_id) if client_id is not None else None
    status = 200
    if workspace is None:
        check_model(model)
        workspace_id = workspaces.create(
            ctx.db,
            ctx.user_id,
            client_id=client_id,
            mode=ctx.field("mode", "ai"),
            system_prompt=ctx.field("system_prompt"),
            context=ctx.field("context", {}),
            metadata=ctx.field("metadata", {}),
            model=model,
        )
        workspace, status = _reload(ctx, workspace_id), 201
    outcome = None
    if initial is not None:
        outcome = receive(ctx.db, workspace, initial, model=model, max_tokens=ctx.field("max_tokens"), metadata=None)
        ctx.count_tokens(outcome.tokens)
        workspace = _reload(ctx, workspace["id"])
    draft = None if outcome is None or outcome.draft is None else draft_json(outcome.draft)
    body = {**_with_messages(ctx, workspace), "pending_approval": draft is not None, "draft": draft}
    return Reply(body, status=status)


def list_workspaces(ctx: Context) -> Result:
    """A cursor page of the workspaces the caller can see, narrowed by `status`, `mode` and `client_id`."""
    filters = {name: ctx.params[name] for name in ("status", "mode", "client_id") if ctx.params.get(name) is not None}
    return Reply(workspaces.page(ctx.db, _viewer(ctx), filters, ctx.params))


def get_workspace_by_client_id(ctx: Context) -> Result:
    """The active workspace for `client_id` with its messages, or `exists: false` (never a 404)."""
    workspace = workspaces.find_active_for_client(ctx.db, _viewer(ctx), ctx.params["client_id"])
    if workspace is None:
        return Reply({"exists": False, "workspace": None, "messages": []})
    return Reply({"exists": True, **_with_messages(ctx, workspace)})


def get_workspace(ctx: Context) -> Result:
    """One workspace, active or ended."""
    return Reply(workspace_json(_workspace(ctx)))


def update_workspace(ctx: Context) -> Result:
    """Change `mode` (managers only; audited), `metadata` and/or `context` of an active workspace."""
    workspace = _workspace(ctx)
    changes = {name: ctx.body[name] for name in ("mode", "metadata", "context") if name in ctx.body}
    if "mode" in changes:
        ctx.caller.require_admin()
    _require_active(workspace)
    if changes:
        workspaces.update(ctx.db, workspace["id"], changes)
    if changes.get("mode", workspace["mode"]) != workspace["mode"]:
        metadata = {"from": workspace["mode"], "to": changes["mode"]}
        ctx.audit("workspace.mode_change", "workspace", workspace["id"], metadata)
    return Reply(workspace_json(_reload(ctx, workspace["id"])))


def send_workspace_message(ctx: Context) -> Result:
    """Store an end-customer message and answer it as the workspace's mode says."""
    workspace = _require_active(_workspace(ctx))
    outcome = receive(
        ctx.db,
        workspace,
        ctx.body["content"],
        model=ctx.field("model"),
        max_tokens=ctx.field("max_tokens"),
        metadata=ctx.field("metadata"),
    )
    ctx.count_tokens(outcome.tokens)
    return Reply(_send_result(outcome))


def list_workspace_messages(ctx: Context) -> Result:
    """A cursor page of the workspace's delivered messages (oldest first by default)."""
    return Reply(workspace_conversation.messages_page(ctx.db, _workspace(ctx)["id"], ctx.params))


def send_typing_preview(ctx: Context) -> Result:
    """Replace (or, with an empty `text`, clear) what the end customer is typing."""
    workspace = _require_active(_workspace(ctx))
    workspaces.set_typing(ctx.db, workspace["id"], ctx.body["text"])
    return Reply(workspaces.typing_json(ctx.db, workspace["id"]))


def get_typing_preview(ctx: Context) -> Result:
    """What the end customer is typing (managers only)."""
    ctx.caller.require_admin()
    return Reply(workspaces.typing_json(ctx.db, _workspace(ctx)["id"]))


def end_workspace(ctx: Context) -> Result:
    """End the conversation: reject its pending drafts, clear the typing preview; audited as `workspace.end`."""
    workspace = _require_active(_workspace(ctx))
    rejected = workspace_conversation.reject_pending(ctx.db, workspace["id"])
    workspaces.end(ctx.db, workspace["id"])
    ctx.audit("workspace.end", "workspace", workspace["id"], {"rejected_drafts": rejected})
    return Reply(workspace_json(_reload(ctx, workspace["id"])))


def list_workspace_drafts(ctx: Context) -> Result:
    """A cursor page of the workspace's drafts, narrowed by `status` (managers only)."""
    ctx.caller.require_admin()
    workspace = _workspace(ctx)
    return Reply(workspace_conversation.drafts_page(ctx.db, workspace["id"], ctx.params.get("status"), ctx.params))


def approve_workspace_draft(ctx: Context) -> Result:
    """Deliver a pending draft (or the manager's edit of it) as an `ai` message; audited as `draft.approve`."""
    ctx.caller.require_admin()
    workspace, draft = _pending_draft(ctx)
    edited: str | None = ctx.field("content")
    content = draft["original_content"] if edited is None else edited
    message = workspace_conversation.add_message(
        ctx.db, workspace, "ai", content, draft_id=draft["id"], author_id=ctx.user_id
    )
    draft = workspace_conversation.approve_draft(ctx.db, draft["id"], content, ctx.user_id, message["id"])
    workspaces.touch(ctx.db, workspace["id"])
    metadata = {"workspace_id": workspace["id"], "message_id": message["id"], "edited": edited is not None}
    ctx.audit("draft.approve", "draft", draft["id"], metadata)
    return Reply({"draft": draft_json(draft), "message": message_json(message)})


def reject_workspace_draft(ctx: Context) -> Result:
    """Discard a pending draft, never delivering it; audited as `draft.reject`."""
    ctx.caller.require_admin()
    workspace, draft = _pending_draft(ctx)
    reason: str | None = ctx.field("reason")
    draft = workspace_conversation.reject_draft(ctx.db, draft["id"], ctx.user_id, reason)
    workspaces.touch(ctx.db, workspace["id"])
    ctx.audit("draft.reject", "draft", draft["id"], {"workspace_id": workspace["id"], "reason": reason})
    return Reply({"draft": draft_json(draft), "message": None})


def send_agent_message(ctx: Context) -> Result:
    """Deliver a human agent's message at once, in any mode (managers only); audited as `workspace.agent_message`."""
    ctx.caller.require_admin()
    workspace = _require_active(_workspace(ctx))
    message = workspace_conversation.add_message(ctx.db, workspace, "human", ctx.body["content"], author_id=ctx.user_id)
    workspaces.touch(ctx.db, workspace["id"])
    ctx.audit("workspace.agent_message", "workspace", workspace["id"], {"message_id": message["id"]})
    return Reply(message_json(message), status=201)


def _viewer(ctx: Context) -> Viewer:
    return Viewer(ctx.user_id, sees_all=ctx.caller.is_admin)


def _workspace(ctx: Context) -> Row:
    """The path's workspace, or the spec's 404 when the caller cannot see it."""
    workspace_id: str = ctx.params["workspace_id"]
    workspace = workspaces.find(ctx.db, _viewer(ctx), workspace_id)
    if workspace is None:
        raise not_found("workspace", workspace_id, param="workspace_id")
    return workspace


def _reload(ctx: Context, workspace_id: str) -> Row:
    workspace = workspaces.find(ctx.db, Viewer(ctx.user_id, sees_all=True), workspace_id)
    assert workspace is not None, f"workspace {workspace_id} vanished inside its own transaction"
    return workspace


def _require_active(workspace: Row) -> Row:
    if workspace["status"] == "ended":
        raise conflict("workspace_ended", f"Workspace '{workspace['id']}' has ended; it is read-only.")
    return workspace


def _pending_draft(ctx: Context) -> tuple[Row, Row]:
    """The path's workspace (active) and draft (pending), or the spec's 404 / 409."""
    workspace = _workspace(ctx)
    draft_id: str = ctx.params["draft_id"]
    draft = workspace_conversation.find_draft(ctx.db, workspace["id"], draft_id)
    if draft is None:
        raise not_found("draft", draft_id, param="draft_id")
    _require_active(workspace)
    if draft["status"] != "pending":
        raise conflict("draft_not_pending", f"Draft '{draft_id}' was already {draft['status']}.", param="draft_id")
    return workspace, draft


def _with_messages(ctx: Context, workspace: Row) -> dict[str, Any]:
    messages = workspace_conversation.messages(ctx.db, workspace["id"])
    return {"workspace": workspace_json(workspace), "messages": [message_json(row) for row in messages]}


def _send_result(outcome: Outcome) -> dict[str, Any]:
    return {
        "user_message": message_json(outcome.user_message),
        "responses": [message_json(row) for row in outcome.responses],
        "mode": outcome.mode,
        "pending_approval": outcome.draft is not None,
        "draft": None if outcome.draft is None else draft_json(outcome.draft),
    }
