from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.typing_preview import TypingPreview
from ...models.typing_preview_request import TypingPreviewRequest
from ...types import UNSET, Response, Unset


def request_kwargs(
    workspace_id: str,
    *,
    body: TypingPreviewRequest | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `send_typing_preview` (POST /v1/workspaces/{workspace_id}/typing), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    `body` is the model or the JSON object itself (a mapping, sent as it is: unknown keys included,
    for the server to judge).
    """
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workspaces/{workspace_id}/typing".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = ErrorResponse.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

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
    client: AuthenticatedClient | Client,
    body: TypingPreviewRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | TypingPreview]:
    """Publish what the end customer is typing

     Replaces the workspace's typing preview (the text the end customer is typing but has not
    sent yet) so managers can read it with `get_typing_preview`. An empty `text` clears it:
    the answer then has `text: ""` and `updated_at: null`. Any key that can see the workspace
    may call it. An ended workspace answers `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (TypingPreviewRequest): What the end customer is typing right now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TypingPreview]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
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
    body: TypingPreviewRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | TypingPreview | None:
    """Publish what the end customer is typing

     Replaces the workspace's typing preview (the text the end customer is typing but has not
    sent yet) so managers can read it with `get_typing_preview`. An empty `text` clears it:
    the answer then has `text: ""` and `updated_at: null`. Any key that can see the workspace
    may call it. An ended workspace answers `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (TypingPreviewRequest): What the end customer is typing right now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TypingPreview
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TypingPreviewRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | TypingPreview]:
    """Publish what the end customer is typing

     Replaces the workspace's typing preview (the text the end customer is typing but has not
    sent yet) so managers can read it with `get_typing_preview`. An empty `text` clears it:
    the answer then has `text: ""` and `updated_at: null`. Any key that can see the workspace
    may call it. An ended workspace answers `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (TypingPreviewRequest): What the end customer is typing right now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TypingPreview]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TypingPreviewRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | TypingPreview | None:
    """Publish what the end customer is typing

     Replaces the workspace's typing preview (the text the end customer is typing but has not
    sent yet) so managers can read it with `get_typing_preview`. An empty `text` clears it:
    the answer then has `text: ""` and `updated_at: null`. Any key that can see the workspace
    may call it. An ended workspace answers `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (TypingPreviewRequest): What the end customer is typing right now.

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
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
