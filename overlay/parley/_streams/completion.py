"""`Stream` / `AsyncStream`: a streamed chat completion, as typed `ChatCompletionChunk`s.

```python
with client.chat.completions.create(model="lorem-1", messages="Hi", stream=True) as stream:
    for chunk in stream:
        print(chunk.choices[0].delta.content or "", end="")
completion = stream.get_final_completion()
```

The request was sent (and retried) before the stream is returned; iterating reads the body as it
arrives, never more than one network read ahead. Leaving the loop (`break`, `return`, an
exception), leaving the `with` block or calling `close()` closes the HTTP response at once: the
iterator holds the stream's state (`CompletionCore`) but not the `Stream` object, so no reference
cycle keeps the connection open (async: the event loop finalises an abandoned `async for` on its
next turn; `async with` or `aclose()` closes at once).

Each event's `data` is parsed by the JSON scanner behind `json.loads` (same result, without its
per-call Python overhead) and built into the generated `ChatCompletionChunk` by its fast decoder.
`data: [DONE]` ends the stream; an error frame (`data: {"error": {...}}`) raises `StreamError`; a
body that ends before `[DONE]` or a broken connection raises `APIConnectionError` (completion
streams cannot be resumed); no byte for `stream_idle_timeout` seconds raises `APITimeoutError`.
"""

from __future__ import annotations

import json
import json.scanner
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypedDict, TypeVar, cast

import httpx

from .._errors import APIConnectionError, APITimeoutError, ParleyError, stream_error
from .._flow import Flow, Items, aiterate, arun, iterate, run
from .._twins import twin
from ._core import StreamCore
from .accumulator import CompletionAccumulator
from .sse_data import DataDecoder

if TYPE_CHECKING:
    from parley_client.models import ChatCompletion, ChatCompletionChunk, Usage

T = TypeVar("T")
R = TypeVar("R")

_DONE = "[DONE]"
_DECODE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, RecursionError)
_SCAN = json.scanner.make_scanner(cast(Any, json.JSONDecoder()))  # typeshed types its argument oddly
"""The C scanner `json.loads` ends up in, called directly: `json.loads` adds ~1 µs of Python per call
(whitespace regexes, checks), about 40 % of parsing a 250-byte chunk. A payload the scanner does not
read to its exact end (whitespace around it, trailing data, invalid JSON) goes through `json.loads`,
so the value, or the error, is always `json.loads`'s."""


class StreamMetadata(TypedDict, total=False):
    """What a completion stream knows of its completion so far (`Stream.metadata`)."""

    id: str
    model: str
    created: int
    system_fingerprint: str | None
    session_id: str | None
    usage: Usage | None


class CompletionCore(StreamCore):
    """A completion stream's state and reading logic, shared by `Stream` and `AsyncStream`."""

    __slots__ = ("accumulator", "decode", "done", "failure", "started")

    def __init__(self, response: httpx.Response, decode: Callable[[Any], Any]) -> None:
        super().__init__(response)
        self.decode = decode
        self.accumulator = CompletionAccumulator()
        self.started = False
        self.done = False
        self.failure: ParleyError | None = None  # what ended the stream early, if anything

    def chunks(self, *, deliver: bool = True) -> Flow[None]:
        """The stream's chunks (yielded when `deliver`); closes the response when it ends, fails or is left."""
        if self.started:
            state = "was read already" if self.closed else "is already being iterated"
            raise ParleyError(f"This stream {state}; a stream can be read once.")
        self.started = True
        feed, pieces = DataDecoder().feed, self.pieces
        try:
            while not self.done and not self.closed:
                try:
                    piece = yield pieces
                except httpx.TransportError as exc:
                    raise self.transport_error(exc) from exc
                if piece is None:
                    raise APIConnectionError(
                        self.response.request, f"The stream ended before `data: [DONE]` on {self.where}."
                    )
                read = self.read(feed(piece))
                if deliver:
                    yield Items(read)  # the hot loop: one generator step per chunk, whichever the driver
                else:
                    for _ in read:
                        pass
            if self.done:
                yield from self.drain()
        except ParleyError as exc:
            self.failure = exc
            raise
        finally:
            yield from self.close()

    def read(self, events: list[str]) -> Iterator[Any]:
        """The chunks of one network read's events, each accumulated as it is handed out; stops at `[DONE]`."""
        scan, decode, add = _SCAN, self.decode, self.accumulator.add
        try:
            for data in events:
                if data == _DONE:
                    self.done = True
                    return
                try:  # the usual chunk, inline (a call per chunk is ~3 % of the stream); `parse` has every other case
                    value, end = scan(data, 0)
                    chunk = decode(value) if end == len(data) and "error" not in value else self.parse(data)
                except Exception:
                    chunk = self.parse(data)
                add(chunk)
                yield chunk
                if self.closed:
                    return
        except ParleyError as exc:  # raised in the driver's loop, outside `chunks`
            self.failure = exc
            raise

    def rest(self) -> Flow[None]:
        """Read the chunks nobody read yet: all of them if the stream was never iterated, else none."""
        if not self.started:
            yield from self.chunks(deliver=False)
        elif not self.done and not self.closed:
            raise ParleyError("This stream is being iterated elsewhere; finish that loop first.")

    def final_completion(self) -> Flow[ChatCompletion]:
        """Read the rest, then the `ChatCompletion` the chunks add up to (a `ParleyError` if the stream failed)."""
        yield from self.rest()
        if self.failure is not None:
            what = f"{type(self.failure).__name__}: {self.failure}"
            raise ParleyError(f"The stream failed ({what}), so there is no final completion.") from self.failure
        return self.accumulator.completion()

    def parse(self, data: str) -> Any:
        """One event's payload as a chunk; an error frame raises `StreamError`, anything else `APIError`."""
        try:
            try:
                value, end = _SCAN(data, 0)
            except StopIteration:
                end = -1
            if end != len(data):  # not one JSON value and nothing else: json.loads decides
                value = json.loads(data)
            chunk = self.decode(value) if value.__class__ is dict and "error" not in value else None
        except _DECODE_ERRORS as exc:
            raise self.malformed(data, exc) from exc
        if chunk is None:
            if isinstance(value, dict) and "error" in value:
                raise stream_error(value["error"], self.response.request)
            raise self.malformed(data, TypeError("not a chat.completion.chunk object"))
        return chunk

    def transport_error(self, exc: httpx.TransportError) -> APIConnectionError:
        """The error for a connection that broke, or stayed silent, during the stream."""
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                self.response.request,
                f"The stream sent no data for {self.idle_timeout} s (stream_idle_timeout) on {self.where}.",
            )
        return APIConnectionError(
            self.response.request,
            f"The connection broke during the stream ({type(exc).__name__}: {exc or 'no detail'}) on {self.where}; "
            "completion streams cannot be resumed.",
        )


class _CompletionStream(Generic[T]):
    """What both stream classes show of the chunks seen so far."""

    __slots__ = ("_core",)

    def __init__(self, response: httpx.Response, decode: Callable[[Any], T]) -> None:
        self._core = CompletionCore(response, decode)

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (status, headers such as `x-request-id`)."""
        return self._core.response

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` of the response."""
        request_id: str | None = self._core.response.headers.get("x-request-id")
        return request_id

    @property
    def session_id(self) -> str | None:
        """The session the completion is recorded in (from the first chunk on)."""
        last = self._core.accumulator.last
        return None if last is None else last.session_id

    @property
    def system_fingerprint(self) -> str | None:
        """The chunks' `system_fingerprint`: OpenAI's, one value per server build (the session is `session_id`)."""
        last = self._core.accumulator.last
        return None if last is None else last.system_fingerprint

    @property
    def usage(self) -> Usage | None:
        """The token usage, once the chunk that carries it has arrived; else None."""
        return self._core.accumulator.usage

    @property
    def metadata(self) -> StreamMetadata:
        """`id`, `model`, `created`, `system_fingerprint`, `session_id` and `usage` as known so far."""
        last = self._core.accumulator.last
        known = StreamMetadata(system_fingerprint=self.system_fingerprint, session_id=self.session_id, usage=self.usage)
        if last is not None:
            known["id"], known["model"], known["created"] = last.id, last.model, last.created
        return known

    @property
    def closed(self) -> bool:
        """Whether the response is closed (the stream ended, failed, was abandoned or closed)."""
        return self._core.closed

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._core.where} {'closed' if self.closed else 'open'}>"


class Stream(_CompletionStream[T]):
    """A streamed chat completion: iterate it for chunks (once), or use the helpers.

    - `for chunk in stream`: each `ChatCompletionChunk` as it arrives;
    - `stream.text_stream`: the content deltas of the first choice, as strings;
    - `stream.get_final_completion()`: read to the end, then the `ChatCompletion` the chunks make
      (tool calls included); works after a loop too, since every chunk is accumulated;
    - `session_id`, `system_fingerprint`, `usage`, `metadata`: filled in as chunks arrive.

    Use it as a context manager (or call `close()`) to release the connection early; leaving a
    `for` loop early releases it too.
    """

    __slots__ = ("_iterator",)

    def __init__(self, response: httpx.Response, decode: Callable[[Any], T]) -> None:
        super().__init__(response, decode)
        self._iterator: Iterator[T] | None = None

    def _drive(self, flow: Flow[R]) -> R:
        return run(flow)

    def __iter__(self) -> Iterator[T]:
        return self._iterator if self._iterator is not None else iterate(self._core.chunks())

    def __next__(self) -> T:
        """The next chunk (`next(stream)`); the stream then keeps its iterator, so close it when done."""
        if self._iterator is None:
            self._iterator = iterate(self._core.chunks())
        return next(self._iterator)

    @property
    def text_stream(self) -> Iterator[str]:
        """The first choice's content deltas as they arrive (empty ones skipped)."""
        return (text for chunk in iterate(self._core.chunks()) for text in _texts(chunk))

    def get_final_completion(self) -> ChatCompletion:
        """Read the rest of the stream, then return the `ChatCompletion` its chunks add up to."""
        return self._drive(self._core.final_completion())

    def until_done(self) -> None:
        """Read the rest of the stream (the chunks are accumulated, not returned)."""
        return self._drive(self._core.rest())

    def close(self) -> None:
        """Close the response (idempotent); the iteration stops."""
        return self._drive(self._core.close())

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(_CompletionStream[T]):
    """The async `Stream`: `async for chunk in stream`, `async with`, `await stream.aclose()`.

    Same helpers: `text_stream` (an async iterator), `await get_final_completion()`, and the
    `session_id`, `system_fingerprint`, `usage` and `metadata` properties.
    """

    __slots__ = ("_iterator",)

    def __init__(self, response: httpx.Response, decode: Callable[[Any], T]) -> None:
        super().__init__(response, decode)
        self._iterator: AsyncIterator[T] | None = None

    def _drive(self, flow: Flow[R]) -> Any:  # a coroutine, which the twins await
        return arun(flow)

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator if self._iterator is not None else aiterate(self._core.chunks())

    async def __anext__(self) -> T:
        """The next chunk (`await anext(stream)`); the stream then keeps its iterator."""
        if self._iterator is None:
            self._iterator = aiterate(self._core.chunks())
        return await anext(self._iterator)

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """The first choice's content deltas as they arrive (empty ones skipped)."""
        return (text async for chunk in aiterate(self._core.chunks()) for text in _texts(chunk))

    get_final_completion = twin(Stream.get_final_completion)
    until_done = twin(Stream.until_done)
    aclose = twin(Stream.close)
    close = aclose

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _texts(chunk: ChatCompletionChunk) -> list[str]:
    return [
        c.delta.content for c in chunk.choices if c.index == 0 and isinstance(c.delta.content, str) and c.delta.content
    ]
