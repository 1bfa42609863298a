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
a gap. It gives up (raising `APIConnectionError`) after `max_retries` reconnects in a row that
brought no new event. Idle timeouts are not resumed: no byte for `stream_idle_timeout` seconds
raises `APITimeoutError` (re-attach later with `client.threads(t).runs(stream.run_id).events(
last_event_id=stream.last_event_id)`).

The final event is `run.completed`, `run.cancelled` or `run.failed` (yielded), or `error`, which
raises `StreamError` from the loop (`until_done()` returns the failed run instead). Leaving a loop
early closes the connection (the run goes on: closing never cancels it); iterating the stream
again, or `until_done()`, re-attaches where it left off. `cancel()` cancels the run and closes.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from . import _retry
from ._errors import APIConnectionError, APIError, APITimeoutError, ConflictError, ParleyError, stream_error
from ._logs import logger
from ._sse import ServerSentEvent, SSEDecoder
from ._thread_events import thread_event_decoders

if TYPE_CHECKING:
    from parley_client.models.thread_run import ThreadRun
    from parley_client.models.thread_run_result import ThreadRunResult

_FINAL = frozenset({"run.completed", "run.cancelled", "run.failed", "error"})
_DRAIN_LIMIT = 65536


class RunLink:
    """What a run stream asks of its client (functions made by `_streaming`, sync or async).

    - `open_events(run_id, last_event_id)`: send `stream_thread_run_events`, answer the response;
    - `cancel()`: `cancel_thread_run` on the thread; `retrieve(run_id)`: `get_thread_run`;
    - `max_retries`: the client's, the reconnects allowed in a row without a new event.
    """

    __slots__ = ("cancel", "max_retries", "open_events", "retrieve")

    def __init__(
        self,
        open_events: Callable[[str, str], Any],
        cancel: Callable[[], Any],
        retrieve: Callable[[str], Any],
        max_retries: int,
    ) -> None:
        self.open_events = open_events
        self.cancel = cancel
        self.retrieve = retrieve
        self.max_retries = max_retries


class _Core:
    """A run stream's state, shared by its iterators (which do not hold the stream object)."""

    __slots__ = (
        "closed",
        "decoder",
        "final",
        "first_seq",
        "idle_timeout",
        "items",
        "last_event_id",
        "last_seq",
        "link",
        "pieces",
        "reading",
        "reconnects",
        "response",
        "run_id",
    )

    def __init__(
        self, response: httpx.Response, link: RunLink, run_id: str | None, after: int, idle_timeout: float | None
    ) -> None:
        self.link = link
        self.idle_timeout = idle_timeout
        self.run_id = run_id or response.headers.get("x-run-id")
        self.last_seq = after  # events up to this sequence number were delivered (or not wanted)
        self.first_seq: int | None = None  # the first sequence number delivered
        self.last_event_id: str | None = str(after) if after else None
        self.final: Any = None
        self.items: dict[str, Any] = {}
        self.reconnects = 0
        self.reading = False
        self.closed = False
        self.response = response
        self.decoder = SSEDecoder()
        self.pieces: Any = None

    def __del__(self) -> None:  # a sync stream dropped unread: give its connection back
        if not self.closed and isinstance(self.response.stream, httpx.SyncByteStream):
            self.closed = True
            with contextlib.suppress(Exception):  # nothing to tell anyone during garbage collection
                self.response.close()

    # -- what arrived ---------------------------------------------------------------------------

    def take(self, events: list[ServerSentEvent]) -> list[Any]:
        """The typed events to deliver, skipping any delivered before (a replay after a reconnect)."""
        out: list[Any] = []
        for sse in events:
            if self.final is not None:
                break
            seq = int(sse.id) if sse.id.isascii() and sse.id.isdigit() else None
            if seq is not None and seq <= self.last_seq:
                continue
            event = self._decode(sse)
            kind = getattr(event, "type", None)
            if kind != "error" and seq is not None:  # an `error` frame's id may be one no event was stored at
                self.last_seq, self.last_event_id = seq, sse.id
                if self.first_seq is None:
                    self.first_seq = seq
            if event is None:
                continue
            self.reconnects = 0
            if self.run_id is None:
                self.run_id = event.run_id
            if kind in ("item.created", "item.done"):
                item = event.item
                if kind == "item.done" or item.id not in self.items:
                    self.items[item.id] = item
            elif kind in _FINAL:
                self.final = event
            out.append(event)
        return out

    def _decode(self, sse: ServerSentEvent) -> Any:
        decoders = thread_event_decoders()
        try:
            data = json.loads(sse.data)
            kind = data.get("type") if isinstance(data, dict) else None
            decode = decoders.get(kind) if isinstance(kind, str) else None
            if decode is None:
                if isinstance(kind, str):
                    logger.debug("skipping a thread event of unknown type %r (id %s)", kind, sse.id)
                    return None
                raise TypeError("an event must be an object with a string `type`")
            return decode(data)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            request = self.response.request
            snippet = sse.data if len(sse.data) <= 200 else sse.data[:199] + "…"
            raise APIError(
                f"A thread event does not match the API contract ({type(exc).__name__}: {exc}): {snippet!r} "
                f"[{request.method} {request.url.path}]",
                request,
                body=sse.data,
            ) from exc

    def error(self, event: Any) -> APIError:
        """The `StreamError` for an `error` event."""
        error = event.error.to_dict() if hasattr(event.error, "to_dict") else event.error
        exc = stream_error(error, self.response.request, allow_retry=event.allow_retry)
        exc.event = event
        return exc

    # -- connections ----------------------------------------------------------------------------

    def start(self) -> bool:
        """Begin an iteration; True when it must first re-attach (an earlier loop was left early)."""
        if self.reading:
            raise ParleyError("This stream is already being iterated; finish that loop first.")
        self.reading = True
        return self.closed and self.final is None

    def attach(self, response: httpx.Response) -> None:
        self.response = response
        self.decoder = SSEDecoder()
        self.pieces = None
        self.closed = False

    def resume_check(self, cause: BaseException | None) -> float:
        """Raise when the stream cannot or may not reconnect; else the wait before reconnecting."""
        request = self.response.request
        what = f"{type(cause).__name__}: {cause}" if cause is not None else "the body ended before the run did"
        if isinstance(cause, httpx.TimeoutException):
            raise APITimeoutError(
                request,
                f"The run stream sent no data for {self.idle_timeout} s (stream_idle_timeout) on "
                f"{request.method} {request.url.path}; re-attach with .runs({self.run_id!r}).events("
                f"last_event_id={self.last_event_id!r}).",
            )
        if self.run_id is None:
            raise APIConnectionError(request, f"The run stream broke ({what}) before its run id was known.")
        if self.reconnects >= self.link.max_retries:
            raise APIConnectionError(
                request,
                f"The run stream broke ({what}) and {self.reconnects} reconnect(s) brought no new event; "
                f"re-attach with .runs({self.run_id!r}).events(last_event_id={self.last_event_id!r}).",
            )
        delay = _retry.backoff_delay(self.reconnects)
        self.reconnects += 1
        logger.info(
            "run %s: stream broke (%s); reconnecting after event %s in %.2f s (attempt %d of %d)",
            self.run_id,
            what,
            self.last_event_id or "0",
            delay,
            self.reconnects,
            self.link.max_retries,
        )
        return delay

    def after(self) -> str:
        return self.last_event_id or "0"

    def result(self, run: Any, items: list[Any]) -> ThreadRunResult:
        from parley_client.models.thread_run_result import ThreadRunResult

        return ThreadRunResult(run=run, items=items)

    def final_run(self) -> Any:
        """The run as its final event carries it, or None (an `error` event carries no run)."""
        return getattr(self.final, "run", None)

    def saw_every_item(self) -> bool:
        return self.first_seq == 1


# -- the synchronous stream -------------------------------------------------------------------


def _read(core: _Core) -> list[Any]:
    """The next events of the run (at least one), or [] once its final event was delivered."""
    while core.final is None:
        if core.pieces is None:
            core.pieces = core.response.iter_bytes()
        try:
            piece = next(core.pieces, None)
        except httpx.TransportError as exc:
            _reconnect(core, exc)
            continue
        if piece is None:
            _reconnect(core, None)
            continue
        events = core.take(core.decoder.feed(piece))
        if events:
            return events
    return []


def _reconnect(core: _Core, cause: BaseException | None) -> None:
    core.response.close()
    delay = core.resume_check(cause)
    _retry.sleep(delay)
    core.attach(core.link.open_events(_known_run_id(core), core.after()))


def _events(core: _Core, *, raise_errors: bool = True) -> Iterator[Any]:
    if core.start():
        core.attach(core.link.open_events(_known_run_id(core), core.after()))
    try:
        while True:
            events = _read(core)
            if not events:
                break
            for event in events:
                if raise_errors and event is core.final and event.type == "error":
                    raise core.error(event)
                yield event
                if core.closed:
                    return
        _drain(core)
    finally:
        core.reading = False
        if not core.closed:
            core.closed = True
            core.response.close()


def _drain(core: _Core) -> None:
    """Read the end of the body after the final event, so the connection goes back to the pool."""
    if core.closed or core.pieces is None:
        return
    read = 0
    try:
        for piece in core.pieces:
            read += len(piece)
            if read > _DRAIN_LIMIT:
                return
    except httpx.TransportError:
        return


class _RunProperties:
    """What both run stream classes show."""

    __slots__ = ()
    _core: _Core

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


class ThreadRunStream(_RunProperties):
    """A thread run's events as the generated event models (`RunCreatedEvent`, `ItemDeltaEvent`, ...).

    - `run_id`: the run's id (from the `X-Run-Id` header, before the first event);
    - `last_event_id`: the id of the last event delivered (what a resume sends as `Last-Event-ID`);
    - `for event in stream`: each event once, in order, resuming after a dropped connection;
    - `text_stream`: the text deltas of the run's assistant messages, as strings;
    - `until_done()`: read to the end; the finished run and its items (as `stream=False` answers);
    - `cancel()`: cancel the run and close; `close()`: close (the run goes on).
    """

    __slots__ = ("_core", "_iterator")

    def __init__(
        self,
        response: httpx.Response,
        link: RunLink,
        *,
        run_id: str | None = None,
        after: int = 0,
        idle_timeout: float | None = None,
    ) -> None:
        self._core = _Core(response, link, run_id, after, idle_timeout)
        self._iterator: Iterator[Any] | None = None

    def __iter__(self) -> Iterator[Any]:
        return self._iterator if self._iterator is not None else _events(self._core)

    def __next__(self) -> Any:
        """The next event (`next(stream)`); the stream then keeps its iterator, so close it when done."""
        if self._iterator is None:
            self._iterator = _events(self._core)
        return next(self._iterator)

    @property
    def text_stream(self) -> Iterator[str]:
        """The text deltas (`item.delta` events with a `text` delta) as they arrive."""
        return (event.delta.text for event in _events(self._core) if _is_text_delta(event))

    def until_done(self) -> ThreadRunResult:
        """Read the run to its end; its final `ThreadRun` and the items its request added, in order.

        This is what `stream=False` answers. A run that ended with an `error` event is returned
        as failed (the events are read, the error is not raised).
        """
        core = self._core
        for _ in _events(core, raise_errors=False):
            pass
        run = core.final_run()
        if run is None:
            run = core.link.retrieve(_known_run_id(core))
        if core.saw_every_item():
            return core.result(run, list(core.items.values()))
        replay = _Core(core.link.open_events(_known_run_id(core), "0"), core.link, core.run_id, 0, core.idle_timeout)
        for _ in _events(replay, raise_errors=False):
            pass
        return core.result(run, list(replay.items.values()))

    def cancel(self) -> ThreadRun:
        """Cancel the run (`cancel_thread_run`) and close the stream; answers the run as it ended."""
        core = self._core
        try:
            if core.final is not None:
                ended: ThreadRun = core.final_run() or core.link.retrieve(_known_run_id(core))
                return ended
            try:
                run: ThreadRun = core.link.cancel()
            except ConflictError as exc:  # it ended meanwhile
                if exc.code != "no_active_run":
                    raise
                run = core.link.retrieve(_known_run_id(core))
            return run
        finally:
            self.close()

    def close(self) -> None:
        """Close the connection (idempotent). The run goes on; iterating again re-attaches."""
        self._iterator = None
        core = self._core
        if not core.closed:
            core.closed = True
            core.response.close()

    def __enter__(self) -> ThreadRunStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<ThreadRunStream run {self.run_id} after event {self.last_event_id}>"


# -- the async stream -------------------------------------------------------------------------


async def _aread(core: _Core) -> list[Any]:
    while core.final is None:
        if core.pieces is None:
            core.pieces = core.response.aiter_bytes()
        try:
            piece = await anext(core.pieces, None)
        except httpx.TransportError as exc:
            await _areconnect(core, exc)
            continue
        if piece is None:
            await _areconnect(core, None)
            continue
        events = core.take(core.decoder.feed(piece))
        if events:
            return events
    return []


async def _areconnect(core: _Core, cause: BaseException | None) -> None:
    await core.response.aclose()
    delay = core.resume_check(cause)
    await _retry.async_sleep(delay)
    core.attach(await core.link.open_events(_known_run_id(core), core.after()))


async def _aevents(core: _Core, *, raise_errors: bool = True) -> AsyncIterator[Any]:
    if core.start():
        core.attach(await core.link.open_events(_known_run_id(core), core.after()))
    try:
        while True:
            events = await _aread(core)
            if not events:
                break
            for event in events:
                if raise_errors and event is core.final and event.type == "error":
                    raise core.error(event)
                yield event
                if core.closed:
                    return
        await _adrain(core)
    finally:
        core.reading = False
        if not core.closed:
            core.closed = True
            await core.response.aclose()


async def _adrain(core: _Core) -> None:
    if core.closed or core.pieces is None:
        return
    read = 0
    try:
        async for piece in core.pieces:
            read += len(piece)
            if read > _DRAIN_LIMIT:
                return
    except httpx.TransportError:
        return


class AsyncThreadRunStream(_RunProperties):
    """The async `ThreadRunStream`: `async for event in stream`, `await stream.until_done()`, ..."""

    __slots__ = ("_core", "_iterator")

    def __init__(
        self,
        response: httpx.Response,
        link: RunLink,
        *,
        run_id: str | None = None,
        after: int = 0,
        idle_timeout: float | None = None,
    ) -> None:
        self._core = _Core(response, link, run_id, after, idle_timeout)
        self._iterator: AsyncIterator[Any] | None = None

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._iterator if self._iterator is not None else _aevents(self._core)

    async def __anext__(self) -> Any:
        """The next event (`await anext(stream)`); the stream then keeps its iterator."""
        if self._iterator is None:
            self._iterator = _aevents(self._core)
        return await anext(self._iterator)

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """The text deltas (`item.delta` events with a `text` delta) as they arrive."""
        return _atexts(_aevents(self._core))

    async def until_done(self) -> ThreadRunResult:
        """Read the run to its end; its final `ThreadRun` and the items its request added, in order."""
        core = self._core
        async for _ in _aevents(core, raise_errors=False):
            pass
        run = core.final_run()
        if run is None:
            run = await core.link.retrieve(_known_run_id(core))
        if core.saw_every_item():
            return core.result(run, list(core.items.values()))
        response = await core.link.open_events(_known_run_id(core), "0")
        replay = _Core(response, core.link, core.run_id, 0, core.idle_timeout)
        async for _ in _aevents(replay, raise_errors=False):
            pass
        return core.result(run, list(replay.items.values()))

    async def cancel(self) -> ThreadRun:
        """Cancel the run (`cancel_thread_run`) and close the stream; answers the run as it ended."""
        core = self._core
        try:
            if core.final is not None:
                ended: ThreadRun = core.final_run() or await core.link.retrieve(_known_run_id(core))
                return ended
            try:
                run: ThreadRun = await core.link.cancel()
            except ConflictError as exc:
                if exc.code != "no_active_run":
                    raise
                run = await core.link.retrieve(_known_run_id(core))
            return run
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        """Close the connection (idempotent). The run goes on; iterating again re-attaches."""
        core = self._core
        if not core.closed:
            core.closed = True
            await core.response.aclose()

    close = aclose

    async def __aenter__(self) -> AsyncThreadRunStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<AsyncThreadRunStream run {self.run_id} after event {self.last_event_id}>"


def _is_text_delta(event: Any) -> bool:
    return getattr(event, "type", None) == "item.delta" and getattr(event.delta, "type", None) == "text"


async def _atexts(events: AsyncIterator[Any]) -> AsyncIterator[str]:
    async for event in events:
        if _is_text_delta(event):
            yield event.delta.text


def _known_run_id(core: _Core) -> str:
    if core.run_id is None:
        raise ParleyError("The run's id is not known (no X-Run-Id header and no event yet).")
    return core.run_id
