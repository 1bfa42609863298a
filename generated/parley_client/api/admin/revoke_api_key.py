from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.api_key import ApiKey
from ...models.error_response import ErrorResponse
from ...types import Response


def request_kwargs(
    key_id: str,
) -> dict[str, Any]:
    """The request of `revoke_api_key` (DELETE /v1/admin/api-keys/{key_id}), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/admin/api-keys/{key_id}".format(
            key_id=path_segment(key_id, "key_id"),
        ),
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiKey | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiKey.from_dict(response.json())

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
) -> Response[ApiKey | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiKey | ErrorResponse]:
    """Revoke an API key

     Admin only (`403` for user keys). Revokes the key: from now on every request made with it
    answers `401`. Returns the key with `revoked_at` set. `409` (`cannot_revoke_self`) when
    this is the key making the request. `404` when the key is unknown or already revoked.
    Written to the audit log as `api_key.revoke`.

    Args:
        key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ErrorResponse]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiKey | ErrorResponse | None:
    """Revoke an API key

     Admin only (`403` for user keys). Revokes the key: from now on every request made with it
    answers `401`. Returns the key with `revoked_at` set. `409` (`cannot_revoke_self`) when
    this is the key making the request. `404` when the key is unknown or already revoked.
    Written to the audit log as `api_key.revoke`.

    Args:
        key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ErrorResponse
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiKey | ErrorResponse]:
    """Revoke an API key

     Admin only (`403` for user keys). Revokes the key: from now on every request made with it
    answers `401`. Returns the key with `revoked_at` set. `409` (`cannot_revoke_self`) when
    this is the key making the request. `404` when the key is unknown or already revoked.
    Written to the audit log as `api_key.revoke`.

    Args:
        key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKey | ErrorResponse]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient,
) -> ApiKey | ErrorResponse | None:
    """Revoke an API key

     Admin only (`403` for user keys). Revokes the key: from now on every request made with it
    answers `401`. Returns the key with `revoked_at` set. `409` (`cannot_revoke_self`) when
    this is the key making the request. `404` when the key is unknown or already revoked.
    Written to the audit log as `api_key.revoke`.

    Args:
        key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKey | ErrorResponse
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
        )
    ).parsed
