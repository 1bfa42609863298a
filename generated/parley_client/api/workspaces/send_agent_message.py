from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.agent_message_request import AgentMessageRequest
from ...models.error_response import ErrorResponse
from ...models.workspace_message import WorkspaceMessage
from ...types import UNSET, Response, Unset


def request_kwargs(
    workspace_id: str,
    *,
    body: AgentMessageRequest | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `send_agent_message` (POST /v1/workspaces/{workspace_id}/agent-messages), as keyword arguments of `httpx.Client.request`.

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
        "url": "/v1/workspaces/{workspace_id}/agent-messages".format(
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
) -> ErrorResponse | WorkspaceMessage | None:
    if response.status_code == 201:
        response_201 = WorkspaceMessage.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ErrorResponse | WorkspaceMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    body: AgentMessageRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkspaceMessage]:
    """Answer as a human agent

     Manager action (admin key, `403` otherwise). Delivers `content` to the conversation at
    once as a `human` message (a human agent speaking), in any mode; this is how takeover-mode
    workspaces are answered. Pending drafts are left as they are. An ended workspace answers
    `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (AgentMessageRequest): A message written by a human agent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceMessage]
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
    client: AuthenticatedClient,
    body: AgentMessageRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkspaceMessage | None:
    """Answer as a human agent

     Manager action (admin key, `403` otherwise). Delivers `content` to the conversation at
    once as a `human` message (a human agent speaking), in any mode; this is how takeover-mode
    workspaces are answered. Pending drafts are left as they are. An ended workspace answers
    `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (AgentMessageRequest): A message written by a human agent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceMessage
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
    client: AuthenticatedClient,
    body: AgentMessageRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | WorkspaceMessage]:
    """Answer as a human agent

     Manager action (admin key, `403` otherwise). Delivers `content` to the conversation at
    once as a `human` message (a human agent speaking), in any mode; this is how takeover-mode
    workspaces are answered. Pending drafts are left as they are. An ended workspace answers
    `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (AgentMessageRequest): A message written by a human agent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkspaceMessage]
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
    client: AuthenticatedClient,
    body: AgentMessageRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | WorkspaceMessage | None:
    """Answer as a human agent

     Manager action (admin key, `403` otherwise). Delivers `content` to the conversation at
    once as a `human` message (a human agent speaking), in any mode; this is how takeover-mode
    workspaces are answered. Pending drafts are left as they are. An ended workspace answers
    `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        idempotency_key (str | Unset):
        body (AgentMessageRequest): A message written by a human agent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkspaceMessage
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
