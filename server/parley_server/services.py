"""The long-lived objects every handler can reach through its `Context`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Protocol

from parley_server.auth import Authenticator
from parley_server.config import ServerConfig
from parley_server.contract import Contract
from parley_server.database import Database
from parley_server.rate_limit import RateLimiter


class RunEngine(Protocol):
    """What the endpoint layer needs from the thread-run engine."""

    def event_stream(self, run_id: str, after: int) -> AsyncIterator[bytes]:
        """Yield the run's SSE frames after sequence `after`, then live ones until the run ends."""
        ...

    async def wait_result(self, run_id: str) -> dict[str, Any]:
        """Wait until the run has ended and return its `ThreadRunResult` JSON."""
        ...


@dataclass(slots=True)
class Services:
    """The server's shared state: settings, database, contract, auth, rate limit and run engine."""

    config: ServerConfig
    db: Database
    contract: Contract
    auth: Authenticator
    limiter: RateLimiter
    runs: RunEngine
