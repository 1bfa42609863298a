from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.draft_status import DraftStatus
from ...models.error_response import ErrorResponse
from ...models.sort_order import SortOrder
from ...models.workspace_draft_list import WorkspaceDraftList
from ...types import UNSET, Response, Unset


def request_kwargs(
    workspace_id: str,
    *,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: DraftStatus | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `list_workspace_drafts` (GET /v1/workspaces/{workspace_id}/drafts), as keyword arguments of `httpx.Client.request`.

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/drafts".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkspaceDraftList | None:
    if response.status_code == 200:
        response_200 = WorkspaceDraftList.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | WorkspaceDraftList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: DraftStatus | Unset = UNSET,
) -> Response[ErrorResponse | WorkspaceDraftList]:
    """List a workspace's drafts

     Lists the AI drafts of a workspace (shadow mode) as a cursor page, oldest first by
    default. Manager action: needs an admin key (`403` otherwise). `status` narrows the list;
    without it, drafts of every status are listed.

    Args:
        workspace_id (str):
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (DraftStatus | Unset): `pending` until a manager decides; then `approved`
            (delivered) or `rejected` (discarded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceDraftList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        limit=limit,
        after=after,
        order=order,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: DraftStatus | Unset = UNSET,
) -> ErrorResponse | WorkspaceDraftList | None:
    """List a workspace's drafts

     Lists the AI drafts of a workspace (shadow mode) as a cursor page, oldest first by
    default. Manager action: needs an admin key (`403` otherwise). `status` narrows the list;
    without it, drafts of every status are listed.

    Args:
        workspace_id (str):
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (DraftStatus | Unset): `pending` until a manager decides; then `approved`
            (delivered) or `rejected` (discarded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceDraftList
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        limit=limit,
        after=after,
        order=order,
        status=status,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: DraftStatus | Unset = UNSET,
) -> Response[ErrorResponse | WorkspaceDraftList]:
    """List a workspace's drafts

     Lists the AI drafts of a workspace (shadow mode) as a cursor page, oldest first by
    default. Manager action: needs an admin key (`403` otherwise). `status` narrows the list;
    without it, drafts of every status are listed.

    Args:
        workspace_id (str):
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (DraftStatus | Unset): `pending` until a manager decides; then `approved`
            (delivered) or `rejected` (discarded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceDraftList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        limit=limit,
        after=after,
        order=order,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: DraftStatus | Unset = UNSET,
) -> ErrorResponse | WorkspaceDraftList | None:
    """List a workspace's drafts

     Lists the AI drafts of a workspace (shadow mode) as a cursor page, oldest first by
    default. Manager action: needs an admin key (`403` otherwise). `status` narrows the list;
    without it, drafts of every status are listed.

    Args:
        workspace_id (str):
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (DraftStatus | Unset): `pending` until a manager decides; then `approved`
            (delivered) or `rejected` (discarded).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceDraftList
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            limit=limit,
            after=after,
            order=order,
            status=status,
        )
    ).parsed
