from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_chat_request import ThreadChatRequest
from ...models.thread_run_result import ThreadRunResult
from ...types import UNSET, Response, Unset


def request_kwargs(
    thread_id: str,
    *,
    body: ThreadChatRequest | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `chat_thread` (POST /v1/threads/{thread_id}/chat), as keyword arguments of `httpx.Client.request`.

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
        "url": "/v1/threads/{thread_id}/chat".format(
            thread_id=path_segment(thread_id, "thread_id"),
        ),
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ThreadRunResult | None:
    if response.status_code == 200:
        response_200 = ThreadRunResult.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

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
) -> Response[ErrorResponse | ThreadRunResult]:
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
    body: ThreadChatRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ThreadRunResult]:
    """Add messages and run the assistant

     Appends `messages` to the thread as items, in order, and starts a run (kind `chat`) that
    answers them; `messages` may be empty to just run the assistant on the thread as it is.
    User messages become `user_message` items, assistant messages an `assistant_message` item
    (text parts) followed by one `tool_call` item per tool-call part, tool messages one
    `tool_result` item per part. System messages (and `developer` messages, OpenAI's newer name
    for them) are not stored as items: the run's system prompt is `system` followed by the text
    of each system or developer message, in order, joined with blank lines.
    Every `attachment_ids` entry must be an attachment of the caller (404 otherwise).

    Only one run may be active per thread: while one is, this answers 409 (`run_active`), and
    a `locked` or `closed` thread answers 409 (`thread_locked`, `thread_closed`). An unknown
    `model` is a 404 (`model_not_found`), a listed model this server has no upstream for a 422
    (`upstream_not_configured`), both checked before anything is stored.

    With `stream: false` (JSON) the answer comes when the run has ended (completed, cancelled
    by `cancel_thread_run`, or failed with `run.error` set): the run and every item this
    request added, input items first, in order. With `stream: true` (the default) the answer
    is the run's event stream: `run.created`, one `item.done` per input item, then for each
    item the run produces `item.created`, `item.delta`s and `item.done`, then exactly one of
    `run.completed`, `run.cancelled` or `run.failed` (or an `error` event), after which the
    stream ends. Each frame's `id:` is the event's sequence number (1, 2, 3, ... within the
    run); a dropped connection resumes with `stream_thread_run_events` and `Last-Event-ID`.
    Closing the connection does not cancel the run.

    Args:
        thread_id (str):
        idempotency_key (str | Unset):
        body (ThreadChatRequest): The body of `chat_thread`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadRunResult]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadChatRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ThreadRunResult | None:
    """Add messages and run the assistant

     Appends `messages` to the thread as items, in order, and starts a run (kind `chat`) that
    answers them; `messages` may be empty to just run the assistant on the thread as it is.
    User messages become `user_message` items, assistant messages an `assistant_message` item
    (text parts) followed by one `tool_call` item per tool-call part, tool messages one
    `tool_result` item per part. System messages (and `developer` messages, OpenAI's newer name
    for them) are not stored as items: the run's system prompt is `system` followed by the text
    of each system or developer message, in order, joined with blank lines.
    Every `attachment_ids` entry must be an attachment of the caller (404 otherwise).

    Only one run may be active per thread: while one is, this answers 409 (`run_active`), and
    a `locked` or `closed` thread answers 409 (`thread_locked`, `thread_closed`). An unknown
    `model` is a 404 (`model_not_found`), a listed model this server has no upstream for a 422
    (`upstream_not_configured`), both checked before anything is stored.

    With `stream: false` (JSON) the answer comes when the run has ended (completed, cancelled
    by `cancel_thread_run`, or failed with `run.error` set): the run and every item this
    request added, input items first, in order. With `stream: true` (the default) the answer
    is the run's event stream: `run.created`, one `item.done` per input item, then for each
    item the run produces `item.created`, `item.delta`s and `item.done`, then exactly one of
    `run.completed`, `run.cancelled` or `run.failed` (or an `error` event), after which the
    stream ends. Each frame's `id:` is the event's sequence number (1, 2, 3, ... within the
    run); a dropped connection resumes with `stream_thread_run_events` and `Last-Event-ID`.
    Closing the connection does not cancel the run.

    Args:
        thread_id (str):
        idempotency_key (str | Unset):
        body (ThreadChatRequest): The body of `chat_thread`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadRunResult
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadChatRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ThreadRunResult]:
    """Add messages and run the assistant

     Appends `messages` to the thread as items, in order, and starts a run (kind `chat`) that
    answers them; `messages` may be empty to just run the assistant on the thread as it is.
    User messages become `user_message` items, assistant messages an `assistant_message` item
    (text parts) followed by one `tool_call` item per tool-call part, tool messages one
    `tool_result` item per part. System messages (and `developer` messages, OpenAI's newer name
    for them) are not stored as items: the run's system prompt is `system` followed by the text
    of each system or developer message, in order, joined with blank lines.
    Every `attachment_ids` entry must be an attachment of the caller (404 otherwise).

    Only one run may be active per thread: while one is, this answers 409 (`run_active`), and
    a `locked` or `closed` thread answers 409 (`thread_locked`, `thread_closed`). An unknown
    `model` is a 404 (`model_not_found`), a listed model this server has no upstream for a 422
    (`upstream_not_configured`), both checked before anything is stored.

    With `stream: false` (JSON) the answer comes when the run has ended (completed, cancelled
    by `cancel_thread_run`, or failed with `run.error` set): the run and every item this
    request added, input items first, in order. With `stream: true` (the default) the answer
    is the run's event stream: `run.created`, one `item.done` per input item, then for each
    item the run produces `item.created`, `item.delta`s and `item.done`, then exactly one of
    `run.completed`, `run.cancelled` or `run.failed` (or an `error` event), after which the
    stream ends. Each frame's `id:` is the event's sequence number (1, 2, 3, ... within the
    run); a dropped connection resumes with `stream_thread_run_events` and `Last-Event-ID`.
    Closing the connection does not cancel the run.

    Args:
        thread_id (str):
        idempotency_key (str | Unset):
        body (ThreadChatRequest): The body of `chat_thread`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ThreadRunResult]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ThreadChatRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ThreadRunResult | None:
    """Add messages and run the assistant

     Appends `messages` to the thread as items, in order, and starts a run (kind `chat`) that
    answers them; `messages` may be empty to just run the assistant on the thread as it is.
    User messages become `user_message` items, assistant messages an `assistant_message` item
    (text parts) followed by one `tool_call` item per tool-call part, tool messages one
    `tool_result` item per part. System messages (and `developer` messages, OpenAI's newer name
    for them) are not stored as items: the run's system prompt is `system` followed by the text
    of each system or developer message, in order, joined with blank lines.
    Every `attachment_ids` entry must be an attachment of the caller (404 otherwise).

    Only one run may be active per thread: while one is, this answers 409 (`run_active`), and
    a `locked` or `closed` thread answers 409 (`thread_locked`, `thread_closed`). An unknown
    `model` is a 404 (`model_not_found`), a listed model this server has no upstream for a 422
    (`upstream_not_configured`), both checked before anything is stored.

    With `stream: false` (JSON) the answer comes when the run has ended (completed, cancelled
    by `cancel_thread_run`, or failed with `run.error` set): the run and every item this
    request added, input items first, in order. With `stream: true` (the default) the answer
    is the run's event stream: `run.created`, one `item.done` per input item, then for each
    item the run produces `item.created`, `item.delta`s and `item.done`, then exactly one of
    `run.completed`, `run.cancelled` or `run.failed` (or an `error` event), after which the
    stream ends. Each frame's `id:` is the event's sequence number (1, 2, 3, ... within the
    run); a dropped connection resumes with `stream_thread_run_events` and `Last-Event-ID`.
    Closing the connection does not cancel the run.

    Args:
        thread_id (str):
        idempotency_key (str | Unset):
        body (ThreadChatRequest): The body of `chat_thread`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ThreadRunResult
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
