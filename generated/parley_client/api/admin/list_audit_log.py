import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_page import AuditLogPage
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    action: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `list_audit_log` (GET /v1/admin/audit-log), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["action"] = action

    params["user_id"] = user_id

    params["resource"] = resource

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/audit-log",
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditLogPage | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AuditLogPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditLogPage | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    action: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> Response[AuditLogPage | ErrorResponse]:
    """Read the audit log

     Admin only (`403` for user keys). Lists audit entries newest first as an offset page.
    `total` counts every entry matching the filters and `has_more` is
    `offset + len(entries) < total`. Filters are exact matches and combine; `since` is
    inclusive and `until` exclusive (a `since` after `until` gives an empty page). Actions
    recorded include `admin.add`, `admin.remove`, `api_key.create`, `api_key.revoke`,
    `workspace.mode_change`, `draft.approve` and `draft.reject`.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        action (str | Unset):
        user_id (str | Unset):
        resource (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        action=action,
        user_id=user_id,
        resource=resource,
        since=since,
        until=until,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    action: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> AuditLogPage | ErrorResponse | None:
    """Read the audit log

     Admin only (`403` for user keys). Lists audit entries newest first as an offset page.
    `total` counts every entry matching the filters and `has_more` is
    `offset + len(entries) < total`. Filters are exact matches and combine; `since` is
    inclusive and `until` exclusive (a `since` after `until` gives an empty page). Actions
    recorded include `admin.add`, `admin.remove`, `api_key.create`, `api_key.revoke`,
    `workspace.mode_change`, `draft.approve` and `draft.reject`.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        action (str | Unset):
        user_id (str | Unset):
        resource (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogPage | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        action=action,
        user_id=user_id,
        resource=resource,
        since=since,
        until=until,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    action: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> Response[AuditLogPage | ErrorResponse]:
    """Read the audit log

     Admin only (`403` for user keys). Lists audit entries newest first as an offset page.
    `total` counts every entry matching the filters and `has_more` is
    `offset + len(entries) < total`. Filters are exact matches and combine; `since` is
    inclusive and `until` exclusive (a `since` after `until` gives an empty page). Actions
    recorded include `admin.add`, `admin.remove`, `api_key.create`, `api_key.revoke`,
    `workspace.mode_change`, `draft.approve` and `draft.reject`.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        action (str | Unset):
        user_id (str | Unset):
        resource (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogPage | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        action=action,
        user_id=user_id,
        resource=resource,
        since=since,
        until=until,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    action: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
) -> AuditLogPage | ErrorResponse | None:
    """Read the audit log

     Admin only (`403` for user keys). Lists audit entries newest first as an offset page.
    `total` counts every entry matching the filters and `has_more` is
    `offset + len(entries) < total`. Filters are exact matches and combine; `since` is
    inclusive and `until` exclusive (a `since` after `until` gives an empty page). Actions
    recorded include `admin.add`, `admin.remove`, `api_key.create`, `api_key.revoke`,
    `workspace.mode_change`, `draft.approve` and `draft.reject`.

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        action (str | Unset):
        user_id (str | Unset):
        resource (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogPage | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            action=action,
            user_id=user_id,
            resource=resource,
            since=since,
            until=until,
        )
    ).parsed
