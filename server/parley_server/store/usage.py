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
)
"""


def today() -> str:
    """The current UTC day as `YYYY-MM-DD`."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%d")


def count_request(db: Database, user_id: str) -> None:
    """Count one authenticated request of `user_id` today."""
    db.execute(
        "INSERT INTO usage_daily (day, user_id, requests) VALUES (?, ?, 1)"
        " ON CONFLICT (day, user_id) DO UPDATE SET requests = requests + 1",
        (today(), user_id),
    )


def add_tokens(db: Database, user_id: str, tokens: int) -> None:
    """Add `tokens` used by `user_id` today (completions, thread runs, workspace answers)."""
    if tokens <= 0:
        return
    db.execute(
        "INSERT INTO usage_daily (day, user_id, tokens) VALUES (?, ?, ?)"
        " ON CONFLICT (day, user_id) DO UPDATE SET tokens = tokens + excluded.tokens",
        (today(), user_id, tokens),
    )
