"""Fixtures of the third-party client tests: one reference server, and the clients users already have."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx
import openai
import pytest

from tests.live_server import LiveServer

T = TypeVar("T")

AnyOpenAI = openai.OpenAI | openai.AsyncOpenAI
Scenario = Callable[[Any], Awaitable[T]]


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A reference server shared by these tests (streams paced at 1 ms a token)."""
    live = LiveServer(tmp_path_factory.mktemp("compat") / "parley.db", token_delay=0.001).start()
    yield live
    live.stop()


@pytest.fixture
def raw(server: LiveServer) -> Iterator[httpx.Client]:
    """An httpx client with the admin key, for what no client library shows (the exact JSON)."""
    with server.client() as client:
        yield client


@pytest.fixture(params=["sync", "async"])
def with_openai(request: pytest.FixtureRequest, server: LiveServer) -> Callable[[Scenario[T]], T]:
    """Run a scenario with the official `openai` client of each flavour (`openai.OpenAI`, `openai.AsyncOpenAI`).

    A scenario is one `async def` written once: it awaits each call through `call(...)` (a sync result is
    taken as it is) and reads streams through `collect(...)`, so both flavours run the same assertions.
    """
    settings: dict[str, Any] = {"base_url": server.base_url + "/v1", "api_key": server.admin_key, "max_retries": 0}

    def run(scenario: Scenario[T]) -> T:
        async def main() -> T:
            if request.param == "sync":
                with openai.OpenAI(**settings) as client:
                    return await scenario(client)
            async with openai.AsyncOpenAI(**settings) as aclient:
                return await scenario(aclient)

        return asyncio.run(main())

    return run


async def call(result: Any) -> Any:
    """The value of a client call, awaited when the client is async."""
    return await result if inspect.isawaitable(result) else result


async def collect(stream: Any) -> list[Any]:
    """Every item of a sync or async stream, in order."""
    if hasattr(stream, "__aiter__"):
        return [item async for item in stream]
    return list(stream)
