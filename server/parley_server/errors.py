"""The one error type handlers raise; the endpoint layer turns it into the spec's error envelope."""

from __future__ import annotations

from typing import Any

_TYPE_BY_STATUS = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    409: "conflict_error",
    413: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}


class ApiError(Exception):
    """An answer other than 2xx: status, a stable `code`, a sentence, and the field it is about."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.param = param
        self.headers = headers or {}

    @property
    def type(self) -> str:
        """The error class of the envelope (`invalid_request_error`, `not_found_error`, ...)."""
        return _TYPE_BY_STATUS.get(self.status, "api_error")

    def envelope(self, request_id: str) -> dict[str, Any]:
        """Return the `ErrorResponse` body for this error."""
        return {
            "error": {
                "type": self.type,
                "message": self.message,
                "code": self.code,
                "param": self.param,
                "request_id": request_id,
            }
        }


def invalid(message: str, *, param: str | None = None, code: str = "invalid_request") -> ApiError:
    """A 400: the request breaks the schema or a rule of the operation."""
    return ApiError(400, code, message, param=param)


def unprocessable(code: str, message: str, *, param: str | None = None) -> ApiError:
    """A 422: the request is well formed but cannot be carried out."""
    return ApiError(422, code, message, param=param)


def not_found(resource: str, resource_id: str, *, param: str | None = None) -> ApiError:
    """A 404 for a resource that does not exist or belongs to someone else (`thread_not_found`, ...)."""
    return ApiError(
        404, f"{resource}_not_found", f"No {resource.replace('_', ' ')} with id '{resource_id}'.", param=param
    )


def conflict(code: str, message: str, *, param: str | None = None) -> ApiError:
    """A 409: the resource's state forbids the operation now."""
    return ApiError(409, code, message, param=param)


def forbidden(message: str = "This operation needs an admin API key.") -> ApiError:
    """A 403 for a caller without the rights the operation needs."""
    return ApiError(403, "admin_required", message)
