"""Half-open connections: headers that never end, bodies that never come, idle keep-alives.

Row of issue 15's table: 1,000 connections that never finish their headers were all held open
indefinitely.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import pytest

from tests.live_server import LiveServer
from tests.server.hostile import HealthProbe

Servers = Callable[..., LiveServer]


def _closed_by_server(sock: socket.socket) -> bool:
    """Whether the peer closed the connection (reads EOF or a reset), without waiting."""
    sock.setblocking(False)
    try:
        return sock.recv(4096) == b""
    except BlockingIOError:
        return False
    except ConnectionResetError:
        return True


def _wait_all_closed(socks: list[socket.socket], seconds: float) -> int:
    """Wait up to `seconds` for the server to close every socket; return how many are still open."""
    deadline = time.monotonic() + seconds
    open_ = list(socks)
    while open_ and time.monotonic() < deadline:
        open_ = [sock for sock in open_ if not _closed_by_server(sock)]
        time.sleep(0.1)
    return len(open_)


@pytest.mark.slow
def test_1000_connections_that_never_finish_their_headers_are_closed(make_server: Servers) -> None:
    live = make_server()
    socks: list[socket.socket] = []
    try:
        with HealthProbe(live.base_url) as probe:
            for index in range(1000):
                sock = socket.create_connection(("127.0.0.1", live.port))
                sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n" if index % 2 else b"GE")
                socks.append(sock)
            opened = time.monotonic()
            still_open = _wait_all_closed(socks, 20.0)
            took = time.monotonic() - opened
        assert still_open == 0, f"{still_open} of 1000 half-open connections still open after {took:.0f} s"
        assert took >= 8.0, f"closed after {took:.1f} s: before the default header timeout of 10 s"
        assert probe.worst < 1.0, probe.summary()
        assert not probe.failures
    finally:
        for sock in socks:
            sock.close()


def test_the_header_timeout_is_an_option_and_complete_requests_are_unaffected(make_server: Servers) -> None:
    live = make_server(extra=["--header-timeout", "1"])
    slow = socket.create_connection(("127.0.0.1", live.port))
    dribble = socket.create_connection(("127.0.0.1", live.port))
    try:
        slow.sendall(b"GET /v1/health HTTP/1.1\r\n")
        started = time.monotonic()
        # Sending a header byte now and then does not keep a connection alive past the timeout.
        for byte in b"Host: xxxxxxxxxxxxxxxxxxxx\r\n":
            dribble.sendall(bytes([byte]))
            if _closed_by_server(dribble):
                break
            time.sleep(0.1)
        assert _wait_all_closed([slow, dribble], 3.0) == 0
        assert time.monotonic() - started < 4.0
        with live.client() as client:
            for _ in range(3):
                assert client.get("/v1/health").status_code == 200
    finally:
        slow.close()
        dribble.close()


def test_a_body_that_never_comes_is_a_408(make_server: Servers) -> None:
    live = make_server(extra=["--body-timeout", "1"])
    sock = socket.create_connection(("127.0.0.1", live.port), timeout=10)
    try:
        head = (
            f"POST /v1/threads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {live.admin_key}\r\n"
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
        )
        sock.sendall(head.encode())
        started = time.monotonic()
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
        took = time.monotonic() - started
    finally:
        sock.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b'"code":"request_timeout"' in answer
    assert b"connection: close" in answer.lower()
    assert 0.8 < took < 4.0


def test_an_idle_keep_alive_connection_is_closed(make_server: Servers) -> None:
    live = make_server(extra=["--keep-alive-timeout", "1"])
    sock = socket.create_connection(("127.0.0.1", live.port), timeout=10)
    try:
        sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert sock.recv(65536).startswith(b"HTTP/1.1 200")
        assert _wait_all_closed([sock], 4.0) == 0
    finally:
        sock.close()
