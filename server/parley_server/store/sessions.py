"""Recorded completion sessions and their messages.

Session ids live in a namespace per owner (the API key's user): the primary key is `(owner_id, id)`,
so a `session_id` another user chose or was given never names, reveals or extends this user's
session. `user_id` is the session's end user (the completion's `user`, else the owner).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from parley_server.database import Database, Row, from_json, to_json
from parley_server.ids import new_id, now_iso

DDL = """
CREATE TABLE IF NOT EXISTS chat_sessions (
    owner_id TEXT NOT NULL,
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    organization_id TEXT,
    title TEXT,
    title_set INTEGER NOT NULL DEFAULT 0,
    model TEXT,
    agent_type TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_message_at TEXT,
    activity TEXT NOT NULL,
    message_count INTEGER NOT NULL DEFAULT 0,
    tokens_in INTEGER NOT NULL DEFAULT 0,
    tokens_out INTEGER NOT NULL DEFAULT 0,
    metadata TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (owner_id, id)
);
CREATE INDEX IF NOT EXISTS chat_sessions_activity ON chat_sessions (owner_id, activity);
CREATE TABLE IF NOT EXISTS chat_session_messages (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    message_index INTEGER NOT NULL,
    role TEXT NOT NULL,
    content TEXT NOT NULL,
    metadata TEXT NOT NULL,
    tokens INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT,
    UNIQUE (owner_id, session_id, message_index),
    FOREIGN KEY (owner_id, session_id) REFERENCES chat_sessions (owner_id, id) ON DELETE CASCADE
)
"""

TITLE_LENGTH = 60
"""How many characters of the first user message make a session's default title."""


@dataclass(frozen=True, slots=True)
class NewMessage:
    """A message to record: its role, text, metadata and token count (`None` when not counted)."""

    role: str
    content: str
    metadata: dict[str, Any]
    tokens: int | None


def find(db: Database, owner_id: str, session_id: str) -> Row | None:
    """The owner's session with this id, or `None`."""
    return db.one("SELECT * FROM chat_sessions WHERE owner_id = ? AND id = ?", (owner_id, session_id))


def create(
    db: Database,
    owner_id: str,
    session_id: str,
    *,
    user_id: str,
    organization_id: str | None,
    metadata: dict[str, Any],
) -> Row:
    """Create an empty session and return it."""
    now = now_iso()
    db.execute(
        "INSERT INTO chat_sessions (owner_id, id, user_id, organization_id, created_at, updated_at, activity, metadata)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (owner_id, session_id, user_id, organization_id, now, now, new_id("act"), to_json(metadata)),
    )
    row = find(db, owner_id, session_id)
    assert row is not None
    return row


def transcript(db: Database, owner_id: str, session_id: str) -> list[Row]:
    """Every recorded message of the session, oldest first."""
    return db.all(
        "SELECT * FROM chat_session_messages WHERE owner_id = ? AND session_id = ? ORDER BY message_index",
        (owner_id, session_id),
    )


def record(
    db: Database,
    session: Row,
    messages: list[NewMessage],
    *,
    model: str,
    tokens_in: int,
    tokens_out: int,
    organization_id: str | None,
    metadata: dict[str, Any] | None,
) -> None:
    """Append `messages` to `session` and account one completion (model, tokens, activity, title, metadata)."""
    owner_id, session_id = session["owner_id"], session["id"]
    now = now_iso()
    index = session["message_count"]
    for message in messages:
        db.execute(
            "INSERT INTO chat_session_messages (id, owner_id, session_id, message_index, role, content, metadata,"
            " tokens, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new_id("smsg"),
                owner_id,
                session_id,
                index,
                message.role,
                message.content,
                to_json(message.metadata),
                message.tokens,
                now,
            ),
        )
        index += 1
    title = session["title"]
    if not session["title_set"] and title is None:
        title = next((_title(m.content) for m in messages if m.role == "user" and m.content.strip()), None)
    merged = from_json(session["metadata"]) if metadata is None else {**from_json(session["metadata"]), **metadata}
    db.execute(
        "UPDATE chat_sessions SET model = ?, title = ?, organization_id = COALESCE(?, organization_id),"
        " message_count = ?, tokens_in = tokens_in + ?, tokens_out = tokens_out + ?, metadata = ?,"
        " updated_at = ?, last_message_at = ?, activity = ? WHERE owner_id = ? AND id = ?",
        (
            model,
            title,
            organization_id,
            index,
            tokens_in,
            tokens_out,
            to_json(merged),
            now,
            now if messages else session["last_message_at"],
            new_id("act"),
            owner_id,
            session_id,
        ),
    )


def _title(text: str) -> str:
    """The start of `text` on one line, at most `TITLE_LENGTH` characters."""
    return " ".join(text.split())[:TITLE_LENGTH].rstrip()


def page(
    db: Database, owner_id: str, *, user_id: str | None, archived: bool | None, page: int, page_size: int
) -> tuple[list[Row], int]:
    """One page of the owner's sessions, most recently active first, and how many match in all."""
    clauses: list[str] = ["owner_id = ?"]
    args: list[Any] = [owner_id]
    if user_id is not None:
        clauses.append("user_id = ?")
        args.append(user_id)
    if archived is not None:
        clauses.append("archived = ?")
        args.append(int(archived))
    where = " AND ".join(clauses)
    total: int = db.scalar(f"SELECT COUNT(*) FROM chat_sessions WHERE {where}", args)
    rows = db.all(
        f"SELECT * FROM chat_sessions WHERE {where} ORDER BY activity DESC LIMIT ? OFFSET ?",
        [*args, page_size, (page - 1) * page_size],
    )
    return rows, total


def update(db: Database, session: Row, changes: dict[str, Any]) -> Row:
    """Apply the given `title`, `archived` and `metadata` (which replaces the stored one); return the session."""
    sets: list[str] = []
    args: list[Any] = []
    if "title" in changes:
        sets += ["title = ?", "title_set = 1"]
        args.append(changes["title"])
    if "archived" in changes:
        sets.append("archived = ?")
        args.append(int(changes["archived"]))
    if "metadata" in changes:
        sets.append("metadata = ?")
        args.append(to_json(changes["metadata"]))
    if sets:
        db.execute(
            f"UPDATE chat_sessions SET {', '.join(sets)}, updated_at = ? WHERE owner_id = ? AND id = ?",
            [*args, now_iso(), session["owner_id"], session["id"]],
        )
    row = find(db, session["owner_id"], session["id"])
    assert row is not None
    return row


def delete(db: Database, owner_id: str, session_id: str) -> bool:
    """Delete the session and its messages; `False` when the owner has no such session."""
    db.execute("DELETE FROM chat_session_messages WHERE owner_id = ? AND session_id = ?", (owner_id, session_id))
    return db.execute("DELETE FROM chat_sessions WHERE owner_id = ? AND id = ?", (owner_id, session_id)) > 0


def summary_json(row: Row) -> dict[str, Any]:
    """Render a session row as the spec's `ChatSessionSummary`."""
    return {
        "id": row["id"],
        "user_id": row["user_id"],
        "organization_id": row["organization_id"],
        "title": row["title"],
        "model": row["model"],
        "agent_type": row["agent_type"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "last_message_at": row["last_message_at"],
        "message_count": row["message_count"],
        "tokens_in": row["tokens_in"],
        "tokens_out": row["tokens_out"],
        "tokens_total": row["tokens_in"] + row["tokens_out"],
        "metadata": from_json(row["metadata"]),
        "archived": bool(row["archived"]),
    }


def message_json(row: Row) -> dict[str, Any]:
    """Render a message row as the spec's `ChatMessageRecord`."""
    return {
        "id": row["id"],
        "session_id": row["session_id"],
        "message_index": row["message_index"],
        "role": row["role"],
        "content": row["content"],
        "metadata": from_json(row["metadata"]),
        "tokens": row["tokens"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }
