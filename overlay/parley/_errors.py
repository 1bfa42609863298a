"""The exceptions the SDK raises, and the mapping from an HTTP answer to one of them.

```
ParleyError
└── APIError                      request, body, type, code, param
    ├── APIStatusError            + status_code, request_id, response, headers, error
    │   ├── BadRequestError             400
    │   ├── AuthenticationError         401  (alias UnauthorizedError)
    │   ├── PermissionDeniedError       403  (alias ForbiddenError)
    │   ├── NotFoundError               404
    │   ├── ConflictError               409
    │   ├── PayloadTooLargeError        413
    │   ├── UnprocessableEntityError    422
    │   ├── RateLimitError              429
    │   └── InternalServerError         >= 500
    ├── APIConnectionError        the server could not be reached or the connection broke
    │   └── APITimeoutError       a timeout expired (or a stream sent no byte for `stream_idle_timeout`)
    └── StreamError               an error frame inside a stream: + request_id, error, allow_retry, event
```

Any other non-2xx status raises `APIStatusError` itself. Every credential the request carried
(the API key, `headers=`, `default_headers` and `extra_headers` named like credentials: see
`_redact`) is scrubbed from each exception's message, `body`, `request` and `response`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ._redact import REDACTED, redact, redact_request, redact_response, secrets_of

if TYPE_CHECKING:
    from parley_client.models.error_object import ErrorObject

__all__ = ["REDACTED", "redact"]  # kept importable from here, where they used to live


class ParleyError(Exception):
    """Base class of every exception raised by the Parley SDK."""


class APIError(ParleyError):
    """A request to the API did not give a usable answer.

    `type`, `code` and `param` come from the error envelope (`{"error": {...}}`) when the server
    sent one; `body` is the decoded answer (a dict, or the text when it was not JSON). `request`
    is a copy of the request sent, its credential headers `[redacted]`; the message and `body`
    have every credential of the request scrubbed, whatever the server echoed.
    """

    def __init__(
        self,
        message: str,
        request: httpx.Request,
        *,
        body: object | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        secrets = secrets_of(request)
        message = redact(message, secrets)
        super().__init__(message)
        self.message = message
        self.request = redact_request(request, secrets)
        self.body = redact(body, secrets)
        self.type = type
        self.code = code
        self.param = param


class APIStatusError(APIError):
    """The server answered with a non-2xx status.

    `status_code`, `request_id` (the `X-Request-Id` header, else the envelope's), `response` (the
    `httpx.Response`, scrubbed of the request's credentials like the rest), `headers` and `error`
    (the envelope as the generated `ErrorObject`, or None when the body was not the envelope).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None,
        request_id: str | None,
        error: ErrorObject | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        secrets = secrets_of(response.request)
        super().__init__(message, response.request, body=body, type=type, code=code, param=param)
        self.response = redact_response(response, self.request, secrets)
        self.status_code = response.status_code
        self.headers = self.response.headers
        self.request_id = request_id
        self.error = error


class BadRequestError(APIStatusError):
    """400: the request is malformed or a parameter is invalid."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, malformed, unknown or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not do this (for example an admin-only operation with a user key)."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist, or belongs to someone else."""


class ConflictError(APIStatusError):
    """409: the resource's state forbids this now (`code` says why, e.g. `run_active`)."""


class PayloadTooLargeError(APIStatusError):
    """413: the request body or the uploaded file is larger than the server accepts."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be carried out (e.g. a model without upstream)."""


class RateLimitError(APIStatusError):
    """429: too many requests for this API key (retried automatically, honouring `Retry-After`)."""


class InternalServerError(APIStatusError):
    """A 5xx status: the server failed (retried automatically)."""


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a full answer arrived."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """A timeout (connect, read, write or pool) expired before the answer arrived."""

    def __init__(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(request, message)


class StreamError(APIError):
    """The server reported an error inside a stream that had started (an error frame or `error` event).

    `type`, `code`, `message`, `param` and `request_id` come from the frame's error object (also
    kept whole as `error`, the generated `ErrorObject`, when it has the contract's shape);
    `allow_retry` is the thread `error` event's flag (None for completion streams) and `event` the
    generated `ErrorEvent` itself (None for completion streams).
    """

    def __init__(
        self,
        message: str,
        request: httpx.Request,
        *,
        body: object | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        request_id: str | None = None,
        error: ErrorObject | None = None,
        allow_retry: bool | None = None,
        event: object | None = None,
    ) -> None:
        super().__init__(message, request, body=body, type=type, code=code, param=param)
        self.request_id = request_id
        self.error = error
        self.allow_retry = allow_retry
        self.event = event


def stream_error(envelope: object, request: httpx.Request, *, allow_retry: bool | None = None) -> StreamError:
    """The `StreamError` for an in-stream error object (`{"type", "message", "code", "request_id", ...}`)."""
    envelope = redact(envelope, secrets_of(request))
    fields = envelope if isinstance(envelope, dict) else {}
    error_type, code, param, request_id = (envelope_field(fields, k) for k in ("type", "code", "param", "request_id"))
    what = envelope_field(fields, "message") or "(no message)"
    head = (error_type or "error") + (f" ({code})" if code else "")
    message = f"Stream error {head}: {what} [{request.method} {request.url.path}, request id {request_id or 'unknown'}]"
    return StreamError(
        message,
        request,
        body=envelope,
        type=error_type,
        code=code,
        param=param,
        request_id=request_id,
        error=_error_object(fields) if fields else None,
        allow_retry=allow_retry,
    )


UnauthorizedError = AuthenticationError
"""Alias of `AuthenticationError` (the ChatServer SDK's name)."""

ForbiddenError = PermissionDeniedError
"""Alias of `PermissionDeniedError` (the ChatServer SDK's name)."""

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for a non-2xx status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def envelope_field(envelope: dict[str, Any], name: str) -> str | None:
    """One string field of the error envelope's `error` object, or None."""
    value = envelope.get(name)
    return value if isinstance(value, str) else None


def decode_body(response: httpx.Response) -> object | None:
    """The answer's JSON, else its text, else None when it is empty."""
    if not response.content:
        return None
    try:
        decoded: object = response.json()
    except ValueError:
        return response.text
    return decoded


def make_status_error(response: httpx.Response, secrets: Sequence[str] = ()) -> APIStatusError:
    """The typed exception for a non-2xx answer (its body must have been read).

    The request's credentials, and `secrets` too, are scrubbed from all of it.
    """
    secrets = secrets_of(response.request, secrets)
    body = redact(decode_body(response), secrets)
    envelope = body.get("error") if isinstance(body, dict) else None
    request_id = response.headers.get("x-request-id")
    error_type = code = param = None
    error: ErrorObject | None = None
    if isinstance(envelope, dict):
        error_type, code, param = (envelope_field(envelope, k) for k in ("type", "code", "param"))
        what = envelope_field(envelope, "message") or "(no message)"
        request_id = request_id or envelope_field(envelope, "request_id")
        error = _error_object(envelope)
        head = f"{response.status_code} {error_type or 'error'}" + (f" ({code})" if code else "")
    else:
        what = _snippet(body) or "(empty body)"
        head = f"{response.status_code} {response.reason_phrase}".rstrip()
    request = response.request
    message = f"{head}: {what} [{request.method} {request.url.path}, request id {request_id or 'unknown'}]"
    cls = status_error_class(response.status_code)
    return cls(
        redact(message, secrets),
        response=response,
        body=body,
        request_id=request_id,
        error=error,
        type=error_type,
        code=code,
        param=param,
    )


def _snippet(body: object | None, limit: int = 300) -> str:
    text = body if isinstance(body, str) else ("" if body is None else repr(body))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _error_object(envelope: dict[str, Any]) -> ErrorObject | None:
    from parley_client.models.error_object import ErrorObject

    try:
        return ErrorObject.decode(envelope)
    except (KeyError, TypeError, ValueError):
        return None
