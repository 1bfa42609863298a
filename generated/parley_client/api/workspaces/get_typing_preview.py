from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.typing_preview import TypingPreview
from ...types import Response


def request_kwargs(
    workspace_id: str,
) -> dict[str, Any]:
    """The request of `get_typing_preview` (GET /v1/workspaces/{workspace_id}/typing), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/typing".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TypingPreview | None:
    if response.status_code == 200:
        response_200 = TypingPreview.from_dict(response.json())

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
) -> Response[ErrorResponse | TypingPreview]:
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
) -> Response[ErrorResponse | TypingPreview]:
    """Read what the end customer is typing

     Returns the workspace's current typing preview. Manager action: needs an admin key
    (`403` otherwise). When there is no preview (never sent, cleared, or cleared by a sent
    message) the answer has `text: ""` and `updated_at: null`.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TypingPreview]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | TypingPreview | None:
    """Read what the end customer is typing

     Returns the workspace's current typing preview. Manager action: needs an admin key
    (`403` otherwise). When there is no preview (never sent, cleared, or cleared by a sent
    message) the answer has `text: ""` and `updated_at: null`.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TypingPreview
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | TypingPreview]:
    """Read what the end customer is typing

     Returns the workspace's current typing preview. Manager action: needs an admin key
    (`403` otherwise). When there is no preview (never sent, cleared, or cleared by a sent
    message) the answer has `text: ""` and `updated_at: null`.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TypingPreview]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | TypingPreview | None:
    """Read what the end customer is typing

     Returns the workspace's current typing preview. Manager action: needs an admin key
    (`403` otherwise). When there is no preview (never sent, cleared, or cleared by a sent
    message) the answer has `text: ""` and `updated_at: null`.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TypingPreview
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
        )
    ).parsed
