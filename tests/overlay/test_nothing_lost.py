"""Nothing lost, nothing doubled: retried POSTs against the reference server act exactly once.

The transport forwards each request to the real server and, for every third attempt, throws the
answer away and raises a connection error instead, as if the connection dropped after the server
had done the work. The SDK retries with the same Idempotency-Key; the server replays its answer.
"""

from __future__ import annotations

import uuid

import httpx
from parley import Parley

from tests.live_server import LiveServer

from .flavours import Flavour

CREATES = 300


class DroppingTransport(httpx.BaseTransport):
    """Sends every request; loses the answer of every third one (after the server handled it)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.attempts = 0
        self.dropped = 0
        self.replayed = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        response = self.inner.handle_request(request)
        response.read()
        if self.attempts % 3 == 0:
            self.dropped += 1
            error = httpx.RemoteProtocolError if self.dropped % 2 else httpx.ReadError
            raise error("connection dropped after the request was sent", request=request)
        self.replayed += response.headers.get("idempotent-replayed") == "true"
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncDroppingTransport(httpx.AsyncBaseTransport):
    """The async twin of `DroppingTransport`."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.attempts = 0
        self.dropped = 0
        self.replayed = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        response = await self.inner.handle_async_request(request)
        await response.aread()
        if self.attempts % 3 == 0:
            self.dropped += 1
            error = httpx.RemoteProtocolError if self.dropped % 2 else httpx.ReadError
            raise error("connection dropped after the request was sent", request=request)
        self.replayed += response.headers.get("idempotent-replayed") == "true"
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def dropping(flavour: Flavour) -> DroppingTransport | AsyncDroppingTransport:
    return AsyncDroppingTransport() if flavour.is_async else DroppingTransport()


def test_300_creates_over_a_dropping_connection_make_exactly_300_threads(
    flavour: Flavour, live_server: LiveServer, waits: list[float]
) -> None:
    key = live_server.new_key(f"user_lossy_{uuid.uuid4().hex[:8]}")
    transport = dropping(flavour)
    client = flavour.client(base_url=live_server.base_url, api_key=key, transport=transport)
    created = [client.threads.create(title=f"thread {i}").id for i in range(CREATES)]
    assert transport.attempts == CREATES + transport.dropped and transport.dropped == transport.attempts // 3
    assert transport.replayed == transport.dropped  # each lost answer was replayed, not redone
    assert len(waits) == transport.dropped
    client.close()
    with Parley(base_url=live_server.base_url, api_key=key) as reader:
        listed = [thread.id for thread in reader.threads.list(limit=100)]
    assert len(listed) == CREATES
    assert len(set(listed)) == CREATES
    assert set(listed) == set(created)


def test_chats_and_workspace_messages_over_a_dropping_connection_act_once(
    flavour: Flavour, live_server: LiveServer, waits: list[float]
) -> None:
    key = live_server.new_key(f"user_lossy_{uuid.uuid4().hex[:8]}")
    transport = dropping(flavour)
    client = flavour.client(base_url=live_server.base_url, api_key=key, transport=transport)
    thread = client.threads(client.threads.create().id)
    for i in range(30):
        assert thread.chat(f"question {i}", stream=False).run.status == "completed"
    workspace = client.workspaces.create(client_id=f"cust_{uuid.uuid4().hex[:8]}").workspace
    for i in range(30):
        client.workspaces.send_message(workspace.id, f"message {i}")
    assert transport.dropped >= 20
    client.close()
    with Parley(base_url=live_server.base_url, api_key=key) as reader:
        assert reader.threads(thread.id).retrieve().item_count == 60
        contents = [m.content for m in reader.workspaces.list_messages(workspace.id, limit=100) if m.role == "user"]
        assert contents == [f"message {i}" for i in range(30)]
