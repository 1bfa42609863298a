from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.deleted_object import DeletedObject
from ...models.error_response import ErrorResponse
from ...types import Response


def request_kwargs(
    thread_id: str,
) -> dict[str, Any]:
    """The request of `delete_thread` (DELETE /v1/threads/{thread_id}), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/threads/{thread_id}".format(
            thread_id=path_segment(thread_id, "thread_id"),
        ),
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedObject | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeletedObject.from_dict(response.json())

        return response_200

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
) -> Response[DeletedObject | ErrorResponse]:
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
) -> Response[DeletedObject | ErrorResponse]:
    """Delete a thread

     Deletes the thread with all its items, runs, run events, feedback and the attachments
    uploaded with its `thread_id`. An active run is cancelled first (its event stream ends
    with `run.cancelled`). Afterwards every operation on this thread answers 404.

    Args:
        thread_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedObject | ErrorResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeletedObject | ErrorResponse | None:
    """Delete a thread

     Deletes the thread with all its items, runs, run events, feedback and the attachments
    uploaded with its `thread_id`. An active run is cancelled first (its event stream ends
    with `run.cancelled`). Afterwards every operation on this thread answers 404.

    Args:
        thread_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedObject | ErrorResponse
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeletedObject | ErrorResponse]:
    """Delete a thread

     Deletes the thread with all its items, runs, run events, feedback and the attachments
    uploaded with its `thread_id`. An active run is cancelled first (its event stream ends
    with `run.cancelled`). Afterwards every operation on this thread answers 404.

    Args:
        thread_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedObject | ErrorResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeletedObject | ErrorResponse | None:
    """Delete a thread

     Deletes the thread with all its items, runs, run events, feedback and the attachments
    uploaded with its `thread_id`. An active run is cancelled first (its event stream ends
    with `run.cancelled`). Afterwards every operation on this thread answers 404.

    Args:
        thread_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedObject | ErrorResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
        )
    ).parsed
