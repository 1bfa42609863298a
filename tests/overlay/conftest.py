"""Fixtures of the SDK tests: mock servers, recorded retry waits, and a live reference server."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from parley import AsyncParley, Parley, _retry

from tests.live_server import LiveServer

from .flavours import Flavour

BASE_URL = "http://parley.test"
API_KEY = "prl_test_secret_key_0123456789"

Handler = Callable[[httpx.Request], httpx.Response]

THREAD = {
    "id": "thr_1",
    "title": None,
    "status": "active",
    "metadata": {},
    "created_at": "2026-11-22T09:30:00Z",
    "updated_at": "2026-11-22T09:30:00Z",
    "last_message_at": None,
    "active_run_id": None,
    "item_count": 0,
}


def envelope(
    status: int, code: str | None = None, message: str = "It failed.", request_id: str = "req_env"
) -> dict[str, Any]:
    """The contract's error envelope."""
    kinds = {400: "invalid_request_error", 401: "authentication_error", 404: "not_found_error", 409: "conflict_error"}
    return {
        "error": {
            "type": kinds.get(status, "api_error"),
            "message": message,
            "code": code,
            "param": None,
            "request_id": request_id,
        }
    }


def error_response(status: int, code: str | None = None, headers: dict[str, str] | None = None) -> httpx.Response:
    """A non-2xx answer with the envelope and a request id."""
    return httpx.Response(status, json=envelope(status, code), headers={"x-request-id": "req_hdr", **(headers or {})})


class Recorder:
    """A MockTransport handler that records every request and answers from a script or a function."""

    def __init__(self, answer: Handler | list[httpx.Response | Exception]) -> None:
        self.requests: list[httpx.Request] = []
        self._answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if callable(self._answer):
            return self._answer(request)
        step = self._answer.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    @property
    def count(self) -> int:
        return len(self.requests)

    def json(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every retry wait, recorded instead of slept."""
    recorded: list[float] = []

    def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_retry, "sleep", fake_sleep)
    monkeypatch.setattr(_retry, "async_sleep", fake_async_sleep)
    return recorded


@pytest.fixture(autouse=True)
def _no_parley_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PARLEY_BASE_URL", "PARLEY_API_KEY", "PARLEY_LOG"):
        monkeypatch.delenv(name, raising=False)


def mock_client(recorder: Recorder, **kwargs: Any) -> Parley:
    """A `Parley` whose requests go to `recorder`."""
    kwargs.setdefault("api_key", API_KEY)
    return Parley(base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **kwargs)


def mock_async_client(recorder: Recorder, **kwargs: Any) -> AsyncParley:
    """An `AsyncParley` whose requests go to `recorder`."""
    kwargs.setdefault("api_key", API_KEY)
    transport = httpx.MockTransport(recorder)
    return AsyncParley(base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport), **kwargs)


# -- the live reference server (end-to-end tests) ----------------------------------------------


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One reference server for the whole session, on a loopback port."""
    server = LiveServer(tmp_path_factory.mktemp("parley-e2e") / "parley.db", token_delay=0.0).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def admin(live_server: LiveServer) -> Iterator[Parley]:
    """A client with the server's admin key."""
    with Parley(base_url=live_server.base_url, api_key=live_server.admin_key, max_retries=0) as client:
        yield client


@pytest.fixture
def user(live_server: LiveServer) -> Iterator[Parley]:
    """A client with a fresh user key (its own user, so its lists start empty)."""
    key = live_server.new_key(f"user_{uuid.uuid4().hex[:12]}")
    with Parley(base_url=live_server.base_url, api_key=key, max_retries=0) as client:
        yield client


def spec_path() -> Path:
    """The contract."""
    return Path(__file__).resolve().parents[2] / "openapi.yaml"


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Iterator[Flavour]:
    """The client flavour a test runs in: the test body is written once, it runs for both."""
    chosen = Flavour(request.param)
    try:
        yield chosen
    finally:
        chosen.close()
