"""PLACEHOLDER: replaced by the thread-run engine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from parley_server.config import ServerConfig
from parley_server.database import Database


class RunEngine:
    """Placeholder."""

    def __init__(self, db: Database, config: ServerConfig) -> None:
        self.db = db

    def recover(self) -> None:
        """Placeholder."""

    async def shutdown(self) -> None:
        """Placeholder."""

    async def event_stream(self, run_id: str, after: int) -> AsyncIterator[bytes]:
        """Placeholder."""
        yield b""

    async def wait_result(self, run_id: str) -> dict[str, Any]:
        """Placeholder."""
        return {}
