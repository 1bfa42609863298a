"""Thread items: their rows, their `ThreadItem` JSON, and the pages `list_thread_items` answers.

An item's type-specific fields live in the JSON column `data`; `status` is a column because a run
updates it. While an assistant message is still streaming its row holds no text: the text so far is
the sum of the run's `item.delta` events for it, so every token is written once, never re-written.
"""

from __future__ import annotations

from typing import Any

from parley_server.database import Database, Row, from_json, to_json
from parley_server.ids import new_id, now_iso
from parley_server.store.pagination import cursor_page

TEXT_PART_LIMIT = 100_000
"""The longest `TextPart.text`; longer assistant text is split across parts."""

_WITH_STATUS = ("assistant_message", "tool_call")


def insert(
    db: Database,
    *,
    thread_id: str,
    user_id: str,
    item_type: str,
    data: dict[str, Any],
    origin_run_id: str,
    run_id: str | None = None,
    status: str | None = None,
) -> Row:
    """Store a new item; `origin_run_id` is the run of the request that added it, `run_id` the run that made it."""
    item_id = new_id("item")
    if status is None and item_type in _WITH_STATUS:
        status = "completed"
    db.execute(
        "INSERT INTO thread_items (id, thread_id, user_id, run_id, origin_run_id, type, status, feedback, data,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
        (item_id, thread_id, user_id, run_id, origin_run_id, item_type, status, to_json(data), now_iso()),
    )
    row = get(db, item_id)
    assert row is not None
    return row


def get(db: Database, item_id: str) -> Row | None:
    """Return one item row by id."""
    return db.one("SELECT * FROM thread_items WHERE id = ?", (item_id,))


def find(db: Database, thread_id: str, item_id: str) -> Row | None:
    """Return one item of the thread, or `None`."""
    return db.one("SELECT * FROM thread_items WHERE id = ? AND thread_id = ?", (item_id, thread_id))


def finish(db: Database, item_id: str, data: dict[str, Any], status: str) -> Row:
    """Store an item's final fields and status; return the row."""
    db.execute("UPDATE thread_items SET data = ?, status = ? WHERE id = ?", (to_json(data), status, item_id))
    row = get(db, item_id)
    assert row is not None
    return row


def of_thread(db: Database, thread_id: str) -> list[Row]:
    """Every item of the thread, oldest first (the conversation a run answers)."""
    return db.all("SELECT * FROM thread_items WHERE thread_id = ? ORDER BY id", (thread_id,))


def of_origin(db: Database, run_id: str) -> list[Row]:
    """The items the request that started `run_id` added: its input items, then the run's own, in order."""
    return db.all("SELECT * FROM thread_items WHERE origin_run_id = ? ORDER BY id", (run_id,))


def in_progress(db: Database, run_id: str) -> list[Row]:
    """The items `run_id` is still producing."""
    return db.all("SELECT * FROM thread_items WHERE run_id = ? AND status = 'in_progress' ORDER BY id", (run_id,))


def existing_ids(db: Database, thread_id: str, item_ids: list[str]) -> set[str]:
    """Which of `item_ids` are items of the thread."""
    marks = ", ".join("?" for _ in item_ids)
    rows = db.all(f"SELECT id FROM thread_items WHERE thread_id = ? AND id IN ({marks})", (thread_id, *item_ids))
    return {row["id"] for row in rows}


def record_feedback(
    db: Database, *, thread_id: str, user_id: str, item_ids: list[str], kind: str, comment: str | None
) -> dict[str, Any]:
    """Store feedback on items of the thread, set their `feedback`, and return the spec's `ItemFeedback`."""
    feedback = {
        "id": new_id("fb"),
        "thread_id": thread_id,
        "item_ids": item_ids,
        "kind": kind,
        "comment": comment,
        "created_at": now_iso(),
    }
    db.execute(
        "INSERT INTO item_feedback (id, thread_id, user_id, item_ids, kind, comment, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (feedback["id"], thread_id, user_id, to_json(item_ids), kind, comment, feedback["created_at"]),
    )
    marks = ", ".join("?" for _ in item_ids)
    db.execute(
        f"UPDATE thread_items SET feedback = ? WHERE thread_id = ? AND id IN ({marks})", (kind, thread_id, *item_ids)
    )
    return feedback


def delete_after(db: Database, thread_id: str, item_id: str) -> None:
    """Delete every item of the thread created after `item_id`."""
    db.execute("DELETE FROM thread_items WHERE thread_id = ? AND id > ?", (thread_id, item_id))


def partial_text(db: Database, run_id: str, item_id: str) -> str:
    """The text streamed so far for an item: its `item.delta` fragments, joined in order."""
    rows = db.all(
        "SELECT text FROM run_events WHERE run_id = ? AND item_id = ? AND type = 'item.delta' ORDER BY seq",
        (run_id, item_id),
    )
    return "".join(row["text"] or "" for row in rows)


def text_parts(text: str) -> list[dict[str, Any]]:
    """Assistant text as `TextPart`s of at most 100,000 characters (none for empty text)."""
    return [{"type": "text", "text": text[i : i + TEXT_PART_LIMIT]} for i in range(0, len(text), TEXT_PART_LIMIT)]


def item_json(db: Database, row: Row) -> dict[str, Any]:
    """Render a row as the spec's `ThreadItem` (an item still streaming shows its text so far)."""
    data = from_json(row["data"])
    if row["status"] == "in_progress" and row["type"] == "assistant_message":
        data["content"] = text_parts(partial_text(db, row["run_id"], row["id"]))
    item = {
        "id": row["id"],
        "thread_id": row["thread_id"],
        "run_id": row["run_id"],
        "created_at": row["created_at"],
        "type": row["type"],
        "feedback": row["feedback"],
        **data,
    }
    if row["type"] in _WITH_STATUS:
        item["status"] = row["status"]
    return item


def page(db: Database, thread_id: str, params: dict[str, Any]) -> dict[str, Any]:
    """One cursor page of the thread's items (`limit`, `after`, `order`)."""
    return cursor_page(
        db,
        table="thread_items",
        where="thread_id = ?",
        args=(thread_id,),
        params=params,
        render=lambda row: item_json(db, row),
    )
