"""Stored answers of POSTs made with an `Idempotency-Key`, replayed until they expire.

An entry never holds a secret: an answer that carries one (a new API key) is stored as the answer
a replay gets instead (see `Reply.replay`). Each entry lists its subjects, the ids of what it is
about (the thread, session or run of its path and of its answer), so that deleting a thread or a
session deletes every stored answer that mentions it. Entries older than the TTL are never
replayed and are purged.
"""

from __future__ import annotations

from collections.abc import Iterable
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
);
CREATE INDEX IF NOT EXISTS idempotency_created ON idempotency (created_at);
CREATE TABLE IF NOT EXISTS idempotency_subjects (
    user_id TEXT NOT NULL,
    subject TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (user_id, subject, key),
    FOREIGN KEY (user_id, key) REFERENCES idempotency (user_id, key) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS idempotency_subjects_key ON idempotency_subjects (user_id, key)
"""


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    """A first answer to replay: a body (a JSON answer, an error, a stream's recipe), or the run it started."""

    fingerprint: str
    status: int
    media_type: str
    headers: dict[str, str]
    body: bytes | None
    run_id: str | None
    stream: bool


def _cutoff(ttl_seconds: int) -> str:
    return (datetime.now(timezone.utc) - timedelta(seconds=ttl_seconds)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def find(db: Database, user_id: str, key: str, ttl_seconds: int) -> StoredAnswer | None:
    """Return the stored answer for this caller's key, if it is younger than the TTL."""
    row = db.one(
        "SELECT * FROM idempotency WHERE user_id = ? AND key = ? AND created_at >= ?",
        (user_id, key, _cutoff(ttl_seconds)),
    )
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


def save(db: Database, user_id: str, key: str, answer: StoredAnswer, subjects: Iterable[str]) -> None:
    """Store the answer for this caller's key (replacing an expired one) with the ids it is about."""
    db.execute("DELETE FROM idempotency WHERE user_id = ? AND key = ?", (user_id, key))
    db.execute(
        "INSERT INTO idempotency"
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
    for subject in set(subjects):
        db.execute("INSERT INTO idempotency_subjects (user_id, subject, key) VALUES (?, ?, ?)", (user_id, subject, key))


def forget_subject(db: Database, user_id: str, subject: str) -> int:
    """Delete every stored answer of `user_id` about `subject` (a deleted thread or session); return how many."""
    return db.execute(
        "DELETE FROM idempotency WHERE user_id = ? AND key IN"
        " (SELECT key FROM idempotency_subjects WHERE user_id = ? AND subject = ?)",
        (user_id, user_id, subject),
    )


def purge_expired(db: Database, ttl_seconds: int) -> int:
    """Delete every stored answer older than the TTL; return how many."""
    return db.execute("DELETE FROM idempotency WHERE created_at < ?", (_cutoff(ttl_seconds),))


def migrate(db: Database, version: int) -> None:
    """Drop what older servers stored: answers with plaintext secrets, without subjects, never expired."""
    if version < 2:
        db.execute("DELETE FROM idempotency")
