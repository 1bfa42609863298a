from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.chat_session_summary import ChatSessionSummary
from ...models.chat_session_update_request import ChatSessionUpdateRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def request_kwargs(
    session_id: str,
    *,
    body: ChatSessionUpdateRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The request of `update_session` (PATCH /v1/sessions/{session_id}), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    `body` is the model or the JSON object itself (a mapping, sent as it is: unknown keys included,
    for the server to judge).
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/sessions/{session_id}".format(
            session_id=path_segment(session_id, "session_id"),
        ),
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatSessionSummary | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatSessionSummary.from_dict(response.json())

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
) -> Response[ChatSessionSummary | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChatSessionUpdateRequest,
) -> Response[ChatSessionSummary | ErrorResponse]:
    """Rename, archive or annotate a session

     Changes the fields given; leaves the others as they are. `metadata` replaces the stored metadata.

    Args:
        session_id (str):
        body (ChatSessionUpdateRequest): The session fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSessionSummary | ErrorResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChatSessionUpdateRequest,
) -> ChatSessionSummary | ErrorResponse | None:
    """Rename, archive or annotate a session

     Changes the fields given; leaves the others as they are. `metadata` replaces the stored metadata.

    Args:
        session_id (str):
        body (ChatSessionUpdateRequest): The session fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSessionSummary | ErrorResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChatSessionUpdateRequest,
) -> Response[ChatSessionSummary | ErrorResponse]:
    """Rename, archive or annotate a session

     Changes the fields given; leaves the others as they are. `metadata` replaces the stored metadata.

    Args:
        session_id (str):
        body (ChatSessionUpdateRequest): The session fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSessionSummary | ErrorResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChatSessionUpdateRequest,
) -> ChatSessionSummary | ErrorResponse | None:
    """Rename, archive or annotate a session

     Changes the fields given; leaves the others as they are. `metadata` replaces the stored metadata.

    Args:
        session_id (str):
        body (ChatSessionUpdateRequest): The session fields to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSessionSummary | ErrorResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
