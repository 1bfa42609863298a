"""Which failures are retried, how long the SDK waits, and Retry-After in all its forms.

Every test that sends runs for `Parley` and `AsyncParley` (the `flavour` fixture): the retry loop is
one flow (`Pipeline.send`) carried out by a blocking or an awaiting driver.
"""

from __future__ import annotations

import asyncio
import email.utils
import time

import httpx
import pytest
from parley import APIConnectionError, APIStatusError, ConflictError, InternalServerError, RateLimitError, _retry

from .conftest import THREAD, Recorder, error_response
from .flavours import Flavour

# Every 409 code the contract defines: none of them is a transient lock conflict.
SPEC_CONFLICT_CODES = [
    "idempotency_key_reused",
    "run_active",
    "thread_locked",
    "thread_closed",
    "no_active_run",
    "not_a_user_message",
    "workspace_ended",
    "draft_not_pending",
    "admin_exists",
    "cannot_remove_self",
    "cannot_revoke_self",
]


def failing_then_ok(*failures: httpx.Response | Exception) -> Recorder:
    return Recorder([*failures, httpx.Response(200, json=THREAD)])


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_until_success(flavour: Flavour, status: int, waits: list[float]) -> None:
    recorder = failing_then_ok(error_response(status), error_response(status))
    assert flavour.client(recorder).threads.retrieve("thr_1").id == "thr_1"
    assert recorder.count == 3 and len(waits) == 2


@pytest.mark.parametrize("status", [503, 429])
def test_retries_stop_after_max_retries(flavour: Flavour, status: int, waits: list[float]) -> None:
    recorder = Recorder(lambda request: error_response(status))
    with pytest.raises(APIStatusError) as caught:
        flavour.client(recorder, max_retries=4).threads.retrieve("thr_1")
    assert caught.value.status_code == status
    assert recorder.count == 5 and len(waits) == 4


@pytest.mark.parametrize("status", [400, 401, 403, 404, 405, 413, 422])
def test_other_4xx_are_never_retried(flavour: Flavour, status: int, waits: list[float]) -> None:
    recorder = Recorder(lambda request: error_response(status))
    with pytest.raises(APIStatusError):
        flavour.client(recorder).threads.retrieve("thr_1")
    assert recorder.count == 1 and waits == []


@pytest.mark.parametrize("code", SPEC_CONFLICT_CODES)
def test_409_codes_of_the_contract_are_not_retried(flavour: Flavour, code: str, waits: list[float]) -> None:
    recorder = Recorder(lambda request: error_response(409, code))
    with pytest.raises(ConflictError) as caught:
        flavour.client(recorder).threads("thr_1").chat("hi")
    assert caught.value.code == code
    assert recorder.count == 1 and waits == []


@pytest.mark.parametrize("code", sorted(_retry.TRANSIENT_CONFLICT_CODES))
def test_a_409_marked_transient_is_retried(flavour: Flavour, code: str, waits: list[float]) -> None:
    recorder = failing_then_ok(error_response(409, code))
    flavour.client(recorder).threads.retrieve("thr_1")
    assert recorder.count == 2 and len(waits) == 1


def test_a_409_without_an_envelope_is_not_retried(flavour: Flavour, waits: list[float]) -> None:
    recorder = Recorder(lambda request: httpx.Response(409, text="conflict"))
    with pytest.raises(ConflictError):
        flavour.client(recorder).threads.retrieve("thr_1")
    assert recorder.count == 1


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError,
        httpx.ReadError,
        httpx.WriteError,
        httpx.RemoteProtocolError,
        httpx.ConnectTimeout,
        httpx.ReadTimeout,
        httpx.PoolTimeout,
    ],
)
def test_transport_failures_are_retried(flavour: Flavour, exc: type[httpx.TransportError], waits: list[float]) -> None:
    request = httpx.Request("GET", "http://parley.test/v1/threads/thr_1")
    recorder = failing_then_ok(exc("boom", request=request), exc("boom", request=request))
    assert flavour.client(recorder).threads.retrieve("thr_1").id == "thr_1"
    assert recorder.count == 3 and len(waits) == 2


def test_an_unsupported_protocol_is_not_retried(flavour: Flavour, waits: list[float]) -> None:
    request = httpx.Request("GET", "ftp://parley.test/")
    recorder = Recorder(lambda r: (_ for _ in ()).throw(httpx.UnsupportedProtocol("ftp", request=request)))
    with pytest.raises(APIConnectionError):
        flavour.client(recorder).threads.retrieve("thr_1")
    assert recorder.count == 1 and waits == []


def test_max_retries_zero_makes_one_attempt(flavour: Flavour, waits: list[float]) -> None:
    recorder = Recorder(lambda request: error_response(500))
    with pytest.raises(InternalServerError):
        flavour.client(recorder, max_retries=0).threads.retrieve("thr_1")
    assert recorder.count == 1


def test_max_retries_must_be_a_non_negative_int(flavour: Flavour) -> None:
    for bad in (-1, 1.5, True):
        with pytest.raises(ValueError, match="max_retries"):
            flavour.client(Recorder([]), max_retries=bad)


def test_backoff_is_exponential_capped_at_8_with_up_to_25_percent_jitter() -> None:
    assert [_retry.backoff_delay(n, rand=0.0) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert [_retry.backoff_delay(n, rand=1.0) for n in range(5)] == [0.375, 0.75, 1.5, 3.0, 6.0]
    for n in range(6):
        delay = _retry.backoff_delay(n)
        assert min(0.5 * 2**n, 8) * 0.75 <= delay <= min(0.5 * 2**n, 8)


def test_the_waits_follow_the_backoff(flavour: Flavour, waits: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retry.random, "random", lambda: 0.0)
    recorder = Recorder(lambda request: error_response(503))
    with pytest.raises(InternalServerError):
        flavour.client(recorder, max_retries=5).threads.retrieve("thr_1")
    assert waits == [0.5, 1.0, 2.0, 4.0, 8.0]


def http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "-4"}, 0.0),
    ],
)
def test_retry_after_forms(flavour: Flavour, headers: dict[str, str], expected: float, waits: list[float]) -> None:
    recorder = failing_then_ok(error_response(429, headers=headers))
    flavour.client(recorder).threads.retrieve("thr_1")
    assert waits == [expected]


def test_retry_after_as_an_http_date(flavour: Flavour, waits: list[float]) -> None:
    recorder = failing_then_ok(error_response(503, headers={"retry-after": http_date(30)}))
    flavour.client(recorder).threads.retrieve("thr_1")
    assert len(waits) == 1 and 28.0 <= waits[0] <= 30.0


def test_retry_after_up_to_60_seconds_is_honoured(flavour: Flavour, waits: list[float]) -> None:
    recorder = failing_then_ok(error_response(429, headers={"retry-after": "60"}))
    flavour.client(recorder).threads.retrieve("thr_1")
    assert waits == [60.0]


@pytest.mark.parametrize("value", ["61", "3600"])
def test_retry_after_beyond_60_seconds_raises_at_once(flavour: Flavour, value: str, waits: list[float]) -> None:
    recorder = Recorder(lambda request: error_response(429, headers={"retry-after": value}))
    with pytest.raises(RateLimitError) as caught:
        flavour.client(recorder).threads.retrieve("thr_1")
    assert caught.value.headers["retry-after"] == value
    assert recorder.count == 1 and waits == []


def test_a_far_http_date_raises_at_once(flavour: Flavour, waits: list[float]) -> None:
    recorder = Recorder(lambda request: error_response(429, headers={"retry-after": http_date(600)}))
    with pytest.raises(RateLimitError):
        flavour.client(recorder).threads.retrieve("thr_1")
    assert waits == []


@pytest.mark.parametrize("value", ["soon", "", "Mon, 99 Foo 2026"])
def test_a_nonsense_retry_after_falls_back_to_backoff(
    flavour: Flavour, value: str, waits: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_retry.random, "random", lambda: 0.0)
    recorder = failing_then_ok(error_response(429, headers={"retry-after": value}))
    flavour.client(recorder).threads.retrieve("thr_1")
    assert waits == [0.5]


def test_with_options_changes_max_retries(flavour: Flavour, waits: list[float]) -> None:
    recorder = Recorder(lambda request: error_response(500))
    client = flavour.client(recorder)
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=0).threads.retrieve("thr_1")
    assert recorder.count == 1


def test_the_real_sleep_functions_sleep() -> None:
    started = time.perf_counter()
    _retry.sleep(0.01)
    asyncio.run(_retry.async_sleep(0.01))
    assert time.perf_counter() - started >= 0.02
