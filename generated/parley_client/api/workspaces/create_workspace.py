from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workspace_create_request import WorkspaceCreateRequest
from ...models.workspace_with_messages import WorkspaceWithMessages
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    body: WorkspaceCreateRequest | Mapping[str, Any] | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `create_workspace` (POST /v1/workspaces), as keyword arguments of `httpx.Client.request`.

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
        "url": "/v1/workspaces",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkspaceWithMessages | None:
    if response.status_code == 200:
        response_200 = WorkspaceWithMessages.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = WorkspaceWithMessages.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | WorkspaceWithMessages]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceCreateRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkspaceWithMessages]:
    """Open a workspace (or resume the active one for a client id)

     Opens a managed conversation for one of the caller's end customers and returns it with
    its delivered messages.

    - If `client_id` is given and the caller (the same owner) already has an **active**
      workspace for it, that workspace is returned with `200` and no second one is created;
      the other creation fields (`system_prompt`, `context`, `metadata`, `mode`, `model`) are
      then ignored. Otherwise a new workspace is created and the answer is `201`. Ended
      workspaces never count: a `client_id` whose workspace has ended gets a new one.
    - `mode` defaults to `ai`; any key may choose the starting mode. `model` becomes the
      workspace's default model for AI answers (null: the server's default model).
    - When `initial_message` is given it is handled exactly like `send_workspace_message`
      (on the new or the resumed workspace, with `model` and `max_tokens`): in mode `ai` the AI
      answers at once and both messages are in `messages`; in mode `shadow` the answer is a
      pending draft (`pending_approval: true`, `draft` set); in mode `takeover` only the user
      message is stored. Without `initial_message`, `pending_approval` is false and `draft`
      is null.
    - `messages` holds the workspace's delivered messages, oldest first. Pending and
      rejected drafts never appear there.

    The workspace belongs to the caller's `user_id`. An unknown `model` answers `404`
    (`model_not_found`), checked before anything is stored; a listed model this server has no
    upstream for answers `422` (`upstream_not_configured`) when it has to answer.

    Args:
        idempotency_key (str | Unset):
        body (WorkspaceCreateRequest | Unset): What to open a workspace with. Every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceWithMessages]
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
    body: WorkspaceCreateRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkspaceWithMessages | None:
    """Open a workspace (or resume the active one for a client id)

     Opens a managed conversation for one of the caller's end customers and returns it with
    its delivered messages.

    - If `client_id` is given and the caller (the same owner) already has an **active**
      workspace for it, that workspace is returned with `200` and no second one is created;
      the other creation fields (`system_prompt`, `context`, `metadata`, `mode`, `model`) are
      then ignored. Otherwise a new workspace is created and the answer is `201`. Ended
      workspaces never count: a `client_id` whose workspace has ended gets a new one.
    - `mode` defaults to `ai`; any key may choose the starting mode. `model` becomes the
      workspace's default model for AI answers (null: the server's default model).
    - When `initial_message` is given it is handled exactly like `send_workspace_message`
      (on the new or the resumed workspace, with `model` and `max_tokens`): in mode `ai` the AI
      answers at once and both messages are in `messages`; in mode `shadow` the answer is a
      pending draft (`pending_approval: true`, `draft` set); in mode `takeover` only the user
      message is stored. Without `initial_message`, `pending_approval` is false and `draft`
      is null.
    - `messages` holds the workspace's delivered messages, oldest first. Pending and
      rejected drafts never appear there.

    The workspace belongs to the caller's `user_id`. An unknown `model` answers `404`
    (`model_not_found`), checked before anything is stored; a listed model this server has no
    upstream for answers `422` (`upstream_not_configured`) when it has to answer.

    Args:
        idempotency_key (str | Unset):
        body (WorkspaceCreateRequest | Unset): What to open a workspace with. Every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceWithMessages
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceCreateRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkspaceWithMessages]:
    """Open a workspace (or resume the active one for a client id)

     Opens a managed conversation for one of the caller's end customers and returns it with
    its delivered messages.

    - If `client_id` is given and the caller (the same owner) already has an **active**
      workspace for it, that workspace is returned with `200` and no second one is created;
      the other creation fields (`system_prompt`, `context`, `metadata`, `mode`, `model`) are
      then ignored. Otherwise a new workspace is created and the answer is `201`. Ended
      workspaces never count: a `client_id` whose workspace has ended gets a new one.
    - `mode` defaults to `ai`; any key may choose the starting mode. `model` becomes the
      workspace's default model for AI answers (null: the server's default model).
    - When `initial_message` is given it is handled exactly like `send_workspace_message`
      (on the new or the resumed workspace, with `model` and `max_tokens`): in mode `ai` the AI
      answers at once and both messages are in `messages`; in mode `shadow` the answer is a
      pending draft (`pending_approval: true`, `draft` set); in mode `takeover` only the user
      message is stored. Without `initial_message`, `pending_approval` is false and `draft`
      is null.
    - `messages` holds the workspace's delivered messages, oldest first. Pending and
      rejected drafts never appear there.

    The workspace belongs to the caller's `user_id`. An unknown `model` answers `404`
    (`model_not_found`), checked before anything is stored; a listed model this server has no
    upstream for answers `422` (`upstream_not_configured`) when it has to answer.

    Args:
        idempotency_key (str | Unset):
        body (WorkspaceCreateRequest | Unset): What to open a workspace with. Every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceWithMessages]
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
    body: WorkspaceCreateRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkspaceWithMessages | None:
    """Open a workspace (or resume the active one for a client id)

     Opens a managed conversation for one of the caller's end customers and returns it with
    its delivered messages.

    - If `client_id` is given and the caller (the same owner) already has an **active**
      workspace for it, that workspace is returned with `200` and no second one is created;
      the other creation fields (`system_prompt`, `context`, `metadata`, `mode`, `model`) are
      then ignored. Otherwise a new workspace is created and the answer is `201`. Ended
      workspaces never count: a `client_id` whose workspace has ended gets a new one.
    - `mode` defaults to `ai`; any key may choose the starting mode. `model` becomes the
      workspace's default model for AI answers (null: the server's default model).
    - When `initial_message` is given it is handled exactly like `send_workspace_message`
      (on the new or the resumed workspace, with `model` and `max_tokens`): in mode `ai` the AI
      answers at once and both messages are in `messages`; in mode `shadow` the answer is a
      pending draft (`pending_approval: true`, `draft` set); in mode `takeover` only the user
      message is stored. Without `initial_message`, `pending_approval` is false and `draft`
      is null.
    - `messages` holds the workspace's delivered messages, oldest first. Pending and
      rejected drafts never appear there.

    The workspace belongs to the caller's `user_id`. An unknown `model` answers `404`
    (`model_not_found`), checked before anything is stored; a listed model this server has no
    upstream for answers `422` (`upstream_not_configured`) when it has to answer.

    Args:
        idempotency_key (str | Unset):
        body (WorkspaceCreateRequest | Unset): What to open a workspace with. Every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceWithMessages
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
