from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workspace_message_request import WorkspaceMessageRequest
from ...models.workspace_send_result import WorkspaceSendResult
from ...types import UNSET, Response, Unset


def request_kwargs(
    workspace_id: str,
    *,
    body: WorkspaceMessageRequest | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `send_workspace_message` (POST /v1/workspaces/{workspace_id}/messages), as keyword arguments of `httpx.Client.request`.

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
        "url": "/v1/workspaces/{workspace_id}/messages".format(
            workspace_id=path_segment(workspace_id, "workspace_id"),
        ),
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkspaceSendResult | None:
    if response.status_code == 200:
        response_200 = WorkspaceSendResult.from_dict(response.json())

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
) -> Response[ErrorResponse | WorkspaceSendResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceMessageRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkspaceSendResult]:
    """Send an end-customer message to a workspace

     Stores `content` as a `user` message (the end customer speaking) and answers according to
    the workspace's mode:

    - `ai`: the AI answers at once; `responses` holds the delivered `ai` message,
      `pending_approval` is false and `draft` is null.
    - `shadow`: the AI's answer is stored as a pending draft (`pending_approval: true`,
      `draft` set, `responses` empty). It reaches the conversation only when a manager
      approves it (`approve_workspace_draft`).
    - `takeover`: only the user message is stored (`responses` empty, `pending_approval`
      false, `draft` null); a human agent answers later with `send_agent_message`.

    `model` and `max_tokens` apply to this answer only (default: the workspace's model).
    `metadata` is kept with the user message in the server's records. Sending clears the
    workspace's typing preview. An ended workspace answers `409` (`workspace_ended`); an
    unknown `model` answers `404` (`model_not_found`), checked before anything is stored; a
    listed model this server has no upstream for answers `422` (`upstream_not_configured`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (WorkspaceMessageRequest): An end-customer message to send to a workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceSendResult]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceMessageRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkspaceSendResult | None:
    """Send an end-customer message to a workspace

     Stores `content` as a `user` message (the end customer speaking) and answers according to
    the workspace's mode:

    - `ai`: the AI answers at once; `responses` holds the delivered `ai` message,
      `pending_approval` is false and `draft` is null.
    - `shadow`: the AI's answer is stored as a pending draft (`pending_approval: true`,
      `draft` set, `responses` empty). It reaches the conversation only when a manager
      approves it (`approve_workspace_draft`).
    - `takeover`: only the user message is stored (`responses` empty, `pending_approval`
      false, `draft` null); a human agent answers later with `send_agent_message`.

    `model` and `max_tokens` apply to this answer only (default: the workspace's model).
    `metadata` is kept with the user message in the server's records. Sending clears the
    workspace's typing preview. An ended workspace answers `409` (`workspace_ended`); an
    unknown `model` answers `404` (`model_not_found`), checked before anything is stored; a
    listed model this server has no upstream for answers `422` (`upstream_not_configured`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (WorkspaceMessageRequest): An end-customer message to send to a workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceSendResult
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceMessageRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkspaceSendResult]:
    """Send an end-customer message to a workspace

     Stores `content` as a `user` message (the end customer speaking) and answers according to
    the workspace's mode:

    - `ai`: the AI answers at once; `responses` holds the delivered `ai` message,
      `pending_approval` is false and `draft` is null.
    - `shadow`: the AI's answer is stored as a pending draft (`pending_approval: true`,
      `draft` set, `responses` empty). It reaches the conversation only when a manager
      approves it (`approve_workspace_draft`).
    - `takeover`: only the user message is stored (`responses` empty, `pending_approval`
      false, `draft` null); a human agent answers later with `send_agent_message`.

    `model` and `max_tokens` apply to this answer only (default: the workspace's model).
    `metadata` is kept with the user message in the server's records. Sending clears the
    workspace's typing preview. An ended workspace answers `409` (`workspace_ended`); an
    unknown `model` answers `404` (`model_not_found`), checked before anything is stored; a
    listed model this server has no upstream for answers `422` (`upstream_not_configured`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (WorkspaceMessageRequest): An end-customer message to send to a workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceSendResult]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceMessageRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkspaceSendResult | None:
    """Send an end-customer message to a workspace

     Stores `content` as a `user` message (the end customer speaking) and answers according to
    the workspace's mode:

    - `ai`: the AI answers at once; `responses` holds the delivered `ai` message,
      `pending_approval` is false and `draft` is null.
    - `shadow`: the AI's answer is stored as a pending draft (`pending_approval: true`,
      `draft` set, `responses` empty). It reaches the conversation only when a manager
      approves it (`approve_workspace_draft`).
    - `takeover`: only the user message is stored (`responses` empty, `pending_approval`
      false, `draft` null); a human agent answers later with `send_agent_message`.

    `model` and `max_tokens` apply to this answer only (default: the workspace's model).
    `metadata` is kept with the user message in the server's records. Sending clears the
    workspace's typing preview. An ended workspace answers `409` (`workspace_ended`); an
    unknown `model` answers `404` (`model_not_found`), checked before anything is stored; a
    listed model this server has no upstream for answers `422` (`upstream_not_configured`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (WorkspaceMessageRequest): An end-customer message to send to a workspace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceSendResult
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
