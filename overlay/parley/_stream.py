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
iterator is a generator that holds the stream's state but not the `Stream` object, so no reference
cycle keeps the connection open (async: the event loop finalises an abandoned `async for` on its
next turn; `async with` or `aclose()` closes at once).

Each event's `data` is parsed by the JSON scanner behind `json.loads` (same result, without its
per-call Python overhead) and built into the generated `ChatCompletionChunk` by `_fastmodel` (the
same objects as `from_dict`, ~4x faster). `data: [DONE]` ends the stream; an
error frame (`data: {"error": {...}}`) raises `StreamError`; a body that ends before `[DONE]` or
a broken connection raises `APIConnectionError` (completion streams cannot be resumed); no byte
for `stream_idle_timeout` seconds raises `APITimeoutError`.
"""

from __future__ import annotations

import contextlib
import json
import json.scanner
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from ._completion import CompletionAccumulator
from ._errors import APIConnectionError, APIError, APITimeoutError, ParleyError, stream_error
from ._sse_data import DataDecoder

if TYPE_CHECKING:
    from parley_client.models.chat_completion import ChatCompletion
    from parley_client.models.chat_completion_chunk import ChatCompletionChunk

T = TypeVar("T")

_DONE = "[DONE]"
_DRAIN_LIMIT = 65536  # bytes read after `[DONE]` so that the connection can be reused
_DECODE_ERRORS = (ValueError, KeyError, TypeError, AttributeError, RecursionError)
_SCAN = json.scanner.make_scanner(cast(Any, json.JSONDecoder()))  # typeshed types its argument oddly
"""The C scanner `json.loads` ends up in, called directly: `json.loads` adds ~1 µs of Python per call
(whitespace regexes, checks), about 40 % of parsing a 250-byte chunk. A payload the scanner does not
read to its exact end (whitespace around it, trailing data, invalid JSON) goes through `json.loads`,
so the value, or the error, is always `json.loads`'s."""


class _Core:
    """A completion stream's state, shared by its iterators (which must not hold the `Stream`)."""

    __slots__ = ("accumulator", "closed", "decode", "done", "idle_timeout", "response", "started")

    def __init__(self, response: httpx.Response, decode: Callable[[Any], Any], idle_timeout: float | None) -> None:
        self.response = response
        self.decode = decode
        self.idle_timeout = idle_timeout
        self.accumulator = CompletionAccumulator()
        self.started = False
        self.done = False
        self.closed = False

    def start(self) -> None:
        if self.started:
            raise ParleyError("This stream is already being iterated; a stream can be read once.")
        self.started = True

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.response.close()

    def __del__(self) -> None:  # a sync stream dropped unread: give its connection back
        if not self.closed and isinstance(self.response.stream, httpx.SyncByteStream):
            with contextlib.suppress(Exception):  # nothing to tell anyone during garbage collection
                self.close()

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
            raise self.frame_error(value, data)
        return chunk

    def malformed(self, data: str, exc: Exception) -> APIError:
        request = self.response.request
        snippet = data if len(data) <= 200 else data[:199] + "…"
        return APIError(
            f"A stream event does not match the API contract ({type(exc).__name__}: {exc}): {snippet!r} "
            f"[{request.method} {request.url.path}, request id {self.response.headers.get('x-request-id', 'unknown')}]",
            request,
            body=data,
        )

    def frame_error(self, value: Any, data: str) -> APIError:
        """The error for an event whose JSON is not a chunk: `StreamError` for an error frame."""
        if isinstance(value, dict) and "error" in value:
            return stream_error(value["error"], self.response.request)
        return self.malformed(data, TypeError("not a chat.completion.chunk object"))

    def transport_error(self, exc: httpx.TransportError) -> APIConnectionError:
        request = self.response.request
        where = f"{request.method} {request.url.path}"
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(
                request, f"The stream sent no data for {self.idle_timeout} s (stream_idle_timeout) on {where}."
            )
        return APIConnectionError(
            request,
            f"The connection broke during the stream ({type(exc).__name__}: {exc or 'no detail'}) on {where}; "
            "completion streams cannot be resumed.",
        )

    def truncated(self) -> APIConnectionError:
        request = self.response.request
        return APIConnectionError(
            request, f"The stream ended before `data: [DONE]` on {request.method} {request.url.path}."
        )


def _chunks(core: _Core) -> Iterator[Any]:
    """The stream's chunks; closes the response when it ends, fails or is abandoned."""
    core.start()
    feed = DataDecoder().feed
    parse = core.parse
    add = core.accumulator.add
    try:
        pieces = core.response.iter_bytes()
        for piece in pieces:
            for data in feed(piece):
                if data == _DONE:
                    core.done = True
                    _drain(pieces)
                    return
                chunk = parse(data)
                add(chunk)
                yield chunk
                if core.closed:
                    return
        raise core.truncated()
    except httpx.TransportError as exc:
        raise core.transport_error(exc) from exc
    finally:
        core.close()


def _drain(pieces: Iterator[bytes]) -> None:
    """Read what follows `[DONE]` (the end of the body), so the connection goes back to the pool."""
    read = 0
    try:
        for piece in pieces:
            read += len(piece)
            if read > _DRAIN_LIMIT:
                return
    except httpx.TransportError:
        return


async def _achunks(core: _Core) -> AsyncIterator[Any]:
    """The async twin of `_chunks`."""
    core.start()
    feed = DataDecoder().feed
    parse = core.parse
    add = core.accumulator.add
    try:
        pieces = core.response.aiter_bytes()
        async for piece in pieces:
            for data in feed(piece):
                if data == _DONE:
                    core.done = True
                    await _adrain(pieces)
                    return
                chunk = parse(data)
                add(chunk)
                yield chunk
                if core.closed:
                    return
        raise core.truncated()
    except httpx.TransportError as exc:
        raise core.transport_error(exc) from exc
    finally:
        await _aclose(core)


async def _adrain(pieces: AsyncIterator[bytes]) -> None:
    read = 0
    try:
        async for piece in pieces:
            read += len(piece)
            if read > _DRAIN_LIMIT:
                return
    except httpx.TransportError:
        return


async def _aclose(core: _Core) -> None:
    if not core.closed:
        core.closed = True
        await core.response.aclose()


class _Properties:
    """What both stream classes show of the chunks seen so far."""

    __slots__ = ()
    _core: _Core

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
        """The chunks' `system_fingerprint` (the session id, as the ChatServer protocol has it)."""
        last = self._core.accumulator.last
        return None if last is None else last.system_fingerprint

    @property
    def usage(self) -> Any:
        """The token usage (a generated `Usage`), once the chunk that carries it has arrived; else None."""
        return self._core.accumulator.usage

    @property
    def metadata(self) -> dict[str, Any]:
        """`id`, `model`, `created`, `system_fingerprint`, `session_id` and `usage` as known so far."""
        last = self._core.accumulator.last
        known = {} if last is None else {"id": last.id, "model": last.model, "created": last.created}
        return {
            **known,
            "system_fingerprint": self.system_fingerprint,
            "session_id": self.session_id,
            "usage": self.usage,
        }

    @property
    def closed(self) -> bool:
        """Whether the response is closed (the stream ended, failed, was abandoned or closed)."""
        return self._core.closed


class Stream(_Properties, Generic[T]):
    """A streamed chat completion: iterate it for chunks (once), or use the helpers.

    - `for chunk in stream`: each `ChatCompletionChunk` as it arrives;
    - `stream.text_stream`: the content deltas of the first choice, as strings;
    - `stream.get_final_completion()`: read to the end, then the `ChatCompletion` the chunks make
      (tool calls included); works after a loop too, since every chunk is accumulated;
    - `session_id`, `system_fingerprint`, `usage`, `metadata`: filled in as chunks arrive.

    Use it as a context manager (or call `close()`) to release the connection early; leaving a
    `for` loop early releases it too.
    """

    __slots__ = ("_core", "_iterator")

    def __init__(self, response: httpx.Response, decode: Callable[[Any], T], *, idle_timeout: float | None) -> None:
        self._core = _Core(response, decode, idle_timeout)
        self._iterator: Iterator[T] | None = None

    def __iter__(self) -> Iterator[T]:
        return self._iterator if self._iterator is not None else _chunks(self._core)

    def __next__(self) -> T:
        """The next chunk (`next(stream)`); the stream then keeps its iterator, so close it when done."""
        if self._iterator is None:
            self._iterator = _chunks(self._core)
        return next(self._iterator)

    @property
    def text_stream(self) -> Iterator[str]:
        """The first choice's content deltas as they arrive (empty ones skipped)."""
        return _texts(_chunks(self._core))

    def get_final_completion(self) -> ChatCompletion:
        """Read the rest of the stream, then return the `ChatCompletion` its chunks add up to."""
        for _ in _remaining(self._core):
            pass
        return self._core.accumulator.completion()

    def until_done(self) -> None:
        """Read the rest of the stream (the chunks are accumulated, not returned)."""
        for _ in _remaining(self._core):
            pass

    def close(self) -> None:
        """Close the response (idempotent); the iteration stops."""
        self._core.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Stream {self._core.response.request.url.path} {'closed' if self.closed else 'open'}>"


class AsyncStream(_Properties, Generic[T]):
    """The async `Stream`: `async for chunk in stream`, `async with`, `await stream.aclose()`.

    Same helpers: `text_stream` (an async iterator), `await get_final_completion()`, and the
    `session_id`, `system_fingerprint`, `usage` and `metadata` properties.
    """

    __slots__ = ("_core", "_iterator")

    def __init__(self, response: httpx.Response, decode: Callable[[Any], T], *, idle_timeout: float | None) -> None:
        self._core = _Core(response, decode, idle_timeout)
        self._iterator: AsyncIterator[T] | None = None

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator if self._iterator is not None else _achunks(self._core)

    async def __anext__(self) -> T:
        """The next chunk (`await anext(stream)`); the stream then keeps its iterator."""
        if self._iterator is None:
            self._iterator = _achunks(self._core)
        return await anext(self._iterator)

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """The first choice's content deltas as they arrive (empty ones skipped)."""
        return _atexts(_achunks(self._core))

    async def get_final_completion(self) -> ChatCompletion:
        """Read the rest of the stream, then return the `ChatCompletion` its chunks add up to."""
        await self.until_done()
        return self._core.accumulator.completion()

    async def until_done(self) -> None:
        """Read the rest of the stream (the chunks are accumulated, not returned)."""
        if not self._core.started:
            async for _ in _achunks(self._core):
                pass
        elif not self._core.done and not self._core.closed:
            raise ParleyError("This stream is being iterated elsewhere; finish that loop first.")

    async def aclose(self) -> None:
        """Close the response (idempotent); the iteration stops."""
        await _aclose(self._core)

    close = aclose

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<AsyncStream {self._core.response.request.url.path} {'closed' if self.closed else 'open'}>"


def _remaining(core: _Core) -> Iterator[Any]:
    """The chunks not read yet: all of them if the stream was never iterated, else none."""
    if not core.started:
        return _chunks(core)
    if not core.done and not core.closed:
        raise ParleyError("This stream is being iterated elsewhere; finish that loop first.")
    return iter(())


def _texts(chunks: Iterator[ChatCompletionChunk]) -> Iterator[str]:
    for chunk in chunks:
        for choice in chunk.choices:
            content = choice.delta.content
            if choice.index == 0 and isinstance(content, str) and content:
                yield content


async def _atexts(chunks: AsyncIterator[ChatCompletionChunk]) -> AsyncIterator[str]:
    async for chunk in chunks:
        for choice in chunk.choices:
            content = choice.delta.content
            if choice.index == 0 and isinstance(content, str) and content:
                yield content
