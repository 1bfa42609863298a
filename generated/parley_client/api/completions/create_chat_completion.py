from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completion import ChatCompletion
from ...models.chat_completion_request import ChatCompletionRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ChatCompletionRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletion | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatCompletion.from_dict(response.json())

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
) -> Response[ChatCompletion | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ChatCompletion | ErrorResponse]:
    """Create a chat completion

     An OpenAI-compatible chat completion. With `stream: false` (the default) the answer is one
    `ChatCompletion`; with `stream: true` it is a `text/event-stream` of `ChatCompletionChunk`
    frames (`data: {chunk}`), the last chunk carrying `usage`, then `data: [DONE]`. A failure
    after the stream has started is sent as one error frame (`data: {"error": {...}}`) followed
    by `data: [DONE]`; so is the end of a stream whose API key is revoked while it runs
    (`authentication_error`, code `api_key_revoked`).

    Every completion is recorded in a session: the one named by `session_id` (created on first
    use), or a new one. The session's id comes back as `session_id` and, as the ChatServer
    protocol has it, as `system_fingerprint`, so a caller can continue it by passing it back.
    `user` names the end user the session belongs to (default: the API key's user).

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest): An OpenAI-compatible chat completion request, plus the
            ChatServer extensions
            (`session_id`, `system_prompt`, `organization_id`, `workflow`, `variables`,
            `allowed_tools`,
            `setting_sources`, `mcp_servers`) at the top level.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionRequest,
    idempotency_key: str | Unset = UNSET,
) -> ChatCompletion | ErrorResponse | None:
    """Create a chat completion

     An OpenAI-compatible chat completion. With `stream: false` (the default) the answer is one
    `ChatCompletion`; with `stream: true` it is a `text/event-stream` of `ChatCompletionChunk`
    frames (`data: {chunk}`), the last chunk carrying `usage`, then `data: [DONE]`. A failure
    after the stream has started is sent as one error frame (`data: {"error": {...}}`) followed
    by `data: [DONE]`; so is the end of a stream whose API key is revoked while it runs
    (`authentication_error`, code `api_key_revoked`).

    Every completion is recorded in a session: the one named by `session_id` (created on first
    use), or a new one. The session's id comes back as `session_id` and, as the ChatServer
    protocol has it, as `system_fingerprint`, so a caller can continue it by passing it back.
    `user` names the end user the session belongs to (default: the API key's user).

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest): An OpenAI-compatible chat completion request, plus the
            ChatServer extensions
            (`session_id`, `system_prompt`, `organization_id`, `workflow`, `variables`,
            `allowed_tools`,
            `setting_sources`, `mcp_servers`) at the top level.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ChatCompletion | ErrorResponse]:
    """Create a chat completion

     An OpenAI-compatible chat completion. With `stream: false` (the default) the answer is one
    `ChatCompletion`; with `stream: true` it is a `text/event-stream` of `ChatCompletionChunk`
    frames (`data: {chunk}`), the last chunk carrying `usage`, then `data: [DONE]`. A failure
    after the stream has started is sent as one error frame (`data: {"error": {...}}`) followed
    by `data: [DONE]`; so is the end of a stream whose API key is revoked while it runs
    (`authentication_error`, code `api_key_revoked`).

    Every completion is recorded in a session: the one named by `session_id` (created on first
    use), or a new one. The session's id comes back as `session_id` and, as the ChatServer
    protocol has it, as `system_fingerprint`, so a caller can continue it by passing it back.
    `user` names the end user the session belongs to (default: the API key's user).

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest): An OpenAI-compatible chat completion request, plus the
            ChatServer extensions
            (`session_id`, `system_prompt`, `organization_id`, `workflow`, `variables`,
            `allowed_tools`,
            `setting_sources`, `mcp_servers`) at the top level.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletion | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ChatCompletionRequest,
    idempotency_key: str | Unset = UNSET,
) -> ChatCompletion | ErrorResponse | None:
    """Create a chat completion

     An OpenAI-compatible chat completion. With `stream: false` (the default) the answer is one
    `ChatCompletion`; with `stream: true` it is a `text/event-stream` of `ChatCompletionChunk`
    frames (`data: {chunk}`), the last chunk carrying `usage`, then `data: [DONE]`. A failure
    after the stream has started is sent as one error frame (`data: {"error": {...}}`) followed
    by `data: [DONE]`; so is the end of a stream whose API key is revoked while it runs
    (`authentication_error`, code `api_key_revoked`).

    Every completion is recorded in a session: the one named by `session_id` (created on first
    use), or a new one. The session's id comes back as `session_id` and, as the ChatServer
    protocol has it, as `system_fingerprint`, so a caller can continue it by passing it back.
    `user` names the end user the session belongs to (default: the API key's user).

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest): An OpenAI-compatible chat completion request, plus the
            ChatServer extensions
            (`session_id`, `system_prompt`, `organization_id`, `workflow`, `variables`,
            `allowed_tools`,
            `setting_sources`, `mcp_servers`) at the top level.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletion | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
