"""A workspace's conversation: its delivered messages and the AI drafts waiting for (or after) a decision.

Only delivered messages are rows of `workspace_messages`; a shadow-mode answer is a row of
`workspace_drafts` until a manager approves it, which delivers it as a new `ai` message. The tables
are declared in `store.workspaces`.
"""

from __future__ import annotations

from typing import Any

from parley_server.database import Database, Row, to_json
from parley_server.ids import new_id, now_iso
from parley_server.store.pagination import cursor_page

ENDED_REASON = "workspace ended"
"""The `reason` of the drafts that `end_workspace` rejects."""


def message_json(row: Row) -> dict[str, Any]:
    """Render a row as the spec's `WorkspaceMessage`."""
    return {
        "id": row["id"],
        "workspace_id": row["workspace_id"],
        "role": row["role"],
        "content": row["content"],
        "created_at": row["created_at"],
        "draft_id": row["draft_id"],
    }


def draft_json(row: Row) -> dict[str, Any]:
    """Render a row as the spec's `WorkspaceDraft`."""
    return {
        "id": row["id"],
        "workspace_id": row["workspace_id"],
        "reply_to_message_id": row["reply_to_message_id"],
        "content": row["content"],
        "original_content": row["original_content"],
        "status": row["status"],
        "created_at": row["created_at"],
        "decided_at": row["decided_at"],
        "decided_by": row["decided_by"],
        "reason": row["reason"],
        "message_id": row["message_id"],
    }


def add_message(
    db: Database,
    workspace: Row,
    role: str,
    content: str,
    *,
    draft_id: str | None = None,
    author_id: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Row:
    """Deliver one message to the workspace's conversation and return its row.

    `author_id` is the user id of the key that wrote a `human` message or approved a draft.
    """
    message_id = new_id("wsmsg")
    db.execute(
        "INSERT INTO workspace_messages (id, workspace_id, user_id, role, content, draft_id, author_id, metadata,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            message_id,
            workspace["id"],
            workspace["user_id"],
            role,
            content,
            draft_id,
            author_id,
            to_json(metadata or {}),
            now_iso(),
        ),
    )
    return _one(db, "workspace_messages", message_id)


def messages(db: Database, workspace_id: str) -> list[Row]:
    """Every delivered message of the workspace, oldest first."""
    return db.all("SELECT * FROM workspace_messages WHERE workspace_id = ? ORDER BY id", (workspace_id,))


def messages_page(db: Database, workspace_id: str, params: dict[str, Any]) -> dict[str, Any]:
    """One cursor page of the workspace's delivered messages."""
    return cursor_page(
        db,
        table="workspace_messages",
        where="workspace_id = ?",
        args=[workspace_id],
        params=params,
        render=message_json,
    )


def drafts_page(db: Database, workspace_id: str, status: str | None, params: dict[str, Any]) -> dict[str, Any]:
    """One cursor page of the workspace's drafts, maybe only those in `status`."""
    where, args = "workspace_id = ?", [workspace_id]
    if status is not None:
        where, args = where + " AND status = ?", [*args, status]
    return cursor_page(db, table="workspace_drafts", where=where, args=args, params=params, render=draft_json)


def add_draft(db: Database, workspace: Row, reply_to: Row, content: str, model: str) -> Row:
    """Store a pending AI draft answering the `user` message `reply_to` and return its row."""
    draft_id = new_id("draft")
    db.execute(
        "INSERT INTO workspace_drafts (id, workspace_id, user_id, reply_to_message_id, content, original_content,"
        " status, model, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
        (draft_id, workspace["id"], workspace["user_id"], reply_to["id"], content, content, model, now_iso()),
    )
    return _one(db, "workspace_drafts", draft_id)


def find_draft(db: Database, workspace_id: str, draft_id: str) -> Row | None:
    """The draft with this id if it belongs to the workspace (else `None`)."""
    return db.one("SELECT * FROM workspace_drafts WHERE id = ? AND workspace_id = ?", (draft_id, workspace_id))


def approve_draft(db: Database, draft_id: str, content: str, decided_by: str, message_id: str) -> Row:
    """Mark a pending draft approved, delivered as `message_id` with `content`, and return its row."""
    db.execute(
        "UPDATE workspace_drafts SET status = 'approved', content = ?, decided_at = ?, decided_by = ?, message_id = ?"
        " WHERE id = ? AND status = 'pending'",
        (content, now_iso(), decided_by, message_id, draft_id),
    )
    return _one(db, "workspace_drafts", draft_id)


def reject_draft(db: Database, draft_id: str, decided_by: str, reason: str | None) -> Row:
    """Mark a pending draft rejected and return its row."""
    db.execute(
        "UPDATE workspace_drafts SET status = 'rejected', decided_at = ?, decided_by = ?, reason = ?"
        " WHERE id = ? AND status = 'pending'",
        (now_iso(), decided_by, reason, draft_id),
    )
    return _one(db, "workspace_drafts", draft_id)


def reject_pending(db: Database, workspace_id: str) -> int:
    """Reject every pending draft of an ending workspace (no manager decided) and return how many."""
    return db.execute(
        "UPDATE workspace_drafts SET status = 'rejected', decided_at = ?, decided_by = NULL, reason = ?"
        " WHERE workspace_id = ? AND status = 'pending'",
        (now_iso(), ENDED_REASON, workspace_id),
    )


def _one(db: Database, table: str, row_id: str) -> Row:
    row = db.one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    assert row is not None, f"{table} row {row_id} vanished inside its own transaction"
    return row
