"""The API key, and every credential header the client sends, never shows in a repr, an exception or a log line."""

from __future__ import annotations

import logging

import httpx
import pytest
from parley import AuthenticationError, BadRequestError, Parley, StreamError
from parley._redact import is_credential

from .conftest import API_KEY, BASE_URL, THREAD, Recorder, envelope, mock_client
from .flavours import Flavour
from .stream_helpers import SSE, frames, run_event, run_frames

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


# -- every credential sent, whatever way it went out (see also test_redaction_echo.py) ----------------

CREDENTIALS = {"X-Partner-Token": "partner-token-5c3a", "Cookie": "sid=cookie-abc-99; lang=en"}


@pytest.mark.parametrize(
    ("name", "credential"),
    [
        ("Authorization", True),
        ("proxy-authorization", True),
        ("X-Api-Key", True),
        ("api-key", True),
        ("Cookie", True),
        ("X-Upstream-Token", True),
        ("X-Client-Secret", True),
        ("X-Signature", True),
        ("Idempotency-Key", False),
        ("X-Request-Id", False),
        ("Last-Event-ID", False),
        ("Accept", False),
    ],
)
def test_which_headers_are_credentials(name: str, credential: bool) -> None:
    assert is_credential(name) is credential


def test_a_run_stream_error_event_echoing_a_credential_is_scrubbed(flavour: Flavour) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        echoed = f"upstream refused token {request.headers['x-partner-token']} and {request.headers['cookie']}"
        error = {"type": "stream_error", "message": echoed, "code": "upstream", "request_id": "req_e"}
        body = run_frames([run_event(1, "error", error=error, allow_retry=False)])
        return httpx.Response(200, headers={**SSE, "x-run-id": "run_1"}, content=body)

    client = flavour.client(answer, default_headers=CREDENTIALS)
    with pytest.raises(StreamError) as caught:
        list(client.threads("thr_1").chat("hi"))
    error = caught.value
    shown = [str(error), repr(error.body), repr(error.error), repr(error.event), repr(error.request.headers)]
    for secret in (API_KEY, "partner-token-5c3a", "cookie-abc-99", "sid=cookie-abc-99; lang=en"):
        assert not any(secret in text for text in shown), secret
    assert error.event.error.message == "upstream refused token [redacted] and [redacted]"
    assert "upstream refused token [redacted] and [redacted]" in str(error)


def test_a_completion_stream_error_frame_echoing_a_credential_is_scrubbed(flavour: Flavour) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        error = {"type": "api_error", "message": f"bad key {request.headers['x-partner-token']}", "request_id": "r"}
        return httpx.Response(200, headers=SSE, content=frames({"error": error}))

    client = flavour.client(answer)
    stream = client.chat.completions.create(
        model="echo-1", messages="hi", stream=True, extra_headers={"X-Partner-Token": "partner-token-5c3a"}
    )
    with pytest.raises(StreamError) as caught:
        list(stream)
    assert "partner-token-5c3a" not in str(caught.value) + repr(caught.value.body) + repr(caught.value.error)
    assert "bad key [redacted]" in str(caught.value)


def test_the_password_of_the_base_url_is_kept_out_of_the_error() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, text=f"you sent {request.url}")

    client = Parley(
        base_url="http://proxyuser:proxy-pass-77@parley.test",
        http_client=httpx.Client(transport=httpx.MockTransport(echo)),
    )
    with pytest.raises(BadRequestError) as caught:
        client.threads.retrieve("thr_1")
    error = caught.value
    for text in (str(error), repr(error.body), str(error.request.url), error.response.text, str(error.response.url)):
        assert "proxy-pass-77" not in text
    assert error.request.url.host == "parley.test" and error.request.url.path == "/v1/threads/thr_1"
