"""Runs and their event logs: every event a run emits is stored (run, sequence, type, JSON) before anyone sees it.

Streams are read back from this log, so a client that reconnects gets exactly the frames it missed,
and a run's state survives a restart. Each function here is synchronous and works inside the
caller's transaction.
"""

from __future__ import annotations

import json
from typing import Any

from parley_server.database import Database, Row, from_json, to_json
from parley_server.ids import new_id, now_iso
from parley_server.store import items

FINAL_STATUSES = frozenset({"completed", "cancelled", "failed"})
"""Run statuses after which nothing more happens."""

FINAL_EVENTS = frozenset({"run.completed", "run.cancelled", "run.failed", "error"})
"""Event types that end a run's stream."""


def create(
    db: Database,
    *,
    thread_id: str,
    user_id: str,
    kind: str,
    model: str,
    settings: dict[str, Any],
    request_id: str,
) -> str:
    """Store a new `queued` run with its `run.created` event (sequence 1); return its id."""
    run_id = new_id("run")
    db.execute(
        "INSERT INTO thread_runs (id, thread_id, user_id, kind, status, model, settings, request_id, created_at)"
        " VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?)",
        (run_id, thread_id, user_id, kind, model, to_json(settings), request_id, now_iso()),
    )
    append_run_event(db, run_id, "run.created")
    return run_id


def get(db: Database, run_id: str) -> Row | None:
    """Return a run row by id."""
    return db.one("SELECT * FROM thread_runs WHERE id = ?", (run_id,))


def find(db: Database, thread_id: str, run_id: str) -> Row | None:
    """Return a run of the thread, or `None`."""
    return db.one("SELECT * FROM thread_runs WHERE id = ? AND thread_id = ?", (run_id, thread_id))


def active_ids(db: Database) -> list[str]:
    """The ids of every run that is queued or in progress."""
    return [row["id"] for row in db.all("SELECT id FROM thread_runs WHERE status IN ('queued', 'in_progress')")]


def run_json(row: Row) -> dict[str, Any]:
    """Render a row as the spec's `ThreadRun`."""
    prompt_tokens = row["prompt_tokens"]
    run_usage = None
    if prompt_tokens is not None:
        completion = row["completion_tokens"]
        run_usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion,
            "total_tokens": prompt_tokens + completion,
        }
    return {
        "id": row["id"],
        "thread_id": row["thread_id"],
        "kind": row["kind"],
        "status": row["status"],
        "model": row["model"],
        "created_at": row["created_at"],
        "started_at": row["started_at"],
        "ended_at": row["ended_at"],
        "error": from_json(row["error"]),
        "usage": run_usage,
        "last_event_id": str(row["last_seq"]),
    }


def append(
    db: Database,
    run_id: str,
    event_type: str,
    fields: dict[str, Any],
    *,
    item_id: str | None = None,
    text: str | None = None,
    tokens: int = 0,
) -> int:
    """Store the run's next event (`type`, `run_id`, `sequence` and `fields`); return its sequence number.

    `item_id` and `text` index a delta so that an item's text so far can be summed; `tokens` counts
    completion tokens.
    """
    db.execute(
        "UPDATE thread_runs SET last_seq = last_seq + 1, completion_tokens = completion_tokens + ? WHERE id = ?",
        (tokens, run_id),
    )
    seq: int = db.scalar("SELECT last_seq FROM thread_runs WHERE id = ?", (run_id,))
    data = {"type": event_type, "run_id": run_id, "sequence": seq, **fields}
    db.execute(
        "INSERT INTO run_events (run_id, seq, type, item_id, text, data) VALUES (?, ?, ?, ?, ?, ?)",
        (run_id, seq, event_type, item_id, text, to_json(data)),
    )
    return seq


def append_run_event(db: Database, run_id: str, event_type: str, fields: dict[str, Any] | None = None) -> int:
    """Store a `run.*` event carrying the run as it is now (its `last_event_id` is this event's sequence)."""
    db.execute("UPDATE thread_runs SET last_seq = last_seq + 1 WHERE id = ?", (run_id,))
    row = get(db, run_id)
    assert row is not None
    seq: int = row["last_seq"]
    data = {"type": event_type, "run_id": run_id, "sequence": seq, "run": run_json(row), **(fields or {})}
    db.execute(
        "INSERT INTO run_events (run_id, seq, type, item_id, text, data) VALUES (?, ?, ?, NULL, NULL, ?)",
        (run_id, seq, event_type, to_json(data)),
    )
    return seq


def append_item_event(db: Database, run_id: str, event_type: str, row: Row) -> int:
    """Store an `item.created` or `item.done` event carrying the item as it is now."""
    return append(db, run_id, event_type, {"item": items.item_json(db, row)}, item_id=row["id"])


def events_after(db: Database, run_id: str, after: int, limit: int = -1) -> list[tuple[int, str, str]]:
    """The run's stored events after sequence `after` (at most `limit`): (sequence, type, JSON data), in order."""
    rows = db.all(
        "SELECT seq, type, data FROM run_events WHERE run_id = ? AND seq > ? ORDER BY seq LIMIT ?",
        (run_id, after, limit),
    )
    return [(row["seq"], row["type"], row["data"]) for row in rows]


def status(db: Database, run_id: str) -> str | None:
    """The run's status, or `None` when there is no such run (its thread was deleted)."""
    value = db.scalar("SELECT status FROM thread_runs WHERE id = ?", (run_id,))
    return None if value is None else str(value)


def mark_started(db: Database, run_id: str, prompt_tokens: int) -> None:
    """The model has answered: the run is `in_progress` and its prompt tokens are known."""
    db.execute(
        "UPDATE thread_runs SET status = 'in_progress', started_at = ?, prompt_tokens = ? WHERE id = ?",
        (now_iso(), prompt_tokens, run_id),
    )


def end(
    db: Database,
    run_id: str,
    status: str,
    *,
    error: dict[str, Any] | None = None,
    final_event: str | None = None,
    completion_tokens: int | None = None,
) -> Row | None:
    """End a run that is still active and return it as it ended; `None` when it had already ended.

    Its unfinished items are closed as `incomplete` and its final status and event (`run.<status>`,
    or `final_event`) are stored.
    """
    row = get(db, run_id)
    if row is None or row["status"] in FINAL_STATUSES:
        return None
    for item in items.in_progress(db, run_id):
        data = json.loads(item["data"])
        if item["type"] == "assistant_message":
            data["content"] = items.text_parts(items.partial_text(db, run_id, item["id"]))
        append_item_event(db, run_id, "item.done", items.finish(db, item["id"], data, "incomplete"))
    db.execute(
        "UPDATE thread_runs SET status = ?, ended_at = ?, error = ?, completion_tokens = COALESCE(?, completion_tokens)"
        " WHERE id = ?",
        (status, now_iso(), None if error is None else to_json(error), completion_tokens, run_id),
    )
    if final_event == "error":
        append(db, run_id, "error", {"error": error, "allow_retry": True})
    elif status == "failed":
        append_run_event(db, run_id, "run.failed", {"error": error})
    else:
        append_run_event(db, run_id, f"run.{status}")
    return get(db, run_id)


def tokens_used(run: Row) -> int:
    """The tokens an ended run used (prompt and completion; 0 when the model never answered)."""
    if run["prompt_tokens"] is None:
        return 0
    return int(run["prompt_tokens"]) + int(run["completion_tokens"])


def result(db: Database, run_id: str) -> dict[str, Any]:
    """The `ThreadRunResult` of a run: the run and every item its request added, input items first."""
    row = get(db, run_id)
    assert row is not None
    return {"run": run_json(row), "items": [items.item_json(db, item) for item in items.of_origin(db, run_id)]}


def error_object(code: str, message: str, request_id: str, *, error_type: str = "api_error") -> dict[str, Any]:
    """An `ErrorObject` for a run that failed."""
    return {"type": error_type, "message": message, "code": code, "param": None, "request_id": request_id}
