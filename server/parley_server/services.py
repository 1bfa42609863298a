"""The long-lived objects every handler can reach through its `Context`."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from parley_server.auth import Authenticator
from parley_server.config import ServerConfig
from parley_server.contract import Contract
from parley_server.database import Database
from parley_server.engine.runs import RunEngine
from parley_server.rate_limit import RateLimiter
from parley_server.streams import StreamRegistry
from parley_server.usage_meter import UsageMeter


@dataclass(slots=True)
class Services:
    """The server's shared state: settings, database, contract, auth, limits, usage, streams and run engine.

    `cpu` runs the heavy checks of a request (parsing and validating its body) off the event loop.
    """

    config: ServerConfig
    db: Database
    contract: Contract
    auth: Authenticator
    limiter: RateLimiter
    meter: UsageMeter
    streams: StreamRegistry
    runs: RunEngine
    cpu: ThreadPoolExecutor
