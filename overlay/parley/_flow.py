"""Flows: the SDK's logic written once, as generators that yield the I/O they need.

A flow is a generator. Where it needs I/O it yields an operation (`Send`, `Sleep`, `Pieces`, ...)
and gets the result back from that `yield`, or the operation's exception raised there; anything
else it yields is an item for the caller (an event of a stream), or several at once (`Items`).
`run` and `iterate` carry the operations out with blocking calls, `arun` and `aiterate` with
`await`: these four drivers and the operations below are the only code that differs between
`Parley` and `AsyncParley`, the way `httpx.Auth.auth_flow` keeps auth logic apart from its sync
and async I/O.

When the caller leaves an iteration early, the driver throws `GeneratorExit` into the flow and
goes on carrying out what the flow yields from its `finally:` blocks (`yield Close(response)`),
so that cleaning up is I/O like any other.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _retry

if TYPE_CHECKING:
    from ._auth import AuthHeaders

T = TypeVar("T")

Flow = Generator[Any, Any, T]
"""A generator that yields `Op`s (and, in a stream, items for the caller) and returns a `T`."""


class Op:
    """One I/O operation, carried out blocking (`sync`) or awaited (`asynchronous`)."""

    __slots__ = ()

    def sync(self) -> Any:
        """Carry the operation out with blocking calls; its result."""
        raise NotImplementedError

    async def asynchronous(self) -> Any:
        """Carry the operation out with `await`; its result."""
        raise NotImplementedError


class Send(Op):
    """Send `request`; the result is the `httpx.Response` (its body unread when `stream`)."""

    __slots__ = ("http", "request", "stream")

    def __init__(self, http: httpx.Client | httpx.AsyncClient, request: httpx.Request, stream: bool) -> None:
        self.http = http
        self.request = request
        self.stream = stream

    def sync(self) -> httpx.Response:
        assert isinstance(self.http, httpx.Client)
        return self.http.send(self.request, stream=self.stream)

    async def asynchronous(self) -> httpx.Response:
        assert isinstance(self.http, httpx.AsyncClient)
        return await self.http.send(self.request, stream=self.stream)


class Sleep(Op):
    """Wait `seconds` before a retry or a reconnect (`_retry.sleep` / `_retry.async_sleep`, which tests replace)."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def sync(self) -> None:
        _retry.sleep(self.seconds)

    async def asynchronous(self) -> None:
        await _retry.async_sleep(self.seconds)


class AuthFor(Op):
    """The auth headers of the next attempt (calling, and on `AsyncParley` awaiting, `headers=`)."""

    __slots__ = ("auth",)

    def __init__(self, auth: AuthHeaders) -> None:
        self.auth = auth

    def sync(self) -> dict[str, str]:
        return self.auth.resolve()

    async def asynchronous(self) -> dict[str, str]:
        return await self.auth.aresolve()


class Read(Op):
    """Read the rest of a streamed response's body (so that its error can be shown)."""

    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    def sync(self) -> None:
        self.response.read()

    async def asynchronous(self) -> None:
        await self.response.aread()


class Close(Op):
    """Close a response, giving its connection back to the pool."""

    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    def sync(self) -> None:
        self.response.close()

    async def asynchronous(self) -> None:
        await self.response.aclose()


class Pieces(Op):
    """The next piece of a response's body as it arrives, None at its end (yield the same object each time)."""

    __slots__ = ("iterator", "response")

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.iterator: Iterator[bytes] | AsyncIterator[bytes] | None = None

    def sync(self) -> bytes | None:
        if self.iterator is None:
            self.iterator = self.response.iter_bytes()
        assert isinstance(self.iterator, Iterator)
        return next(self.iterator, None)

    async def asynchronous(self) -> bytes | None:
        if self.iterator is None:
            self.iterator = self.response.aiter_bytes()
        assert isinstance(self.iterator, AsyncIterator)
        return await anext(self.iterator, None)


class Items:
    """Items for the caller, many at once: an iterator the driver passes on as is (a stream's hot loop).

    The iterator yields nothing but items; it may stop early (a stream closed by its caller) and
    the flow then goes on from where it yielded the `Items`.
    """

    __slots__ = ("iterator",)

    def __init__(self, iterator: Iterator[Any]) -> None:
        self.iterator = iterator


# -- the drivers ----------------------------------------------------------------------------------


def run(flow: Flow[T]) -> T:
    """Carry out `flow` with blocking I/O; what it returns."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            op = flow.send(value) if error is None else flow.throw(error)
        except StopIteration as stop:
            result: T = stop.value
            return result
        value, error = _carry(op)


async def arun(flow: Flow[T]) -> T:
    """Carry out `flow` with `await`; what it returns."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            op = flow.send(value) if error is None else flow.throw(error)
        except StopIteration as stop:
            result: T = stop.value
            return result
        value, error = await _acarry(op)


def iterate(flow: Flow[None]) -> Iterator[Any]:
    """Carry out a stream's `flow` with blocking I/O, yielding its items as the caller asks for them."""
    send, throw = flow.send, flow.throw
    try:
        item = send(None)
        while True:
            if isinstance(item, Op):
                value, error = _carry(item)
                item = send(value) if error is None else throw(error)
            elif item.__class__ is Items:
                yield from item.iterator
                item = send(None)
            else:
                yield item
                item = send(None)
    except StopIteration:
        return
    finally:
        run(_leave(flow))


async def aiterate(flow: Flow[None]) -> AsyncIterator[Any]:
    """Carry out a stream's `flow` with `await`, yielding its items as the caller asks for them."""
    send, throw = flow.send, flow.throw
    try:
        item = send(None)
        while True:
            if isinstance(item, Op):
                value, error = await _acarry(item)
                item = send(value) if error is None else throw(error)
            elif item.__class__ is Items:
                for each in item.iterator:
                    yield each
                item = send(None)
            else:
                yield item
                item = send(None)
    except StopIteration:
        return
    finally:
        await arun(_leave(flow))


def _carry(op: Op) -> tuple[Any, BaseException | None]:
    """The operation's result, or the exception it raised (to be raised inside the flow, where it belongs)."""
    try:
        return op.sync(), None
    except BaseException as exc:
        return None, exc


async def _acarry(op: Op) -> tuple[Any, BaseException | None]:
    try:
        return await op.asynchronous(), None
    except BaseException as exc:
        return None, exc


def _leave(flow: Flow[None]) -> Flow[None]:
    """Throw `GeneratorExit` into a flow its caller left, passing on the I/O its cleanup yields."""
    value: Any = None
    error: BaseException | None = GeneratorExit()
    while True:
        try:
            item = flow.send(value) if error is None else flow.throw(error)
        except (StopIteration, GeneratorExit):
            return
        if isinstance(item, Op):
            try:
                value, error = (yield item), None
            except BaseException as exc:
                value, error = None, exc
        else:
            value, error = None, GeneratorExit()
