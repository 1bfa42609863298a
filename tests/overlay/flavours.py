"""One test body, two flavours: `Parley` as it is, and `AsyncParley` behind a blocking facade.

The `flavour` fixture (conftest) is parametrized `sync` / `async`. A test writes its body once, in
the synchronous style, against `flavour.client(...)`:

- `sync`: a real `Parley`;
- `async`: a real `AsyncParley` whose every call runs on an event loop owned by the test: each
  coroutine is run to its end, an `AsyncPaginator` is awaited (so, as in the sync flavour, the first
  page is fetched by the call itself), and every object with `__aiter__` or `__aenter__` (pages,
  streams) iterates with `for` and enters with `with`, through `__anext__`, `aclose()` and
  `__aexit__`. Leaving a `for` loop early closes the async iterator at once, as `async with` would.

So the async drivers run for real (on a real loop, over `httpx.AsyncClient`); only the test's own
syntax is shared. `unwrap(obj)` gives the real object behind the facade (for `isinstance` checks).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import httpx
from parley import (
    AsyncPage,
    AsyncPaginator,
    AsyncParley,
    AsyncStream,
    AsyncThreadRunStream,
    Parley,
    Stream,
    SyncPage,
    ThreadRunStream,
)

from .stream_helpers import AsyncBody, Body

BASE_URL = "http://parley.test"
API_KEY = "prl_test_secret_key_0123456789"

Handler = Callable[[httpx.Request], httpx.Response]


class Flavour:
    """What a test body needs to know about the flavour it runs in."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.is_async = name == "async"
        self.loop: asyncio.AbstractEventLoop | None = asyncio.new_event_loop() if self.is_async else None
        self.Page: type[Any] = AsyncPage if self.is_async else SyncPage
        self.Stream: type[Any] = AsyncStream if self.is_async else Stream
        self.RunStream: type[Any] = AsyncThreadRunStream if self.is_async else ThreadRunStream

    def __repr__(self) -> str:
        return self.name

    def client(
        self, handler: Handler | None = None, *, base_url: str = BASE_URL, transport: Any = None, **kwargs: Any
    ) -> Any:
        """A client of this flavour: over a `MockTransport(handler)`, `transport`, or a real connection."""
        kwargs.setdefault("api_key", API_KEY)
        if handler is not None:
            transport = httpx.MockTransport(handler)
        if not self.is_async:
            if transport is not None:
                kwargs["http_client"] = httpx.Client(transport=transport)
            return Parley(base_url=base_url, **kwargs)
        if transport is not None:
            kwargs["http_client"] = httpx.AsyncClient(transport=transport)
        return self.blocking(AsyncParley(base_url=base_url, **kwargs))

    def body(self, pieces: list[bytes], error: Exception | None = None) -> Body | AsyncBody:
        """A scripted response body of this flavour (`Body` or `AsyncBody`)."""
        return AsyncBody(pieces, error) if self.is_async else Body(pieces, error)

    def blocking(self, value: Any) -> Any:
        """`value` as the synchronous style sees it (async flavour: awaited, wrapped)."""
        if self.loop is None:
            return value
        if asyncio.iscoroutine(value) or isinstance(value, AsyncPaginator):
            return self.blocking(self.loop.run_until_complete(_awaited(value)))
        if callable(value) or hasattr(value, "__aiter__") or hasattr(value, "__aenter__") or _is_sdk(value):
            return Blocking(value, self)
        return value

    def close(self) -> None:
        if self.loop is not None:
            self.loop.run_until_complete(self.loop.shutdown_asyncgens())
            self.loop.close()


async def _awaited(value: Any) -> Any:
    return await value


def _is_sdk(value: Any) -> bool:
    module = type(value).__module__
    return (module == "parley" or module.startswith("parley.")) and not isinstance(value, BaseException)


class Blocking:
    """An async SDK object (client, resource, page, stream, method) used with synchronous syntax."""

    __slots__ = ("_flavour", "_target")

    def __init__(self, target: Any, flavour: Flavour) -> None:
        self._target = target
        self._flavour = flavour

    def __getattr__(self, name: str) -> Any:
        if name == "close" and hasattr(self._target, "aclose"):
            name = "aclose"
        return self._flavour.blocking(getattr(self._target, name))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._flavour.blocking(self._target(*args, **kwargs))

    def __iter__(self) -> Iterator[Any]:
        loop = self._flavour.loop
        assert loop is not None
        iterator = self._target.__aiter__()
        try:
            while True:
                try:
                    item = loop.run_until_complete(_next(iterator))
                except StopAsyncIteration:
                    return
                yield self._flavour.blocking(item)
        finally:
            if hasattr(iterator, "aclose") and not loop.is_closed():
                loop.run_until_complete(iterator.aclose())

    def __next__(self) -> Any:
        loop = self._flavour.loop
        assert loop is not None
        try:
            return self._flavour.blocking(loop.run_until_complete(_next(self._target)))
        except StopAsyncIteration:
            raise StopIteration from None

    def __enter__(self) -> Blocking:
        self._flavour.blocking(self._target.__aenter__())
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self._flavour.blocking(self._target.__aexit__(*exc_info))

    def __len__(self) -> int:
        return len(self._target)

    def __repr__(self) -> str:
        return repr(self._target)


async def _next(iterator: Any) -> Any:
    return await iterator.__anext__()


def unwrap(value: Any) -> Any:
    """The real SDK object behind a facade (the value itself in the sync flavour)."""
    return value._target if isinstance(value, Blocking) else value
