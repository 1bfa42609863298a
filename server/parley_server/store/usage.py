"""Usage counters behind the platform stats: requests and tokens per user per UTC day."""

from __future__ import annotations

from datetime import datetime, timezone

from parley_server.database import Database

DDL = """
CREATE TABLE IF NOT EXISTS usage_daily (
    day TEXT NOT NULL,
    user_id TEXT NOT NULL,
    requests INTEGER NOT NULL DEFAULT 0,
    tokens INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, user_id)
);
CREATE TABLE IF NOT EXISTS usage_flushes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
)
"""


def today() -> str:
    """The current UTC day as `YYYY-MM-DD`."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%d")


def add(db: Database, counts: dict[tuple[str, str], tuple[int, int]]) -> None:
    """Add counted `(requests, tokens)` per `(day, user_id)` to the stored counters."""
    for (day, user_id), (requests, tokens) in counts.items():
        db.execute(
            "INSERT INTO usage_daily (day, user_id, requests, tokens) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (day, user_id) DO UPDATE SET requests = requests + excluded.requests,"
            " tokens = tokens + excluded.tokens",
            (day, user_id, requests, tokens),
        )


def users_with_requests(db: Database, day: str) -> set[str]:
    """The users who made at least one request on `day` (as stored)."""
    return {row["user_id"] for row in db.all("SELECT user_id FROM usage_daily WHERE day = ? AND requests > 0", (day,))}


def mark_flushed(db: Database, seq: int) -> None:
    """Record that counter batch `seq` is stored (with it, in the same transaction)."""
    db.execute(
        "INSERT INTO usage_flushes (id, seq) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq", (seq,)
    )


def flushed_seq(db: Database) -> int:
    """The number of the last counter batch stored (batches are numbered upwards, across restarts)."""
    value = db.scalar("SELECT seq FROM usage_flushes WHERE id = 1")
    return int(value or 0)
