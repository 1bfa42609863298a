"""The server's settings, fixed at start-up: pacing, limits, timeouts and retention."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

MIN_ADMIN_KEY_LENGTH = 32
"""The shortest admin key the server accepts (a generated one is 46 characters)."""


class ConfigError(ValueError):
    """A setting the server refuses to start with; the message says which and why."""


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Everything the server can be told at start-up.

    `token_delay` paces the built-in streaming models (seconds per token), but no answer is paced
    over more than `max_pace_seconds` (a 32,768-token answer would otherwise take minutes, and a
    client waiting for it as JSON would time out); `rate_limit_per_minute` is per API key and `None`
    turns it off; `admin_key` is the bootstrap admin key (generated on first start when `None`).

    The limits are enforced before any work is done for a request: `max_body_bytes` (JSON bodies;
    uploads have `max_upload_bytes`), `max_json_depth` (nesting of arrays and objects),
    `max_messages` (per completion or thread chat), `max_tokens_per_request` (`n * max_tokens`),
    `max_streams` and `max_streams_per_key` (open event streams). `header_timeout` closes a
    connection whose request headers do not arrive in time, `body_timeout` answers 408 to a body
    that does not, `keep_alive_timeout` closes idle connections. A write that finds the database
    locked by another process retries for `db_busy_timeout` seconds, then answers 503.
    """

    db_path: Path
    admin_key: str | None = None
    token_delay: float = 0.005
    max_pace_seconds: float = 2.0
    rate_limit_per_minute: int | None = None
    max_upload_bytes: int = 10 * 1024 * 1024
    max_body_bytes: int = 1024 * 1024
    max_json_depth: int = 64
    max_messages: int = 1000
    max_tokens_per_request: int = 8 * 32768
    max_streams: int = 512
    max_streams_per_key: int = 64
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    keep_alive_timeout: float = 5.0
    db_busy_timeout: float = 5.0
    idempotency_ttl_seconds: int = 24 * 60 * 60
    heartbeat_seconds: float = 15.0

    def pace(self, tokens: int) -> float:
        """The delay between the tokens of an answer `tokens` long: `token_delay`, or less for long ones."""
        return min(self.token_delay, self.max_pace_seconds / tokens) if tokens > 0 else self.token_delay

    def validate(self) -> None:
        """Raise `ConfigError` for a setting the server must not start with (a weak admin key, a limit below 1)."""
        key = self.admin_key
        if key is not None:
            if len(key) < MIN_ADMIN_KEY_LENGTH:
                raise ConfigError(
                    f"PARLEY_ADMIN_KEY is {len(key)} characters long; an admin key needs at least "
                    f"{MIN_ADMIN_KEY_LENGTH}. Generate one with: "
                    "python -c \"import secrets; print('pk_' + secrets.token_urlsafe(32))\""
                )
            if any(character.isspace() for character in key) or not key.isprintable():
                raise ConfigError("PARLEY_ADMIN_KEY must not contain spaces or control characters.")
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name.startswith(("max_", "header_", "body_", "keep_alive_", "db_busy_", "idempotency_")) and (
                value <= 0
            ):
                raise ConfigError(f"{item.name} must be greater than 0, not {value}.")
