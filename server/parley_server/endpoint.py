"""The endpoint layer: auth, limits, input validation, idempotency, errors, request ids.

Handlers are plain synchronous functions `(Context) -> Result`. The event loop only moves bytes:
the key is looked up on a database reader thread, the body is read within its limits (size and
time) and parsed and validated on a worker thread, and the handler runs inside one database
transaction on the writer thread (a reader thread for a GET), together with the stored idempotent
answer, so a POST is either done and remembered, or not done at all, and a retry with the same
key can never do it twice. Streams take a slot before any work (429 when the caps are full) and
give it back when they end. Every error, from any layer, is answered by `http_errors`.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import logging
import math
import re
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from parley_server.context import Context, FilePart
from parley_server.contract import Operation, check
from parley_server.engine import completion_stream
from parley_server.errors import DomainError, NotFound, RequestTimeout, TooLarge, conflict, invalid
from parley_server.http_errors import INTERNAL, envelope, error_response, stored_error_response
from parley_server.replies import BytesReply, EventStreamReply, Reply, Result, RunReply
from parley_server.request_body import declared_length, parse, read
from parley_server.request_caps import check_caps
from parley_server.schema_sizes import check_sizes
from parley_server.services import Services
from parley_server.store import idempotency
from parley_server.streams import StreamSlot

log = logging.getLogger("parley_server")

Handler = Callable[[Context], Result]

_INTEGER = re.compile(r"^-?[0-9]+$")
_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
_FRAMES_PER_CHUNK = 256  # frames of a paced stream made (and sent) at once, at most
_MAX_SUBJECTS = 64


def new_request_id() -> str:
    """Return a fresh request id (`req_` and 16 hex digits)."""
    return "req_" + secrets.token_hex(8)


def dumps(value: Any) -> bytes:
    """Serialise a JSON answer compactly (never `NaN` or `Infinity`: they are not JSON)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A complete answer made on a database thread: status, media type, body bytes, headers."""

    status: int
    media_type: str
    body: bytes
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class _Replay:
    """A stored first answer to give again."""

    stored: idempotency.StoredAnswer


class _SlotStreamingResponse(StreamingResponse):
    """A streamed answer that gives its stream slot back however it ends (done, cancelled, failed)."""

    def __init__(self, frames: AsyncIterator[bytes], headers: dict[str, str], slot: StreamSlot | None) -> None:
        super().__init__(frames, media_type="text/event-stream", headers={**headers, **_SSE_HEADERS})
        self.slot = slot

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            if self.slot is not None:
                self.slot.release()


class Endpoint:
    """One operation of the spec bound to its handler."""

    def __init__(self, services: Services, operation_id: str, handler: Handler) -> None:
        self.services = services
        self.operation: Operation = services.contract.operations[operation_id]
        self.handler = handler

    async def __call__(self, request: Request) -> Response:
        """Answer one HTTP request."""
        request_id = new_request_id()
        body_read = [self.operation.body_media_type is None]
        try:
            response = await self._answer(request, request_id, body_read)
            if self.operation.body_media_type is None and _has_body(request):
                response.headers["Connection"] = "close"  # a body this operation never reads
            return response
        except DomainError as error:
            return error_response(error, request_id, close=not body_read[0])
        except ClientDisconnect:
            return error_response(invalid("The client went away.", code="client_closed"), request_id, close=True)
        except Exception:
            log.exception("unhandled error in %s (request %s)", self.operation.operation_id, request_id)
            return error_response(INTERNAL, request_id, close=not body_read[0])

    async def _answer(self, request: Request, request_id: str, body_read: list[bool]) -> Response:
        services, op = self.services, self.operation
        caller = None
        if op.secured:
            header = request.headers.get("authorization")
            caller = await services.db.read(lambda: services.auth.authenticate(header))
            services.limiter.check(caller.key_id)
            services.meter.count_request(caller.user_id, caller.key_id)
        params = _parameters(op, request)
        raw, body = await self._body(request, body_read)
        ctx = Context(services, request_id, op.operation_id, caller, params, body)
        if caller is None:  # `get_health`: no database, answered on the loop
            return self._render_prepared(self._prepare(self.handler(ctx)), request_id)
        slot = services.streams.open(caller.key_id) if _streams(op, body) else None
        try:
            return await self._respond(ctx, request, raw, slot)
        except BaseException:
            if slot is not None:
                slot.release()
            raise

    # -- the body -----------------------------------------------------------------------------------

    async def _body(self, request: Request, body_read: list[bool]) -> tuple[bytes, Any]:
        """Read and validate the body; return the bytes that identify it (for idempotency) and its value.

        `body_read[0]` becomes true once the whole body has been read (the connection can be reused).
        """
        op, config = self.operation, self.services.config
        if op.body_media_type is None:
            return b"", None
        if op.body_media_type == "multipart/form-data":
            try:
                form = await asyncio.wait_for(self._multipart(request), config.body_timeout)
                body_read[0] = True
                return form
            except asyncio.TimeoutError:
                raise RequestTimeout(
                    "request_timeout", f"The upload did not arrive within {config.body_timeout:g} s (--body-timeout)."
                ) from None
        raw = await read(request, config.max_body_bytes, config.body_timeout)
        body_read[0] = True
        if not raw.strip():
            if op.body_required:
                raise invalid("A JSON request body is required.", code="missing_body")
            return raw, None
        content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if content_type != "application/json" and not content_type.endswith("+json"):
            raise invalid(f"Send the body as application/json, not '{content_type}'.", code="unsupported_content_type")
        loop = asyncio.get_running_loop()
        return raw, await loop.run_in_executor(self.services.cpu, self._validated, raw)

    def _validated(self, raw: bytes) -> Any:
        """Parse and check a JSON body (on a worker thread): limits first, the cheap checks before the full schema."""
        op, config = self.operation, self.services.config
        value = parse(raw, config.max_json_depth)
        check_caps(op.operation_id, value, config)
        if op.body_validator is not None:
            schema = op.body_validator.schema
            if isinstance(schema, dict):
                check_sizes(schema, value, self.services.contract.document)
            check(op.body_validator, value)
        return value

    async def _multipart(self, request: Request) -> tuple[bytes, Any]:
        op, max_upload = self.operation, self.services.config.max_upload_bytes
        content_type = request.headers.get("content-type", "")
        if not content_type.lower().startswith("multipart/form-data"):
            raise invalid("Send the body as multipart/form-data.", code="unsupported_content_type")
        length = declared_length(request)
        if length is not None and length > max_upload + 64 * 1024:
            raise TooLarge("file_too_large", f"The upload exceeds the limit of {max_upload} bytes.", param="file")
        try:
            form = await request.form(max_files=4, max_fields=32, max_part_size=max_upload + 1)
        except ClientDisconnect:
            raise
        except Exception as exc:  # Starlette raises MultiPartException or HTTPException for broken bodies
            if "exceeded maximum size" in str(exc):  # a plain (non-file) field longer than the upload limit
                raise TooLarge("file_too_large", f"A part exceeds the limit of {max_upload} bytes.") from None
            raise invalid(f"The multipart body could not be parsed: {exc}.", code="invalid_multipart") from None
        fields: dict[str, Any] = {}
        digest = hashlib.sha256()
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                data = await value.read()
                if len(data) > max_upload:
                    raise TooLarge("file_too_large", f"The file exceeds the limit of {max_upload} bytes.", param=name)
                filename = value.filename or "upload"
                fields[name] = FilePart(filename, value.content_type or "application/octet-stream", data)
                digest.update(name.encode() + b"\0" + (value.filename or "").encode() + b"\0" + data + b"\0")
            else:
                fields[name] = value
                digest.update(name.encode() + b"\0" + value.encode() + b"\0")
        await form.close()
        if op.body_validator is not None:
            check(op.body_validator, {k: ("" if isinstance(v, FilePart) else v) for k, v in fields.items()})
        return digest.digest(), fields

    # -- running the handler -----------------------------------------------------------------------

    async def _respond(self, ctx: Context, request: Request, raw: bytes, slot: StreamSlot | None) -> Response:
        services, op = self.services, self.operation
        if op.method == "GET":
            outcome: _Prepared | _Replay | Result = await services.db.read(lambda: self._prepare(self.handler(ctx)))
            return await self._render(outcome, ctx.request_id, slot)
        key = ctx.params.get("Idempotency-Key") if op.method == "POST" else None
        if key is None:
            outcome = await services.db.write(lambda: self._prepare(self.handler(ctx)))
            return await self._render(outcome, ctx.request_id, slot)
        fingerprint = hashlib.sha256(
            op.operation_id.encode() + b"\0" + request.url.path.encode() + b"\0" + raw
        ).hexdigest()
        outcome = await services.db.write(lambda: self._once(ctx, key, fingerprint))
        return await self._render(outcome, ctx.request_id, slot)

    def _once(self, ctx: Context, key: str, fingerprint: str) -> _Prepared | _Replay | Result:
        """Inside the write transaction: replay the stored answer for `key`, or act and store the answer."""
        ttl = self.services.config.idempotency_ttl_seconds
        stored = idempotency.find(ctx.db, ctx.user_id, key, ttl)
        if stored is not None:
            if stored.fingerprint != fingerprint:
                raise conflict(
                    "idempotency_key_reused",
                    "This Idempotency-Key was used with a different request; use a new key.",
                    param="Idempotency-Key",
                )
            return _Replay(stored)
        result = self.handler(ctx)
        answer, subjects = _storable(result, fingerprint, ctx)
        idempotency.save(ctx.db, ctx.user_id, key, answer, subjects)
        return self._prepare(result)

    @staticmethod
    def _prepare(result: Result) -> _Prepared | Result:
        """Serialise a JSON or binary answer where it was made (off the loop); streams and runs stay as they are."""
        if isinstance(result, Reply):
            return _Prepared(result.status, "application/json", dumps(result.body), result.headers)
        if isinstance(result, BytesReply):
            return _Prepared(200, result.media_type, result.content, result.headers)
        return result

    # -- answering ---------------------------------------------------------------------------------

    def _render_prepared(self, outcome: _Prepared | Result, request_id: str, replayed: bool = False) -> Response:
        assert isinstance(outcome, _Prepared)
        headers = {**outcome.headers, "X-Request-Id": request_id}
        if replayed:
            headers["Idempotent-Replayed"] = "true"
        return Response(outcome.body, status_code=outcome.status, media_type=outcome.media_type, headers=headers)

    async def _render(
        self, outcome: _Prepared | _Replay | Result, request_id: str, slot: StreamSlot | None, replayed: bool = False
    ) -> Response:
        if isinstance(outcome, _Replay):
            return await self._replay(outcome.stored, request_id, slot)
        if isinstance(outcome, _Prepared):
            return self._render_prepared(outcome, request_id, replayed)
        headers = {**outcome.headers, "X-Request-Id": request_id}
        if replayed:
            headers["Idempotent-Replayed"] = "true"
        if isinstance(outcome, EventStreamReply):
            return _SlotStreamingResponse(_paced(outcome, slot, request_id), headers, slot)
        if isinstance(outcome, RunReply):
            headers["X-Run-Id"] = outcome.run_id
            runs = self.services.runs
            if outcome.stream:
                frames = runs.event_stream(outcome.run_id, outcome.after, slot, request_id)
                return _SlotStreamingResponse(frames, headers, slot)
            result = await runs.wait_result(outcome.run_id)
            return Response(dumps(result), status_code=200, headers=headers, media_type="application/json")
        raise TypeError(f"a handler returned {type(outcome).__name__}")  # pragma: no cover

    async def _replay(self, stored: idempotency.StoredAnswer, request_id: str, slot: StreamSlot | None) -> Response:
        if stored.run_id is not None:
            reply = RunReply(stored.run_id, stored.stream, headers=stored.headers)
            return await self._render(reply, request_id, slot, replayed=True)
        if stored.status >= 400:
            return stored_error_response(stored.status, json.loads(stored.body or b"{}"), request_id)
        if stored.media_type == "text/event-stream":
            recipe = json.loads(stored.body or b"{}")
            stream = completion_stream.from_recipe(recipe, self.services.config)
            return await self._render(stream, request_id, slot, replayed=True)
        prepared = _Prepared(stored.status, stored.media_type, stored.body or b"", stored.headers)
        return self._render_prepared(prepared, request_id, replayed=True)


def _has_body(request: Request) -> bool:
    """Whether the request says a body follows its headers."""
    length = request.headers.get("content-length", "0")
    return "transfer-encoding" in request.headers or length not in ("", "0")


def _streams(op: Operation, body: Any) -> bool:
    """Whether the request's answer will be an event stream (so it needs a stream slot)."""
    if not op.streams:
        return False
    if op.body_media_type is None:
        return True
    stream = body.get("stream") if isinstance(body, dict) else None
    return op.stream_default if stream is None else bool(stream)


def _storable(result: Result, fingerprint: str, ctx: Context) -> tuple[idempotency.StoredAnswer, set[str]]:
    """What an idempotency key keeps of an answer (never a secret), and the ids the answer is about."""
    subjects = {str(value) for name, value in ctx.params.items() if name.endswith("_id") and value is not None}
    if isinstance(result, RunReply):
        subjects.add(result.run_id)
        return idempotency.StoredAnswer(
            fingerprint, 200, "", result.headers, None, result.run_id, result.stream
        ), subjects
    if isinstance(result, Reply):
        if result.replay is not None:
            error = envelope(result.replay, "")["error"]
            stored = {name: error[name] for name in ("code", "message", "param")}
            return idempotency.StoredAnswer(
                fingerprint, 409, "application/json", {}, dumps(stored), None, False
            ), subjects
        subjects |= _ids_in(result.body)
        body = dumps(result.body)
        return idempotency.StoredAnswer(
            fingerprint, result.status, "application/json", result.headers, body, None, False
        ), subjects
    if isinstance(result, EventStreamReply):
        subjects |= _ids_in(result.recipe)
        headers = {**result.headers, **_SSE_HEADERS}
        recipe = dumps(result.recipe)
        return idempotency.StoredAnswer(fingerprint, 200, "text/event-stream", headers, recipe, None, False), subjects
    return idempotency.StoredAnswer(
        fingerprint, 200, result.media_type, result.headers, result.content, None, False
    ), subjects


def _ids_in(value: Any) -> set[str]:
    """The ids an answer mentions: string values of `id` and `*_id` fields, in its first levels."""
    found: set[str] = set()
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack and len(found) < _MAX_SUBJECTS:
        node, depth = stack.pop()
        if isinstance(node, dict) and depth < 4:
            for name, child in node.items():
                if (name == "id" or name.endswith("_id")) and isinstance(child, str):
                    found.add(child)
                elif isinstance(child, dict | list):
                    stack.append((child, depth + 1))
        elif isinstance(node, list) and depth < 4:
            stack.extend((child, depth + 1) for child in node[:_MAX_SUBJECTS])
    return found


async def _paced(reply: EventStreamReply, slot: StreamSlot | None, request_id: str) -> AsyncIterator[bytes]:
    """Send the reply's frames as their pacing falls due, a few at a time, never more than 256 at once.

    Frame `i` is due `i * delay` seconds after the start, so a stream takes `count * delay` seconds
    (at most the pacing limit) or what making its frames costs, whichever is longer; the loop serves
    other requests between chunks. A revoked key ends the stream with an error frame.
    """
    loop = asyncio.get_running_loop()
    frames = reply.frames()
    start, sent = loop.time(), 0
    while sent < reply.count:
        if slot is not None and slot.revoked:
            error = envelope(DomainError("api_key_revoked", "The API key was revoked; the stream ends."), request_id)[
                "error"
            ]
            error["type"] = "authentication_error"
            yield b"data: " + dumps({"error": error}) + b"\n\ndata: [DONE]\n\n"
            return
        due = reply.count if reply.delay <= 0 else int((loop.time() - start) / reply.delay) + 1
        batch = list(itertools.islice(frames, min(max(due - sent, 1), _FRAMES_PER_CHUNK)))
        if not batch:
            return
        sent += len(batch)
        yield b"".join(batch)
        await asyncio.sleep(max(0.0, start + sent * reply.delay - loop.time()))


def _parameters(op: Operation, request: Request) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for param in op.parameters:
        if param.location == "path":
            raw: str | None = request.path_params.get(param.name)
        elif param.location == "query":
            raw = request.query_params.get(param.name)
        elif param.location == "header":
            raw = request.headers.get(param.name)
        else:  # pragma: no cover - the spec declares no cookie parameters
            continue
        if raw is None:
            if param.required:
                raise invalid(f"Missing required {param.location} parameter '{param.name}'.", param=param.name)
            if param.default is not None:
                values[param.name] = param.default
            continue
        value = _coerce(raw, param.kind, param.name)
        if param.location == "path" and not param.validator.is_valid(value):
            raise _no_such_resource(param.name, raw)
        check(param.validator, value, where=param.name)
        values[param.name] = value
    return values


# Path parameters are all ids (or an admin's email); these name the resource they are the id of.
_RESOURCE_OF = {"key_id": "api_key", "email": "admin"}


def _no_such_resource(name: str, raw: str) -> DomainError:
    """A path id that breaks its schema names nothing that can exist: 404 (several operations declare no 400)."""
    resource = _RESOURCE_OF.get(name, name.removesuffix("_id"))
    shown = raw if len(raw) <= 64 else raw[:64] + "..."
    return NotFound(f"{resource}_not_found", f"No {resource.replace('_', ' ')} '{shown}'.", param=name)


def _coerce(raw: str, kind: str, name: str) -> Any:
    if kind == "integer":
        if not _INTEGER.match(raw):
            raise invalid(f"Invalid '{name}': '{raw[:64]}' is not an integer.", param=name)
        return int(raw)
    if kind == "number":
        try:
            value = float(raw)
        except ValueError:
            raise invalid(f"Invalid '{name}': '{raw[:64]}' is not a number.", param=name) from None
        if not math.isfinite(value):
            raise invalid(f"Invalid '{name}': '{raw[:64]}' is not a finite number.", param=name)
        return value
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise invalid(f"Invalid '{name}': '{raw[:64]}' is not 'true' or 'false'.", param=name)
        return raw == "true"
    return raw
