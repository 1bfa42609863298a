"""The typed calls of the `system` operations (written by tools/sdk_calls.py; `make generate`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import (
    Call,
    RequestOptions,
    checked,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..models import Caller, Health


def get_health(
    **options: Unpack[RequestOptions],
) -> Call[Health]:
    """Check that the service is up (`get_health`; needs no API key)."""
    checked(options, RequestOptions, "get_health()")
    from ..api.system import get_health as operation
    from ..models import Health

    return Call(operation.request_kwargs(), options, Health.decode)


def get_caller(
    **options: Unpack[RequestOptions],
) -> Call[Caller]:
    """The calling key: its id, its user and its rights, `role` `admin` or `user` (`get_caller`)."""
    checked(options, RequestOptions, "get_caller()")
    from ..api.system import get_caller as operation
    from ..models import Caller

    return Call(operation.request_kwargs(), options, Caller.decode)
