"""Server settings, from the command line, the environment or a test."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Everything the server can be told at start-up.

    `token_delay` paces the built-in streaming models (seconds per token), but no answer is paced
    over more than `max_pace_seconds` (a 32,768-token answer would otherwise take minutes, and a
    client waiting for it as JSON would time out); `rate_limit_per_minute`
    is per API key and `None` turns it off; `admin_key` is the first-start admin key (generated
    when `None`).
    """

    db_path: Path
    admin_key: str | None = None
    token_delay: float = 0.005
    max_pace_seconds: float = 2.0
    rate_limit_per_minute: int | None = None
    max_upload_bytes: int = 10 * 1024 * 1024
    idempotency_ttl_seconds: int = 24 * 60 * 60
    heartbeat_seconds: float = 15.0

    def pace(self, tokens: int) -> float:
        """The delay between the tokens of an answer `tokens` long: `token_delay`, or less for long ones."""
        return min(self.token_delay, self.max_pace_seconds / tokens) if tokens > 0 else self.token_delay
