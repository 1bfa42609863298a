"""The reference server with a broken thread-list cursor, for the pager's tests.

`python tests/overlay/repeating_server.py --mode MODE --port P --db PATH` builds
`parley_server.create_app(config)` unchanged and wraps it in one ASGI middleware (the style of
`tests/contract/broken_server.py`), so the server's code is never touched. The admin key comes
from `$PARLEY_ADMIN_KEY`. Modes, both on `GET /v1/threads`:

- `same_page`: the `after` cursor is ignored, so every page is the first page again (same items,
  same `after`, `has_more` still true);
- `stale_cursor`: the pages are right, but each answer's `after` is the cursor the request sent
  (the cursor never moves on past the second page).
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import uvicorn
from parley_server.app import create_app
from parley_server.config import ServerConfig

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class RepeatingCursor:
    """Passes everything through but `GET /v1/threads`, whose cursor it breaks as `mode` says."""

    def __init__(self, app: ASGIApp, mode: str) -> None:
        self.app = app
        self.mode = mode

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] != "/v1/threads":
            await self.app(scope, receive, send)
            return
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"))
        after = dict(query).get("after")
        if self.mode == "same_page":
            stripped = urlencode([(k, v) for k, v in query if k != "after"]).encode()
            await self.app({**scope, "query_string": stripped}, receive, send)
        elif after is None:
            await self.app(scope, receive, send)
        else:
            await self.app(scope, receive, _rewrite_after(send, after))


def _rewrite_after(send: Send, after: str) -> Send:
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
            data = json.dumps({**json.loads(data), "after": after}).encode()
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
        await send({**start, "headers": [*headers, (b"content-length", str(len(data)).encode())]})
        await send({"type": "http.response.body", "body": data})

    return capture


def main() -> None:
    parser = argparse.ArgumentParser(description="The reference server with a broken thread-list cursor.")
    parser.add_argument("--mode", required=True, choices=["same_page", "stale_cursor"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    app = create_app(ServerConfig(db_path=args.db, admin_key=os.environ["PARLEY_ADMIN_KEY"], token_delay=0.0))
    uvicorn.run(RepeatingCursor(app, args.mode), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
