from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.caller import Caller
from ...models.error_response import ErrorResponse
from ...types import Response


def request_kwargs() -> dict[str, Any]:
    """The request of `get_caller` (GET /v1/me), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/me",
    }

    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Caller | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Caller.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[Caller | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Caller | ErrorResponse]:
    """Describe the calling API key

     Who is calling: the key's id, the user it acts for, and its `role`, the rights it has right
    now (`admin` for an admin key or a key of a listed administrator, else `user`). Operations
    that need admin rights say so in their `security` requirement (`bearerAuth: [admin]`) and
    answer `403` to a `user` key; a client (or a contract test) learns a key's rights here
    instead of guessing from a refusal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Caller | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Caller | ErrorResponse | None:
    """Describe the calling API key

     Who is calling: the key's id, the user it acts for, and its `role`, the rights it has right
    now (`admin` for an admin key or a key of a listed administrator, else `user`). Operations
    that need admin rights say so in their `security` requirement (`bearerAuth: [admin]`) and
    answer `403` to a `user` key; a client (or a contract test) learns a key's rights here
    instead of guessing from a refusal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Caller | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Caller | ErrorResponse]:
    """Describe the calling API key

     Who is calling: the key's id, the user it acts for, and its `role`, the rights it has right
    now (`admin` for an admin key or a key of a listed administrator, else `user`). Operations
    that need admin rights say so in their `security` requirement (`bearerAuth: [admin]`) and
    answer `403` to a `user` key; a client (or a contract test) learns a key's rights here
    instead of guessing from a refusal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Caller | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Caller | ErrorResponse | None:
    """Describe the calling API key

     Who is calling: the key's id, the user it acts for, and its `role`, the rights it has right
    now (`admin` for an admin key or a key of a listed administrator, else `user`). Operations
    that need admin rights say so in their `security` requirement (`bearerAuth: [admin]`) and
    answer `403` to a `user` key; a client (or a contract test) learns a key's rights here
    instead of guessing from a refusal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Caller | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
