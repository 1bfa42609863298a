"""A per-key request budget per minute (off unless configured)."""

from __future__ import annotations

import math
import time
from collections import deque

from parley_server.errors import TooManyRequests


class RateLimiter:
    """A sliding one-minute window per API key; `None` disables it."""

    def __init__(self, per_minute: int | None) -> None:
        self._limit = per_minute
        self._hits: dict[str, deque[float]] = {}

    def check(self, key_id: str) -> None:
        """Count one request for `key_id`, or raise a 429 with `Retry-After` when over budget."""
        if self._limit is None:
            return
        now = time.monotonic()
        hits = self._hits.setdefault(key_id, deque())
        while hits and now - hits[0] >= 60.0:
            hits.popleft()
        if len(hits) >= self._limit:
            wait = max(1, math.ceil(60.0 - (now - hits[0])))
            raise TooManyRequests(
                "rate_limited",
                f"Rate limit of {self._limit} requests per minute exceeded; retry in {wait} s.",
                retry_after=wait,
            )
        hits.append(now)
