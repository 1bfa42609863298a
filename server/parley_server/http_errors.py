"""The one place where a domain error becomes an HTTP answer: its status, headers and the spec's envelope."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from parley_server.errors import (
    ApiError,
    Conflict,
    DomainError,
    Forbidden,
    InvalidRequest,
    NotFound,
    RequestTimeout,
    TooLarge,
    TooManyRequests,
    Unauthenticated,
    Unavailable,
    Unprocessable,
)

_STATUS: dict[type[DomainError], int] = {
    InvalidRequest: 400,
    Unauthenticated: 401,
    Forbidden: 403,
    NotFound: 404,
    RequestTimeout: 408,
    Conflict: 409,
    TooLarge: 413,
    Unprocessable: 422,
    TooManyRequests: 429,
    Unavailable: 503,
}

_TYPE_OF_STATUS = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    408: "invalid_request_error",
    409: "conflict_error",
    413: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}

INTERNAL = DomainError("internal_error", "The server failed; this is a bug.")
"""What an unexpected exception answers (a 500; the traceback only goes to the server's log)."""


def status_of(error: DomainError) -> int:
    """The HTTP status of an error (500 for a kind that has none)."""
    if isinstance(error, ApiError):
        return error.status
    return next((status for kind, status in _STATUS.items() if isinstance(error, kind)), 500)


def envelope(error: DomainError, request_id: str) -> dict[str, Any]:
    """The spec's `ErrorResponse` body for an error."""
    status = status_of(error)
    error_type = _TYPE_OF_STATUS.get(status, "api_error") if isinstance(error, ApiError) else error.type
    return {
        "error": {
            "type": error_type,
            "message": error.message,
            "code": error.code,
            "param": error.param,
            "request_id": request_id,
        }
    }


def error_response(error: DomainError, request_id: str, *, close: bool = False) -> Response:
    """The answer for an error: its status, the envelope, `X-Request-Id` and the headers its kind needs.

    `close` ends the connection after the answer (the request's body was not read, or not whole).
    """
    headers = {"X-Request-Id": request_id}
    if isinstance(error, ApiError):
        headers.update(error.headers)
    if isinstance(error, Unauthenticated):
        headers["WWW-Authenticate"] = 'Bearer realm="parley"'
    if error.retry_after is not None:
        headers["Retry-After"] = str(error.retry_after)
    if close or isinstance(error, TooLarge | RequestTimeout):
        headers["Connection"] = "close"
    body = json.dumps(envelope(error, request_id), separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return Response(body, status_code=status_of(error), headers=headers, media_type="application/json")


def stored_error_response(status: int, stored: dict[str, Any], request_id: str) -> Response:
    """Replay an error answer stored for an idempotency key (`code`, `message`, `param`) under a new request id."""
    return error_response(ApiError(status, stored["code"], stored["message"], param=stored.get("param")), request_id)
