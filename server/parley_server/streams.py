"""Open event streams: capped per API key and overall, and ended when their key is revoked.

Every answer that stays open (a streamed completion, a thread run's events) holds a `StreamSlot`
from the moment the request is accepted until the answer ends, however it ends. A request over a
cap is refused before any work is done (429 with `Retry-After`). Revoking a key marks its slots;
each stream checks its slot between frames and ends with an error frame. Used on the event loop only.
"""

from __future__ import annotations

from collections.abc import Callable

from parley_server.errors import TooManyRequests

RETRY_AFTER_SECONDS = 1


class StreamSlot:
    """One open stream of one key: `revoked` once the key is, `release()` when the stream ends."""

    __slots__ = ("_on_revoke", "_registry", "key_id", "released", "revoked")

    def __init__(self, registry: StreamRegistry, key_id: str) -> None:
        self._registry = registry
        self.key_id = key_id
        self.revoked = False
        self.released = False
        self._on_revoke: Callable[[], None] | None = None

    def on_revoke(self, callback: Callable[[], None] | None) -> None:
        """Call `callback` when the key is revoked (to wake a stream that waits for its next event)."""
        self._on_revoke = callback

    def revoke(self) -> None:
        """Mark the stream's key revoked and wake the stream."""
        self.revoked = True
        if self._on_revoke is not None:
            self._on_revoke()

    def release(self) -> None:
        """Give the slot back (idempotent)."""
        if not self.released:
            self.released = True
            self._registry._release(self)


class StreamRegistry:
    """The open streams, by key, within `max_total` and `max_per_key`."""

    def __init__(self, max_total: int, max_per_key: int) -> None:
        self.max_total = max_total
        self.max_per_key = max_per_key
        self._by_key: dict[str, set[StreamSlot]] = {}
        self._count = 0

    @property
    def open_count(self) -> int:
        """How many streams are open now."""
        return self._count

    def open(self, key_id: str) -> StreamSlot:
        """Take a slot for a new stream of `key_id`, or raise a 429 naming the cap that is full."""
        mine = self._by_key.get(key_id, set())
        if len(mine) >= self.max_per_key:
            raise TooManyRequests(
                "too_many_streams",
                f"This API key already has {len(mine)} open streams, the most this server allows per key; "
                f"close one or retry in {RETRY_AFTER_SECONDS} s.",
                retry_after=RETRY_AFTER_SECONDS,
            )
        if self._count >= self.max_total:
            raise TooManyRequests(
                "too_many_streams",
                f"The server has {self._count} open streams, the most it allows ({self.max_total}); "
                f"retry in {RETRY_AFTER_SECONDS} s.",
                retry_after=RETRY_AFTER_SECONDS,
            )
        slot = StreamSlot(self, key_id)
        self._by_key.setdefault(key_id, set()).add(slot)
        self._count += 1
        return slot

    def revoke(self, key_id: str) -> int:
        """End every open stream of a revoked key (each sends its error frame); return how many."""
        slots = list(self._by_key.get(key_id, ()))
        for slot in slots:
            slot.revoke()
        return len(slots)

    def _release(self, slot: StreamSlot) -> None:
        mine = self._by_key.get(slot.key_id)
        if mine is not None and slot in mine:
            mine.discard(slot)
            self._count -= 1
            if not mine:
                del self._by_key[slot.key_id]
