"""Auth headers: API key, dict and callable `headers=`, async callables, 401 refresh, precedence."""

from __future__ import annotations

import asyncio
import itertools

import httpx
import pytest
from parley import AsyncParley, AuthenticationError, Parley, ParleyError

from .conftest import API_KEY, BASE_URL, THREAD, Recorder, error_response, mock_async_client, mock_client
from .flavours import Flavour


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=THREAD)


def test_api_key_is_sent_as_bearer() -> None:
    recorder = Recorder(ok)
    mock_client(recorder).threads.retrieve("thr_1")
    assert recorder.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert recorder.requests[0].headers["user-agent"].startswith("parley-python/")


def test_dict_headers_are_sent_and_win_over_the_api_key() -> None:
    recorder = Recorder(ok)
    client = mock_client(recorder, headers={"Authorization": "Bearer from-dict", "X-Tenant": "t1"})
    client.threads.retrieve("thr_1")
    sent = recorder.requests[0].headers
    assert sent.get_list("authorization") == ["Bearer from-dict"]
    assert sent["x-tenant"] == "t1"


def test_callable_headers_are_evaluated_on_every_request() -> None:
    tokens = itertools.count(1)
    recorder = Recorder(ok)
    client = mock_client(recorder, api_key=None, headers=lambda: {"Authorization": f"Bearer t{next(tokens)}"})
    for _ in range(3):
        client.threads.retrieve("thr_1")
    assert [r.headers["authorization"] for r in recorder.requests] == ["Bearer t1", "Bearer t2", "Bearer t3"]


def test_extra_headers_win_over_every_other_header() -> None:
    recorder = Recorder(ok)
    client = mock_client(recorder, headers=lambda: {"X-Trace": "dynamic"}, default_headers={"X-Trace": "default"})
    client.threads.retrieve("thr_1", extra_headers={"x-trace": "per-call", "Authorization": "Bearer per-call"})
    sent = recorder.requests[0].headers
    assert sent.get_list("x-trace") == ["per-call"]
    assert sent.get_list("authorization") == ["Bearer per-call"]


def test_default_headers_are_under_the_dynamic_ones() -> None:
    recorder = Recorder(ok)
    client = mock_client(recorder, headers=lambda: {"X-Trace": "dynamic"}, default_headers={"X-Trace": "default"})
    client.threads.retrieve("thr_1")
    assert recorder.requests[0].headers.get_list("x-trace") == ["dynamic"]


def test_async_callable_on_the_sync_client_is_a_type_error_at_construction() -> None:
    async def token() -> dict[str, str]:
        return {"Authorization": "Bearer x"}

    with pytest.raises(TypeError, match="AsyncParley"):
        Parley(base_url=BASE_URL, headers=token)


def test_async_callable_object_on_the_sync_client_is_a_type_error() -> None:
    class Provider:
        async def __call__(self) -> dict[str, str]:
            return {}

    with pytest.raises(TypeError, match="AsyncParley"):
        Parley(base_url=BASE_URL, headers=Provider())


def test_headers_of_the_wrong_type_are_refused() -> None:
    with pytest.raises(TypeError, match="headers must be a dict"):
        Parley(base_url=BASE_URL, headers="Authorization: x")  # type: ignore[arg-type]


def test_async_client_awaits_an_async_headers_callable_on_every_request() -> None:
    calls: list[int] = []

    async def token() -> dict[str, str]:
        await asyncio.sleep(0)
        calls.append(1)
        return {"Authorization": f"Bearer async-{len(calls)}"}

    recorder = Recorder(ok)

    async def main() -> None:
        async with mock_async_client(recorder, api_key=None, headers=token) as client:
            await client.threads.retrieve("thr_1")
            await client.threads.retrieve("thr_1")

    asyncio.run(main())
    assert [r.headers["authorization"] for r in recorder.requests] == ["Bearer async-1", "Bearer async-2"]


def test_async_client_accepts_a_sync_headers_callable() -> None:
    recorder = Recorder(ok)

    async def main() -> None:
        client = mock_async_client(recorder, headers=lambda: {"X-Sync": "yes"})
        await client.threads.retrieve("thr_1")

    asyncio.run(main())
    assert recorder.requests[0].headers["x-sync"] == "yes"


def test_401_with_a_callable_calls_it_again_once_and_retries(flavour: Flavour, waits: list[float]) -> None:
    tokens = iter(["Bearer stale", "Bearer fresh"])
    recorder = Recorder([error_response(401, "invalid_api_key"), httpx.Response(200, json=THREAD)])
    client = flavour.client(recorder, api_key=None, headers=lambda: {"Authorization": next(tokens)})
    assert client.threads.retrieve("thr_1").id == "thr_1"
    assert [r.headers["authorization"] for r in recorder.requests] == ["Bearer stale", "Bearer fresh"]
    assert waits == []


def test_a_second_401_after_the_refresh_raises(flavour: Flavour, waits: list[float]) -> None:
    recorder = Recorder(lambda request: error_response(401, "invalid_api_key"))
    client = flavour.client(recorder, headers=lambda: {"Authorization": "Bearer always-bad"})
    with pytest.raises(AuthenticationError):
        client.threads.retrieve("thr_1")
    assert recorder.count == 2


def test_401_without_a_callable_is_not_retried(flavour: Flavour, waits: list[float]) -> None:
    recorder = Recorder(lambda request: error_response(401, "invalid_api_key"))
    with pytest.raises(AuthenticationError):
        flavour.client(recorder, headers={"X-A": "b"}).threads.retrieve("thr_1")
    assert recorder.count == 1


def test_async_401_refresh_awaits_an_async_headers_function() -> None:
    tokens = iter(["Bearer stale", "Bearer fresh"])

    async def token() -> dict[str, str]:
        return {"Authorization": next(tokens)}

    recorder = Recorder([error_response(401, "invalid_api_key"), httpx.Response(200, json=THREAD)])

    async def main() -> str:
        return (await mock_async_client(recorder, headers=token).threads.retrieve("thr_1")).id

    assert asyncio.run(main()) == "thr_1"
    assert [r.headers["authorization"] for r in recorder.requests] == ["Bearer stale", "Bearer fresh"]


def test_env_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_BASE_URL", "http://from-env.test/")
    monkeypatch.setenv("PARLEY_API_KEY", "prl_from_env")
    client = Parley()
    assert client.base_url == "http://from-env.test"
    assert client.api_key == "prl_from_env"
    explicit = Parley(base_url="http://explicit.test", api_key="prl_explicit")
    assert (explicit.base_url, explicit.api_key) == ("http://explicit.test", "prl_explicit")


def test_no_base_url_is_a_clear_error() -> None:
    with pytest.raises(ParleyError, match="PARLEY_BASE_URL"):
        Parley(api_key="k")
    with pytest.raises(ParleyError, match="PARLEY_BASE_URL"):
        AsyncParley()


def test_no_api_key_sends_no_authorization() -> None:
    recorder = Recorder(ok)
    mock_client(recorder, api_key=None).threads.retrieve("thr_1")
    assert "authorization" not in recorder.requests[0].headers


def test_default_timeout_is_connect_5_read_60() -> None:
    client = Parley(base_url=BASE_URL)
    assert (client.timeout.connect, client.timeout.read, client.timeout.write, client.timeout.pool) == (5, 60, 60, 60)


def test_timeout_none_is_refused_and_per_call_timeout_is_used() -> None:
    with pytest.raises(TypeError, match="timeout"):
        Parley(base_url=BASE_URL, timeout=None)  # type: ignore[arg-type]
    recorder = Recorder(ok)
    mock_client(recorder).threads.retrieve("thr_1", timeout=2.5)
    assert recorder.requests[0].extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    mock_client(recorder).threads.retrieve("thr_1")
    assert recorder.requests[1].extensions["timeout"] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
