from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.chat_session_detail import ChatSessionDetail
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def request_kwargs(
    session_id: str,
    *,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `get_session` (GET /v1/sessions/{session_id}), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions/{session_id}".format(
            session_id=path_segment(session_id, "session_id"),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatSessionDetail | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatSessionDetail.from_dict(response.json())

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
) -> Response[ChatSessionDetail | ErrorResponse]:
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
    user_id: str | Unset = UNSET,
) -> Response[ChatSessionDetail | ErrorResponse]:
    """Get a session and its messages

     The session's summary and every recorded message, oldest first.

    Args:
        session_id (str):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSessionDetail | ErrorResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
) -> ChatSessionDetail | ErrorResponse | None:
    """Get a session and its messages

     The session's summary and every recorded message, oldest first.

    Args:
        session_id (str):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSessionDetail | ErrorResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
) -> Response[ChatSessionDetail | ErrorResponse]:
    """Get a session and its messages

     The session's summary and every recorded message, oldest first.

    Args:
        session_id (str):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSessionDetail | ErrorResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
) -> ChatSessionDetail | ErrorResponse | None:
    """Get a session and its messages

     The session's summary and every recorded message, oldest first.

    Args:
        session_id (str):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSessionDetail | ErrorResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            user_id=user_id,
        )
    ).parsed
