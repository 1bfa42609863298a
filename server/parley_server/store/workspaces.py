"""Workspaces: managed conversations with one end customer, their mode, status and typing preview.

Every row carries its owner's `user_id`. Who may see a workspace is decided by `Viewer`: its owner
always, and every admin key (managers act on their customers' conversations, as the spec says for
`list_workspaces`, `get_workspace` and `get_workspace_by_client_id`). Messages and drafts live in
`store.workspace_conversation`; their tables are declared here so that `schema.py` finds one `DDL`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from parley_server.database import Database, Row, from_json, to_json
from parley_server.ids import new_id, now_iso
from parley_server.store.pagination import cursor_page

DDL = """
CREATE TABLE IF NOT EXISTS workspaces (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    client_id TEXT,
    mode TEXT NOT NULL CHECK (mode IN ('ai', 'shadow', 'takeover')),
    status TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    system_prompt TEXT,
    context TEXT NOT NULL,
    metadata TEXT NOT NULL,
    model TEXT,
    typing_text TEXT NOT NULL DEFAULT '',
    typing_updated_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ended_at TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS workspaces_active_client ON workspaces (user_id, client_id)
    WHERE status = 'active' AND client_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS workspaces_user ON workspaces (user_id, id);
CREATE INDEX IF NOT EXISTS workspaces_client ON workspaces (client_id, status);
CREATE TABLE IF NOT EXISTS workspace_messages (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    user_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('user', 'ai', 'human', 'system')),
    content TEXT NOT NULL,
    draft_id TEXT,
    author_id TEXT,
    metadata TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS workspace_messages_workspace ON workspace_messages (workspace_id, id);
CREATE TABLE IF NOT EXISTS workspace_drafts (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    user_id TEXT NOT NULL,
    reply_to_message_id TEXT NOT NULL REFERENCES workspace_messages (id),
    content TEXT NOT NULL,
    original_content TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    model TEXT NOT NULL,
    created_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by TEXT,
    reason TEXT,
    message_id TEXT REFERENCES workspace_messages (id)
);
CREATE INDEX IF NOT EXISTS workspace_drafts_workspace ON workspace_drafts (workspace_id, status, id);
CREATE VIEW IF NOT EXISTS workspace_view AS
    SELECT w.*,
        (SELECT COUNT(*) FROM workspace_messages m WHERE m.workspace_id = w.id) AS message_count,
        (SELECT COUNT(*) FROM workspace_drafts d WHERE d.workspace_id = w.id AND d.status = 'pending')
            AS pending_drafts
    FROM workspaces w
"""

VIEW = "workspace_view"
"""The workspaces with their computed `message_count` and `pending_drafts` (what `workspace_json` renders)."""


@dataclass(frozen=True, slots=True)
class Viewer:
    """Whose workspaces a caller can see: its own, or every one for an admin key (a manager)."""

    user_id: str
    sees_all: bool

    def clause(self, column: str = "user_id") -> tuple[str, list[Any]]:
        """An SQL condition (and its arguments) that keeps only the workspaces this viewer can see."""
        return ("1 = 1", []) if self.sees_all else (f"{column} = ?", [self.user_id])


def workspace_json(row: Row) -> dict[str, Any]:
    """Render a `workspace_view` row as the spec's `Workspace`."""
    return {
        "id": row["id"],
        "client_id": row["client_id"],
        "mode": row["mode"],
        "status": row["status"],
        "system_prompt": row["system_prompt"],
        "context": from_json(row["context"]),
        "metadata": from_json(row["metadata"]),
        "model": row["model"],
        "message_count": row["message_count"],
        "pending_drafts": row["pending_drafts"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "ended_at": row["ended_at"],
    }


def create(
    db: Database,
    user_id: str,
    *,
    client_id: str | None,
    mode: str,
    system_prompt: str | None,
    context: dict[str, Any],
    metadata: dict[str, Any],
    model: str | None,
) -> str:
    """Store a new active workspace owned by `user_id` and return its id."""
    workspace_id, now = new_id("ws"), now_iso()
    db.execute(
        "INSERT INTO workspaces (id, user_id, client_id, mode, status, system_prompt, context, metadata, model,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?)",
        (workspace_id, user_id, client_id, mode, system_prompt, to_json(context), to_json(metadata), model, now, now),
    )
    return workspace_id


def find(db: Database, viewer: Viewer, workspace_id: str) -> Row | None:
    """The workspace with this id if the viewer can see it (else `None`)."""
    where, args = viewer.clause()
    return db.one(f"SELECT * FROM {VIEW} WHERE id = ? AND {where}", [workspace_id, *args])


def find_active_for_client(db: Database, viewer: Viewer, client_id: str) -> Row | None:
    """The viewer's active workspace for `client_id`; the most recently created one when it sees several."""
    where, args = viewer.clause()
    return db.one(
        f"SELECT * FROM {VIEW} WHERE client_id = ? AND status = 'active' AND {where} ORDER BY id DESC LIMIT 1",
        [client_id, *args],
    )


def page(db: Database, viewer: Viewer, filters: dict[str, str], params: dict[str, Any]) -> dict[str, Any]:
    """One cursor page of the workspaces the viewer can see; `filters` maps `status`, `mode`, `client_id` to a value."""
    where, args = viewer.clause()
    clauses = [where]
    for name in ("status", "mode", "client_id"):
        if name in filters:
            clauses.append(f"{name} = ?")
            args.append(filters[name])
    return cursor_page(db, table=VIEW, where=" AND ".join(clauses), args=args, params=params, render=workspace_json)


def touch(db: Database, workspace_id: str) -> None:
    """Record that the workspace's conversation changed now."""
    db.execute("UPDATE workspaces SET updated_at = ? WHERE id = ?", (now_iso(), workspace_id))


_UPDATABLE = ("mode", "metadata", "context")


def update(db: Database, workspace_id: str, changes: dict[str, Any]) -> None:
    """Set `mode`, `metadata` and/or `context` (the keys present in `changes`) and touch the workspace."""
    encoded = {
        name: changes[name] if name == "mode" else to_json(changes[name]) for name in _UPDATABLE if name in changes
    }
    encoded["updated_at"] = now_iso()
    sets = ", ".join(f"{name} = ?" for name in encoded)
    db.execute(f"UPDATE workspaces SET {sets} WHERE id = ?", [*encoded.values(), workspace_id])


def end(db: Database, workspace_id: str) -> None:
    """Mark the workspace ended now and clear its typing preview."""
    now = now_iso()
    db.execute(
        "UPDATE workspaces SET status = 'ended', ended_at = ?, updated_at = ?,"
        " typing_text = '', typing_updated_at = NULL WHERE id = ?",
        (now, now, workspace_id),
    )


def set_typing(db: Database, workspace_id: str, text: str) -> None:
    """Replace the typing preview; an empty `text` clears it."""
    db.execute(
        "UPDATE workspaces SET typing_text = ?, typing_updated_at = ? WHERE id = ?",
        (text, now_iso() if text else None, workspace_id),
    )


def typing_json(db: Database, workspace_id: str) -> dict[str, Any]:
    """The spec's `TypingPreview` of a workspace."""
    row = db.one("SELECT typing_text, typing_updated_at FROM workspaces WHERE id = ?", (workspace_id,))
    text, updated_at = ("", None) if row is None else (row["typing_text"], row["typing_updated_at"])
    return {"workspace_id": workspace_id, "text": text, "updated_at": updated_at}
