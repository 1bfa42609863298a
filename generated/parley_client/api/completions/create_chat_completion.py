from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completion import ChatCompletion
from ...models.chat_completion_request import ChatCompletionRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    body: ChatCompletionRequest | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `create_chat_completion` (POST /v1/chat/completions), as keyword arguments of `httpx.Client.request`.

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
        "url": "/v1/chat/completions",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


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
    use), or a new one. The session's id comes back as `session_id`, so a caller can continue it
    by passing it back. `system_fingerprint` is OpenAI's: the same for every answer of one server
    build (the ChatServer protocol carried the session id there; a `session_id` equal to this
    server's fingerprint is refused with a 400 naming `session_id`, so a client written for it
    cannot merge unrelated conversations into one session). `user` names the end user the session
    belongs to (default: the API key's user).

    The answer omits what OpenAI omits: `tool_calls` is absent when no tool is called. An unknown
    `model` is a 404 (`model_not_found`), a listed model without upstream a 422
    (`upstream_not_configured`); unknown request fields are 400s naming them (see
    `ChatCompletionRequest`).

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest): An OpenAI-compatible chat completion request, plus the
            ChatServer extensions
            (`session_id`, `system_prompt`, `organization_id`, `workflow`, `variables`,
            `allowed_tools`,
            `setting_sources`, `mcp_servers`) at the top level.

            Every field is listed here. Any other field, including those of OpenAI's API this server
            does
            not implement (`top_logprobs`, `store`, `service_tier`, `logit_bias`, `modalities`,
            `audio`,
            `prediction`, `reasoning_effort`, `functions`, ...), is refused as OpenAI refuses unknown
            arguments: `400` with type `invalid_request_error`, code `unknown_parameter` and `param`
            naming it (`messages.1.foo` inside a message). `max_tokens` and `max_completion_tokens`
            together are refused as OpenAI refuses them: `400` with code
            `invalid_parameter_combination` and `param: max_tokens`; so is `stream_options` without
            `stream: true` (a 400 naming `stream_options`).

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
    use), or a new one. The session's id comes back as `session_id`, so a caller can continue it
    by passing it back. `system_fingerprint` is OpenAI's: the same for every answer of one server
    build (the ChatServer protocol carried the session id there; a `session_id` equal to this
    server's fingerprint is refused with a 400 naming `session_id`, so a client written for it
    cannot merge unrelated conversations into one session). `user` names the end user the session
    belongs to (default: the API key's user).

    The answer omits what OpenAI omits: `tool_calls` is absent when no tool is called. An unknown
    `model` is a 404 (`model_not_found`), a listed model without upstream a 422
    (`upstream_not_configured`); unknown request fields are 400s naming them (see
    `ChatCompletionRequest`).

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest): An OpenAI-compatible chat completion request, plus the
            ChatServer extensions
            (`session_id`, `system_prompt`, `organization_id`, `workflow`, `variables`,
            `allowed_tools`,
            `setting_sources`, `mcp_servers`) at the top level.

            Every field is listed here. Any other field, including those of OpenAI's API this server
            does
            not implement (`top_logprobs`, `store`, `service_tier`, `logit_bias`, `modalities`,
            `audio`,
            `prediction`, `reasoning_effort`, `functions`, ...), is refused as OpenAI refuses unknown
            arguments: `400` with type `invalid_request_error`, code `unknown_parameter` and `param`
            naming it (`messages.1.foo` inside a message). `max_tokens` and `max_completion_tokens`
            together are refused as OpenAI refuses them: `400` with code
            `invalid_parameter_combination` and `param: max_tokens`; so is `stream_options` without
            `stream: true` (a 400 naming `stream_options`).

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
    use), or a new one. The session's id comes back as `session_id`, so a caller can continue it
    by passing it back. `system_fingerprint` is OpenAI's: the same for every answer of one server
    build (the ChatServer protocol carried the session id there; a `session_id` equal to this
    server's fingerprint is refused with a 400 naming `session_id`, so a client written for it
    cannot merge unrelated conversations into one session). `user` names the end user the session
    belongs to (default: the API key's user).

    The answer omits what OpenAI omits: `tool_calls` is absent when no tool is called. An unknown
    `model` is a 404 (`model_not_found`), a listed model without upstream a 422
    (`upstream_not_configured`); unknown request fields are 400s naming them (see
    `ChatCompletionRequest`).

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest): An OpenAI-compatible chat completion request, plus the
            ChatServer extensions
            (`session_id`, `system_prompt`, `organization_id`, `workflow`, `variables`,
            `allowed_tools`,
            `setting_sources`, `mcp_servers`) at the top level.

            Every field is listed here. Any other field, including those of OpenAI's API this server
            does
            not implement (`top_logprobs`, `store`, `service_tier`, `logit_bias`, `modalities`,
            `audio`,
            `prediction`, `reasoning_effort`, `functions`, ...), is refused as OpenAI refuses unknown
            arguments: `400` with type `invalid_request_error`, code `unknown_parameter` and `param`
            naming it (`messages.1.foo` inside a message). `max_tokens` and `max_completion_tokens`
            together are refused as OpenAI refuses them: `400` with code
            `invalid_parameter_combination` and `param: max_tokens`; so is `stream_options` without
            `stream: true` (a 400 naming `stream_options`).

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
    use), or a new one. The session's id comes back as `session_id`, so a caller can continue it
    by passing it back. `system_fingerprint` is OpenAI's: the same for every answer of one server
    build (the ChatServer protocol carried the session id there; a `session_id` equal to this
    server's fingerprint is refused with a 400 naming `session_id`, so a client written for it
    cannot merge unrelated conversations into one session). `user` names the end user the session
    belongs to (default: the API key's user).

    The answer omits what OpenAI omits: `tool_calls` is absent when no tool is called. An unknown
    `model` is a 404 (`model_not_found`), a listed model without upstream a 422
    (`upstream_not_configured`); unknown request fields are 400s naming them (see
    `ChatCompletionRequest`).

    Args:
        idempotency_key (str | Unset):
        body (ChatCompletionRequest): An OpenAI-compatible chat completion request, plus the
            ChatServer extensions
            (`session_id`, `system_prompt`, `organization_id`, `workflow`, `variables`,
            `allowed_tools`,
            `setting_sources`, `mcp_servers`) at the top level.

            Every field is listed here. Any other field, including those of OpenAI's API this server
            does
            not implement (`top_logprobs`, `store`, `service_tier`, `logit_bias`, `modalities`,
            `audio`,
            `prediction`, `reasoning_effort`, `functions`, ...), is refused as OpenAI refuses unknown
            arguments: `400` with type `invalid_request_error`, code `unknown_parameter` and `param`
            naming it (`messages.1.foo` inside a message). `max_tokens` and `max_completion_tokens`
            together are refused as OpenAI refuses them: `400` with code
            `invalid_parameter_combination` and `param: max_tokens`; so is `stream_options` without
            `stream: true` (a 400 naming `stream_options`).

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
