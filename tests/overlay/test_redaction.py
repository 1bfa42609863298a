"""The API key (and any auth header value) never shows in a repr, an exception or a log line."""

from __future__ import annotations

import logging

import httpx
import pytest
from parley import AuthenticationError, BadRequestError, Parley

from .conftest import API_KEY, BASE_URL, THREAD, Recorder, envelope, mock_client

TOKEN = "tok_dynamic_very_secret_42"


def test_client_repr_hides_the_key() -> None:
    client = Parley(base_url=BASE_URL, api_key=API_KEY)
    for text in (repr(client), str(client), repr(client.with_options(timeout=3)), repr(client._auth)):
        assert API_KEY not in text
    assert "'***'" in repr(client)


def test_an_error_echoing_the_key_is_scrubbed() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        body = envelope(
            401, "invalid_api_key", message=f"Invalid API key {API_KEY} (header {request.headers['authorization']})"
        )
        return httpx.Response(401, json=body)

    with pytest.raises(AuthenticationError) as caught:
        mock_client(Recorder(echo)).threads.retrieve("thr_1")
    error = caught.value
    for text in (str(error), repr(error), repr(error.body), error.message, repr(error.error)):
        assert API_KEY not in text
    assert "[redacted]" in str(error)


def test_a_token_from_the_headers_callable_is_scrubbed_too() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, text=f"bad header: {request.headers['authorization']}")

    client = mock_client(Recorder(echo), api_key=None, headers=lambda: {"Authorization": f"Bearer {TOKEN}"})
    with pytest.raises(BadRequestError) as caught:
        client.threads.retrieve("thr_1")
    assert TOKEN not in str(caught.value) and TOKEN not in repr(caught.value.body)


def test_debug_logs_carry_no_key_header_or_body(caplog: pytest.LogCaptureFixture, waits: list[float]) -> None:
    recorder = Recorder([httpx.Response(503, json=envelope(503)), httpx.Response(201, json=THREAD)])
    client = mock_client(recorder, headers={"X-Api-Key": TOKEN})
    with caplog.at_level(logging.DEBUG, logger="parley"):
        client.threads.create(title="secret title 9f2", metadata={"card": "4111"})
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "POST http://parley.test/v1/threads -> 503" in text and "retry 0" in text
    assert "POST http://parley.test/v1/threads -> 201" in text and "retry 1" in text
    for secret in (API_KEY, TOKEN, "secret title 9f2", "4111", "authorization", "Authorization"):
        assert secret not in text


def test_credentials_in_the_base_url_stay_out_of_logs(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=THREAD))
    client = Parley(
        base_url="http://proxyuser:proxy-pass-77@parley.test",
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    with caplog.at_level(logging.DEBUG, logger="parley"):
        client.threads.retrieve("thr_1")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "GET http://parley.test/v1/threads/thr_1 -> 200" in text and "proxy-pass-77" not in text
