"""Stored answers of POSTs made with an `Idempotency-Key`, replayed for 24 hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from parley_server.database import Database, from_json, to_json
from parley_server.ids import now_iso

DDL = """
CREATE TABLE IF NOT EXISTS idempotency (
    user_id TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    headers TEXT NOT NULL,
    body BLOB,
    run_id TEXT,
    stream INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
)
"""


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    """A first answer to replay: a body, or the run whose result or stream it was."""

    fingerprint: str
    status: int
    media_type: str
    headers: dict[str, str]
    body: bytes | None
    run_id: str | None
    stream: bool


def find(db: Database, user_id: str, key: str, ttl_seconds: int) -> StoredAnswer | None:
    """Return the stored answer for this caller's key, if it is younger than the TTL."""
    cutoff = (datetime.now(timezone.utc) - timedelta(seconds=ttl_seconds)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    row = db.one("SELECT * FROM idempotency WHERE user_id = ? AND key = ? AND created_at >= ?", (user_id, key, cutoff))
    if row is None:
        return None
    return StoredAnswer(
        fingerprint=row["fingerprint"],
        status=row["status"],
        media_type=row["media_type"],
        headers=from_json(row["headers"]),
        body=row["body"],
        run_id=row["run_id"],
        stream=bool(row["stream"]),
    )


def save(db: Database, user_id: str, key: str, answer: StoredAnswer) -> None:
    """Store (or, after expiry, replace) the answer for this caller's key."""
    db.execute(
        "INSERT OR REPLACE INTO idempotency"
        " (user_id, key, fingerprint, status, media_type, headers, body, run_id, stream, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            user_id,
            key,
            answer.fingerprint,
            answer.status,
            answer.media_type,
            to_json(answer.headers),
            answer.body,
            answer.run_id,
            int(answer.stream),
            now_iso(),
        ),
    )
