from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sort_order import SortOrder
from ...models.thread_list import ThreadList
from ...models.thread_status import ThreadStatus
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: ThreadStatus | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `list_threads` (GET /v1/threads), as keyword arguments of `httpx.Client.request`.

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
        "url": "/v1/threads",
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ThreadList | None:
    if response.status_code == 200:
        response_200 = ThreadList.from_dict(response.json())

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
) -> Response[ErrorResponse | ThreadList]:
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
    status: ThreadStatus | Unset = UNSET,
) -> Response[ErrorResponse | ThreadList]:
    """List threads

     Lists the caller's threads, one cursor page at a time, newest first unless `order=asc`
    (ordered by `created_at`, ties broken by id). With `status`, only threads in that status
    are listed. Pass the page's `after` back as `after` to get the next page.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (ThreadStatus | Unset): `active` threads accept new runs; `locked` and `closed`
            threads accept none until set back
            to `active` (closed means the conversation is over, locked that it is on hold).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadList]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: ThreadStatus | Unset = UNSET,
) -> ErrorResponse | ThreadList | None:
    """List threads

     Lists the caller's threads, one cursor page at a time, newest first unless `order=asc`
    (ordered by `created_at`, ties broken by id). With `status`, only threads in that status
    are listed. Pass the page's `after` back as `after` to get the next page.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (ThreadStatus | Unset): `active` threads accept new runs; `locked` and `closed`
            threads accept none until set back
            to `active` (closed means the conversation is over, locked that it is on hold).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        order=order,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: ThreadStatus | Unset = UNSET,
) -> Response[ErrorResponse | ThreadList]:
    """List threads

     Lists the caller's threads, one cursor page at a time, newest first unless `order=asc`
    (ordered by `created_at`, ties broken by id). With `status`, only threads in that status
    are listed. Pass the page's `after` back as `after` to get the next page.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (ThreadStatus | Unset): `active` threads accept new runs; `locked` and `closed`
            threads accept none until set back
            to `active` (closed means the conversation is over, locked that it is on hold).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        order=order,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    status: ThreadStatus | Unset = UNSET,
) -> ErrorResponse | ThreadList | None:
    """List threads

     Lists the caller's threads, one cursor page at a time, newest first unless `order=asc`
    (ordered by `created_at`, ties broken by id). With `status`, only threads in that status
    are listed. Pass the page's `after` back as `after` to get the next page.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        status (ThreadStatus | Unset): `active` threads accept new runs; `locked` and `closed`
            threads accept none until set back
            to `active` (closed means the conversation is over, locked that it is on hold).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            order=order,
            status=status,
        )
    ).parsed
