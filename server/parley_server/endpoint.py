"""The endpoint layer: auth, rate limit, input validation, idempotency, errors, request ids.

Handlers are plain synchronous functions `(Context) -> Result`. The endpoint runs each one inside a
single database transaction together with the stored idempotent answer, so a POST is either done
and remembered, or not done at all, and a retry with the same key can never do it twice.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import secrets
from collections.abc import AsyncIterator, Callable
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from parley_server.context import Context, FilePart
from parley_server.contract import Operation, check
from parley_server.errors import ApiError, invalid
from parley_server.replies import BytesReply, EventStreamReply, Reply, Result, RunReply
from parley_server.services import Services
from parley_server.store import idempotency, usage

log = logging.getLogger("parley_server")

Handler = Callable[[Context], Result]

_INTEGER = re.compile(r"^-?[0-9]+$")
_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def new_request_id() -> str:
    """Return a fresh request id (`req_` and 16 hex digits)."""
    return "req_" + secrets.token_hex(8)


def dumps(value: Any) -> bytes:
    """Serialise a JSON answer compactly."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def json_response(body: Any, status: int, headers: dict[str, str]) -> Response:
    """A JSON `Response` with the given headers."""
    return Response(dumps(body), status_code=status, headers=headers, media_type="application/json")


def error_response(error: ApiError, request_id: str) -> Response:
    """The error envelope for `error`, with its headers and the request id."""
    return json_response(error.envelope(request_id), error.status, {**error.headers, "X-Request-Id": request_id})


class Endpoint:
    """One operation of the spec bound to its handler."""

    def __init__(self, services: Services, operation_id: str, handler: Handler) -> None:
        self.services = services
        self.operation: Operation = services.contract.operations[operation_id]
        self.handler = handler

    async def __call__(self, request: Request) -> Response:
        """Answer one HTTP request."""
        request_id = new_request_id()
        try:
            return await self._answer(request, request_id)
        except ApiError as error:
            return error_response(error, request_id)
        except Exception:
            log.exception("unhandled error in %s (request %s)", self.operation.operation_id, request_id)
            return error_response(ApiError(500, "internal_error", "The server failed; this is a bug."), request_id)

    async def _answer(self, request: Request, request_id: str) -> Response:
        services, op = self.services, self.operation
        caller = services.auth.authenticate(request.headers.get("authorization")) if op.secured else None
        if caller is not None:
            services.limiter.check(caller.key_id)
            with services.db.transaction():
                usage.count_request(services.db, caller.user_id)
        params = _parameters(op, request)
        raw, body = await _body(op, request, services.config.max_upload_bytes)
        ctx = Context(services, request_id, op.operation_id, caller, params, body)
        key = params.get("Idempotency-Key") if op.method == "POST" else None
        if caller is None or key is None:
            with services.db.transaction():
                result = self.handler(ctx)
            return await self._render(result, request_id)
        fingerprint = hashlib.sha256(
            op.operation_id.encode() + b"\0" + request.url.path.encode() + b"\0" + raw
        ).hexdigest()
        stored = idempotency.find(services.db, caller.user_id, key, services.config.idempotency_ttl_seconds)
        if stored is not None:
            if stored.fingerprint != fingerprint:
                raise ApiError(
                    409,
                    "idempotency_key_reused",
                    "This Idempotency-Key was used with a different request; use a new key.",
                    param="Idempotency-Key",
                )
            return await self._replay(stored, request_id)
        with services.db.transaction():
            result = self.handler(ctx)
            idempotency.save(services.db, caller.user_id, key, _storable(result, fingerprint))
        return await self._render(result, request_id)

    async def _render(self, result: Result, request_id: str, replayed: bool = False) -> Response:
        headers = {**result.headers, "X-Request-Id": request_id}
        if replayed:
            headers["Idempotent-Replayed"] = "true"
        if isinstance(result, Reply):
            return json_response(result.body, result.status, headers)
        if isinstance(result, BytesReply):
            return Response(result.content, media_type=result.media_type, headers=headers)
        if isinstance(result, EventStreamReply):
            return _event_stream(_paced(result.frames, result.delay), headers)
        headers["X-Run-Id"] = result.run_id
        if result.stream:
            return _event_stream(self.services.runs.event_stream(result.run_id, result.after), headers)
        return json_response(await self.services.runs.wait_result(result.run_id), 200, headers)

    async def _replay(self, stored: idempotency.StoredAnswer, request_id: str) -> Response:
        if stored.run_id is not None:
            return await self._render(RunReply(stored.run_id, stored.stream, headers=stored.headers), request_id, True)
        headers = {**stored.headers, "X-Request-Id": request_id, "Idempotent-Replayed": "true"}
        return Response(stored.body, status_code=stored.status, media_type=stored.media_type, headers=headers)


def _storable(result: Result, fingerprint: str) -> idempotency.StoredAnswer:
    if isinstance(result, RunReply):
        return idempotency.StoredAnswer(fingerprint, 200, "", result.headers, None, result.run_id, result.stream)
    if isinstance(result, Reply):
        return idempotency.StoredAnswer(
            fingerprint, result.status, "application/json", result.headers, dumps(result.body), None, False
        )
    if isinstance(result, EventStreamReply):
        return idempotency.StoredAnswer(
            fingerprint,
            200,
            "text/event-stream",
            {**result.headers, **_SSE_HEADERS},
            b"".join(result.frames),
            None,
            False,
        )
    return idempotency.StoredAnswer(fingerprint, 200, result.media_type, result.headers, result.content, None, False)


def _event_stream(frames: AsyncIterator[bytes], headers: dict[str, str]) -> StreamingResponse:
    return StreamingResponse(frames, media_type="text/event-stream", headers={**headers, **_SSE_HEADERS})


async def _paced(frames: list[bytes], delay: float) -> AsyncIterator[bytes]:
    for index, frame in enumerate(frames):
        if delay and index:
            await asyncio.sleep(delay)
        yield frame


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


def _no_such_resource(name: str, raw: str) -> ApiError:
    """A path id that breaks its schema names nothing that can exist: 404 (several operations declare no 400)."""
    resource = _RESOURCE_OF.get(name, name.removesuffix("_id"))
    shown = raw if len(raw) <= 64 else raw[:64] + "..."
    return ApiError(404, f"{resource}_not_found", f"No {resource.replace('_', ' ')} '{shown}'.", param=name)


def _coerce(raw: str, kind: str, name: str) -> Any:
    if kind == "integer":
        if not _INTEGER.match(raw):
            raise invalid(f"Invalid '{name}': '{raw}' is not an integer.", param=name)
        return int(raw)
    if kind == "number":
        try:
            return float(raw)
        except ValueError:
            raise invalid(f"Invalid '{name}': '{raw}' is not a number.", param=name) from None
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise invalid(f"Invalid '{name}': '{raw}' is not 'true' or 'false'.", param=name)
        return raw == "true"
    return raw


async def _body(op: Operation, request: Request, max_upload: int) -> tuple[bytes, Any]:
    """Read and validate the body; return the bytes that identify it (for idempotency) and its value."""
    if op.body_media_type is None:
        return b"", None
    if op.body_media_type == "multipart/form-data":
        return await _multipart(op, request, max_upload)
    raw = await request.body()
    if not raw.strip():
        if op.body_required:
            raise invalid("A JSON request body is required.", code="missing_body")
        return raw, None
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if content_type != "application/json" and not content_type.endswith("+json"):
        raise invalid(f"Send the body as application/json, not '{content_type}'.", code="unsupported_content_type")
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
        # `\ud800`-style escapes decode to lone surrogates, which no UTF-8 text (nor SQLite) can hold.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (UnicodeError, ValueError) as exc:
        raise invalid(f"The request body is not valid UTF-8 JSON: {exc}.", code="invalid_json") from None
    if op.body_validator is not None:
        check(op.body_validator, value)
    return raw, value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


async def _multipart(op: Operation, request: Request, max_upload: int) -> tuple[bytes, Any]:
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        raise invalid("Send the body as multipart/form-data.", code="unsupported_content_type")
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > max_upload + 64 * 1024:
        raise ApiError(413, "file_too_large", f"The upload exceeds the limit of {max_upload} bytes.", param="file")
    try:
        form = await request.form(max_files=4, max_fields=32, max_part_size=max_upload + 1)
    except Exception as exc:  # Starlette raises MultiPartException or HTTPException for broken bodies
        if "exceeded maximum size" in str(exc):  # a plain (non-file) field longer than the upload limit
            raise ApiError(413, "file_too_large", f"A part exceeds the limit of {max_upload} bytes.") from None
        raise invalid(f"The multipart body could not be parsed: {exc}.", code="invalid_multipart") from None
    fields: dict[str, Any] = {}
    digest = hashlib.sha256()
    for name, value in form.multi_items():
        if isinstance(value, UploadFile):
            data = await value.read()
            if len(data) > max_upload:
                raise ApiError(413, "file_too_large", f"The file exceeds the limit of {max_upload} bytes.", param=name)
            fields[name] = FilePart(value.filename or "upload", value.content_type or "application/octet-stream", data)
            digest.update(name.encode() + b"\0" + (value.filename or "").encode() + b"\0" + data + b"\0")
        else:
            fields[name] = value
            digest.update(name.encode() + b"\0" + value.encode() + b"\0")
    await form.close()
    if op.body_validator is not None:
        check(op.body_validator, {k: ("" if isinstance(v, FilePart) else v) for k, v in fields.items()})
    return digest.digest(), fields
