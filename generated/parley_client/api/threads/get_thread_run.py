from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_run import ThreadRun
from ...types import Response


def request_kwargs(
    thread_id: str,
    run_id: str,
) -> dict[str, Any]:
    """The request of `get_thread_run` (GET /v1/threads/{thread_id}/runs/{run_id}), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/threads/{thread_id}/runs/{run_id}".format(
            thread_id=path_segment(thread_id, "thread_id"),
            run_id=path_segment(run_id, "run_id"),
        ),
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ThreadRun | None:
    if response.status_code == 200:
        response_200 = ThreadRun.from_dict(response.json())

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
) -> Response[ErrorResponse | ThreadRun]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ThreadRun]:
    """Get a run

     Returns one run of the thread: its status, model, timing, usage, error and the sequence
    number of its newest event (`last_event_id`). A run id of another thread is a 404.

    Args:
        thread_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadRun]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ThreadRun | None:
    """Get a run

     Returns one run of the thread: its status, model, timing, usage, error and the sequence
    number of its newest event (`last_event_id`). A run id of another thread is a 404.

    Args:
        thread_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadRun
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | ThreadRun]:
    """Get a run

     Returns one run of the thread: its status, model, timing, usage, error and the sequence
    number of its newest event (`last_event_id`). A run id of another thread is a 404.

    Args:
        thread_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadRun]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | ThreadRun | None:
    """Get a run

     Returns one run of the thread: its status, model, timing, usage, error and the sequence
    number of its newest event (`last_event_id`). A run id of another thread is a 404.

    Args:
        thread_id (str):
        run_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadRun
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
        )
    ).parsed
