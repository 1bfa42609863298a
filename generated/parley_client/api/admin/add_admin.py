from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_admin_request import AddAdminRequest
from ...models.admin import Admin
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    body: AddAdminRequest | Mapping[str, Any],
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `add_admin` (POST /v1/admin/admins), as keyword arguments of `httpx.Client.request`.

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
        "url": "/v1/admin/admins",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Admin | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = Admin.from_dict(response.json())

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
) -> Response[Admin | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddAdminRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Admin | ErrorResponse]:
    """Add an administrator

     Admin only (`403` for user keys). Makes the user `workos_id` a platform administrator: an
    admin's `workos_id` is the `user_id` that API keys belong to, so from now on every key of
    that user has admin rights (whatever its `role`). `created_by` is the caller's user id.
    `409` (`admin_exists`) when the email, or the `workos_id`, is already an administrator.
    Written to the audit log as `admin.add`.

    Args:
        idempotency_key (str | Unset):
        body (AddAdminRequest): The user to make an administrator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Admin | ErrorResponse]
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
    client: AuthenticatedClient,
    body: AddAdminRequest,
    idempotency_key: str | Unset = UNSET,
) -> Admin | ErrorResponse | None:
    """Add an administrator

     Admin only (`403` for user keys). Makes the user `workos_id` a platform administrator: an
    admin's `workos_id` is the `user_id` that API keys belong to, so from now on every key of
    that user has admin rights (whatever its `role`). `created_by` is the caller's user id.
    `409` (`admin_exists`) when the email, or the `workos_id`, is already an administrator.
    Written to the audit log as `admin.add`.

    Args:
        idempotency_key (str | Unset):
        body (AddAdminRequest): The user to make an administrator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Admin | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddAdminRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Admin | ErrorResponse]:
    """Add an administrator

     Admin only (`403` for user keys). Makes the user `workos_id` a platform administrator: an
    admin's `workos_id` is the `user_id` that API keys belong to, so from now on every key of
    that user has admin rights (whatever its `role`). `created_by` is the caller's user id.
    `409` (`admin_exists`) when the email, or the `workos_id`, is already an administrator.
    Written to the audit log as `admin.add`.

    Args:
        idempotency_key (str | Unset):
        body (AddAdminRequest): The user to make an administrator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Admin | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddAdminRequest,
    idempotency_key: str | Unset = UNSET,
) -> Admin | ErrorResponse | None:
    """Add an administrator

     Admin only (`403` for user keys). Makes the user `workos_id` a platform administrator: an
    admin's `workos_id` is the `user_id` that API keys belong to, so from now on every key of
    that user has admin rights (whatever its `role`). `created_by` is the caller's user id.
    `409` (`admin_exists`) when the email, or the `workos_id`, is already an administrator.
    Written to the audit log as `admin.add`.

    Args:
        idempotency_key (str | Unset):
        body (AddAdminRequest): The user to make an administrator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Admin | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
