"""Load and abuse: what an attacker or a careless client does to the reference server, row by row (issue 15).

Each row starts a reference server of its own (a fresh process and database on a free 127.0.0.1
port, stopped by its pid), does one hostile thing to it, bounded in count and time, and prints:
the requests made, the answers by status (`!` for a failed connection), the p50 and p99 latency of
`GET /v1/health` polled every 50 ms from another thread meanwhile, the server's peak RSS (VmHWM)
and the row's own outcome. Loopback only; nothing leaves the machine.

    python bench/load_abuse.py [--rows body_metadata,streams_300,...] [--limit 60]

To measure another checkout's server (a "before" run), put its `server` folder first on
PYTHONPATH: the server process inherits it (`PYTHONPATH=/path/to/old/server python bench/...`).
Rows use each server's defaults, so an older server can be measured too.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from _paths import add_source_paths

add_source_paths()

import httpx  # noqa: E402

from tests.live_server import LiveServer, free_port  # noqa: E402
from tests.server.hostile import MB, HealthProbe, long_string_body, peak_rss_mib, send_body, write_lock_held  # noqa: E402


@dataclass
class Row:
    """What one row did and saw."""

    name: str
    requests: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    outcome: str = ""
    health: HealthProbe | None = None
    peak_rss: float = 0.0

    def count(self, status: int | str) -> None:
        """Record one answer (or `!` for a connection that failed)."""
        self.requests += 1
        self.statuses[str(status)] += 1

    def line(self) -> str:
        """The row as a Markdown table line."""
        statuses = ", ".join(f"{status}x{n}" for status, n in sorted(self.statuses.items())) or "-"
        health = self.health
        p50 = f"{health.percentile(0.5) * 1000:.0f}" if health and health.latencies else "-"
        p99 = f"{health.percentile(0.99) * 1000:.0f}" if health and health.latencies else "-"
        worst = f"{health.worst * 1000:.0f}" if health and health.latencies else "-"
        return (
            f"| {self.name} | {self.requests} | {statuses} | {p50} | {p99} | {worst} | {self.peak_rss:.0f} |"
            f" {self.outcome} |"
        )


def _server(tmp: Path, name: str, **kwargs: object) -> LiveServer:
    return LiveServer(tmp / f"{name}.db", **kwargs).start()  # type: ignore[arg-type]


def _auth(live: LiveServer, key: str | None = None) -> dict[str, str]:
    return {"Authorization": f"Bearer {key or live.admin_key}"}


# -- the rows ---------------------------------------------------------------------------------------


def body_100mb(live: LiveServer, row: Row, limit: float, field_name: str, chunked: bool) -> None:
    """One 100 MB JSON body: `metadata` or `title` (schema max 256), sent as it is read."""
    prefix, suffix = long_string_body(field_name)
    try:
        answer = send_body(
            live.port,
            "/v1/threads",
            total=100 * MB,
            prefix=prefix,
            suffix=suffix,
            headers=_auth(live),
            chunked=chunked,
            timeout=limit,
        )
    except (OSError, ConnectionError) as exc:
        row.count("!")
        row.outcome = f"connection failed: {exc}"
        return
    row.count(answer.status)
    listed = httpx.get(live.base_url + "/v1/threads", params={"limit": 20}, headers=_auth(live), timeout=limit)
    row.outcome = (
        f"answered in {answer.seconds:.1f} s after {answer.sent / MB:.1f} MB sent;"
        f" list of 20 threads then {len(listed.content) / MB:.1f} MB"
    )


def deep_json(live: LiveServer, row: Row, limit: float) -> None:
    """20 bodies nested 1,000 deep."""
    body = '{"metadata": {"x": ' + "[" * 1000 + "]" * 1000 + "}}"
    with httpx.Client(base_url=live.base_url, headers=_auth(live), timeout=limit) as client:
        codes = Counter()
        for _ in range(20):
            answer = client.post("/v1/threads", content=body, headers={"Content-Type": "application/json"})
            row.count(answer.status_code)
            codes[answer.json().get("error", {}).get("code", "-")] += 1
    row.outcome = "codes: " + ", ".join(f"{code}x{n}" for code, n in codes.items())


def infinity(live: LiveServer, row: Row, limit: float) -> None:
    """20 bodies with `1e999`, then whether any read serves `Infinity`."""
    with httpx.Client(base_url=live.base_url, headers=_auth(live), timeout=limit) as client:
        for _ in range(20):
            answer = client.post(
                "/v1/threads", content='{"metadata": {"x": 1e999}}', headers={"Content-Type": "application/json"}
            )
            row.count(answer.status_code)
        listed = client.get("/v1/threads", params={"limit": 100})
        row.count(listed.status_code)
    row.outcome = f"`Infinity` served: {'yes' if b'Infinity' in listed.content else 'no'}"


def messages_100k(live: LiveServer, row: Row, limit: float) -> None:
    """One completion with 100,000 messages."""
    body = json.dumps({"model": "echo-1", "messages": [{"role": "user", "content": "hi"}] * 100_000})
    started = time.monotonic()
    answer = httpx.post(
        live.base_url + "/v1/chat/completions",
        content=body,
        headers={**_auth(live), "Content-Type": "application/json"},
        timeout=limit,
    )
    row.count(answer.status_code)
    row.outcome = f"answered in {time.monotonic() - started:.2f} s"


def n8_stream(live: LiveServer, row: Row, limit: float) -> None:
    """One streamed completion of n=8 x max_tokens=32768 (lorem-1), read for at most `limit` seconds."""
    body = {"model": "lorem-1", "messages": [{"role": "user", "content": "go"}], "n": 8, "max_tokens": 32768}
    started, first, size, cut = time.monotonic(), None, 0, False
    with (
        httpx.Client(base_url=live.base_url, headers=_auth(live), timeout=limit) as client,
        client.stream("POST", "/v1/chat/completions", json={**body, "stream": True}) as answer,
    ):
        row.count(answer.status_code)
        for chunk in answer.iter_bytes():
            first = first if first is not None else time.monotonic() - started
            size += len(chunk)
            if time.monotonic() - started > limit:
                cut = True
                break
    total = time.monotonic() - started
    ended = f"cut after {total:.0f} s" if cut else f"done in {total:.1f} s"
    row.outcome = f"first byte {first or 0:.2f} s, {size / MB:.0f} MB, {ended}"


def sqlite_lock(live: LiveServer, row: Row, limit: float) -> None:
    """Another process holds the write lock for 8 s: 40 reads and 8 writes meanwhile, 4 at a time."""
    with (
        write_lock_held(live.db_path, 8.0),
        httpx.Client(base_url=live.base_url, headers=_auth(live), timeout=limit) as c,
    ):
        started = time.monotonic()

        def one(index: int) -> tuple[int, float]:
            begin = time.monotonic()
            if index % 6 == 5:
                answer = c.post("/v1/threads", json={"title": f"w{index}"})
            else:
                answer = c.get("/v1/threads", params={"limit": 5})
            return answer.status_code, time.monotonic() - begin

        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(one, range(48)))
    for status, _ in results:
        row.count(status)
    reads = [seconds for (status, seconds), index in zip(results, range(48), strict=True) if index % 6 != 5]
    row.outcome = f"slowest read {max(reads):.2f} s; all done {time.monotonic() - started:.1f} s after the lock"


def streams_300(live: LiveServer, row: Row, limit: float) -> None:
    """300 streamed completions (lorem-1, 400 tokens at the default pacing) at once, over 6 keys."""
    keys = [live.new_key(f"user_load_{index}") for index in range(6)]
    body = {"model": "lorem-1", "messages": [{"role": "user", "content": "go"}], "max_tokens": 400, "stream": True}

    async def run() -> list[int | str]:
        limits = httpx.Limits(max_connections=400, max_keepalive_connections=0)
        async with httpx.AsyncClient(base_url=live.base_url, timeout=limit, limits=limits) as client:

            async def one(index: int) -> int | str:
                try:
                    headers = _auth(live, keys[index % len(keys)])
                    async with client.stream("POST", "/v1/chat/completions", json=body, headers=headers) as answer:
                        async for _ in answer.aiter_bytes():
                            pass
                        return answer.status_code
                except httpx.HTTPError:
                    return "!"

            return await asyncio.gather(*(one(index) for index in range(300)))

    started = time.monotonic()
    for status in asyncio.run(run()):
        row.count(status)
    row.outcome = f"all streams ended after {time.monotonic() - started:.1f} s"


def half_open(live: LiveServer, row: Row, limit: float) -> None:
    """1,000 connections that send part of their headers, then nothing: how many are still open 15 s later."""
    socks = []
    for index in range(1000):
        sock = socket.create_connection(("127.0.0.1", live.port))
        sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n" if index % 2 else b"GE")
        socks.append(sock)
        row.count("open")
    time.sleep(min(15.0, limit))
    still = 0
    for sock in socks:
        sock.setblocking(False)
        try:
            still += sock.recv(1) != b""
        except BlockingIOError:
            still += 1
        except OSError:
            pass
        sock.close()
    row.outcome = f"{still} of 1000 still open after 15 s"


def _files(db_path: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(db_path.parent.glob(db_path.name + "*")))


def idempotency_table(live: LiveServer, row: Row, limit: float) -> None:
    """A key issued and a thread created and deleted, with idempotency keys: what the database files keep."""
    title = "TITLE-" + secrets.token_hex(8)
    with httpx.Client(base_url=live.base_url, headers=_auth(live), timeout=limit) as client:
        key = client.post("/v1/admin/api-keys", json={"user_id": "u1", "name": "n"}, headers={"Idempotency-Key": "k1"})
        row.count(key.status_code)
        thread = client.post("/v1/threads", json={"title": title}, headers={"Idempotency-Key": "t1"})
        row.count(thread.status_code)
        deleted = client.delete(f"/v1/threads/{thread.json()['id']}")
        row.count(deleted.status_code)
        replay = client.post(
            "/v1/admin/api-keys", json={"user_id": "u1", "name": "n"}, headers={"Idempotency-Key": "k1"}
        )
        row.count(replay.status_code)
    kept = _files(live.db_path)
    with sqlite3.connect(live.db_path) as conn:
        entries = conn.execute("SELECT COUNT(*) FROM idempotency").fetchone()[0]
    row.outcome = (
        f"secret on disk: {'yes' if key.json()['secret'].encode() in kept else 'no'};"
        f" deleted title on disk: {'yes' if title.encode() in kept else 'no'}; entries {entries};"
        f" replay of the key: {replay.status_code}{' with the secret' if key.json()['secret'] in replay.text else ''}"
    )


def admin_keys(tmp: Path, row: Row, limit: float) -> None:
    """`PARLEY_ADMIN_KEY` changed from A to B with a restart; and a 1-character key."""
    a, b = "pk_a_" + secrets.token_urlsafe(24), "pk_b_" + secrets.token_urlsafe(24)
    live = _server(tmp, "keys", admin_key=a)
    live.stop()
    live.admin_key = b
    live.start()
    try:
        old = httpx.get(live.base_url + "/v1/models", headers=_auth(live, a), timeout=limit)
        row.count(old.status_code)
        active = httpx.get(live.base_url + "/v1/admin/api-keys", headers=_auth(live, b), timeout=limit).json()["data"]
        row.count(200)
        assert live.process is not None
        row.peak_rss = peak_rss_mib(live.process.pid)
    finally:
        live.stop()
    short = _refuses_to_start(tmp)
    row.outcome = (
        f"old key A: {old.status_code}; admin keys active: {len(active)};"
        f" 1-character key: {'refused' if short else 'accepted'}"
    )


def _refuses_to_start(tmp: Path) -> bool:
    """Start a server with a 1-character admin key; True when it refuses to start."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "parley_server", "--port", str(port), "--db", str(tmp / "short.db")],
        env={**os.environ, "PARLEY_ADMIN_KEY": "x"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return process.returncode != 0
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    os.kill(process.pid, signal.SIGTERM)
    process.wait(timeout=10)
    return False


def revoked_stream(live: LiveServer, row: Row, limit: float) -> None:
    """A run stream (lorem-1, 4,000 tokens over 2 s) whose key is revoked 0.3 s in: events after that."""
    secret = live.new_key("user_revoked")
    with httpx.Client(base_url=live.base_url, headers=_auth(live), timeout=limit) as admin:
        key_id = next(k["id"] for k in admin.get("/v1/admin/api-keys").json()["data"] if k["prefix"] == secret[:12])
        with httpx.Client(base_url=live.base_url, headers=_auth(live, secret), timeout=limit) as client:
            thread = client.post("/v1/threads", json={}).json()
            body = {"messages": [{"role": "user", "content": "go"}], "model": "lorem-1", "max_tokens": 4000}
            revoked_at: list[float] = []

            def revoke() -> None:
                time.sleep(0.3)
                revoked_at.append(time.monotonic())  # when the revocation is asked for
                row.count(admin.delete(f"/v1/admin/api-keys/{key_id}").status_code)

            after, last = 0, b""
            with client.stream("POST", f"/v1/threads/{thread['id']}/chat", json=body) as answer:
                row.count(answer.status_code)
                revoker = threading.Thread(target=revoke)
                revoker.start()
                for chunk in answer.iter_bytes():
                    if revoked_at:
                        after += chunk.count(b"\nevent: ")
                    last = chunk
                ended = time.monotonic()
            revoker.join()
    ends_with = "error event" if b"event: error" in last else "no error event"
    row.outcome = (
        f"{after} events after the revoke request; the stream ended {ended - revoked_at[0]:.2f} s after it, {ends_with}"
    )


def cancel_ended(live: LiveServer, row: Row, limit: float) -> None:
    """Client 1's run has ended; client 2 runs on the same thread; client 1 cancels "its" run."""
    with httpx.Client(base_url=live.base_url, headers=_auth(live), timeout=limit) as one:
        thread = one.post("/v1/threads", json={}).json()
        body = {"messages": [{"role": "user", "content": "go"}], "model": "lorem-1", "max_tokens": 5}
        mine = one.post(f"/v1/threads/{thread['id']}/chat", json={**body, "stream": False}).json()["run"]
        row.count(200)
        with httpx.Client(base_url=live.base_url, headers=_auth(live), timeout=limit) as two:
            request = two.build_request(
                "POST", f"/v1/threads/{thread['id']}/chat", json={**body, "max_tokens": 4000, "stream": True}
            )
            theirs = two.send(request, stream=True)
            row.count(theirs.status_code)
            try:
                per_run = one.post(f"/v1/threads/{thread['id']}/runs/{mine['id']}/cancel")
                row.count(per_run.status_code)
                if per_run.status_code in (404, 405):  # a server without the per-run cancel: what the SDK did
                    row.count(one.post(f"/v1/threads/{thread['id']}/cancel").status_code)
                status = one.get(f"/v1/threads/{thread['id']}/runs/{theirs.headers['X-Run-Id']}").json()["status"]
            finally:
                theirs.close()
    row.outcome = f"the other client's run is now {status}"


ROWS: dict[str, tuple[str, Callable[..., None]]] = {
    "body_metadata": (
        "100 MB `metadata` (Content-Length)",
        lambda live, row, limit: body_100mb(live, row, limit, "metadata", False),
    ),
    "body_title": ("100 MB `title`, chunked", lambda live, row, limit: body_100mb(live, row, limit, "title", True)),
    "deep_json": ("JSON nested 1,000 deep x20", deep_json),
    "infinity": ("`1e999` x20", infinity),
    "messages_100k": ("100,000 messages", messages_100k),
    "n8_stream": ("n=8 x 32,768 tokens, streamed", n8_stream),
    "sqlite_lock": ("write lock held 8 s by another process", sqlite_lock),
    "streams_300": ("300 concurrent streams", streams_300),
    "half_open": ("1,000 unfinished headers", half_open),
    "idempotency": ("idempotency table", idempotency_table),
    "admin_keys": ("admin key A→B, 1-char key", admin_keys),
    "revoked_stream": ("key revoked mid-stream", revoked_stream),
    "cancel_ended": ("cancel after own run ended", cancel_ended),
}


def run_row(name: str, tmp: Path, limit: float) -> Row:
    """Run one row against a fresh server and return what it saw."""
    title, action = ROWS[name]
    row = Row(title)
    if name == "admin_keys":  # starts its own servers
        action(tmp, row, limit)
        return row
    live = _server(tmp, name, token_delay=0.005)
    try:
        with HealthProbe(live.base_url, timeout=limit) as probe:
            row.health = probe
            action(live, row, limit)
        assert live.process is not None
        row.peak_rss = peak_rss_mib(live.process.pid)
    finally:
        live.stop()
    return row


def main() -> None:
    """Run the rows and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", default=",".join(ROWS), help="comma-separated rows (default: all)")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds any one wait may take (default: 60)")
    args = parser.parse_args()
    unknown = [name for name in args.rows.split(",") if name not in ROWS]
    if unknown:
        parser.error(f"--rows: no row named {unknown[0]!r}; the rows are {', '.join(ROWS)}")
    print(
        f"# load and abuse, {time.strftime('%Y-%m-%d %H:%M')}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs"
    )
    print("| row | requests | answers by status | health p50 ms | p99 ms | worst ms | peak RSS MiB | outcome |")
    print("|---|---:|---|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory(prefix="parley-abuse-") as tmp:
        for name in args.rows.split(","):
            try:
                row = run_row(name, Path(tmp), args.limit)
            except Exception as exc:  # a row that breaks the harness still prints
                row = Row(ROWS[name][0], outcome=f"row failed: {type(exc).__name__}: {exc}")
            print(row.line(), flush=True)


if __name__ == "__main__":
    main()
