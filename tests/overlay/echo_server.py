"""The reference server with one careless habit: its errors echo the request's headers back.

`python tests/overlay/echo_server.py --port P --db PATH [--token-delay S]` builds
`parley_server.create_app(config)` unchanged and wraps it in one ASGI middleware: a request for a
thread whose id starts with `thr_echo` (`GET /v1/threads/thr_echo...`, and every path under it)
is answered `400` with the error envelope, its `message` listing every request header as
`name: value`, plus a top-level `headers` object with the same; under `thr_echo_busy` the answer is
a `503` with `Retry-After: 0` instead (which clients retry), every request header also echoed in
an `X-Echo-<name>` response header. Everything else passes through.
The admin key comes from `$PARLEY_ADMIN_KEY`, as for `parley-server`. The SDK must keep every
credential it sent out of what it shows of such an answer.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

import uvicorn
from parley_server.app import create_app
from parley_server.config import ServerConfig

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ECHO_PREFIX = "/v1/threads/thr_echo"
BUSY_PREFIX = "/v1/threads/thr_echo_busy"


class EchoHeaders:
    """Answers requests under `ECHO_PREFIX` with a 400 that repeats their headers; passes the rest through."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(ECHO_PREFIX):
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}
        listed = "; ".join(f"{name}: {value}" for name, value in headers.items())
        body = {
            "error": {
                "type": "invalid_request_error",
                "message": f"Echoing your request: {listed}",
                "code": "echo",
                "param": None,
                "request_id": "req_echo",
            },
            "headers": headers,
        }
        data = json.dumps(body).encode()
        answer = [(b"content-type", b"application/json"), (b"x-request-id", b"req_echo")]
        status = 400
        if scope["path"].startswith(BUSY_PREFIX):
            status = 503
            answer += [(b"retry-after", b"0"), *((b"x-echo-" + key, value) for key, value in scope["headers"])]
        await send({"type": "http.response.start", "status": status, "headers": answer})
        await send({"type": "http.response.body", "body": data})


def main() -> None:
    """Serve the wrapped reference server."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    app = create_app(ServerConfig(db_path=args.db, admin_key=os.environ["PARLEY_ADMIN_KEY"], token_delay=0.0))
    uvicorn.run(EchoHeaders(app), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
