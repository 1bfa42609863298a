from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._paths import path_segment
from ...client import AuthenticatedClient, Client
from ...models.error_frame import ErrorFrame
from ...models.error_response import ErrorResponse
from ...models.item_created_frame import ItemCreatedFrame
from ...models.item_delta_frame import ItemDeltaFrame
from ...models.item_done_frame import ItemDoneFrame
from ...models.progress_update_frame import ProgressUpdateFrame
from ...models.run_cancelled_frame import RunCancelledFrame
from ...models.run_completed_frame import RunCompletedFrame
from ...models.run_created_frame import RunCreatedFrame
from ...models.run_failed_frame import RunFailedFrame
from ...types import UNSET, Response, Unset


def request_kwargs(
    thread_id: str,
    run_id: str,
    *,
    after: int | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The request of `stream_thread_run_events` (GET /v1/threads/{thread_id}/runs/{run_id}/events), as keyword arguments of `httpx.Client.request`.

    Takes the parameters of `sync_detailed` but `client`, and answers `method`, `url` and, where the
    operation has them, `params`, `cookies`, `headers` and the body (`json`, `data`, `files` or
    `content`): what `sync_detailed` sends, for a caller that sends it itself (streams, retries).
    """
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    params: dict[str, Any] = {}

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/threads/{thread_id}/runs/{run_id}/events".format(
            thread_id=path_segment(thread_id, "thread_id"),
            run_id=path_segment(run_id, "run_id"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = request_kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorFrame
    | ItemCreatedFrame
    | ItemDeltaFrame
    | ItemDoneFrame
    | ProgressUpdateFrame
    | RunCancelledFrame
    | RunCompletedFrame
    | RunCreatedFrame
    | RunFailedFrame
    | ErrorResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ErrorFrame
            | ItemCreatedFrame
            | ItemDeltaFrame
            | ItemDoneFrame
            | ProgressUpdateFrame
            | RunCancelledFrame
            | RunCompletedFrame
            | RunCreatedFrame
            | RunFailedFrame
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_event_frame_type_0 = RunCreatedFrame.from_dict(data)

                return componentsschemas_thread_event_frame_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_event_frame_type_1 = ItemCreatedFrame.from_dict(data)

                return componentsschemas_thread_event_frame_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_event_frame_type_2 = ItemDeltaFrame.from_dict(data)

                return componentsschemas_thread_event_frame_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_event_frame_type_3 = ItemDoneFrame.from_dict(data)

                return componentsschemas_thread_event_frame_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_event_frame_type_4 = ProgressUpdateFrame.from_dict(data)

                return componentsschemas_thread_event_frame_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_event_frame_type_5 = RunCompletedFrame.from_dict(data)

                return componentsschemas_thread_event_frame_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_event_frame_type_6 = RunCancelledFrame.from_dict(data)

                return componentsschemas_thread_event_frame_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_event_frame_type_7 = RunFailedFrame.from_dict(data)

                return componentsschemas_thread_event_frame_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_thread_event_frame_type_8 = ErrorFrame.from_dict(data)

            return componentsschemas_thread_event_frame_type_8

        response_200 = _parse_response_200(response.text)

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
) -> Response[
    ErrorFrame
    | ItemCreatedFrame
    | ItemDeltaFrame
    | ItemDoneFrame
    | ProgressUpdateFrame
    | RunCancelledFrame
    | RunCompletedFrame
    | RunCreatedFrame
    | RunFailedFrame
    | ErrorResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[
    ErrorFrame
    | ItemCreatedFrame
    | ItemDeltaFrame
    | ItemDoneFrame
    | ProgressUpdateFrame
    | RunCancelledFrame
    | RunCompletedFrame
    | RunCreatedFrame
    | RunFailedFrame
    | ErrorResponse
]:
    """Stream (or resume) a run's events

     Replays every event of the run whose sequence number is greater than `Last-Event-ID` (or
    the `after` query parameter; the header wins when both are given; all events when neither
    is), in order and with the same `id:`, `event:` and `data:` as first sent, then follows the
    run's live events until it ends. A finished run's stream simply ends after the replay.
    Use it to resume a `chat_thread` stream after a dropped connection. Any number of clients
    may follow the same run; following never cancels it.

    Args:
        thread_id (str):
        run_id (str):
        after (int | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorFrame | ItemCreatedFrame | ItemDeltaFrame | ItemDoneFrame | ProgressUpdateFrame | RunCancelledFrame | RunCompletedFrame | RunCreatedFrame | RunFailedFrame | ErrorResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        after=after,
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> (
    ErrorFrame
    | ItemCreatedFrame
    | ItemDeltaFrame
    | ItemDoneFrame
    | ProgressUpdateFrame
    | RunCancelledFrame
    | RunCompletedFrame
    | RunCreatedFrame
    | RunFailedFrame
    | ErrorResponse
    | None
):
    """Stream (or resume) a run's events

     Replays every event of the run whose sequence number is greater than `Last-Event-ID` (or
    the `after` query parameter; the header wins when both are given; all events when neither
    is), in order and with the same `id:`, `event:` and `data:` as first sent, then follows the
    run's live events until it ends. A finished run's stream simply ends after the replay.
    Use it to resume a `chat_thread` stream after a dropped connection. Any number of clients
    may follow the same run; following never cancels it.

    Args:
        thread_id (str):
        run_id (str):
        after (int | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorFrame | ItemCreatedFrame | ItemDeltaFrame | ItemDoneFrame | ProgressUpdateFrame | RunCancelledFrame | RunCompletedFrame | RunCreatedFrame | RunFailedFrame | ErrorResponse
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
        after=after,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[
    ErrorFrame
    | ItemCreatedFrame
    | ItemDeltaFrame
    | ItemDoneFrame
    | ProgressUpdateFrame
    | RunCancelledFrame
    | RunCompletedFrame
    | RunCreatedFrame
    | RunFailedFrame
    | ErrorResponse
]:
    """Stream (or resume) a run's events

     Replays every event of the run whose sequence number is greater than `Last-Event-ID` (or
    the `after` query parameter; the header wins when both are given; all events when neither
    is), in order and with the same `id:`, `event:` and `data:` as first sent, then follows the
    run's live events until it ends. A finished run's stream simply ends after the replay.
    Use it to resume a `chat_thread` stream after a dropped connection. Any number of clients
    may follow the same run; following never cancels it.

    Args:
        thread_id (str):
        run_id (str):
        after (int | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorFrame | ItemCreatedFrame | ItemDeltaFrame | ItemDoneFrame | ProgressUpdateFrame | RunCancelledFrame | RunCompletedFrame | RunCreatedFrame | RunFailedFrame | ErrorResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        after=after,
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: int | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> (
    ErrorFrame
    | ItemCreatedFrame
    | ItemDeltaFrame
    | ItemDoneFrame
    | ProgressUpdateFrame
    | RunCancelledFrame
    | RunCompletedFrame
    | RunCreatedFrame
    | RunFailedFrame
    | ErrorResponse
    | None
):
    """Stream (or resume) a run's events

     Replays every event of the run whose sequence number is greater than `Last-Event-ID` (or
    the `after` query parameter; the header wins when both are given; all events when neither
    is), in order and with the same `id:`, `event:` and `data:` as first sent, then follows the
    run's live events until it ends. A finished run's stream simply ends after the replay.
    Use it to resume a `chat_thread` stream after a dropped connection. Any number of clients
    may follow the same run; following never cancels it.

    Args:
        thread_id (str):
        run_id (str):
        after (int | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorFrame | ItemCreatedFrame | ItemDeltaFrame | ItemDoneFrame | ProgressUpdateFrame | RunCancelledFrame | RunCompletedFrame | RunCreatedFrame | RunFailedFrame | ErrorResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
            after=after,
            last_event_id=last_event_id,
        )
    ).parsed
