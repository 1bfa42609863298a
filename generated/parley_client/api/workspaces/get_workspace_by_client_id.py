from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workspace_lookup import WorkspaceLookup
from ...types import UNSET, Response


def request_kwargs(
    *,
    client_id: str,
) -> dict[str, Any]:
    """The request of `get_workspace_by_client_id` (GET /v1/workspaces/by-client), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/by-client",
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkspaceLookup | None:
    if response.status_code == 200:
        response_200 = WorkspaceLookup.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkspaceLookup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
) -> Response[ErrorResponse | WorkspaceLookup]:
    """Find the active workspace for a client id

     Looks up the caller's **active** workspace for `client_id` (an admin key looks across all
    owners and gets the most recently created match). When there is one, the answer has
    `exists: true`, the workspace and its delivered messages, oldest first. When there is
    none (never opened, or only ended workspaces), the answer is still `200`, with
    `exists: false`, `workspace: null` and `messages: []`: a client id without an active
    workspace is not a `404`.

    Args:
        client_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceLookup]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
) -> ErrorResponse | WorkspaceLookup | None:
    """Find the active workspace for a client id

     Looks up the caller's **active** workspace for `client_id` (an admin key looks across all
    owners and gets the most recently created match). When there is one, the answer has
    `exists: true`, the workspace and its delivered messages, oldest first. When there is
    none (never opened, or only ended workspaces), the answer is still `200`, with
    `exists: false`, `workspace: null` and `messages: []`: a client id without an active
    workspace is not a `404`.

    Args:
        client_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceLookup
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
) -> Response[ErrorResponse | WorkspaceLookup]:
    """Find the active workspace for a client id

     Looks up the caller's **active** workspace for `client_id` (an admin key looks across all
    owners and gets the most recently created match). When there is one, the answer has
    `exists: true`, the workspace and its delivered messages, oldest first. When there is
    none (never opened, or only ended workspaces), the answer is still `200`, with
    `exists: false`, `workspace: null` and `messages: []`: a client id without an active
    workspace is not a `404`.

    Args:
        client_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceLookup]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
) -> ErrorResponse | WorkspaceLookup | None:
    """Find the active workspace for a client id

     Looks up the caller's **active** workspace for `client_id` (an admin key looks across all
    owners and gets the most recently created match). When there is one, the answer has
    `exists: true`, the workspace and its delivered messages, oldest first. When there is
    none (never opened, or only ended workspaces), the answer is still `200`, with
    `exists: false`, `workspace: null` and `messages: []`: a client id without an active
    workspace is not a `404`.

    Args:
        client_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceLookup
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
        )
    ).parsed
