from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sort_order import SortOrder
from ...models.workspace_list import WorkspaceList
from ...models.workspace_mode import WorkspaceMode
from ...models.workspace_status import WorkspaceStatus
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: WorkspaceStatus | Unset = UNSET,
    mode: WorkspaceMode | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `list_workspaces` (GET /v1/workspaces), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode

    params["mode"] = json_mode

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces",
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkspaceList | None:
    if response.status_code == 200:
        response_200 = WorkspaceList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | WorkspaceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: WorkspaceStatus | Unset = UNSET,
    mode: WorkspaceMode | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkspaceList]:
    """List workspaces

     Lists workspaces as a cursor page, newest first by default. A user key sees only the
    workspaces it owns (its `user_id`); an admin key sees every workspace. `status`, `mode`
    and `client_id` narrow the list (exact matches; all of them combine).

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (WorkspaceStatus | Unset): `active` while the conversation goes on; `ended` after
            `end_workspace` (read-only from then on).
        mode (WorkspaceMode | Unset): Who answers the end customer: `ai` (the AI answers at once),
            `shadow` (the AI drafts an
            answer that a manager approves or rejects), `takeover` (a human agent answers).
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        order=order,
        status=status,
        mode=mode,
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: WorkspaceStatus | Unset = UNSET,
    mode: WorkspaceMode | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> ErrorResponse | WorkspaceList | None:
    """List workspaces

     Lists workspaces as a cursor page, newest first by default. A user key sees only the
    workspaces it owns (its `user_id`); an admin key sees every workspace. `status`, `mode`
    and `client_id` narrow the list (exact matches; all of them combine).

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (WorkspaceStatus | Unset): `active` while the conversation goes on; `ended` after
            `end_workspace` (read-only from then on).
        mode (WorkspaceMode | Unset): Who answers the end customer: `ai` (the AI answers at once),
            `shadow` (the AI drafts an
            answer that a manager approves or rejects), `takeover` (a human agent answers).
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        order=order,
        status=status,
        mode=mode,
        client_id=client_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: WorkspaceStatus | Unset = UNSET,
    mode: WorkspaceMode | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkspaceList]:
    """List workspaces

     Lists workspaces as a cursor page, newest first by default. A user key sees only the
    workspaces it owns (its `user_id`); an admin key sees every workspace. `status`, `mode`
    and `client_id` narrow the list (exact matches; all of them combine).

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (WorkspaceStatus | Unset): `active` while the conversation goes on; `ended` after
            `end_workspace` (read-only from then on).
        mode (WorkspaceMode | Unset): Who answers the end customer: `ai` (the AI answers at once),
            `shadow` (the AI drafts an
            answer that a manager approves or rejects), `takeover` (a human agent answers).
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        order=order,
        status=status,
        mode=mode,
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: WorkspaceStatus | Unset = UNSET,
    mode: WorkspaceMode | Unset = UNSET,
    client_id: str | Unset = UNSET,
) -> ErrorResponse | WorkspaceList | None:
    """List workspaces

     Lists workspaces as a cursor page, newest first by default. A user key sees only the
    workspaces it owns (its `user_id`); an admin key sees every workspace. `status`, `mode`
    and `client_id` narrow the list (exact matches; all of them combine).

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (WorkspaceStatus | Unset): `active` while the conversation goes on; `ended` after
            `end_workspace` (read-only from then on).
        mode (WorkspaceMode | Unset): Who answers the end customer: `ai` (the AI answers at once),
            `shadow` (the AI drafts an
            answer that a manager approves or rejects), `takeover` (a human agent answers).
        client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            order=order,
            status=status,
            mode=mode,
            client_id=client_id,
        )
    ).parsed
