from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workspace import Workspace
from ...types import UNSET, Response, Unset


def request_kwargs(
    workspace_id: str,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `end_workspace` (POST /v1/workspaces/{workspace_id}/end), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspaces/{workspace_id}/end".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Workspace | None:
    if response.status_code == 200:
        response_200 = Workspace.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | Workspace]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | Workspace]:
    """End a workspace's conversation

     Ends the conversation: `status` becomes `ended`, `ended_at` is set, every pending draft is
    rejected (with `decided_by` null and `reason` `workspace ended`; `pending_drafts` becomes 0)
    and the typing preview is cleared. From then on,
    sends, typing previews, agent messages, draft decisions and updates answer `409`
    (`workspace_ended`); the workspace and its messages stay readable, and a new
    `create_workspace` for the same `client_id` opens a fresh workspace. Ending an already
    ended workspace answers `409` (`workspace_ended`). Takes no request body.

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Workspace]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | Workspace | None:
    """End a workspace's conversation

     Ends the conversation: `status` becomes `ended`, `ended_at` is set, every pending draft is
    rejected (with `decided_by` null and `reason` `workspace ended`; `pending_drafts` becomes 0)
    and the typing preview is cleared. From then on,
    sends, typing previews, agent messages, draft decisions and updates answer `409`
    (`workspace_ended`); the workspace and its messages stay readable, and a new
    `create_workspace` for the same `client_id` opens a fresh workspace. Ending an already
    ended workspace answers `409` (`workspace_ended`). Takes no request body.

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Workspace
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | Workspace]:
    """End a workspace's conversation

     Ends the conversation: `status` becomes `ended`, `ended_at` is set, every pending draft is
    rejected (with `decided_by` null and `reason` `workspace ended`; `pending_drafts` becomes 0)
    and the typing preview is cleared. From then on,
    sends, typing previews, agent messages, draft decisions and updates answer `409`
    (`workspace_ended`); the workspace and its messages stay readable, and a new
    `create_workspace` for the same `client_id` opens a fresh workspace. Ending an already
    ended workspace answers `409` (`workspace_ended`). Takes no request body.

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Workspace]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | Workspace | None:
    """End a workspace's conversation

     Ends the conversation: `status` becomes `ended`, `ended_at` is set, every pending draft is
    rejected (with `decided_by` null and `reason` `workspace ended`; `pending_drafts` becomes 0)
    and the typing preview is cleared. From then on,
    sends, typing previews, agent messages, draft decisions and updates answer `409`
    (`workspace_ended`); the workspace and its messages stay readable, and a new
    `create_workspace` for the same `client_id` opens a fresh workspace. Ending an already
    ended workspace answers `409` (`workspace_ended`). Takes no request body.

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Workspace
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
