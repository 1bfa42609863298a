"""The errors the server raises, in the domain's words; `http_errors` alone turns them into HTTP answers.

Each class is one kind of refusal (the request is invalid, the thing does not exist, the server is
busy, ...) with a stable `code`, a sentence, and the field it is about. The engine and the stores
raise these and never name an HTTP status; `ErrorObject.type` (the envelope's error class) belongs
to the kind, because runs store it in their own error objects too.
"""

from __future__ import annotations

from typing import ClassVar


class DomainError(Exception):
    """A request the server refuses: a stable `code`, a sentence, and the field it is about.

    `retry_after` (seconds) says when trying again may succeed (busy database, too many streams).
    """

    type: ClassVar[str] = "api_error"

    def __init__(self, code: str, message: str, *, param: str | None = None, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.param = param
        self.retry_after = retry_after


class InvalidRequest(DomainError):
    """The request breaks the schema or a rule of the operation."""

    type = "invalid_request_error"


class Unauthenticated(DomainError):
    """No usable API key: missing, malformed, unknown or revoked."""

    type = "authentication_error"


class Forbidden(DomainError):
    """The caller's key may not do this."""

    type = "permission_error"


class NotFound(DomainError):
    """The resource does not exist, or belongs to someone else."""

    type = "not_found_error"


class RequestTimeout(DomainError):
    """The request's body did not arrive in time."""

    type = "invalid_request_error"


class Conflict(DomainError):
    """The resource's state forbids the operation now (or an idempotency key was reused)."""

    type = "conflict_error"


class TooLarge(DomainError):
    """The request (or an uploaded file) is larger than the server accepts."""

    type = "invalid_request_error"


class Unprocessable(DomainError):
    """The request is well formed but cannot be carried out."""

    type = "invalid_request_error"


class TooManyRequests(DomainError):
    """Over a per-key budget (requests per minute, open streams); `retry_after` says when to try again."""

    type = "rate_limit_error"


class Unavailable(DomainError):
    """The server cannot do it now (its database stays busy); `retry_after` says when to try again."""

    type = "api_error"


class ApiError(DomainError):
    """An error that names its HTTP status itself: the HTTP layer's own (unknown route, wrong method)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(code, message, param=param)
        self.status = status
        self.headers = headers or {}


def invalid(message: str, *, param: str | None = None, code: str = "invalid_request") -> InvalidRequest:
    """A request that breaks the schema or a rule of the operation."""
    return InvalidRequest(code, message, param=param)


def unprocessable(code: str, message: str, *, param: str | None = None) -> Unprocessable:
    """A request that is well formed but cannot be carried out."""
    return Unprocessable(code, message, param=param)


def not_found(resource: str, resource_id: str, *, param: str | None = None) -> NotFound:
    """A resource that does not exist or belongs to someone else (`thread_not_found`, ...)."""
    return NotFound(f"{resource}_not_found", f"No {resource.replace('_', ' ')} with id '{resource_id}'.", param=param)


def conflict(code: str, message: str, *, param: str | None = None) -> Conflict:
    """The resource's state forbids the operation now."""
    return Conflict(code, message, param=param)


def forbidden(message: str = "This operation needs an admin API key.") -> Forbidden:
    """A caller without the rights the operation needs."""
    return Forbidden("admin_required", message)
