"""Identifiers and timestamps in the wire formats the spec uses."""

from __future__ import annotations

import secrets
import time
from datetime import datetime, timezone

_last_micros = 0


def new_id(prefix: str) -> str:
    """Return a fresh id such as `thr_0641f2a9c3b1e07d3a9f1c2b`: prefix, `_`, 24 hex digits.

    The first 14 digits are a strictly increasing microsecond clock and the last 10 are random, so
    ids sort in creation order: a cursor `after` is a position, valid even once its item is gone.
    """
    global _last_micros
    _last_micros = max(time.time_ns() // 1000, _last_micros + 1)
    return f"{prefix}_{_last_micros:014x}{secrets.randbits(40):010x}"


def now_iso() -> str:
    """Return the current UTC time as an RFC 3339 string with microseconds and a `Z`."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def now_unix() -> int:
    """Return the current time in Unix seconds (the OpenAI-compatible `created` fields)."""
    return int(time.time())


def parse_iso(value: str) -> datetime:
    """Parse an RFC 3339 date-time (a trailing `Z` included, also on Python 3.10) into aware UTC."""
    parsed = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)
