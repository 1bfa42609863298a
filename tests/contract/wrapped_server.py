"""The reference server behind a wrapper that keeps the contract but changes what the harness can see or use.

`python tests/contract/wrapped_server.py --wrap NAME --port P --db PATH [--log FILE]`:

- `completions_only`: an OpenAI-compatible server that implements only `/v1/chat/completions`
  and `/v1/models` (everything else answers `404 {"detail": "Not Found"}`, as FastAPI does);
- `recorder`: the whole reference server, writing one JSON line per request to `--log` (method,
  path, Idempotency-Key, status, content type, whether it asked for a stream, and an error
  answer's `code`), so a test can see what schemathesis actually sent and what it was told.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import uvicorn
from parley_server.app import create_app
from parley_server.config import ServerConfig

if __package__ in (None, ""):  # run as a script: make the repository's `tests` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.contract.broken_server import (
    ASGIApp,
    Message,
    Receive,
    Scope,
    Send,
    _header,
    _read_body,
    _replay,
)


class CompletionsOnly:
    """Only `/v1/chat/completions` and `/v1/models` exist; every other path is a 404."""

    PATHS = ("/v1/chat/completions", "/v1/models")

    def __init__(self, app: ASGIApp, log: Path | None) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self.PATHS:
            await self.app(scope, receive, send)
            return
        body = b'{"detail":"Not Found"}'
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 404, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class Recorder:
    """Every request, one JSON line in the log: what was asked and what was answered."""

    def __init__(self, app: ASGIApp, log: Path | None) -> None:
        assert log is not None, "the recorder needs --log"
        self.app = app
        self.log = log.open("a", encoding="utf-8")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        try:
            stream: Any = json.loads(body).get("stream") if body.startswith(b"{") else None
        except (ValueError, AttributeError):
            stream = None
        key = _header(scope, b"idempotency-key")
        line: dict[str, Any] = {"method": scope["method"], "path": scope["path"], "stream": stream}
        line["key"] = key.decode("latin-1") if key is not None else None

        error = bytearray()

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                line["status"] = message["status"]
                line["content_type"] = dict(message["headers"]).get(b"content-type", b"").decode()
            elif message["type"] == "http.response.body" and line["status"] >= 400:
                error.extend(message.get("body", b""))
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                line["code"] = _error_code(bytes(error))
                self.log.write(json.dumps(line) + "\n")
                self.log.flush()
            await send(message)

        await self.app(scope, _replay(body, receive), capture)


def _error_code(body: bytes) -> str | None:
    """The envelope's `error.code` of an error answer, if it has one."""
    try:
        error = json.loads(body)["error"]
    except (ValueError, KeyError, TypeError):
        return None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, str) else None


WRAPS = {"completions_only": CompletionsOnly, "recorder": Recorder}


def main() -> None:
    parser = argparse.ArgumentParser(description="The reference server behind a wrapper that keeps the contract.")
    parser.add_argument("--wrap", required=True, choices=sorted(WRAPS))
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--log", type=Path)
    args = parser.parse_args()
    admin_key = os.environ["PARLEY_ADMIN_KEY"]
    app = create_app(ServerConfig(db_path=args.db, admin_key=admin_key))
    uvicorn.run(WRAPS[args.wrap](app, args.log), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
