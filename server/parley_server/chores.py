"""The server's background chores: write the counted usage every second, purge expired idempotency entries."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from parley_server.config import ServerConfig
from parley_server.database import Database
from parley_server.errors import Unavailable
from parley_server.store import idempotency
from parley_server.usage_meter import UsageMeter

log = logging.getLogger("parley_server.chores")

USAGE_FLUSH_SECONDS = 1.0
MAX_PURGE_INTERVAL = 60.0


class Chores:
    """Runs the chores on the event loop from `start()` until `stop()` (which flushes the usage once more)."""

    def __init__(self, config: ServerConfig, db: Database, meter: UsageMeter) -> None:
        self._db = db
        self._meter = meter
        self._ttl = config.idempotency_ttl_seconds
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        """Start the chores (on the running loop)."""
        purge_every = min(MAX_PURGE_INTERVAL, max(0.5, self._ttl / 2))
        self._tasks = [
            asyncio.create_task(self._every(USAGE_FLUSH_SECONDS, self._meter.flush), name="flush usage"),
            asyncio.create_task(self._every(purge_every, self.purge), name="purge idempotency"),
        ]

    async def stop(self) -> None:
        """Stop the chores and write what the meter still holds."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        try:
            await self._meter.flush()
        except Unavailable:
            log.warning("the database stayed busy at shutdown; the last second of usage counters is lost")

    async def purge(self) -> None:
        """Delete the idempotency entries older than the TTL."""
        await self._db.write(lambda: idempotency.purge_expired(self._db, self._ttl))

    @staticmethod
    async def _every(seconds: float, chore: Callable[[], Awaitable[None]]) -> None:
        while True:
            try:
                await chore()
            except Unavailable:
                pass  # the database is busy: the next round does it
            except Exception:
                log.exception("a background chore failed")
            await asyncio.sleep(seconds)
