"""Threads and everything inside them: items, runs, run events and feedback (the tables, and the thread rows).

Items, runs and events are read and written by `store.items` and `store.run_log`; this module owns the
schema and the threads themselves. Deleting a thread deletes its items, runs, events and feedback by cascade.
"""

from __future__ import annotations

from typing import Any

from parley_server.database import Database, Row, from_json, to_json
from parley_server.ids import new_id, now_iso
from parley_server.store.pagination import cursor_page

ACTIVE_RUN_STATUSES = ("queued", "in_progress")
"""The statuses of a run that still runs (at most one per thread)."""

DDL = """
CREATE TABLE IF NOT EXISTS threads (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    title TEXT,
    status TEXT NOT NULL,
    metadata TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS threads_user ON threads (user_id, id);
CREATE TABLE IF NOT EXISTS thread_runs (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    model TEXT NOT NULL,
    settings TEXT NOT NULL,
    request_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    started_at TEXT,
    ended_at TEXT,
    error TEXT,
    prompt_tokens INTEGER,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    last_seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS thread_runs_thread ON thread_runs (thread_id, status);
CREATE INDEX IF NOT EXISTS thread_runs_status ON thread_runs (status);
CREATE TABLE IF NOT EXISTS thread_items (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    run_id TEXT,
    origin_run_id TEXT,
    type TEXT NOT NULL,
    status TEXT,
    feedback TEXT,
    data TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS thread_items_thread ON thread_items (thread_id, id);
CREATE INDEX IF NOT EXISTS thread_items_origin ON thread_items (origin_run_id, id);
CREATE TABLE IF NOT EXISTS run_events (
    run_id TEXT NOT NULL REFERENCES thread_runs (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    item_id TEXT,
    text TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS item_feedback (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    item_ids TEXT NOT NULL,
    kind TEXT NOT NULL,
    comment TEXT,
    created_at TEXT NOT NULL
);
CREATE VIEW IF NOT EXISTS thread_summaries AS
SELECT t.*,
    (SELECT COUNT(*) FROM thread_items i WHERE i.thread_id = t.id) AS item_count,
    (SELECT MAX(i.created_at) FROM thread_items i WHERE i.thread_id = t.id) AS last_message_at,
    (SELECT r.id FROM thread_runs r WHERE r.thread_id = t.id AND r.status IN ('queued', 'in_progress') LIMIT 1)
        AS active_run_id
FROM threads t
"""


def insert(db: Database, user_id: str, title: str | None, metadata: dict[str, Any]) -> Row:
    """Create an empty, `active` thread for `user_id` and return its summary row."""
    thread_id, now = new_id("thr"), now_iso()
    db.execute(
        "INSERT INTO threads (id, user_id, title, status, metadata, created_at, updated_at)"
        " VALUES (?, ?, ?, 'active', ?, ?, ?)",
        (thread_id, user_id, title, to_json(metadata), now, now),
    )
    row = find(db, user_id, thread_id)
    assert row is not None
    return row


def find(db: Database, user_id: str, thread_id: str) -> Row | None:
    """Return the summary row (with item count, last message time, active run) of one of `user_id`'s threads."""
    return db.one("SELECT * FROM thread_summaries WHERE id = ? AND user_id = ?", (thread_id, user_id))


def page(db: Database, user_id: str, status: str | None, params: dict[str, Any]) -> dict[str, Any]:
    """One cursor page (`limit`, `after`, `order`) of `user_id`'s threads, maybe only those in `status`."""
    where, args = "user_id = ?", [user_id]
    if status is not None:
        where += " AND status = ?"
        args.append(status)
    return cursor_page(db, table="thread_summaries", where=where, args=args, params=params, render=thread_json)


def update(db: Database, thread_id: str, changes: dict[str, Any]) -> None:
    """Set the given columns (`title`, `metadata`, `status`) and move `updated_at` to now."""
    values = {**changes, "updated_at": now_iso()}
    if "metadata" in values:
        values["metadata"] = to_json(values["metadata"])
    assignments = ", ".join(f"{column} = ?" for column in values)
    db.execute(f"UPDATE threads SET {assignments} WHERE id = ?", (*values.values(), thread_id))


def delete(db: Database, thread_id: str) -> None:
    """Delete a thread with its items, runs, events and feedback (by cascade)."""
    db.execute("DELETE FROM threads WHERE id = ?", (thread_id,))


def thread_json(row: Row) -> dict[str, Any]:
    """Render a summary row as the spec's `Thread`."""
    return {
        "id": row["id"],
        "title": row["title"],
        "status": row["status"],
        "metadata": from_json(row["metadata"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "last_message_at": row["last_message_at"],
        "active_run_id": row["active_run_id"],
        "item_count": row["item_count"],
    }
