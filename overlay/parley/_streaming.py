"""Opening server-sent event streams: where the clients' streaming methods meet `_stream`/`_run_stream`.

Every method that streams calls `Parley._stream` (a completion: `open_stream`) or
`Parley._run_stream` (a thread run: `open_run_stream`), and the async twins. The request goes
through the client's pipeline like any other (auth, retries of the initial request, idempotency,
typed errors); what comes back is the unread 2xx response, wrapped here in its stream object.

For a stream the read timeout is `stream_idle_timeout` (the client's, or the call's): httpx
applies it to every read of the socket, so it fires when no byte at all (heartbeats included)
has arrived for that long; `None` waits forever. Connect, write and pool timeouts stay the call's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._call import Prepared, prepare
from ._errors import APIError, decode_body
from ._thread_events import decode_thread_event
from ._types import RequestOptions

if TYPE_CHECKING:
    from ._client import AsyncParley, Parley
    from ._pipeline import AsyncPipeline, Pipeline
    from ._run_stream import AsyncThreadRunStream, ThreadRunStream
    from ._stream import AsyncStream, Stream

__all__ = [
    "aopen_run_stream",
    "aopen_stream",
    "decode_thread_event",
    "open_run_stream",
    "open_stream",
    "stream_prepared",
]

_CARRIED = ("extra_headers", "timeout", "stream_idle_timeout")
"""The options of a run's first request that its reconnects (and `cancel`, `retrieve`) keep."""


def stream_prepared(
    base_url: str,
    kwargs: Mapping[str, Any],
    options: RequestOptions,
    timeout: httpx.Timeout,
    idle_timeout: float | None,
) -> Prepared:
    """The prepared call for a stream: `Accept: text/event-stream`, the idle timeout as read timeout."""
    prepared = prepare(base_url, kwargs, options, timeout)
    prepared.headers.setdefault("accept", "text/event-stream")
    idle = options.get("stream_idle_timeout", idle_timeout) if options else idle_timeout
    prepared.timeout = httpx.Timeout(
        connect=prepared.timeout.connect, read=check_idle_timeout(idle), write=prepared.timeout.write,
        pool=prepared.timeout.pool,
    )  # fmt: skip
    return prepared


def check_idle_timeout(value: Any) -> float | None:
    """A valid `stream_idle_timeout`: seconds > 0, or None (no limit)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"stream_idle_timeout must be a number of seconds > 0 or None, got {value!r}")
    return float(value)


def open_stream(pipeline: Pipeline, prepared: Prepared, decode: Callable[[Any], Any]) -> Stream[Any]:
    """Send a streaming completion request; its response as a `Stream` of `decode`d chunks."""
    from ._stream import Stream

    response = pipeline.send(prepared, stream=True)
    _expect_event_stream(response)
    return Stream(response, decode, idle_timeout=prepared.timeout.read)


async def aopen_stream(pipeline: AsyncPipeline, prepared: Prepared, decode: Callable[[Any], Any]) -> AsyncStream[Any]:
    """The async `open_stream`."""
    from ._stream import AsyncStream

    response = await pipeline.send(prepared, stream=True)
    await _aexpect_event_stream(response)
    return AsyncStream(response, decode, idle_timeout=prepared.timeout.read)


def open_run_stream(
    client: Parley, prepared: Prepared, thread_id: str, options: RequestOptions, *, run_id: str | None, after: int
) -> ThreadRunStream:
    """Send a request that answers a run's events; its response as a resumable `ThreadRunStream`."""
    from parley_client.api.threads import stream_thread_run_events

    from ._run_stream import RunLink, ThreadRunStream

    carried: Any = {name: options[name] for name in _CARRIED if name in options}  # type: ignore[literal-required]

    def open_events(run: str, last_event_id: str) -> httpx.Response:
        kwargs = stream_thread_run_events._get_kwargs(thread_id, run, last_event_id=last_event_id)
        response = client._pipeline.send(client._stream_prepared(kwargs, carried), stream=True)
        _expect_event_stream(response)
        return response

    link = RunLink(
        open_events,
        lambda: client.threads(thread_id).cancel(**carried),
        lambda run: client.threads(thread_id).runs(run).retrieve(**carried),
        client.max_retries,
    )
    response = client._pipeline.send(prepared, stream=True)
    _expect_event_stream(response)
    return ThreadRunStream(response, link, run_id=run_id, after=after, idle_timeout=prepared.timeout.read)


async def aopen_run_stream(
    client: AsyncParley, prepared: Prepared, thread_id: str, options: RequestOptions, *, run_id: str | None, after: int
) -> AsyncThreadRunStream:
    """The async `open_run_stream`."""
    from parley_client.api.threads import stream_thread_run_events

    from ._run_stream import AsyncThreadRunStream, RunLink

    carried: Any = {name: options[name] for name in _CARRIED if name in options}  # type: ignore[literal-required]

    async def open_events(run: str, last_event_id: str) -> httpx.Response:
        kwargs = stream_thread_run_events._get_kwargs(thread_id, run, last_event_id=last_event_id)
        response = await client._pipeline.send(client._stream_prepared(kwargs, carried), stream=True)
        await _aexpect_event_stream(response)
        return response

    link = RunLink(
        open_events,
        lambda: client.threads(thread_id).cancel(**carried),
        lambda run: client.threads(thread_id).runs(run).retrieve(**carried),
        client.max_retries,
    )
    response = await client._pipeline.send(prepared, stream=True)
    await _aexpect_event_stream(response)
    return AsyncThreadRunStream(response, link, run_id=run_id, after=after, idle_timeout=prepared.timeout.read)


def _is_event_stream(response: httpx.Response) -> bool:
    content_type = str(response.headers.get("content-type", ""))
    return content_type.split(";")[0].strip().lower() == "text/event-stream"


def _not_an_event_stream(response: httpx.Response) -> APIError:
    request = response.request
    kind = response.headers.get("content-type", "no content type")
    return APIError(
        f"Expected a text/event-stream answer to {request.method} {request.url.path}, got {kind} "
        f"[request id {response.headers.get('x-request-id', 'unknown')}]",
        request,
        body=decode_body(response),
    )


def _expect_event_stream(response: httpx.Response) -> None:
    if not _is_event_stream(response):
        try:
            response.read()
        finally:
            response.close()
        raise _not_an_event_stream(response)


async def _aexpect_event_stream(response: httpx.Response) -> None:
    if not _is_event_stream(response):
        try:
            await response.aread()
        finally:
            await response.aclose()
        raise _not_an_event_stream(response)
