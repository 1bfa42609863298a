"""Every credential the client sends stays out of what it shows, against a server that echoes them.

`echo_server.py` is the reference server, unchanged, behind one careless middleware: its errors
repeat every request header (in the message, in the body, and for the retried `503` in response
headers). Credentials go out through each way the SDK has: the API key, `headers=`,
`default_headers` and a call's `extra_headers`. None may show in `str(exc)`, `exc.body`,
`exc.error`, `exc.request`, `exc.response`, a traceback or a log line, in both flavours, for plain
calls, streams and retried calls; a header that is not a credential still shows, so the echo is
seen and nothing else is hidden.
"""

from __future__ import annotations

import logging
import sys
import traceback
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from parley import BadRequestError, InternalServerError

from tests.live_server import LiveServer

from .flavours import Flavour

DEFAULT_HEADERS = {
    "X-Api-Key": "dflt-api-key-7Qx2",
    "Cookie": "sid=cookie-val-55aa",
    "X-Service-Token": "svc-token-3f9e",
    "X-Trace-Label": "visible-trace-label",  # not a credential: it must show
}
HEADERS = {"X-Auth-Session": "dyn-session-token-2b7"}
EXTRA_HEADERS = {
    "Proxy-Authorization": "Basic cHJveHktdXNlcjpwcm94eS1wYXNz",
    "X-Client-Secret": "client-secret-8d1c",
    "Api-Key": "azure-style-key-41",
}


class EchoServer(LiveServer):
    """`tests/overlay/echo_server.py` as a process of its own."""

    def command(self) -> list[str]:
        script = Path(__file__).with_name("echo_server.py")
        return [sys.executable, str(script), "--port", str(self.port), "--db", str(self.db_path)]


@pytest.fixture(scope="module")
def echo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EchoServer]:
    server = EchoServer(tmp_path_factory.mktemp("parley-echo") / "parley.db")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def secrets(api_key: str) -> list[str]:
    """Every credential sent, whole and by its parts a server could echo."""
    sent = [api_key, f"Bearer {api_key}", *HEADERS.values(), *EXTRA_HEADERS.values()]
    sent += [value for name, value in DEFAULT_HEADERS.items() if name != "X-Trace-Label"]
    return [*sent, "cookie-val-55aa", "cHJveHktdXNlcjpwcm94eS1wYXNz"]


def client_for(flavour: Flavour, server: EchoServer, **kwargs: Any) -> tuple[Any, str]:
    key = server.new_key(f"user_{uuid.uuid4().hex[:12]}")
    client = flavour.client(
        base_url=server.base_url, api_key=key, default_headers=DEFAULT_HEADERS, headers=HEADERS, **kwargs
    )
    return client, key


def everything_shown(exc: Any) -> str:
    """All an exception lets a caller see, as text."""
    request, response = exc.request, exc.response
    parts = [
        str(exc),
        repr(exc),
        exc.message,
        repr(exc.body),
        repr(exc.error),
        "".join(traceback.format_exception(exc)),
        str(request.url),
        repr(request.headers.multi_items()),
        response.text,
        repr(response.headers.multi_items()),
        repr(exc.headers.multi_items()),
        repr(response.request.headers.multi_items()),
        repr(vars(exc)),
    ]
    return "\n".join(parts)


def assert_nothing_shown(exc: Any, api_key: str) -> None:
    shown = everything_shown(exc)
    for secret in secrets(api_key):
        assert secret not in shown, secret
    assert "visible-trace-label" in str(exc) and "[redacted]" in str(exc)  # the echo came back, scrubbed
    assert exc.request.headers["authorization"] == "[redacted]"
    assert exc.request.headers["x-client-secret"] == "[redacted]"
    assert exc.request.headers["x-trace-label"] == "visible-trace-label"


def test_an_echoed_error_shows_no_credential(flavour: Flavour, echo_server: EchoServer) -> None:
    client, key = client_for(flavour, echo_server, max_retries=0)
    with pytest.raises(BadRequestError) as caught:
        client.threads.retrieve("thr_echo_1", extra_headers=EXTRA_HEADERS)
    error = caught.value
    assert error.status_code == 400 and error.code == "echo" and error.request_id == "req_echo"
    assert isinstance(error.body, dict) and error.body["headers"]["x-api-key"] == "[redacted]"
    assert error.body["headers"]["x-trace-label"] == "visible-trace-label"
    assert_nothing_shown(error, key)


def test_a_stream_refused_with_an_echo_shows_no_credential(flavour: Flavour, echo_server: EchoServer) -> None:
    client, key = client_for(flavour, echo_server, max_retries=0)
    with pytest.raises(BadRequestError) as caught:
        client.threads("thr_echo_2").chat("hi", extra_headers=EXTRA_HEADERS)
    error = caught.value
    assert error.request.method == "POST" and error.request.url.path == "/v1/threads/thr_echo_2/chat"
    assert error.request.headers["idempotency-key"] != "[redacted]"  # not a credential: kept for support
    assert error.request.content and b"hi" in error.request.content
    assert_nothing_shown(error, key)


def test_retried_echoes_show_no_credential_in_the_error_or_the_logs(
    flavour: Flavour, echo_server: EchoServer, caplog: pytest.LogCaptureFixture, waits: list[float]
) -> None:
    client, key = client_for(flavour, echo_server, max_retries=2)
    with caplog.at_level(logging.DEBUG, logger="parley"), pytest.raises(InternalServerError) as caught:
        client.threads.retrieve("thr_echo_busy_1", extra_headers=EXTRA_HEADERS)
    error = caught.value
    assert error.status_code == 503 and len(waits) == 2
    assert error.headers["x-echo-x-client-secret"] == "[redacted]"
    assert error.headers["x-echo-x-trace-label"] == "visible-trace-label"
    assert_nothing_shown(error, key)
    logged = "\n".join(record.getMessage() for record in caplog.records if record.name.startswith("parley"))
    assert logged.count("-> 503 (request id req_echo") == 3 and "-> 503; retry 2" in logged  # each attempt logged
    for secret in secrets(key):
        assert secret not in logged, secret
