from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment import Attachment
from ...models.attachment_upload_request import AttachmentUploadRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    body: AttachmentUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `upload_attachment` (POST /v1/attachments), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/attachments",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Attachment | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = Attachment.from_dict(response.json())

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
) -> Response[Attachment | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AttachmentUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Attachment | ErrorResponse]:
    """Upload an attachment

     Stores an uploaded file (at most 10 MiB by default; larger is a 413) and answers its
    metadata: `size` in bytes, the hex `sha256` of the content, and `mime_type` from the file
    part's `Content-Type` (else guessed from the name, else `application/octet-stream`).
    `name` defaults to the uploaded filename. With `thread_id` the attachment belongs to that
    thread (404 when it is not one of the caller's threads) and is deleted with it. Reference
    it from a user message's `attachment_ids`.

    Args:
        idempotency_key (str | Unset):
        body (AttachmentUploadRequest): The multipart body of `upload_attachment`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Attachment | ErrorResponse]
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
    body: AttachmentUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Attachment | ErrorResponse | None:
    """Upload an attachment

     Stores an uploaded file (at most 10 MiB by default; larger is a 413) and answers its
    metadata: `size` in bytes, the hex `sha256` of the content, and `mime_type` from the file
    part's `Content-Type` (else guessed from the name, else `application/octet-stream`).
    `name` defaults to the uploaded filename. With `thread_id` the attachment belongs to that
    thread (404 when it is not one of the caller's threads) and is deleted with it. Reference
    it from a user message's `attachment_ids`.

    Args:
        idempotency_key (str | Unset):
        body (AttachmentUploadRequest): The multipart body of `upload_attachment`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Attachment | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AttachmentUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[Attachment | ErrorResponse]:
    """Upload an attachment

     Stores an uploaded file (at most 10 MiB by default; larger is a 413) and answers its
    metadata: `size` in bytes, the hex `sha256` of the content, and `mime_type` from the file
    part's `Content-Type` (else guessed from the name, else `application/octet-stream`).
    `name` defaults to the uploaded filename. With `thread_id` the attachment belongs to that
    thread (404 when it is not one of the caller's threads) and is deleted with it. Reference
    it from a user message's `attachment_ids`.

    Args:
        idempotency_key (str | Unset):
        body (AttachmentUploadRequest): The multipart body of `upload_attachment`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Attachment | ErrorResponse]
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
    body: AttachmentUploadRequest,
    idempotency_key: str | Unset = UNSET,
) -> Attachment | ErrorResponse | None:
    """Upload an attachment

     Stores an uploaded file (at most 10 MiB by default; larger is a 413) and answers its
    metadata: `size` in bytes, the hex `sha256` of the content, and `mime_type` from the file
    part's `Content-Type` (else guessed from the name, else `application/octet-stream`).
    `name` defaults to the uploaded filename. With `thread_id` the attachment belongs to that
    thread (404 when it is not one of the caller's threads) and is deleted with it. Reference
    it from a user message's `attachment_ids`.

    Args:
        idempotency_key (str | Unset):
        body (AttachmentUploadRequest): The multipart body of `upload_attachment`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Attachment | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
