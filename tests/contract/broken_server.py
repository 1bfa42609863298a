"""The reference server with one deliberate contract bug, for the harness's own tests.

`python tests/contract/broken_server.py --bug NAME --port P --db PATH` builds
`parley_server.create_app(config)` unchanged and wraps it in one small ASGI middleware that breaks
one thing, so the server's code is never touched. The admin key comes from `$PARLEY_ADMIN_KEY`,
as for `parley-server`. `BUGS` maps each name to its middleware; `mutants.py` says which
operation or flow of `parley-contract` must catch each one.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import re
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
Headers = list[tuple[bytes, bytes]]

_RUN_STREAM = re.compile(r"^/v1/threads/[^/]+/(chat|actions|retry|runs/[^/]+/events)$")
_EVENTS = re.compile(r"^/v1/threads/[^/]+/runs/[^/]+/events$")
_THREAD = re.compile(r"^/v1/threads/([^/]+)(/.*)?$")
_CANCEL = re.compile(r"^/v1/threads/([^/]+)/cancel$")
_RUN_CANCEL = re.compile(r"^/v1/threads/([^/]+)/runs/([^/]+)/cancel$")
_REJECT = re.compile(r"^/v1/workspaces/[^/]+/drafts/[^/]+/reject$")
_MANAGER = re.compile(r"^/v1/workspaces/[^/]+/(drafts|drafts/[^/]+/(approve|reject)|typing|agent-messages)$")


def _header(scope: Scope, name: bytes) -> bytes | None:
    return next((value for key, value in scope["headers"] if key.lower() == name), None)


def _with_header(scope: Scope, name: bytes, value: bytes | None) -> Scope:
    headers = [(k, v) for k, v in scope["headers"] if k.lower() != name]
    if value is not None:
        headers.append((name, value))
    return {**scope, "headers": headers}


def _query(scope: Scope) -> list[tuple[str, str]]:
    return parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)


def _with_query(scope: Scope, pairs: list[tuple[str, str]]) -> Scope:
    return {**scope, "query_string": urlencode(pairs).encode()}


async def _read_body(receive: Receive) -> bytes:
    body = bytearray()
    while True:
        message = await receive()
        body.extend(message.get("body", b""))
        if not message.get("more_body"):
            return bytes(body)


def _replay(body: bytes, then: Receive | None = None) -> Receive:
    """A `receive` that hands out `body` once, then waits on `then` (the client's own: its disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            if then is not None:
                return await then()
            await asyncio.Event().wait()  # a sub-request has no client that could disconnect
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def _call(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[int, Headers, bytes]:
    """Run the app to the end of its answer; (status, headers, body)."""
    start: Message = {}
    body = bytearray()

    async def capture(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    await app(scope, receive, capture)
    return start["status"], list(start["headers"]), bytes(body)


async def _request(app: ASGIApp, scope: Scope, method: str, path: str, query: str = "") -> tuple[int, Any]:
    """A GET-like sub-request to the app with the caller's headers; (status, decoded JSON)."""
    sub = {**scope, "method": method, "path": path, "raw_path": path.encode(), "query_string": query.encode()}
    status, _, body = await _call(app, sub, _replay(b""))
    return status, json.loads(body) if body else None


async def _patch(app: ASGIApp, scope: Scope, path: str, fields: dict[str, Any]) -> None:
    """A PATCH sub-request to the app with `scope`'s headers, setting `fields` of the resource at `path`."""
    sub = {**scope, "method": "PATCH", "path": path, "raw_path": path.encode(), "query_string": b""}
    await _call(app, _with_header(sub, b"content-length", None), _replay(json.dumps(fields).encode()))


async def _send(send: Send, status: int, headers: Headers, body: bytes) -> None:
    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _json_headers(headers: Headers, content_type: bytes = b"application/json") -> Headers:
    return [(k, v) for k, v in headers if k.lower() != b"content-type"] + [(b"content-type", content_type)]


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

    def as_admin(self, scope: Scope) -> Scope:
        return _with_header(scope, b"authorization", f"Bearer {self.admin_key}".encode())


class JsonBug(Bug):
    """Buffers the app's JSON answers and rewrites them (`rewrite` gets the status and decoded body)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        status, headers, body = await _call(self.app, scope, receive)
        if dict(headers).get(b"content-type", b"").startswith(b"application/json") and body:
            status, data = self.rewrite(scope, status, json.loads(body))
            body = json.dumps(data).encode()
        await _send(send, status, headers, body)

    def rewrite(self, scope: Scope, status: int, data: Any) -> tuple[int, Any]:
        return status, data


class StreamBug(Bug):
    """Rewrites an event stream frame by frame (`frame` gets each complete frame and the request's own state)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        streaming = False
        pending = bytearray()
        state: dict[str, Any] = {}

        async def relay(message: Message) -> None:
            nonlocal streaming
            if message["type"] == "http.response.start":
                content_type = dict(message["headers"]).get(b"content-type", b"")
                streaming = content_type.startswith(b"text/event-stream")
                await send(message)
                return
            if not streaming or message["type"] != "http.response.body":
                await send(message)
                return
            pending.extend(message.get("body", b""))
            out = bytearray()
            while b"\n\n" in pending:
                end = pending.index(b"\n\n") + 2
                out.extend(self.frame(bytes(pending[:end]), state))
                del pending[:end]
            if not message.get("more_body"):
                out.extend(self.end())
            await send({**message, "body": bytes(out)})

        await self.app(scope, receive, relay)

    def frame(self, frame: bytes, state: dict[str, Any]) -> bytes:
        return frame

    def end(self) -> bytes:
        return b""


# -- authentication ---------------------------------------------------------------------------


class IgnoredAuth(Bug):
    """`GET /v1/models` answers without a valid key (the admin key is injected)."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/models"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(self.as_admin(scope), receive, send)


class Auth403(JsonBug):
    """A missing or bad key on the thread routes answers 403 instead of 401."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"].startswith("/v1/threads")

    def rewrite(self, scope: Scope, status: int, data: Any) -> tuple[int, Any]:
        if status == 401:
            data["error"]["type"] = "permission_error"
            return 403, data
        return status, data


class RevokedKeyWorks(Bug):
    """A key revoked through `revoke_api_key` keeps working (its requests are let through as the admin's)."""

    def __init__(self, app: ASGIApp, admin_key: str) -> None:
        super().__init__(app, admin_key)
        self.secrets: dict[str, bytes] = {}
        self.revoked: set[bytes] = set()

    def applies(self, scope: Scope) -> bool:
        return True

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        authorization = _header(scope, b"authorization") or b""
        if authorization.removeprefix(b"Bearer ") in self.revoked:
            scope = self.as_admin(scope)
        if scope["path"] == "/v1/admin/api-keys" and scope["method"] == "POST":
            status, headers, body = await _call(self.app, scope, receive)
            if status == 201:
                issued = json.loads(body)
                self.secrets[issued["id"]] = issued["secret"].encode()
            await _send(send, status, headers, body)
            return
        if scope["path"].startswith("/v1/admin/api-keys/") and scope["method"] == "DELETE":
            key_id = scope["path"].rsplit("/", 1)[1]
            if key_id in self.secrets:
                self.revoked.add(self.secrets[key_id])
        await self.app(scope, receive, send)


# -- authorization ------------------------------------------------------------------------------


class UserReadsAuditLog(Bug):
    """The audit log and the platform stats answer any valid key, a user's too."""

    def applies(self, scope: Scope) -> bool:
        admin_only = scope["path"] in ("/v1/admin/audit-log", "/v1/admin/stats")
        return admin_only and _header(scope, b"authorization") is not None

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        status, headers, body = await _call(self.app, scope, receive)
        if status == 403:
            status, headers, body = await _call(self.app, self.as_admin(scope), _replay(b""))
        await _send(send, status, headers, body)


class UserManagesDrafts(Bug):
    """The manager actions on workspaces (drafts, typing preview, agent messages) accept user keys."""

    def applies(self, scope: Scope) -> bool:
        return bool(_MANAGER.match(scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await _read_body(receive)
        status, headers, answer = await _call(self.app, scope, _replay(body, receive))
        if status == 403:
            status, headers, answer = await _call(self.app, self.as_admin(scope), _replay(body, receive))
        await _send(send, status, headers, answer)


class SecondKeyAdmin(Bug):
    """The second key the server issues gets admin rights on the admin routes (GET /v1/me still says user)."""

    def __init__(self, app: ASGIApp, admin_key: str) -> None:
        super().__init__(app, admin_key)
        self.issued: list[bytes] = []

    def applies(self, scope: Scope) -> bool:
        return scope["path"].startswith("/v1/admin/")

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        secret = (_header(scope, b"authorization") or b"").removeprefix(b"Bearer ")
        if len(self.issued) > 1 and secret == self.issued[1]:
            scope = self.as_admin(scope)
        status, headers, body = await _call(self.app, scope, receive)
        if scope["path"] == "/v1/admin/api-keys" and scope["method"] == "POST" and status == 201:
            self.issued.append(json.loads(body)["secret"].encode())
        await _send(send, status, headers, body)


# -- isolation ----------------------------------------------------------------------------------


class CrossUserThreads(Bug):
    """Threads are found by id whoever asks: a request for another user's thread runs as its owner."""

    def __init__(self, app: ASGIApp, admin_key: str) -> None:
        super().__init__(app, admin_key)
        self.owners: dict[str, bytes] = {}

    def applies(self, scope: Scope) -> bool:
        return scope["path"].startswith("/v1/threads")

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        match = _THREAD.match(scope["path"])
        if match and match.group(1) in self.owners:
            scope = _with_header(scope, b"authorization", self.owners[match.group(1)])
        if scope["path"] == "/v1/threads" and scope["method"] == "POST":
            status, headers, body = await _call(self.app, scope, receive)
            if status == 201:
                self.owners[json.loads(body)["id"]] = _header(scope, b"authorization") or b""
            await _send(send, status, headers, body)
            return
        await self.app(scope, receive, send)


# -- pagination and order -----------------------------------------------------------------------


class IgnoresAfter(Bug):
    """`list_threads` ignores `after`: every page is the first page."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/threads" and scope["method"] == "GET"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(_with_query(scope, [(k, v) for k, v in _query(scope) if k != "after"]), receive, send)


class RepeatsCursor(JsonBug):
    """`list_thread_items` answers the cursor it was given as the next one: pages after the second repeat."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"].endswith("/items") and any(k == "after" for k, _ in _query(scope))

    def rewrite(self, scope: Scope, status: int, data: Any) -> tuple[int, Any]:
        if status == 200 and data.get("has_more"):
            data["after"] = dict(_query(scope))["after"]
        return status, data


class DropsAtBoundary(JsonBug):
    """`list_workspaces` reads one item past `limit` and hands out that one's id as the cursor, so it is skipped."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/workspaces" and scope["method"] == "GET"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        pairs = _query(scope)
        limit = int(dict(pairs).get("limit", "20"))
        widened = _with_query(scope, [(k, v) for k, v in pairs if k != "limit"] + [("limit", str(limit + 1))])
        status, headers, body = await _call(self.app, widened, receive)
        if status == 200:
            data = json.loads(body)
            items = data["data"]
            if len(items) > limit:
                data["data"], data["has_more"], data["after"] = items[:limit], True, items[limit]["id"]
            body = json.dumps(data).encode()
        await _send(send, status, headers, body)


class SessionsIgnorePage(Bug):
    """`list_sessions` ignores `page`: every page is page 1."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/sessions"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(_with_query(scope, [(k, v) for k, v in _query(scope) if k != "page"]), receive, send)


class AuditOffsetSkip(Bug):
    """`list_audit_log` skips one entry more than `offset` says (off by one past the first page)."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/admin/audit-log"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        pairs = [(k, str(int(v) + 1) if k == "offset" and v.isdigit() and int(v) > 0 else v) for k, v in _query(scope)]
        await self.app(_with_query(scope, pairs), receive, send)


class ThreadsOldestFirst(Bug):
    """`list_threads` without `order` lists oldest first, where the spec says newest first."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/threads" and scope["method"] == "GET"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        pairs = _query(scope)
        if not any(k == "order" for k, _ in pairs):
            pairs.append(("order", "asc"))
        await self.app(_with_query(scope, pairs), receive, send)


# -- status codes, content types, envelopes, schemas ----------------------------------------


class ServerError(Bug):
    """`GET /v1/sessions?page=<below 1>` crashes with a 500 instead of a 400."""

    def applies(self, scope: Scope) -> bool:
        if scope["method"] != "GET" or scope["path"] != "/v1/sessions":
            return False
        pages = [v for k, v in _query(scope) if k == "page"]
        return any(not page.isdigit() or int(page) < 1 for page in pages)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise RuntimeError("page below 1")  # uvicorn answers 500 Internal Server Error (text/plain)


class Created200(JsonBug):
    """`create_thread` answers 200 where the spec says 201."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/threads" and scope["method"] == "POST"

    def rewrite(self, scope: Scope, status: int, data: Any) -> tuple[int, Any]:
        return (200 if status == 201 else status), data


class JsonAsText(Bug):
    """`get_thread` answers its JSON as `text/plain`."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "GET" and bool(re.match(r"^/v1/threads/[^/]+$", scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        status, headers, body = await _call(self.app, scope, receive)
        await _send(send, status, _json_headers(headers, b"text/plain; charset=utf-8"), body)


class Bare404(JsonBug):
    """`get_session` answers 404 with a framework's `{"detail": ...}`, not the error envelope."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"].startswith("/v1/sessions/")

    def rewrite(self, scope: Scope, status: int, data: Any) -> tuple[int, Any]:
        return status, ({"detail": "Not Found"} if status == 404 else data)


class MissingField(JsonBug):
    """`GET /v1/models/{model_id}` answers without the required `owned_by`."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "GET" and scope["path"].startswith("/v1/models/")

    def rewrite(self, scope: Scope, status: int, data: Any) -> tuple[int, Any]:
        if status == 200:
            data.pop("owned_by", None)
        return status, data


class WrongType(JsonBug):
    """`list_threads` answers each thread's `item_count` as a string."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/threads" and scope["method"] == "GET"

    def rewrite(self, scope: Scope, status: int, data: Any) -> tuple[int, Any]:
        for thread in data.get("data", []) if status == 200 else []:
            thread["item_count"] = str(thread["item_count"])
        return status, data


# -- streams and resume -------------------------------------------------------------------------


class BogusEvent(StreamBug):
    """Every thread-run event stream ends with an undeclared `event: bogus` frame."""

    def applies(self, scope: Scope) -> bool:
        return bool(_RUN_STREAM.match(scope["path"]))

    def end(self) -> bytes:
        return b'id: 999999\nevent: bogus\ndata: {"type":"bogus"}\n\n'


class RunEventRepeated(StreamBug):
    """Thread-run event streams send their third event twice."""

    def applies(self, scope: Scope) -> bool:
        return bool(_RUN_STREAM.match(scope["path"]))

    def frame(self, frame: bytes, state: dict[str, Any]) -> bytes:
        return frame * 2 if frame.startswith(b"id: 3\n") else frame


class BadCompletionChunk(StreamBug):
    """Completion stream chunks say `"object": "chat.completion"` instead of `chat.completion.chunk`."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/chat/completions"

    def frame(self, frame: bytes, state: dict[str, Any]) -> bytes:
        return frame.replace(b'"object":"chat.completion.chunk"', b'"object":"chat.completion"')


class CompletionNoDone(StreamBug):
    """Completion streams end without `data: [DONE]`."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/chat/completions"

    def frame(self, frame: bytes, state: dict[str, Any]) -> bytes:
        return b"" if frame.strip() == b"data: [DONE]" else frame


class ResumeGap(StreamBug):
    """A resumed run stream (`Last-Event-ID` or `after`) drops its first event."""

    def applies(self, scope: Scope) -> bool:
        if scope["method"] != "GET" or not _EVENTS.match(scope["path"]):
            return False
        after = _header(scope, b"last-event-id") or dict(_query(scope)).get("after", "").encode()
        return after not in (b"", b"0")

    def frame(self, frame: bytes, state: dict[str, Any]) -> bytes:
        if state.get("dropped") or frame.startswith(b":"):  # heartbeats are not events
            return frame
        state["dropped"] = True
        return b""


class ResumeFromStart(Bug):
    """A resumed run stream ignores `Last-Event-ID` and `after`: it replays from event 1."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "GET" and bool(_EVENTS.match(scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope = _with_header(scope, b"last-event-id", None)
        await self.app(_with_query(scope, [(k, v) for k, v in _query(scope) if k != "after"]), receive, send)


# -- cancel, idempotency, sessions, drafts, deletes --------------------------------------------


class CancelNoop(Bug):
    """A cancel (`cancel_thread_run` or `cancel_run`) answers the run as cancelled, but it goes on to complete."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "POST" and bool(_CANCEL.match(scope["path"]) or _RUN_CANCEL.match(scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await _read_body(receive)
        by_run = _RUN_CANCEL.match(scope["path"])
        if by_run:
            thread_id, run_id = by_run.group(1), by_run.group(2)
        else:
            thread_id = _CANCEL.match(scope["path"]).group(1)  # type: ignore[union-attr]
            status, thread = await _request(self.app, scope, "GET", f"/v1/threads/{thread_id}")
            run_id = thread.get("active_run_id") if status == 200 else None
        status, run = (
            (0, {}) if not run_id else await _request(self.app, scope, "GET", f"/v1/threads/{thread_id}/runs/{run_id}")
        )
        if status != 200 or run.get("status") not in ("queued", "in_progress"):
            await self.app(scope, _replay(b"", receive), send)
            return
        run["status"] = "cancelled"
        await _send(send, 200, [(b"content-type", b"application/json")], json.dumps(run).encode())


class DoubleCreate(Bug):
    """`Idempotency-Key` is stripped from requests, so a replay acts twice."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "POST"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(_with_header(scope, b"idempotency-key", None), receive, send)


class KeyReuseAccepted(Bug):
    """An `Idempotency-Key` reused with another body is a new request, not a 409 (the key is salted with the body)."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "POST" and _header(scope, b"idempotency-key") is not None

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await _read_body(receive)
        key = (_header(scope, b"idempotency-key") or b"") + b"-" + hashlib.sha256(body).hexdigest()[:12].encode()
        await self.app(_with_header(scope, b"idempotency-key", key), _replay(body, receive), send)


class SessionIdIgnored(Bug):
    """`create_chat_completion` ignores `session_id`: every completion opens a new session."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/chat/completions"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await _read_body(receive)
        try:
            data = json.loads(body)
            data.pop("session_id", None)
            body = json.dumps(data).encode()
        except ValueError:
            pass
        scope = _with_header(scope, b"content-length", str(len(body)).encode())
        await self.app(scope, _replay(body, receive), send)


class RejectDelivers(Bug):
    """`reject_workspace_draft` approves the draft: the rejected answer reaches the customer."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "POST" and bool(_REJECT.match(scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await _read_body(receive)
        path = scope["path"].removesuffix("/reject") + "/approve"
        scope = _with_header({**scope, "path": path, "raw_path": path.encode()}, b"content-length", b"0")
        await self.app(_with_header(scope, b"content-type", None), _replay(b"", receive), send)


class SoftDelete(Bug):
    """`delete_thread` answers that the thread is deleted, and keeps it."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "DELETE" and bool(re.match(r"^/v1/threads/[^/]+$", scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        status, thread = await _request(self.app, scope, "GET", scope["path"])
        if status != 200:
            await self.app(scope, receive, send)
            return
        body = json.dumps({"id": thread["id"], "deleted": True}).encode()
        await _send(send, 200, [(b"content-type", b"application/json")], body)


class SplitsEncodedSlash(Bug):
    """Routes on the decoded path: an id's encoded slash (`%2F`) splits it, so `thr_1%2Fitems` lists thr_1's items."""

    def applies(self, scope: Scope) -> bool:
        return b"%2f" in bytes(scope.get("raw_path") or b"").lower()

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = bytes(scope["raw_path"]).replace(b"%2F", b"/").replace(b"%2f", b"/")
        await self.app({**scope, "raw_path": raw}, receive, send)


class IgnoresLimit(JsonBug):
    """`list_threads` ignores `limit`: it answers up to 100 threads on every page."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/threads" and scope["method"] == "GET"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        pairs = [(k, v) for k, v in _query(scope) if k != "limit"] + [("limit", "100")]
        await self.app(_with_query(scope, pairs), receive, send)


class UpdateNotStored(Bug):
    """`update_thread` checks and answers the change, then loses it: the thread keeps its old fields."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "PATCH" and bool(re.match(r"^/v1/threads/[^/]+$", scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        status, before = await _request(self.app, scope, "GET", scope["path"])
        answer = await _call(self.app, scope, receive)
        if status == 200 and answer[0] == 200:
            await _patch(self.app, scope, scope["path"], {key: before[key] for key in ("title", "status", "metadata")})
        await _send(send, *answer)


class UsageOffByOne(JsonBug):
    """Completion answers count one token too many in `usage.total_tokens`."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/chat/completions"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await _read_body(receive)
        if b'"stream": true' in body or b'"stream":true' in body:
            await self.app(scope, _replay(body, receive), send)
            return
        await super().handle(scope, _replay(body, receive), send)

    def rewrite(self, scope: Scope, status: int, data: Any) -> tuple[int, Any]:
        if status == 200 and isinstance(data.get("usage"), dict):
            data["usage"]["total_tokens"] += 1
        return status, data


class ReplayUnmarked(Bug):
    """An idempotent replay is answered without its `Idempotent-Replayed: true` header."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def strip(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message["headers"] if k.lower() != b"idempotent-replayed"]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, strip)


class SessionReversed(JsonBug):
    """`get_session` answers the session's messages newest first."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "GET" and bool(re.match(r"^/v1/sessions/[^/]+$", scope["path"]))

    def rewrite(self, scope: Scope, status: int, data: Any) -> tuple[int, Any]:
        if status == 200 and isinstance(data.get("messages"), list):
            data["messages"] = data["messages"][::-1]
        return status, data


class MetadataDropped(JsonBug):
    """`create_thread` answers (and stores) the thread without the metadata it was given."""

    def applies(self, scope: Scope) -> bool:
        return scope["path"] == "/v1/threads" and scope["method"] == "POST"

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = await _read_body(receive)
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("metadata"), dict) and len(body["metadata"]) <= 16:
            del body["metadata"]
            raw = json.dumps(body).encode()
            scope = _with_header(scope, b"content-length", str(len(raw)).encode())
        await self.app(scope, _replay(raw, receive), send)


class RequestIdMismatch(JsonBug):
    """Error envelopes carry a `request_id` other than the `X-Request-Id` header."""

    def applies(self, scope: Scope) -> bool:
        return True

    def rewrite(self, scope: Scope, status: int, data: Any) -> tuple[int, Any]:
        if status >= 400 and isinstance(data, dict) and isinstance(data.get("error"), dict):
            data["error"]["request_id"] = "req_0000000000000000"
        return status, data


class LockedThreadChats(Bug):
    """A locked thread still runs the assistant: `chat_thread` unlocks it first, then locks it again."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "POST" and bool(re.match(r"^/v1/threads/[^/]+/chat$", scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        thread_path = scope["path"].removesuffix("/chat")
        status, thread = await _request(self.app, scope, "GET", thread_path)
        if status == 200 and thread.get("status") == "locked":
            await _patch(self.app, scope, thread_path, {"status": "active"})
        await self.app(scope, receive, send)


class AttachmentBytesAltered(Bug):
    """`download_attachment_content` answers the file with its last byte changed."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "GET" and scope["path"].endswith("/content")

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        status, headers, body = await _call(self.app, scope, receive)
        if status == 200 and body:
            body = body[:-1] + bytes([body[-1] ^ 1])
        await _send(send, status, headers, body)


class TakeoverAiAnswers(Bug):
    """In `takeover` mode the AI still answers the customer (the workspace is told it is in `ai` mode)."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "POST" and bool(re.match(r"^/v1/workspaces/[^/]+/messages$", scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"].removesuffix("/messages")
        status, answer = await _request(self.app, self.as_admin(scope), "GET", path)
        workspace = answer.get("workspace", answer) if isinstance(answer, dict) else {}
        if status == 200 and workspace.get("mode") == "takeover":
            await _patch(self.app, self.as_admin(scope), path, {"mode": "ai"})
            await self.app(scope, receive, send)
            await _patch(self.app, self.as_admin(scope), path, {"mode": "takeover"})
            return
        await self.app(scope, receive, send)


class RunFoundByIdAlone(Bug):
    """A run is found by its id alone: `/v1/threads/<any of the caller's threads>/runs/<run>` reaches it."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "GET" and bool(re.match(r"^/v1/threads/[^/]+/runs/[^/]+$", scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        status, headers, body = await _call(self.app, scope, receive)
        if status == 404:
            run_id = scope["path"].rsplit("/", 1)[1]
            listed, threads = await _request(self.app, scope, "GET", "/v1/threads", "limit=100")
            for thread in threads.get("data", []) if listed == 200 else []:
                path = f"/v1/threads/{thread['id']}/runs/{run_id}"
                sub = {**scope, "path": path, "raw_path": path.encode()}
                found = await _call(self.app, sub, _replay(b""))
                if found[0] == 200:
                    status, headers, body = found
                    break
        await _send(send, status, headers, body)


class SoftEnd(Bug):
    """`end_workspace` answers the workspace as ended, and leaves it active: it still takes messages."""

    def applies(self, scope: Scope) -> bool:
        return scope["method"] == "POST" and bool(re.match(r"^/v1/workspaces/[^/]+/end$", scope["path"]))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"].removesuffix("/end")
        sub = {**scope, "method": "GET", "path": path, "raw_path": path.encode(), "query_string": b""}
        status, headers, body = await _call(self.app, sub, _replay(b""))
        if status != 200:
            await self.app(scope, receive, send)
            return
        workspace = json.loads(body)
        if workspace.get("status") == "active":
            workspace.update(status="ended", ended_at="2026-11-22T09:45:00Z")
        await _send(send, 200, headers, json.dumps(workspace).encode())


BUGS: dict[str, type[Bug]] = {
    "ignored_auth": IgnoredAuth,
    "auth_403": Auth403,
    "revoked_key_works": RevokedKeyWorks,
    "user_reads_audit_log": UserReadsAuditLog,
    "user_manages_drafts": UserManagesDrafts,
    "second_key_admin": SecondKeyAdmin,
    "cross_user_threads": CrossUserThreads,
    "ignores_after": IgnoresAfter,
    "repeats_cursor": RepeatsCursor,
    "drops_at_boundary": DropsAtBoundary,
    "sessions_ignore_page": SessionsIgnorePage,
    "audit_offset_skip": AuditOffsetSkip,
    "threads_oldest_first": ThreadsOldestFirst,
    "server_error": ServerError,
    "created_200": Created200,
    "json_as_text": JsonAsText,
    "bare_404": Bare404,
    "missing_field": MissingField,
    "wrong_type": WrongType,
    "bogus_event": BogusEvent,
    "run_event_repeated": RunEventRepeated,
    "bad_completion_chunk": BadCompletionChunk,
    "completion_no_done": CompletionNoDone,
    "resume_gap": ResumeGap,
    "resume_from_start": ResumeFromStart,
    "cancel_noop": CancelNoop,
    "double_create": DoubleCreate,
    "key_reuse_accepted": KeyReuseAccepted,
    "session_id_ignored": SessionIdIgnored,
    "reject_delivers": RejectDelivers,
    "soft_delete": SoftDelete,
    "splits_encoded_slash": SplitsEncodedSlash,
    "ignores_limit": IgnoresLimit,
    "update_not_stored": UpdateNotStored,
    "usage_off_by_one": UsageOffByOne,
    "replay_unmarked": ReplayUnmarked,
    "session_reversed": SessionReversed,
    "metadata_dropped": MetadataDropped,
    "request_id_mismatch": RequestIdMismatch,
    "locked_thread_chats": LockedThreadChats,
    "attachment_bytes_altered": AttachmentBytesAltered,
    "takeover_ai_answers": TakeoverAiAnswers,
    "run_found_by_id_alone": RunFoundByIdAlone,
    "soft_end": SoftEnd,
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
