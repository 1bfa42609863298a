"""Building blocks of the stream tests: SSE bodies, response bodies that record their closing, servers.

- `frames(...)` / `chunk(...)`: completion-stream bodies; `run_frames(...)`: thread-run bodies.
- `Body` / `AsyncBody`: a scripted response body (pieces, then maybe an error) that records how much
  was read and whether it was closed, for `httpx.MockTransport` answers.
- `ScriptedServer`: a loopback HTTP/1.1 server that answers every request with a scripted
  chunked event stream (pieces and pauses): idle timeouts, heartbeats, no-buffering checks.
- `CuttingProxy`: a loopback TCP proxy to the reference server that cuts chosen connections after
  a number of response bytes (a dropped connection in the middle of a stream).
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

SSE = {"content-type": "text/event-stream", "x-request-id": "req_stream"}


def chunk(
    content: str | None = None,
    *,
    index: int = 0,
    delta: dict[str, Any] | None = None,
    finish: str | None = None,
    usage: dict[str, int] | None = None,
    choices: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One `chat.completion.chunk` (one choice unless `choices` is given)."""
    if choices is None:
        body = delta if delta is not None else ({} if content is None else {"content": content})
        choices = [{"index": index, "delta": body, "finish_reason": finish, "logprobs": None}]
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1795340400,
        "model": "lorem-1",
        "choices": choices,
        "usage": usage,
        "system_fingerprint": "fp_1",
        "session_id": "sess_1",
    }


USAGE = {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12}


def frames(*events: dict[str, Any] | str, done: bool = True) -> bytes:
    """`data: {json}` frames, then `data: [DONE]`."""
    out = [b"data: " + (e if isinstance(e, str) else json.dumps(e)).encode() + b"\n\n" for e in events]
    return b"".join(out) + (b"data: [DONE]\n\n" if done else b"")


def text_stream(words: list[str]) -> bytes:
    """A whole completion stream answering `words`."""
    first = chunk(delta={"role": "assistant", "content": ""})
    return frames(first, *(chunk(word) for word in words), chunk(finish="stop", usage=USAGE))


def run_event(seq: int, kind: str, run_id: str = "run_1", **fields: Any) -> dict[str, Any]:
    return {"type": kind, "run_id": run_id, "sequence": seq, **fields}


def run_json(status: str, last: int, run_id: str = "run_1") -> dict[str, Any]:
    return {
        "id": run_id,
        "thread_id": "thr_1",
        "kind": "chat",
        "status": status,
        "model": "echo-1",
        "created_at": "2026-11-22T09:31:00Z",
        "started_at": "2026-11-22T09:31:00Z",
        "ended_at": None if status in ("queued", "in_progress") else "2026-11-22T09:31:01Z",
        "error": None,
        "usage": None,
        "last_event_id": str(last),
    }


def item_json(item_id: str, kind: str, text: str, status: str | None = "completed") -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": item_id,
        "thread_id": "thr_1",
        "run_id": None if kind == "user_message" else "run_1",
        "created_at": "2026-11-22T09:31:00Z",
        "type": kind,
        "feedback": None,
        "content": [{"type": "text", "text": text}] if text else [],
    }
    if kind == "user_message":
        item["attachment_ids"] = []
    else:
        item["status"] = status
    return item


def run_events(words: list[str], run_id: str = "run_1") -> list[dict[str, Any]]:
    """The events of a whole chat run answering `words`: 1 run.created ... n run.completed."""
    text = "".join(words)
    events = [
        run_event(1, "run.created", run_id, run=run_json("queued", 1, run_id)),
        run_event(2, "item.done", run_id, item=item_json("item_u", "user_message", "hi")),
        run_event(3, "item.created", run_id, item=item_json("item_a", "assistant_message", "", "in_progress")),
    ]
    for word in words:
        delta = {"type": "text", "text": word}
        events.append(run_event(len(events) + 1, "item.delta", run_id, item_id="item_a", delta=delta))
    events.append(run_event(len(events) + 1, "item.done", run_id, item=item_json("item_a", "assistant_message", text)))
    last = len(events) + 1
    events.append(run_event(last, "run.completed", run_id, run=run_json("completed", last, run_id)))
    return events


def run_frames(
    events: list[dict[str, Any]], ids: Callable[[dict[str, Any]], str | None] = lambda e: str(e["sequence"])
) -> bytes:
    """`id:`, `event:`, `data:` frames of thread-run events; `ids` gives each frame's id (None: no `id:` line)."""
    frames = []
    for event in events:
        id = ids(event)
        head = "" if id is None else f"id: {id}\n"
        frames.append(f"{head}event: {event['type']}\ndata: {json.dumps(event)}\n\n".encode())
    return b"".join(frames)


class Body(httpx.SyncByteStream):
    """A response body: `pieces`, then `error` raised (if any); records reading and closing."""

    def __init__(self, pieces: list[bytes], error: Exception | None = None) -> None:
        self.pieces = pieces
        self.error = error
        self.read = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces:
            self.read += 1
            yield piece
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        self.closed = True


class AsyncBody(httpx.AsyncByteStream):
    """The async `Body`."""

    def __init__(self, pieces: list[bytes], error: Exception | None = None) -> None:
        self.pieces = pieces
        self.error = error
        self.read = 0
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            self.read += 1
            yield piece
        if self.error is not None:
            raise self.error

    async def aclose(self) -> None:
        self.closed = True


def split(body: bytes, size: int) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)] or [b""]


# -- real sockets -----------------------------------------------------------------------------------

Step = bytes | float
"""A piece of the body to send, or seconds to wait."""


class ScriptedServer:
    """An HTTP/1.1 server on 127.0.0.1 answering each request with a chunked SSE body from `script`."""

    def __init__(self, script: list[Step]) -> None:
        self.script = script
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.sock.getsockname()[1]
        self.sent_at: list[float] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ScriptedServer:
        self._accept.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self.sock.close()
        for thread in [self._accept, *self._threads]:
            thread.join(timeout=5)

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            thread = threading.Thread(target=self._answer, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                data = b""
                while b"\r\n\r\n" not in data:
                    received = conn.recv(65536)
                    if not received:
                        return
                    data += received
                head = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n"
                conn.sendall(head + b"x-request-id: req_scripted\r\n\r\n")
                for step in self.script:
                    if isinstance(step, float):
                        if self._stop.wait(step):
                            return
                        continue
                    conn.sendall(b"%x\r\n%s\r\n" % (len(step), step))
                    self.sent_at.append(time.monotonic())
                conn.sendall(b"0\r\n\r\n")
            except OSError:
                return


class CuttingProxy:
    """A TCP proxy on 127.0.0.1 to `upstream`; `cut(n)` makes the next matching connection drop after n bytes.

    A connection is cut when its request's first line contains `match` (e.g. `"/chat"`), once the
    upstream has sent `after` bytes of the answer: both sockets are shut down and closed at once.
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.sock.getsockname()[1]
        self.cuts: list[tuple[str, int]] = []
        self.cut_done = 0
        self.requests: list[bytes] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cut(self, match: str, after: int) -> None:
        with self._lock:
            self.cuts.append((match, after))

    def __enter__(self) -> CuttingProxy:
        self._accept.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self.sock.close()
        for thread in [self._accept, *self._threads]:
            thread.join(timeout=5)

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                client, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            thread = threading.Thread(target=self._pipe, args=(client,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _pipe(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
        budget: list[int | None] = [None]

        def upward() -> None:
            try:
                while (data := client.recv(65536)) and not self._stop.is_set():
                    first_line = data.split(b"\r\n", 1)[0]
                    if first_line.split(b" ")[0] in (b"GET", b"POST", b"PUT", b"PATCH", b"DELETE"):
                        self.requests.append(first_line)
                        with self._lock:
                            found = next((c for c in self.cuts if c[0].encode() in first_line), None)
                            if found is not None:
                                self.cuts.remove(found)
                                budget[0] = found[1]
                    upstream.sendall(data)
            except OSError:
                pass
            with contextlib.suppress(OSError):  # the client is gone: the answer side stops waiting upstream
                upstream.shutdown(socket.SHUT_RDWR)

        thread = threading.Thread(target=upward, daemon=True)
        thread.start()
        try:
            while (data := upstream.recv(65536)) and not self._stop.is_set():
                limit = budget[0]
                if limit is not None and len(data) >= limit:
                    client.sendall(data[:limit])
                    self.cut_done += 1
                    break
                if limit is not None:
                    budget[0] = limit - len(data)
                client.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (client, upstream):  # shutdown first: it wakes the thread blocked reading it
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            thread.join(timeout=5)


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()
