from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.thread_retry_request import ThreadRetryRequest
from ...models.thread_run_result import ThreadRunResult
from ...types import UNSET, Response, Unset


def request_kwargs(
    thread_id: str,
    *,
    body: ThreadRetryRequest | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `retry_thread_run` (POST /v1/threads/{thread_id}/retry), as keyword arguments of `httpx.Client.request`.

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
        "url": "/v1/threads/{thread_id}/retry".format(
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
    body: ThreadRetryRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ThreadRunResult]:
    """Answer a user message again

     Deletes every item created after `item_id` (ChatKit `retry_after_item`) and starts a new
    run (kind `retry`) that answers that user message again, exactly like `chat_thread`. 404
    when `item_id` is not an item of this thread; 409 while a run is active (`run_active`),
    when the thread is `locked`/`closed`, or when the item is not a user message
    (`not_a_user_message`); 404 (`model_not_found`) for an unknown model, 422
    (`upstream_not_configured`) for a model without upstream. All checks happen before
    anything is deleted. Same 200 answer as `chat_thread`; its `items` (and the stream's
    items) are only the ones the new run produces.

    Args:
        thread_id (str):
        idempotency_key (str | Unset):
        body (ThreadRetryRequest): The body of `retry_thread_run`.

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
    body: ThreadRetryRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ThreadRunResult | None:
    """Answer a user message again

     Deletes every item created after `item_id` (ChatKit `retry_after_item`) and starts a new
    run (kind `retry`) that answers that user message again, exactly like `chat_thread`. 404
    when `item_id` is not an item of this thread; 409 while a run is active (`run_active`),
    when the thread is `locked`/`closed`, or when the item is not a user message
    (`not_a_user_message`); 404 (`model_not_found`) for an unknown model, 422
    (`upstream_not_configured`) for a model without upstream. All checks happen before
    anything is deleted. Same 200 answer as `chat_thread`; its `items` (and the stream's
    items) are only the ones the new run produces.

    Args:
        thread_id (str):
        idempotency_key (str | Unset):
        body (ThreadRetryRequest): The body of `retry_thread_run`.

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
    body: ThreadRetryRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | ThreadRunResult]:
    """Answer a user message again

     Deletes every item created after `item_id` (ChatKit `retry_after_item`) and starts a new
    run (kind `retry`) that answers that user message again, exactly like `chat_thread`. 404
    when `item_id` is not an item of this thread; 409 while a run is active (`run_active`),
    when the thread is `locked`/`closed`, or when the item is not a user message
    (`not_a_user_message`); 404 (`model_not_found`) for an unknown model, 422
    (`upstream_not_configured`) for a model without upstream. All checks happen before
    anything is deleted. Same 200 answer as `chat_thread`; its `items` (and the stream's
    items) are only the ones the new run produces.

    Args:
        thread_id (str):
        idempotency_key (str | Unset):
        body (ThreadRetryRequest): The body of `retry_thread_run`.

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
    body: ThreadRetryRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | ThreadRunResult | None:
    """Answer a user message again

     Deletes every item created after `item_id` (ChatKit `retry_after_item`) and starts a new
    run (kind `retry`) that answers that user message again, exactly like `chat_thread`. 404
    when `item_id` is not an item of this thread; 409 while a run is active (`run_active`),
    when the thread is `locked`/`closed`, or when the item is not a user message
    (`not_a_user_message`); 404 (`model_not_found`) for an unknown model, 422
    (`upstream_not_configured`) for a model without upstream. All checks happen before
    anything is deleted. Same 200 answer as `chat_thread`; its `items` (and the stream's
    items) are only the ones the new run produces.

    Args:
        thread_id (str):
        idempotency_key (str | Unset):
        body (ThreadRetryRequest): The body of `retry_thread_run`.

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
