"""The reference server with one deliberate contract bug, for the harness's own tests.

`python tests/contract/broken_server.py --bug NAME --port P --db PATH` builds
`parley_server.create_app(config)` unchanged and wraps it in one ASGI middleware per bug, so the
server's code is never touched. The admin key comes from `$PARLEY_ADMIN_KEY`, as for
`parley-server`. Bugs (each is something `parley-contract` must catch):

- `missing_field`: `GET /v1/models/{model_id}` answers without the required `owned_by`;
- `server_error`: `GET /v1/sessions?page=<below 1>` crashes with a 500 instead of a 400;
- `ignored_auth`: `GET /v1/models` answers without a valid key (the admin key is injected);
- `bogus_event`: every thread-run event stream ends with an undeclared `event: bogus` frame;
- `resume_gap`: a resumed run stream (`Last-Event-ID` or `after`) drops its first event;
- `double_create`: `Idempotency-Key` is stripped from requests, so a replay acts twice.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import uvicorn
from parley_server.app import create_app
from parley_server.config import ServerConfig

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_RUN_STREAM = re.compile(r"^/v1/threads/[^/]+/(chat|actions|retry|runs/[^/]+/events)$")
_EVENTS = re.compile(r"^/v1/threads/[^/]+/runs/[^/]+/events$")


def _header(scope: Scope, name: bytes) -> bytes | None:
    return next((value for key, value in scope["headers"] if key.lower() == name), None)


def _query(scope: Scope) -> dict[str, list[str]]:
    return parse_qs(scope.get("query_string", b"").decode("latin-1"))


class Bug:
    """A middleware that passes everything through; subclasses change one thing."""

    def __init__(self, app: ASGIApp, admin_key: str) -> None:
        self.app = app
        self.admin_key = admin_key

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.applies(scope):
            await self.app(scope, receive, send)
            return
        await self.handle(scope, receive, send)

    def applies(self, scope: Scope) -> bool:
        return False

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


class MissingField(Bug):
    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "GET" and scope["path"].startswith("/v1/models/")

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        start: Message = {}
        body = bytearray()

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            body.extend(message.get("body", b""))
            if message.get("more_body"):
                return
            data = bytes(body)
            if start["status"] == 200:
                model = json.loads(data)
                model.pop("owned_by", None)
                data = json.dumps(model).encode()
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(data)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": data})

        await self.app(scope, receive, capture)


class ServerError(Bug):
    def applies(self, scope: Scope) -> bool:
        if scope["method"] != "GET" or scope["path"] != "/v1/sessions":
            return False
        pages = _query(scope).get("page", [])
        return any(not page.isdigit() or int(page) < 1 for page in pages)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise RuntimeError("page below 1")  # uvicorn answers 500 Internal Server Error (text/plain)


class IgnoredAuth(Bug):
    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/models"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
        headers.append((b"authorization", f"Bearer {self.admin_key}".encode()))
        await self.app({**scope, "headers": headers}, receive, send)


class BogusEvent(Bug):
    def applies(self, scope: Scope) -> bool:
        return bool(_RUN_STREAM.match(scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        streaming = False

        async def append(message: Message) -> None:
            nonlocal streaming
            if message["type"] == "http.response.start":
                content_type = dict(message["headers"]).get(b"content-type", b"")
                streaming = content_type.startswith(b"text/event-stream")
            elif streaming and not message.get("more_body"):
                bogus = b'id: 999999\nevent: bogus\ndata: {"type":"bogus"}\n\n'
                message = {**message, "body": message.get("body", b"") + bogus}
            await send(message)

        await self.app(scope, receive, append)


class ResumeGap(Bug):
    def applies(self, scope: Scope) -> bool:
        if scope["method"] != "GET" or not _EVENTS.match(scope["path"]):
            return False
        after = _header(scope, b"last-event-id") or "".join(_query(scope).get("after", [])).encode()
        return after not in (b"", b"0")

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        pending = bytearray()
        dropped = False

        async def drop_first(message: Message) -> None:
            nonlocal dropped
            if message["type"] != "http.response.body" or dropped:
                await send(message)
                return
            pending.extend(message.get("body", b""))
            while not dropped and b"\n\n" in pending:
                end = pending.index(b"\n\n") + 2
                frame = bytes(pending[:end])
                del pending[:end]
                dropped = not frame.startswith(b":")  # heartbeats are not events
            if dropped or not message.get("more_body"):
                await send({**message, "body": bytes(pending)})
                pending.clear()

        await self.app(scope, receive, drop_first)


class DoubleCreate(Bug):
    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "POST"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"idempotency-key"]
        await self.app({**scope, "headers": headers}, receive, send)


BUGS: dict[str, type[Bug]] = {
    "missing_field": MissingField,
    "server_error": ServerError,
    "ignored_auth": IgnoredAuth,
    "bogus_event": BogusEvent,
    "resume_gap": ResumeGap,
    "double_create": DoubleCreate,
}


def main() -> None:
    parser = argparse.ArgumentParser(description="The reference server with one deliberate contract bug.")
    parser.add_argument("--bug", required=True, choices=sorted(BUGS))
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--token-delay", type=float, default=0.0)
    args = parser.parse_args()
    admin_key = os.environ["PARLEY_ADMIN_KEY"]
    app = create_app(ServerConfig(db_path=args.db, admin_key=admin_key, token_delay=args.token_delay))
    wrapped = BUGS[args.bug](app, admin_key)
    uvicorn.run(wrapped, host="127.0.0.1", port=args.port, log_level="warning", timeout_graceful_shutdown=2)


if __name__ == "__main__":
    main()
