"""`ThreadRunStream` / `AsyncThreadRunStream`: a thread run's events, typed, resumed after a drop.

```python
stream = client.threads(thread_id).chat("Where is my order?")
print(stream.run_id)                      # from the X-Run-Id header, before any event
for event in stream:                      # RunCreatedEvent, ItemDoneEvent, ItemDeltaEvent, ...
    ...
result = stream.until_done()              # the finished run and its items, as stream=False answers
```

Every event carries its sequence number as the SSE `id:`. When the connection drops (or the body
ends) before the run's final event, the stream reconnects through `stream_thread_run_events` with
`Last-Event-ID` set to the last id it delivered, waits the client's backoff before each attempt,
and skips any event it has already delivered: the caller sees each event once, in order, without
a gap. An event counts as delivered when it is handed to the caller, not when it is read off the
network. It gives up (raising `APIConnectionError`) after `max_retries` reconnects in a row that
brought no new event. Idle timeouts are not resumed: no byte for `stream_idle_timeout` seconds
raises `APITimeoutError` (re-attach later with `client.threads(t).runs(stream.run_id).events(
last_event_id=stream.last_event_id)`).

The final event is `run.completed`, `run.cancelled` or `run.failed` (yielded), or `error`, which
raises `StreamError` from the loop (`until_done()` returns the failed run instead). An `error`
frame that repeats the last event's id ends the stream, not the run: with `allow_retry` the stream
re-attaches; otherwise (`api_key_revoked`) it raises its `StreamError`, from `until_done()` too.
Events must carry their sequence number as `id:`, increasing on each connection; an event without
one, or sent twice on one connection, is an `APIError` (a contract error), never skipped or
repeated. Leaving a loop early closes the connection (the run goes on: closing never cancels it);
iterating the stream again, or `until_done()`, re-attaches where it left off, as does iterating
after `close()`.
`cancel()` cancels this run (by its id, never another run of the thread) and closes; on a run
that already ended it cancels nothing and answers the run as it ended.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .. import _retry
from .._call import json_as
from .._errors import APIConnectionError, APIError, APITimeoutError, ConflictError, ParleyError, stream_error
from .._flow import Flow, Sleep, aiterate, arun, iterate, run
from .._logs import logger
from .._pipeline import Pipeline
from .._redact import redact, secrets_of
from .._twins import twin
from .._types import RequestOptions
from ._core import StreamCore
from .sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    from parley_client.calls import Call
    from parley_client.models import ErrorEvent, ThreadRun, ThreadRunResult
    from parley_client.unions import ThreadEvent

R = TypeVar("R")

_FINAL = frozenset({"run.completed", "run.cancelled", "run.failed", "error"})
RUN_NOT_ACTIVE = "run_not_active"
"""The `ConflictError.code` of `cancel_run` for a run that already ended."""
_CARRIED = ("extra_headers", "timeout", "stream_idle_timeout")
"""The options of a run's first request that its reconnects (and `cancel`, `until_done`) keep."""


class RunCore(StreamCore):
    """A run stream's state and decisions (what was delivered, when to reconnect), shared by both classes."""

    __slots__ = (
        "carried",
        "connection_seq",
        "decoder",
        "final",
        "first_seq",
        "items",
        "last_event_id",
        "last_seq",
        "pipeline",
        "reader",
        "reconnects",
        "run_id",
        "thread_id",
    )

    def __init__(
        self,
        pipeline: Pipeline,
        response: httpx.Response,
        thread_id: str,
        options: RequestOptions,
        *,
        run_id: str | None = None,
        after: int = 0,
    ) -> None:
        super().__init__(response)
        self.pipeline = pipeline
        self.thread_id = thread_id
        self.carried: Any = {name: options[name] for name in _CARRIED if name in options}  # type: ignore[literal-required]
        self.run_id = run_id or response.headers.get("x-run-id")
        self.last_seq = after  # events up to this sequence number were delivered (or not wanted)
        self.last_event_id: str | None = str(after) if after else None
        self.first_seq: int | None = None  # the first sequence number delivered
        self.final: ThreadEvent | None = None
        self.items: dict[str, Any] = {}
        self.reconnects = 0
        self.reader: object | None = None  # the loop reading now (a `close()` ends its turn)

    def attach(self, response: httpx.Response) -> None:
        """Read `response` from now on (a new connection, a new event stream)."""
        super().attach(response)
        self.decoder = SSEDecoder()
        self.connection_seq: int | None = None  # the last sequence number this connection sent

    # -- reading -----------------------------------------------------------------------------------

    def events(self, *, raise_errors: bool = True, deliver: bool = True) -> Flow[None]:
        """The run's events from where the stream stands, each once, in order; reconnects after a drop."""
        if self.reader is not None:
            raise ParleyError("This stream is already being iterated; finish that loop first.")
        reader = self.reader = object()
        try:
            if self.closed and self.final is None:
                self.attach((yield from self.open_events(self.after)))
            while self.final is None and self.reader is reader:
                try:
                    piece = yield self.pieces
                except httpx.TransportError as exc:
                    yield from self.reconnect(exc)
                    continue
                if piece is None:
                    yield from self.reconnect(None)
                    continue
                for sse in self.decoder.feed(piece):
                    event = self.accept(sse)
                    if event is None:
                        continue
                    if event.type == "error":
                        if self.final is None:  # this stream failed, the run goes on
                            yield from self.stream_failed(event)
                            break
                        if raise_errors:
                            raise self.error(event)
                    if deliver:
                        yield event
                        if self.reader is not reader or self.closed:
                            return
            if self.reader is reader and not self.closed:
                yield from self.drain()
        finally:
            if self.reader is reader:
                self.reader = None
                yield from self.close()

    def accept(self, sse: ServerSentEvent) -> ThreadEvent | None:
        """The event to hand to the caller next (None: replayed, unknown or after the end), counted as delivered."""
        if self.final is not None:
            return None
        seq = self.sequence(sse)
        if seq is not None and seq <= self.last_seq:
            if sse.event != "error":
                return None  # a replay after a resume: delivered already
            failure = self.decode(sse)  # repeating the last id: the stream failed, not the run
            return failure if failure is not None and failure.type == "error" else None
        event = self.decode(sse)
        kind = None if event is None else event.type
        if kind != "error" and seq is not None:  # an `error` frame's id may be one no event was stored at
            self.last_seq, self.last_event_id = seq, sse.id
            if self.first_seq is None:
                self.first_seq = seq
        if event is None:
            return None
        self.reconnects = 0
        if self.run_id is None:
            self.run_id = event.run_id
        if kind in ("item.created", "item.done"):
            item = event.item  # type: ignore[union-attr]
            if kind == "item.done" or item.id not in self.items:
                self.items[item.id] = item
        elif kind in _FINAL:
            self.final = event
        return event

    def stream_failed(self, event: ErrorEvent) -> Flow[None]:
        """An `error` frame that ends this stream but not the run (it repeats the last event's id).

        With `allow_retry` (`stream_failed: resume it`) the stream re-attaches after the last event
        delivered, as after a dropped connection; otherwise (`api_key_revoked`) it raises the
        `StreamError`, also from `until_done()`: the run goes on, but this stream cannot follow it.
        """
        failure = self.error(event)
        if not event.allow_retry:
            raise failure
        yield from self.reconnect(failure)

    def sequence(self, sse: ServerSentEvent) -> int | None:
        """The event's sequence number, its SSE `id` (None for an `error` frame without one).

        A contract error when an event has none (it could not be resumed without repeating events)
        or one not after the previous event of the same connection (a server sending an event
        twice, or out of order): the stream does not hide it by skipping or repeating events.
        """
        is_error = sse.event == "error"
        if not (sse.id.isascii() and sse.id.isdigit()):
            if is_error:
                return None
            problem = f"its id {sse.id!r} is not its sequence number (the contract's ^[0-9]+$)"
            raise self.malformed(sse.data, ValueError(f"{problem}, so the stream could not resume without repeats"))
        seq = int(sse.id)
        if not is_error:
            if self.connection_seq is not None and seq <= self.connection_seq:
                raise self.malformed(
                    sse.data,
                    ValueError(
                        f"its id {seq} is not after the previous event's ({self.connection_seq}) on this connection: "
                        "the server sent an event twice or out of order"
                    ),
                )
            self.connection_seq = seq
        return seq

    def decode(self, sse: ServerSentEvent) -> ThreadEvent | None:
        """The event's generated model, chosen by its `type`; None for a type this SDK does not know."""
        from parley_client.unions import THREAD_EVENT_MODELS

        try:
            data = json.loads(sse.data)
            kind = data.get("type") if isinstance(data, dict) else None
            if not isinstance(kind, str):
                raise TypeError("an event must be an object with a string `type`")
            model = THREAD_EVENT_MODELS.get(kind)
            if model is None:
                logger.debug("skipping a thread event of unknown type %r (id %s)", kind, sse.id)
                return None
            event: ThreadEvent = model.decode(data)
            return event
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise self.malformed(sse.data, exc) from exc

    def error(self, event: ErrorEvent) -> APIError:
        """The `StreamError` for an `error` event."""
        request = self.response.request
        exc = stream_error(event.error.to_dict(), request, allow_retry=event.allow_retry)
        shown = event.to_dict()
        scrubbed = redact(shown, secrets_of(request))
        exc.event = event if scrubbed == shown else type(event).decode(scrubbed)
        return exc

    # -- connections -------------------------------------------------------------------------------

    @property
    def after(self) -> str:
        """The `Last-Event-ID` that resumes after the last event delivered."""
        return self.last_event_id or "0"

    def open_events(self, last_event_id: str) -> Flow[httpx.Response]:
        """Send `stream_thread_run_events` for the events after `last_event_id`."""
        from parley_client.api.threads import stream_thread_run_events

        kwargs = stream_thread_run_events.request_kwargs(
            self.thread_id, self.known_run_id(), last_event_id=last_event_id
        )
        return (yield from self.pipeline.open_stream(kwargs, self.carried))

    def reconnect(self, cause: BaseException | None) -> Flow[None]:
        """Close, wait, and re-attach after the last event delivered (or raise when that is not allowed)."""
        yield from self.close()
        yield Sleep(self.resume_delay(cause))
        self.attach((yield from self.open_events(self.after)))

    def resume_delay(self, cause: BaseException | None) -> float:
        """The wait before reconnecting; raises when the stream cannot or may not reconnect."""
        request = self.response.request
        what = f"{type(cause).__name__}: {cause}" if cause is not None else "the body ended before the run did"
        hint = f"re-attach with .runs({self.run_id!r}).events(last_event_id={self.last_event_id!r})"
        if isinstance(cause, httpx.TimeoutException):
            raise APITimeoutError(
                request,
                f"The run stream sent no data for {self.idle_timeout} s (stream_idle_timeout) on {self.where}; {hint}.",
            )
        if self.run_id is None:
            raise APIConnectionError(request, f"The run stream broke ({what}) before its run id was known.")
        max_retries = self.pipeline.max_retries
        if self.reconnects >= max_retries:
            raise APIConnectionError(
                request,
                f"The run stream broke ({what}) and {self.reconnects} reconnect(s) brought no new event; {hint}.",
            )
        delay = _retry.backoff_delay(self.reconnects)
        self.reconnects += 1
        logger.info(
            "run %s: stream broke (%s); reconnecting after event %s in %.2f s (attempt %d of %d)",
            *(self.run_id, what, self.after, delay, self.reconnects, max_retries),
        )
        return delay

    def stop(self) -> Flow[None]:
        """Close the connection and end the current loop's turn (the run goes on; iterating again re-attaches)."""
        self.reader = None
        yield from self.close()

    # -- the run -----------------------------------------------------------------------------------

    def until_done(self) -> Flow[ThreadRunResult]:
        """Read to the end; the run as it ended and the items its request added (what `stream=False` answers)."""
        from parley_client.models import ThreadRunResult

        yield from self.events(raise_errors=False, deliver=False)
        run = getattr(self.final, "run", None) or (yield from self.retrieve())
        if self.first_seq == 1:
            return ThreadRunResult(run=run, items=list(self.items.values()))
        replay = RunCore(self.pipeline, (yield from self.open_events("0")), self.thread_id, self.carried)
        yield from replay.events(raise_errors=False, deliver=False)
        return ThreadRunResult(run=run, items=list(replay.items.values()))

    def cancel(self) -> Flow[ThreadRun]:
        """Cancel this run (`cancel_run`, by its id) unless it ended, and close; the run as it ended.

        Only this run is ever cancelled: a run that ended (here, or on the server meanwhile:
        `409 run_not_active`) is read back, never replaced by whatever run is active on the thread.
        """
        from parley_client.calls import threads as calls

        try:
            ended: ThreadRun | None = getattr(self.final, "run", None)
            if ended is not None:
                return ended
            if self.final is None:
                try:
                    return (yield from self.call(calls.cancel_run(self.thread_id, self.known_run_id(), **self.carried)))
                except ConflictError as exc:  # it ended meanwhile
                    if exc.code != RUN_NOT_ACTIVE:
                        raise
            return (yield from self.retrieve())
        finally:
            yield from self.stop()

    def retrieve(self) -> Flow[ThreadRun]:
        """The run (`get_thread_run`)."""
        from parley_client.calls import threads as calls

        return (yield from self.call(calls.get_thread_run(self.thread_id, self.known_run_id(), **self.carried)))

    def call(self, call: Call[R]) -> Flow[R]:
        """Send one of the generated typed calls."""
        return (yield from self.pipeline.call(call.kwargs, call.options, json_as(call.decode)))

    def known_run_id(self) -> str:
        """The run's id, or `ParleyError` when neither a header nor an event has told it yet."""
        if self.run_id is None:
            raise ParleyError("The run's id is not known (no X-Run-Id header and no event yet).")
        return self.run_id


class _RunStream:
    """What both run stream classes show."""

    __slots__ = ("_core", "_iterator")

    def __init__(self, core: RunCore) -> None:
        self._core = core
        self._iterator: Any = None

    @property
    def run_id(self) -> str | None:
        """The run's id (None only if the server sent neither an `X-Run-Id` header nor an event yet)."""
        return self._core.run_id

    @property
    def last_event_id(self) -> str | None:
        """The `id:` of the last event delivered (None before the first)."""
        return self._core.last_event_id

    @property
    def response(self) -> httpx.Response:
        """The current HTTP response (a new one after each reconnect)."""
        return self._core.response

    @property
    def closed(self) -> bool:
        """Whether the current connection is closed."""
        return self._core.closed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} run {self.run_id} after event {self.last_event_id}>"


class ThreadRunStream(_RunStream):
    """A thread run's events as the generated event models (`RunCreatedEvent`, `ItemDeltaEvent`, ...).

    - `run_id`: the run's id (from the `X-Run-Id` header, before the first event);
    - `last_event_id`: the id of the last event delivered (what a resume sends as `Last-Event-ID`);
    - `for event in stream`: each event once, in order, resuming after a dropped connection;
    - `text_stream`: the text deltas of the run's assistant messages, as strings;
    - `until_done()`: read to the end; the finished run and its items (as `stream=False` answers);
    - `cancel()`: cancel the run and close; `close()`: close (the run goes on).
    """

    __slots__ = ()

    def _drive(self, flow: Flow[R]) -> R:
        return run(flow)

    def __iter__(self) -> Iterator[ThreadEvent]:
        return self._iterator if self._iterator is not None else iterate(self._core.events())

    def __next__(self) -> ThreadEvent:
        """The next event (`next(stream)`); the stream then keeps its iterator, so close it when done."""
        if self._iterator is None:
            self._iterator = iterate(self._core.events())
        event: ThreadEvent = next(self._iterator)
        return event

    @property
    def text_stream(self) -> Iterator[str]:
        """The text deltas (`item.delta` events with a `text` delta) as they arrive."""
        return (text for event in iterate(self._core.events()) if (text := _text_delta(event)) is not None)

    def until_done(self) -> ThreadRunResult:
        """Read the run to its end; its final `ThreadRun` and the items its request added, in order.

        This is what `stream=False` answers. A run that ended with an `error` event is returned
        as failed (the events are read, the error is not raised).
        """
        return self._drive(self._core.until_done())

    def cancel(self) -> ThreadRun:
        """Cancel this stream's run and close the stream; answers the run as it ended.

        It cancels by the run's id (`cancel_run`), never "the thread's active run", so a stream
        whose run already ended cannot cancel a run another client started since. Cancelling a
        run that already ended is not an error: nothing is cancelled and the run is answered as
        it ended (`completed`, `failed` or `cancelled`), read from the stream's final event or,
        when the server answers `409 run_not_active`, fetched with `get_thread_run`.
        """
        return self._drive(self._core.cancel())

    def close(self) -> None:
        """Close the connection (idempotent). The run goes on; iterating again re-attaches."""
        self._iterator = None
        return self._drive(self._core.stop())

    def __enter__(self) -> ThreadRunStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncThreadRunStream(_RunStream):
    """The async `ThreadRunStream`: `async for event in stream`, `await stream.until_done()`, ..."""

    __slots__ = ()

    def _drive(self, flow: Flow[R]) -> Any:  # a coroutine, which the twins await
        return arun(flow)

    def __aiter__(self) -> AsyncIterator[ThreadEvent]:
        return self._iterator if self._iterator is not None else aiterate(self._core.events())

    async def __anext__(self) -> ThreadEvent:
        """The next event (`await anext(stream)`); the stream then keeps its iterator."""
        if self._iterator is None:
            self._iterator = aiterate(self._core.events())
        event: ThreadEvent = await anext(self._iterator)
        return event

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """The text deltas (`item.delta` events with a `text` delta) as they arrive."""
        return (text async for event in aiterate(self._core.events()) if (text := _text_delta(event)) is not None)

    until_done = twin(ThreadRunStream.until_done)
    cancel = twin(ThreadRunStream.cancel)
    aclose = twin(ThreadRunStream.close)
    close = aclose

    async def __aenter__(self) -> AsyncThreadRunStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _text_delta(event: ThreadEvent) -> str | None:
    if event.type != "item.delta" or event.delta.type != "text":
        return None
    return event.delta.text
