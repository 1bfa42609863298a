"""The typed calls of the `admin` operations (written by tools/sdk_calls.py; `make generate`)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal

from . import (
    NOT_GIVEN,
    Call,
    NotGiven,
    PageCall,
    PostOptions,
    RequestOptions,
    checked,
    fields,
    idempotency_key,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..models import (
        Admin,
        ApiKey,
        ApiKeyWithSecret,
        AuditLogEntry,
        DeletedObject,
        PlatformStats,
    )
    from ..params import ApiKeyRoleParam


def get_platform_stats(
    **options: Unpack[RequestOptions],
) -> Call[PlatformStats]:
    """Counters over the server's data and its health (`get_platform_stats`)."""
    checked(options, RequestOptions, "get_platform_stats()")
    from ..api.admin import get_platform_stats as operation
    from ..models import PlatformStats

    return Call(operation.request_kwargs(), options, PlatformStats.decode)


def list_admins(
    **options: Unpack[RequestOptions],
) -> PageCall[Admin]:
    """Every administrator, oldest first, as one page (`list_admins`); `.count` is their number."""
    checked(options, RequestOptions, "list_admins()")
    from ..api.admin import list_admins as operation
    from ..models import AdminList

    return PageCall(operation.request_kwargs, fields(), AdminList.decode, options, "admins", None)


def add_admin(
    workos_id: str,
    email: str,
    name: str | NotGiven = NOT_GIVEN,
    **options: Unpack[PostOptions],
) -> Call[Admin]:
    """Make the user `workos_id` an administrator (`add_admin`); `ConflictError` if already one."""
    checked(options, PostOptions, "add_admin()")
    from ..api.admin import add_admin as operation
    from ..models import Admin

    body = fields(workos_id=workos_id, email=email, name=name)
    return Call(operation.request_kwargs(body=body, idempotency_key=idempotency_key(options)), options, Admin.decode)


def remove_admin(
    email: str,
    **options: Unpack[RequestOptions],
) -> Call[DeletedObject]:
    """Remove the administrator with this email (`remove_admin`; the SDK URL-encodes it)."""
    checked(options, RequestOptions, "remove_admin()")
    from ..api.admin import remove_admin as operation
    from ..models import DeletedObject

    return Call(operation.request_kwargs(email), options, DeletedObject.decode)


def list_audit_log(
    *,
    limit: int | NotGiven = NOT_GIVEN,
    offset: int | NotGiven = NOT_GIVEN,
    action: str | NotGiven = NOT_GIVEN,
    user_id: str | NotGiven = NOT_GIVEN,
    resource: str | NotGiven = NOT_GIVEN,
    since: datetime.datetime | NotGiven = NOT_GIVEN,
    until: datetime.datetime | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> PageCall[AuditLogEntry]:
    """One offset page of audit entries (`list_audit_log`): `.data` (= `.entries`), `.total`, `.has_more`.

    Iterating it walks the following pages (`offset + len(entries)`) as needed.
    """
    checked(options, RequestOptions, "list_audit_log()")
    from ..api.admin import list_audit_log as operation
    from ..models import AuditLogPage

    return PageCall(
        operation.request_kwargs,
        fields(limit=limit, offset=offset, action=action, user_id=user_id, resource=resource, since=since, until=until),
        AuditLogPage.decode,
        options,
        "entries",
        "offset",
    )


def create_api_key(
    user_id: str,
    name: str,
    *,
    role: ApiKeyRoleParam | NotGiven = NOT_GIVEN,
    **options: Unpack[PostOptions],
) -> Call[ApiKeyWithSecret]:
    """Issue a key for `user_id` (`create_api_key`); its `.secret` is shown only this once."""
    checked(options, PostOptions, "create_api_key()")
    from ..api.admin import create_api_key as operation
    from ..models import ApiKeyWithSecret

    body = fields(user_id=user_id, name=name, role=role)
    return Call(
        operation.request_kwargs(body=body, idempotency_key=idempotency_key(options)), options, ApiKeyWithSecret.decode
    )


def list_api_keys(
    *,
    limit: int | NotGiven = NOT_GIVEN,
    after: str | NotGiven = NOT_GIVEN,
    order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
    user_id: str | NotGiven = NOT_GIVEN,
    include_revoked: bool | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> PageCall[ApiKey]:
    """One cursor page of API keys, newest first, without secrets (`list_api_keys`)."""
    checked(options, RequestOptions, "list_api_keys()")
    from ..api.admin import list_api_keys as operation
    from ..models import ApiKeyList

    return PageCall(
        operation.request_kwargs,
        fields(limit=limit, after=after, order=order, user_id=user_id, include_revoked=include_revoked),
        ApiKeyList.decode,
        options,
        "data",
        "after",
    )


def revoke_api_key(
    key_id: str,
    **options: Unpack[RequestOptions],
) -> Call[ApiKey]:
    """Revoke a key at once (`revoke_api_key`); later requests with it answer 401."""
    checked(options, RequestOptions, "revoke_api_key()")
    from ..api.admin import revoke_api_key as operation
    from ..models import ApiKey

    return Call(operation.request_kwargs(key_id), options, ApiKey.decode)
