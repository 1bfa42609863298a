"""Fixtures for the reference server's HTTP tests: one shared server, and fresh ones on demand."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.live_server import LiveServer


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A reference server shared by the session (streams paced at 2 ms a token)."""
    live = LiveServer(tmp_path_factory.mktemp("server") / "parley.db", token_delay=0.002).start()
    yield live
    live.stop()


@pytest.fixture
def make_server(tmp_path: Path) -> Iterator[Callable[..., LiveServer]]:
    """Start extra servers (own database unless given), all stopped at the end of the test."""
    started: list[LiveServer] = []

    def make(db_path: Path | None = None, **kwargs: object) -> LiveServer:
        live = LiveServer(db_path or tmp_path / f"parley-{len(started)}.db", **kwargs).start()  # type: ignore[arg-type]
        started.append(live)
        return live

    yield make
    for live in started:
        live.stop()


@pytest.fixture
def admin(server: LiveServer) -> Iterator[httpx.Client]:
    """An httpx client with the server's admin key."""
    with server.client() as client:
        yield client


@pytest.fixture
def new_user(server: LiveServer) -> Iterator[Callable[[], httpx.Client]]:
    """Make clients for fresh users, each with its own `user` key."""
    clients: list[httpx.Client] = []

    def make() -> httpx.Client:
        client = server.client(server.new_key("user_" + secrets.token_hex(6)))
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
