from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.deleted_object import DeletedObject
from ...models.error_response import ErrorResponse
from ...types import Response


def request_kwargs(
    email: str,
) -> dict[str, Any]:
    """The request of `remove_admin` (DELETE /v1/admin/admins/{email}), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/admin/admins/{email}".format(
            email=path_segment(email, "email"),
        ),
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeletedObject | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeletedObject.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[DeletedObject | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    email: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeletedObject | ErrorResponse]:
    """Remove an administrator

     Admin only (`403` for user keys). Removes the administrator with this email (exact
    match; URL-encode it, e.g. `ops%40example.com`). That user's keys lose the admin rights
    they had through the administrator list (keys created with `role: admin` keep theirs;
    revoke them with `revoke_api_key`). `409` (`cannot_remove_self`) when the administrator's
    `workos_id` is the calling key's `user_id`, so a caller can never lock itself out. `404`
    when no administrator has this email. Written to the audit log as `admin.remove`.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedObject | ErrorResponse]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email: str,
    *,
    client: AuthenticatedClient,
) -> DeletedObject | ErrorResponse | None:
    """Remove an administrator

     Admin only (`403` for user keys). Removes the administrator with this email (exact
    match; URL-encode it, e.g. `ops%40example.com`). That user's keys lose the admin rights
    they had through the administrator list (keys created with `role: admin` keep theirs;
    revoke them with `revoke_api_key`). `409` (`cannot_remove_self`) when the administrator's
    `workos_id` is the calling key's `user_id`, so a caller can never lock itself out. `404`
    when no administrator has this email. Written to the audit log as `admin.remove`.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedObject | ErrorResponse
    """

    return sync_detailed(
        email=email,
        client=client,
    ).parsed


async def asyncio_detailed(
    email: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeletedObject | ErrorResponse]:
    """Remove an administrator

     Admin only (`403` for user keys). Removes the administrator with this email (exact
    match; URL-encode it, e.g. `ops%40example.com`). That user's keys lose the admin rights
    they had through the administrator list (keys created with `role: admin` keep theirs;
    revoke them with `revoke_api_key`). `409` (`cannot_remove_self`) when the administrator's
    `workos_id` is the calling key's `user_id`, so a caller can never lock itself out. `404`
    when no administrator has this email. Written to the audit log as `admin.remove`.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeletedObject | ErrorResponse]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email: str,
    *,
    client: AuthenticatedClient,
) -> DeletedObject | ErrorResponse | None:
    """Remove an administrator

     Admin only (`403` for user keys). Removes the administrator with this email (exact
    match; URL-encode it, e.g. `ops%40example.com`). That user's keys lose the admin rights
    they had through the administrator list (keys created with `role: admin` keep theirs;
    revoke them with `revoke_api_key`). `409` (`cannot_remove_self`) when the administrator's
    `workos_id` is the calling key's `user_id`, so a caller can never lock itself out. `404`
    when no administrator has this email. Written to the audit log as `admin.remove`.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeletedObject | ErrorResponse
    """

    return (
        await asyncio_detailed(
            email=email,
            client=client,
        )
    ).parsed
