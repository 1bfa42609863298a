"""Attachments: uploaded files, their metadata and their bytes, owned by one user and maybe one thread."""

from __future__ import annotations

import hashlib
from typing import Any

from parley_server.database import Database, Row
from parley_server.ids import new_id, now_iso

# The content lives in its own table so that metadata reads never load the bytes.
DDL = """
CREATE TABLE IF NOT EXISTS attachments (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    thread_id TEXT,
    name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attachments_user ON attachments (user_id);
CREATE INDEX IF NOT EXISTS attachments_thread ON attachments (thread_id);
CREATE TABLE IF NOT EXISTS attachment_contents (
    attachment_id TEXT PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
    data BLOB NOT NULL
)
"""

_COLUMNS = "id, user_id, thread_id, name, mime_type, size, sha256, created_at"


def insert(db: Database, *, user_id: str, thread_id: str | None, name: str, mime_type: str, data: bytes) -> Row:
    """Store a new attachment and its bytes; return its metadata row."""
    attachment_id = new_id("att")
    db.execute(
        f"INSERT INTO attachments ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (attachment_id, user_id, thread_id, name, mime_type, len(data), hashlib.sha256(data).hexdigest(), now_iso()),
    )
    db.execute("INSERT INTO attachment_contents (attachment_id, data) VALUES (?, ?)", (attachment_id, data))
    row = find(db, user_id, attachment_id)
    assert row is not None
    return row


def find(db: Database, user_id: str, attachment_id: str) -> Row | None:
    """Return the metadata of one of `user_id`'s attachments, or `None`."""
    return db.one(f"SELECT {_COLUMNS} FROM attachments WHERE id = ? AND user_id = ?", (attachment_id, user_id))


def content(db: Database, user_id: str, attachment_id: str) -> bytes | None:
    """Return the bytes of one of `user_id`'s attachments, or `None`."""
    data = db.scalar(
        "SELECT c.data FROM attachment_contents c JOIN attachments a ON a.id = c.attachment_id"
        " WHERE a.id = ? AND a.user_id = ?",
        (attachment_id, user_id),
    )
    return None if data is None else bytes(data)


def delete(db: Database, user_id: str, attachment_id: str) -> bool:
    """Delete one of `user_id`'s attachments with its bytes (by cascade); return whether it existed."""
    return db.execute("DELETE FROM attachments WHERE id = ? AND user_id = ?", (attachment_id, user_id)) > 0


def delete_for_thread(db: Database, user_id: str, thread_id: str) -> int:
    """Delete every attachment of one of `user_id`'s threads with their bytes; return how many."""
    return db.execute("DELETE FROM attachments WHERE thread_id = ? AND user_id = ?", (thread_id, user_id))


def owned_ids(db: Database, user_id: str, attachment_ids: list[str]) -> set[str]:
    """Return which of `attachment_ids` are attachments of `user_id` (to check `attachment_ids` of a message)."""
    if not attachment_ids:
        return set()
    marks = ", ".join("?" for _ in attachment_ids)
    rows = db.all(f"SELECT id FROM attachments WHERE user_id = ? AND id IN ({marks})", (user_id, *attachment_ids))
    return {row["id"] for row in rows}


def attachment_json(row: Row) -> dict[str, Any]:
    """Render a row as the spec's `Attachment`."""
    return {
        "id": row["id"],
        "name": row["name"],
        "mime_type": row["mime_type"],
        "size": row["size"],
        "sha256": row["sha256"],
        "thread_id": row["thread_id"],
        "created_at": row["created_at"],
    }
