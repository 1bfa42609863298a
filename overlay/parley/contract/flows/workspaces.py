"""Shadow mode: the AI's answers wait as drafts, and reach the conversation only when a manager approves them.

The customer side (API_KEY) opens a shadow-mode workspace and writes; the manager side (ADMIN_KEY)
approves one draft and rejects another; the customer sees the approved answer and never the rejected one.
"""

from __future__ import annotations

from typing import Any

from ._base import Flow, FlowContext


def run(ctx: FlowContext) -> None:
    """Open a shadow workspace, approve one draft, reject another; only the approved one is delivered."""
    client, admin = ctx.client, ctx.admin
    opened = ctx.call(
        "client.workspaces.create", client.workspaces.create, client_id=ctx.tag, mode="shadow", model=ctx.model
    )
    workspace_id = opened.workspace.id
    ctx.cleanup(f"client.workspaces.end({workspace_id!r})", lambda: client.workspaces.end(workspace_id))
    ctx.check(opened.workspace.mode == "shadow", f"create_workspace(mode='shadow') opened a {opened.workspace.mode}")

    sent = ctx.call(
        "client.workspaces.send_message", client.workspaces.send_message, workspace_id, f"Is {ctx.tag} open today?"
    )
    ctx.check(sent.pending_approval, "a customer message in shadow mode did not leave its answer pending approval")
    draft = ctx.require(sent.draft, "a customer message in shadow mode answered no draft")
    ctx.check(not sent.responses, f"shadow mode delivered {len(sent.responses)} answers without approval")
    ctx.check(draft.status == "pending", f"the new draft {draft.id} is {draft.status}, not pending")
    before = _messages(ctx, workspace_id)
    ctx.check(
        [item.role for item in before] == ["user"],
        f"before any approval the conversation holds {[item.role for item in before]}, not just the user message",
    )

    approve = admin.workspaces.drafts.approve
    decision = ctx.call("admin.workspaces.drafts.approve", approve, workspace_id, draft.id)
    ctx.check(decision.draft.status == "approved", f"approve_workspace_draft left the draft {decision.draft.status}")
    message = ctx.require(decision.message, "approve_workspace_draft delivered no message")
    ctx.check(message.draft_id == draft.id, f"the delivered message names draft {message.draft_id!r}, not {draft.id}")
    ctx.check(message.content == draft.content, "the approved message's text differs from the unedited draft")
    ids = [item.id for item in _messages(ctx, workspace_id)]
    ctx.check(message.id in ids, f"the approved draft's message {message.id} is not in the conversation")

    second = ctx.call(
        "client.workspaces.send_message", client.workspaces.send_message, workspace_id, f"Bye from {ctx.tag}."
    )
    rejected_id = ctx.require(second.draft, "the second customer message in shadow mode answered no draft").id
    reject = admin.workspaces.drafts.reject
    decision = ctx.call("admin.workspaces.drafts.reject", reject, workspace_id, rejected_id, reason=ctx.tag)
    ctx.check(decision.draft.status == "rejected", f"reject_workspace_draft left the draft {decision.draft.status}")
    ctx.check(not decision.message, "reject_workspace_draft delivered a message")
    after = _messages(ctx, workspace_id)
    ctx.check(
        all(item.draft_id != rejected_id for item in after),
        f"the rejected draft {rejected_id} reached the conversation",
    )
    roles = [item.role for item in after]
    ctx.check(
        roles.count("ai") == 1,
        f"the conversation holds {roles.count('ai')} AI messages after one approval and one rejection",
    )
    drafts = ctx.call("admin.workspaces.drafts.list", admin.workspaces.drafts.list, workspace_id, status="rejected")
    ctx.check(
        [item.id for item in drafts.data] == [rejected_id],
        f"list_workspace_drafts(status='rejected') answered {[item.id for item in drafts.data]}",
    )


def _messages(ctx: FlowContext, workspace_id: str) -> list[Any]:
    """The delivered messages, oldest first (first page of 100: a flow's workspace holds a handful)."""
    page = ctx.call("client.workspaces.list_messages", ctx.client.workspaces.list_messages, workspace_id, limit=100)
    return page.data


FLOW = Flow(
    name="shadow_drafts",
    title="shadow-mode drafts reach the conversation only when approved",
    tags=("workspaces",),
    run=run,
    uses=("create_workspace", "send_workspace_message", "list_workspace_messages", "approve_workspace_draft",
          "reject_workspace_draft", "list_workspace_drafts", "end_workspace"),
    needs_admin=True,
)  # fmt: skip
