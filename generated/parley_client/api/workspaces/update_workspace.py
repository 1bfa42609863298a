from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workspace import Workspace
from ...models.workspace_update_request import WorkspaceUpdateRequest
from ...types import Response


def request_kwargs(
    workspace_id: str,
    *,
    body: WorkspaceUpdateRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The request of `update_workspace` (PATCH /v1/workspaces/{workspace_id}), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    `body` is the model or the JSON object itself (a mapping, sent as it is: unknown keys included,
    for the server to judge).
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/workspaces/{workspace_id}".format(
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
) -> ErrorResponse | Workspace | None:
    if response.status_code == 200:
        response_200 = Workspace.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | Workspace]:
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
    body: WorkspaceUpdateRequest,
) -> Response[ErrorResponse | Workspace]:
    """Change a workspace's mode, metadata or context

     Updates the given fields of an active workspace; omitted fields keep their value.
    `metadata` and `context` replace the stored objects as a whole.

    - Sending `mode` needs an admin key (a manager action): a user key that sends `mode` gets
      `403`, even when it equals the current mode. A real mode change is written to the audit
      log as `workspace.mode_change` (metadata `{from, to}`). Drafts already pending stay
      pending after a mode change; a manager still approves or rejects them.
    - An ended workspace cannot change: `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        body (WorkspaceUpdateRequest): The workspace fields to change; omitted fields keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Workspace]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceUpdateRequest,
) -> ErrorResponse | Workspace | None:
    """Change a workspace's mode, metadata or context

     Updates the given fields of an active workspace; omitted fields keep their value.
    `metadata` and `context` replace the stored objects as a whole.

    - Sending `mode` needs an admin key (a manager action): a user key that sends `mode` gets
      `403`, even when it equals the current mode. A real mode change is written to the audit
      log as `workspace.mode_change` (metadata `{from, to}`). Drafts already pending stay
      pending after a mode change; a manager still approves or rejects them.
    - An ended workspace cannot change: `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        body (WorkspaceUpdateRequest): The workspace fields to change; omitted fields keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Workspace
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceUpdateRequest,
) -> Response[ErrorResponse | Workspace]:
    """Change a workspace's mode, metadata or context

     Updates the given fields of an active workspace; omitted fields keep their value.
    `metadata` and `context` replace the stored objects as a whole.

    - Sending `mode` needs an admin key (a manager action): a user key that sends `mode` gets
      `403`, even when it equals the current mode. A real mode change is written to the audit
      log as `workspace.mode_change` (metadata `{from, to}`). Drafts already pending stay
      pending after a mode change; a manager still approves or rejects them.
    - An ended workspace cannot change: `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        body (WorkspaceUpdateRequest): The workspace fields to change; omitted fields keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Workspace]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceUpdateRequest,
) -> ErrorResponse | Workspace | None:
    """Change a workspace's mode, metadata or context

     Updates the given fields of an active workspace; omitted fields keep their value.
    `metadata` and `context` replace the stored objects as a whole.

    - Sending `mode` needs an admin key (a manager action): a user key that sends `mode` gets
      `403`, even when it equals the current mode. A real mode change is written to the audit
      log as `workspace.mode_change` (metadata `{from, to}`). Drafts already pending stay
      pending after a mode change; a manager still approves or rejects them.
    - An ended workspace cannot change: `409` (`workspace_ended`).

    Args:
        workspace_id (str):
        body (WorkspaceUpdateRequest): The workspace fields to change; omitted fields keep their
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Workspace
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
