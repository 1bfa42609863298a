from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sort_order import SortOrder
from ...models.thread_item_list import ThreadItemList
from ...types import UNSET, Response, Unset


def request_kwargs(
    thread_id: str,
    *,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `list_thread_items` (GET /v1/threads/{thread_id}/items), as keyword arguments of `httpx.Client.request`.

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/threads/{thread_id}/items".format(
            thread_id=path_segment(thread_id, "thread_id"),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ThreadItemList | None:
    if response.status_code == 200:
        response_200 = ThreadItemList.from_dict(response.json())

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
) -> Response[ErrorResponse | ThreadItemList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
) -> Response[ErrorResponse | ThreadItemList]:
    """List a thread's items

     Lists the thread's items (messages, tool calls, tool results, actions), one cursor page at
    a time, newest first unless `order=asc` (as ChatKit does), ordered by creation. Items of
    a run still in progress are listed as they are so far (`status: in_progress`).

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadItemList]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        after=after,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
) -> ErrorResponse | ThreadItemList | None:
    """List a thread's items

     Lists the thread's items (messages, tool calls, tool results, actions), one cursor page at
    a time, newest first unless `order=asc` (as ChatKit does), ordered by creation. Items of
    a run still in progress are listed as they are so far (`status: in_progress`).

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadItemList
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        limit=limit,
        after=after,
        order=order,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
) -> Response[ErrorResponse | ThreadItemList]:
    """List a thread's items

     Lists the thread's items (messages, tool calls, tool results, actions), one cursor page at
    a time, newest first unless `order=asc` (as ChatKit does), ordered by creation. Items of
    a run still in progress are listed as they are so far (`status: in_progress`).

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadItemList]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        after=after,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
) -> ErrorResponse | ThreadItemList | None:
    """List a thread's items

     Lists the thread's items (messages, tool calls, tool results, actions), one cursor page at
    a time, newest first unless `order=asc` (as ChatKit does), ordered by creation. Items of
    a run still in progress are listed as they are so far (`status: in_progress`).

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadItemList
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            limit=limit,
            after=after,
            order=order,
        )
    ).parsed
