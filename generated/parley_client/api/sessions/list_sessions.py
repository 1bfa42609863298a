from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_session_list import ChatSessionList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    user_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    archived: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `list_sessions` (GET /v1/sessions), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["page"] = page

    params["page_size"] = page_size

    params["archived"] = archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions",
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatSessionList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatSessionList.from_dict(response.json())

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
) -> Response[ChatSessionList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    archived: bool | Unset = UNSET,
) -> Response[ChatSessionList | ErrorResponse]:
    """List recorded sessions

     The sessions recorded for this API key's completions, most recently active first, one page
    at a time. `has_more` is true when `(page - 1) * page_size + len(sessions) < total`.

    Args:
        user_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        archived (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSessionList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        page=page,
        page_size=page_size,
        archived=archived,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    archived: bool | Unset = UNSET,
) -> ChatSessionList | ErrorResponse | None:
    """List recorded sessions

     The sessions recorded for this API key's completions, most recently active first, one page
    at a time. `has_more` is true when `(page - 1) * page_size + len(sessions) < total`.

    Args:
        user_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        archived (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSessionList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        page=page,
        page_size=page_size,
        archived=archived,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    archived: bool | Unset = UNSET,
) -> Response[ChatSessionList | ErrorResponse]:
    """List recorded sessions

     The sessions recorded for this API key's completions, most recently active first, one page
    at a time. `has_more` is true when `(page - 1) * page_size + len(sessions) < total`.

    Args:
        user_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        archived (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatSessionList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        page=page,
        page_size=page_size,
        archived=archived,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user_id: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 20,
    archived: bool | Unset = UNSET,
) -> ChatSessionList | ErrorResponse | None:
    """List recorded sessions

     The sessions recorded for this API key's completions, most recently active first, one page
    at a time. `has_more` is true when `(page - 1) * page_size + len(sessions) < total`.

    Args:
        user_id (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 20.
        archived (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatSessionList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            page=page,
            page_size=page_size,
            archived=archived,
        )
    ).parsed
