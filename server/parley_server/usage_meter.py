"""Usage counted off the request path: requests, tokens and keys' last use, kept in memory, written in batches.

A request never writes a counter itself (a busy database must not fail it): it adds to the meter,
and `flush` (every second, and at shutdown) writes what was counted in one small transaction. Each
batch is numbered and its number is stored with it, so `pending` can tell a reader exactly which
counts its database snapshot does not hold yet: the stats are exact at every moment. When the
database is busy, a batch goes back into the meter and the next flush writes it. What a crash
loses is at most the last second of counters, never a request's own effects.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from parley_server.database import Database
from parley_server.ids import now_iso
from parley_server.store import keys, usage

Counts = dict[tuple[str, str], tuple[int, int]]
"""`(day, user_id)` -> `(requests, tokens)`."""


def _merge(into: defaultdict[tuple[str, str], list[int]], counts: Counts) -> None:
    for slot, (requests, tokens) in counts.items():
        into[slot][0] += requests
        into[slot][1] += tokens


class UsageMeter:
    """Counters per user per UTC day and the keys' last use, safe to use from any thread."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._counts: defaultdict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        self._last_use: dict[str, str] = {}
        self._seen: dict[str, str] = {}
        self._in_flight: dict[int, Counts] = {}
        self._seq: int = db.call_now(lambda: usage.flushed_seq(db))

    def count_request(self, user_id: str, key_id: str) -> None:
        """Count one authenticated request of `user_id` with key `key_id`, now."""
        with self._lock:
            self._counts[(usage.today(), user_id)][0] += 1
            self._last_use[key_id] = self._seen[key_id] = now_iso()

    def last_use(self, key_id: str) -> str | None:
        """When this server last saw key `key_id` used (stored or not yet), or `None`."""
        with self._lock:
            return self._seen.get(key_id)

    def add_tokens(self, user_id: str, tokens: int) -> None:
        """Count `tokens` used by `user_id` today."""
        if tokens <= 0:
            return
        with self._lock:
            self._counts[(usage.today(), user_id)][1] += tokens

    def pending(self, stored_seq: int) -> Counts:
        """What a database snapshot whose last stored batch is `stored_seq` does not hold yet."""
        with self._lock:
            total: defaultdict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
            _merge(total, {slot: (r, t) for slot, (r, t) in self._counts.items()})
            for seq, counts in self._in_flight.items():
                if seq > stored_seq:
                    _merge(total, counts)
            return {slot: (r, t) for slot, (r, t) in total.items()}

    async def flush(self) -> None:
        """Write what was counted since the last flush; on a busy database keep it for the next one."""
        with self._lock:
            if not self._counts and not self._last_use:
                return
            self._seq += 1
            seq = self._seq
            counts: Counts = {slot: (r, t) for slot, (r, t) in self._counts.items()}
            last_use = self._last_use
            self._counts = defaultdict(lambda: [0, 0])
            self._last_use = {}
            self._in_flight[seq] = counts

        def write() -> None:
            usage.add(self._db, counts)
            usage.mark_flushed(self._db, seq)
            keys.record_last_use(self._db, last_use)

        try:
            await self._db.write(write, timeout=1.0)
        except BaseException:
            with self._lock:
                _merge(self._counts, counts)
                for key_id, when in last_use.items():
                    self._last_use[key_id] = max(when, self._last_use.get(key_id, when))
                del self._in_flight[seq]
            raise
        with self._lock:
            del self._in_flight[seq]
