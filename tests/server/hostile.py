"""Tools for the hostile tests: raw sockets that misbehave, the server's memory, a health prober.

These talk to a `LiveServer` (a real process on a loopback port) the way an attacker or a careless
client would, where httpx would refuse to: a 100 MB body sent while the answer is read, headers that
never end, a body that never comes.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import select
import socket
import statistics
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

MB = 1024 * 1024


def memory_kib(pid: int, field_name: str = "VmRSS") -> int:
    """A memory figure of process `pid` from /proc (`VmRSS` now, `VmHWM` the peak since it started), in KiB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field_name + ":"):
                return int(line.split()[1])
    raise AssertionError(f"/proc/{pid}/status has no {field_name}")


def peak_rss_mib(pid: int) -> float:
    """The peak resident memory of process `pid` since it started, in MiB."""
    return memory_kib(pid, "VmHWM") / 1024


@dataclass
class RawAnswer:
    """What a raw-socket request got back: the status, headers and body, and how much of its body was sent."""

    status: int
    headers: dict[str, str]
    body: bytes
    sent: int
    seconds: float

    def json(self) -> Any:
        """The body as JSON."""
        return json.loads(self.body)


def _parse(data: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding") == "chunked":
        body = _dechunk(body)
    elif "content-length" in headers:
        body = body[: int(headers["content-length"])]
    return status, headers, body


def _dechunk(data: bytes) -> bytes:
    out = bytearray()
    while data:
        size_line, _, rest = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out += rest[:size]
        data = rest[size + 2 :]
    return bytes(out)


def long_string_body(field: str) -> tuple[bytes, bytes]:
    """The bytes around one long JSON string of a thread to create: `metadata.x`, or `title` (schema max 256)."""
    if field == "metadata":
        return b'{"metadata": {"x": "', b'"}}'
    return b'{"title": "', b'"}'


def send_body(
    port: int,
    path: str,
    *,
    total: int,
    prefix: bytes,
    filler: bytes = b"a",
    suffix: bytes = b"",
    headers: dict[str, str] | None = None,
    chunked: bool = False,
    timeout: float = 60.0,
) -> RawAnswer:
    """POST a `total`-byte body (`prefix`, filler, `suffix`) while watching for an early answer.

    The body is generated as it is sent (the test process never holds it). Sending stops as soon as
    the server answers or closes the connection; then the answer is read to its end.
    """
    started = time.monotonic()
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        head = [f"POST {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Content-Type: application/json"]
        head += [f"{name}: {value}" for name, value in (headers or {}).items()]
        head.append("Transfer-Encoding: chunked" if chunked else f"Content-Length: {total}")
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        sent, received = 0, bytearray()
        middle = total - len(prefix) - len(suffix)
        piece = filler * (64 * 1024 // len(filler))
        sock.setblocking(False)
        pending = prefix
        while sent < total:
            readable, writable, _ = select.select([sock], [sock], [], timeout)
            if readable:
                try:
                    data = sock.recv(65536)
                except ConnectionResetError:
                    break
                if not data:
                    break
                received += data
                break
            if not writable:
                raise TimeoutError(f"the server neither read nor answered within {timeout} s")
            if not pending:
                left_in_middle = middle - max(0, sent - len(prefix))
                pending = piece[:left_in_middle] if left_in_middle > 0 else suffix
            out = (b"%x\r\n" % len(pending)) + pending + b"\r\n" if chunked else pending
            try:
                n = sock.send(out)
            except (BrokenPipeError, ConnectionResetError):
                break
            if chunked and n < len(out):
                sock.settimeout(timeout)
                try:
                    sock.sendall(out[n:])
                except (BrokenPipeError, ConnectionResetError):
                    break
                finally:
                    sock.setblocking(False)
                n = len(out)
            consumed = len(pending) if chunked else n
            sent += consumed
            pending = pending[consumed:]
        sock.settimeout(timeout)
        if chunked and sent >= total:
            with contextlib.suppress(OSError):
                sock.sendall(b"0\r\n\r\n")
        while not _complete(received):
            try:
                data = sock.recv(1 << 20)
            except (ConnectionResetError, TimeoutError):
                break
            if not data:
                break
            received += data
        if not received:
            raise ConnectionError(f"no answer after sending {sent} of {total} bytes")
        status, answer_headers, body = _parse(bytes(received))
        return RawAnswer(status, answer_headers, body, sent, time.monotonic() - started)
    finally:
        sock.close()


def _complete(data: bytearray) -> bool:
    """Whether `data` holds a whole answer (checked without copying it: answers may be 100 MB)."""
    end = data.find(b"\r\n\r\n", 0, 65536)
    if end < 0:
        return False
    lowered = bytes(data[:end]).lower()
    for line in lowered.split(b"\r\n"):
        if line.startswith(b"content-length:"):
            return len(data) - end - 4 >= int(line.split(b":")[1])
    return b"transfer-encoding: chunked" in lowered and data.endswith(b"0\r\n\r\n")


def _probe(base_url: str, interval: float, timeout: float, stop: Any, results: Any) -> None:
    """The prober's process: poll until `stop` is set, then send back (latencies, failures)."""
    latencies: list[float] = []
    failures: list[str] = []
    with httpx.Client(base_url=base_url, timeout=timeout) as client:
        results.send("ready")
        while not stop.is_set():
            started = time.monotonic()
            try:
                answer = client.get("/v1/health")
                if answer.status_code != 200:
                    failures.append(f"{answer.status_code} {answer.text[:200]}")
            except httpx.HTTPError as exc:
                failures.append(repr(exc))
            latencies.append(time.monotonic() - started)
            stop.wait(interval)
    results.send((latencies, failures))


@dataclass
class HealthProbe:
    """Polls `GET /v1/health` from a process of its own and records each answer's latency (seconds).

    Its own process, so that the load the test makes in this one (reading 85 MB, 300 streams) does
    not delay the probe itself. A request that fails or takes longer than `timeout` counts as
    `timeout` seconds.
    """

    base_url: str
    interval: float = 0.05
    timeout: float = 30.0
    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def __enter__(self) -> HealthProbe:
        context = multiprocessing.get_context("spawn")
        self._stop = context.Event()
        self._results, child_end = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_probe, args=(self.base_url, self.interval, self.timeout, self._stop, child_end), daemon=True
        )
        self._process.start()
        if not self._results.poll(30) or self._results.recv() != "ready":
            raise AssertionError("the health prober did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._results.poll(self.timeout + 10):
            self.latencies, self.failures = self._results.recv()
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.kill()

    @property
    def worst(self) -> float:
        """The slowest answer."""
        return max(self.latencies, default=0.0)

    def percentile(self, fraction: float) -> float:
        """The latency below which `fraction` of the answers fall."""
        if len(self.latencies) < 2:
            return self.worst
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[round(fraction * 100) - 1]

    def summary(self) -> str:
        """`n answers, p50 ..., p99 ..., worst ...` for assertion messages."""
        return (
            f"{len(self.latencies)} health answers, p50 {self.percentile(0.5) * 1000:.0f} ms,"
            f" p99 {self.percentile(0.99) * 1000:.0f} ms, worst {self.worst * 1000:.0f} ms,"
            f" failures {self.failures[:3]}"
        )


@contextlib.contextmanager
def write_lock_held(db_path: Any, seconds: float) -> Iterator[threading.Event]:
    """Hold the SQLite write lock of `db_path` from this (another) process for up to `seconds`.

    Yields once the lock is held; leaving the block (or the time running out) releases it.
    """
    import sqlite3

    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(db_path, isolation_level=None, timeout=30)
        try:
            conn.execute("BEGIN IMMEDIATE")
            held.set()
            release.wait(seconds)
            conn.execute("COMMIT")
        finally:
            conn.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    if not held.wait(30):
        raise AssertionError("could not take the database's write lock")
    try:
        yield release
    finally:
        release.set()
        thread.join()
