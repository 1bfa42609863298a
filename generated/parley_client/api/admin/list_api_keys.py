from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_list import ApiKeyList
from ...models.error_response import ErrorResponse
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    user_id: str | Unset = UNSET,
    include_revoked: bool | Unset = False,
) -> dict[str, Any]:
    """The request of `list_api_keys` (GET /v1/admin/api-keys), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["user_id"] = user_id

    params["include_revoked"] = include_revoked

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/api-keys",
        "params": params,
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApiKeyList.from_dict(response.json())

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
) -> Response[ApiKeyList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    user_id: str | Unset = UNSET,
    include_revoked: bool | Unset = False,
) -> Response[ApiKeyList | ErrorResponse]:
    """List API keys

     Admin only (`403` for user keys). Lists API keys as a cursor page, newest first by
    default. Secrets are never returned here. Revoked keys are left out unless
    `include_revoked` is true; `user_id` narrows the list to one user's keys.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        user_id (str | Unset):
        include_revoked (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        order=order,
        user_id=user_id,
        include_revoked=include_revoked,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    user_id: str | Unset = UNSET,
    include_revoked: bool | Unset = False,
) -> ApiKeyList | ErrorResponse | None:
    """List API keys

     Admin only (`403` for user keys). Lists API keys as a cursor page, newest first by
    default. Secrets are never returned here. Revoked keys are left out unless
    `include_revoked` is true; `user_id` narrows the list to one user's keys.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        user_id (str | Unset):
        include_revoked (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        order=order,
        user_id=user_id,
        include_revoked=include_revoked,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    user_id: str | Unset = UNSET,
    include_revoked: bool | Unset = False,
) -> Response[ApiKeyList | ErrorResponse]:
    """List API keys

     Admin only (`403` for user keys). Lists API keys as a cursor page, newest first by
    default. Secrets are never returned here. Revoked keys are left out unless
    `include_revoked` is true; `user_id` narrows the list to one user's keys.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        user_id (str | Unset):
        include_revoked (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        order=order,
        user_id=user_id,
        include_revoked=include_revoked,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    after: str | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    user_id: str | Unset = UNSET,
    include_revoked: bool | Unset = False,
) -> ApiKeyList | ErrorResponse | None:
    """List API keys

     Admin only (`403` for user keys). Lists API keys as a cursor page, newest first by
    default. Secrets are never returned here. Revoked keys are left out unless
    `include_revoked` is true; `user_id` narrows the list to one user's keys.

    Args:
        limit (int | Unset):  Default: 20.
        after (str | Unset):
        order (SortOrder | Unset): Sort order by creation time, oldest first (`asc`) or newest
            first (`desc`).
        user_id (str | Unset):
        include_revoked (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            order=order,
            user_id=user_id,
            include_revoked=include_revoked,
        )
    ).parsed
