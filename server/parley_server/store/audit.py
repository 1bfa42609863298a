"""The audit log: one entry per administrative or manager action, written in the action's transaction."""

from __future__ import annotations

from typing import Any

from parley_server.database import Database, Row, from_json, to_json
from parley_server.ids import new_id, now_iso

DDL = """
CREATE TABLE IF NOT EXISTS audit_log (
    id TEXT PRIMARY KEY,
    timestamp TEXT NOT NULL,
    user_id TEXT,
    org_id TEXT,
    action TEXT NOT NULL,
    resource TEXT,
    resource_id TEXT,
    metadata TEXT NOT NULL,
    request_id TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_action ON audit_log (action);
CREATE INDEX IF NOT EXISTS audit_log_user ON audit_log (user_id);
CREATE INDEX IF NOT EXISTS audit_log_timestamp ON audit_log (timestamp)
"""


def write(
    db: Database,
    user_id: str | None,
    action: str,
    resource: str | None,
    resource_id: str | None,
    metadata: dict[str, Any],
    request_id: str | None,
) -> None:
    """Write one entry; `user_id` is `None` for actions of the server itself."""
    db.execute(
        "INSERT INTO audit_log (id, timestamp, user_id, org_id, action, resource, resource_id, metadata, request_id)"
        " VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?)",
        (new_id("aud"), now_iso(), user_id, action, resource, resource_id, to_json(metadata), request_id),
    )


def page(
    db: Database, *, filters: dict[str, str], since: str | None, until: str | None, limit: int, offset: int
) -> tuple[list[Row], int]:
    """Return one page of entries, newest first, and how many entries match in all.

    `filters` maps a column (`action`, `user_id`, `resource`) to the exact value it must have;
    `since` (inclusive) and `until` (exclusive) are timestamps in the stored format.
    """
    clauses, args = ["1 = 1"], []
    for column in ("action", "user_id", "resource"):
        if column in filters:
            clauses.append(f"{column} = ?")
            args.append(filters[column])
    if since is not None:
        clauses.append("timestamp >= ?")
        args.append(since)
    if until is not None:
        clauses.append("timestamp < ?")
        args.append(until)
    where = " AND ".join(clauses)
    total: int = db.scalar(f"SELECT COUNT(*) FROM audit_log WHERE {where}", args)
    rows = db.all(f"SELECT * FROM audit_log WHERE {where} ORDER BY id DESC LIMIT ? OFFSET ?", [*args, limit, offset])
    return rows, total


def entry_json(row: Row) -> dict[str, Any]:
    """Render a row as the spec's `AuditLogEntry`."""
    return {
        "id": row["id"],
        "timestamp": row["timestamp"],
        "user_id": row["user_id"],
        "org_id": row["org_id"],
        "action": row["action"],
        "resource": row["resource"],
        "resource_id": row["resource_id"],
        "metadata": from_json(row["metadata"]),
        "request_id": row["request_id"],
    }
