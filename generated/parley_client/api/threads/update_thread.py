from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread import Thread
from ...models.thread_update_request import ThreadUpdateRequest
from ...types import Response


def request_kwargs(
    thread_id: str,
    *,
    body: ThreadUpdateRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The request of `update_thread` (PATCH /v1/threads/{thread_id}), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    `body` is the model or the JSON object itself (a mapping, sent as it is: unknown keys included,
    for the server to judge).
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/threads/{thread_id}".format(
            thread_id=path_segment(thread_id, "thread_id"),
        ),
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | Thread | None:
    if response.status_code == 200:
        response_200 = Thread.from_dict(response.json())

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
) -> Response[ErrorResponse | Thread]:
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
    body: ThreadUpdateRequest,
) -> Response[ErrorResponse | Thread]:
    """Update a thread

     Changes the thread's `title`, `metadata` and/or `status`; fields left out keep their value,
    `title: null` clears the title, and `metadata` replaces the whole metadata object.
    `updated_at` moves to now. A thread that is `locked` or `closed` accepts no new runs
    (`chat_thread`, `run_thread_action` and `retry_thread_run` answer 409) until its status is
    set back to `active`. Setting status `locked` or `closed` while a run is active is a
    409 (`run_active`); cancel the run first. Setting the status it already has is not a conflict.

    Args:
        thread_id (str):
        body (ThreadUpdateRequest): The body of `update_thread`. Fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Thread]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadUpdateRequest,
) -> ErrorResponse | Thread | None:
    """Update a thread

     Changes the thread's `title`, `metadata` and/or `status`; fields left out keep their value,
    `title: null` clears the title, and `metadata` replaces the whole metadata object.
    `updated_at` moves to now. A thread that is `locked` or `closed` accepts no new runs
    (`chat_thread`, `run_thread_action` and `retry_thread_run` answer 409) until its status is
    set back to `active`. Setting status `locked` or `closed` while a run is active is a
    409 (`run_active`); cancel the run first. Setting the status it already has is not a conflict.

    Args:
        thread_id (str):
        body (ThreadUpdateRequest): The body of `update_thread`. Fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Thread
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadUpdateRequest,
) -> Response[ErrorResponse | Thread]:
    """Update a thread

     Changes the thread's `title`, `metadata` and/or `status`; fields left out keep their value,
    `title: null` clears the title, and `metadata` replaces the whole metadata object.
    `updated_at` moves to now. A thread that is `locked` or `closed` accepts no new runs
    (`chat_thread`, `run_thread_action` and `retry_thread_run` answer 409) until its status is
    set back to `active`. Setting status `locked` or `closed` while a run is active is a
    409 (`run_active`); cancel the run first. Setting the status it already has is not a conflict.

    Args:
        thread_id (str):
        body (ThreadUpdateRequest): The body of `update_thread`. Fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Thread]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadUpdateRequest,
) -> ErrorResponse | Thread | None:
    """Update a thread

     Changes the thread's `title`, `metadata` and/or `status`; fields left out keep their value,
    `title: null` clears the title, and `metadata` replaces the whole metadata object.
    `updated_at` moves to now. A thread that is `locked` or `closed` accepts no new runs
    (`chat_thread`, `run_thread_action` and `retry_thread_run` answer 409) until its status is
    set back to `active`. Setting status `locked` or `closed` while a run is active is a
    409 (`run_active`); cancel the run first. Setting the status it already has is not a conflict.

    Args:
        thread_id (str):
        body (ThreadUpdateRequest): The body of `update_thread`. Fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Thread
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
