"""What the resources send their calls through: one client's pipeline, driven blocking or awaited.

A resource method builds its request with the generated operation's `request_kwargs` (or its
typed call of `parley_client.calls`) and hands it to `request` (an answer), `paginate` (a list),
`stream` (a completion stream) or `run_stream` (a thread run's events). `Requester` carries the
pipeline's flows out with blocking I/O and wraps the results in the synchronous classes;
`AsyncRequester` awaits them and wraps them in the async ones. That is all that differs: what to
send and how to read the answer is decided once, in `_pipeline`, `_pagination` and `_streams`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx
from parley_client.calls import PageCall

from ._call import json_as
from ._flow import arun, run
from ._pagination import AsyncPaginator, PageStyle, SyncPage, Walk
from ._pipeline import Pipeline
from ._streams.completion import AsyncStream, Stream
from ._streams.run import AsyncThreadRunStream, RunCore, ThreadRunStream
from ._types import RequestOptions

T = TypeVar("T")

Kwargs = Mapping[str, Any]
"""A generated operation's request: `request_kwargs(...)`."""


class _Requester:
    __slots__ = ("pipeline",)

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def _walk(self, call: PageCall[Any]) -> Walk:
        style = PageStyle.of(call.items, call.following)
        return Walk(self.pipeline, call.build, style, json_as(call.decode), call.options)


class Requester(_Requester):
    """Sends the calls of `Parley`'s resources."""

    __slots__ = ()

    def request(self, kwargs: Kwargs, options: RequestOptions, parse: Callable[[httpx.Response], T]) -> T:
        """Send one call; its parsed answer."""
        return run(self.pipeline.call(kwargs, options, parse))

    def paginate(self, call: PageCall[T]) -> SyncPage[T]:
        """Fetch the first page of a list call."""
        return SyncPage.first(self._walk(call), call.args)

    def stream(self, kwargs: Kwargs, options: RequestOptions, decode: Callable[[Any], T]) -> Stream[T]:
        """Send a call that answers a completion stream; the `Stream` of `decode`d chunks."""
        return Stream(run(self.pipeline.open_stream(kwargs, options)), decode)

    def run_stream(
        self, kwargs: Kwargs, options: RequestOptions, thread_id: str, *, run_id: str | None = None, after: int = 0
    ) -> ThreadRunStream:
        """Send a call that answers a run's events; the resumable `ThreadRunStream`."""
        response = run(self.pipeline.open_stream(kwargs, options))
        return ThreadRunStream(RunCore(self.pipeline, response, thread_id, options, run_id=run_id, after=after))


class AsyncRequester(_Requester):
    """Sends the calls of `AsyncParley`'s resources (the same methods, awaited)."""

    __slots__ = ()

    async def request(self, kwargs: Kwargs, options: RequestOptions, parse: Callable[[httpx.Response], T]) -> T:
        """Send one call; its parsed answer."""
        return await arun(self.pipeline.call(kwargs, options, parse))

    def paginate(self, call: PageCall[T]) -> AsyncPaginator[T]:
        """A paginator over a list call (nothing is fetched before it is awaited or iterated)."""
        return AsyncPaginator(self._walk(call), call.args)

    async def stream(self, kwargs: Kwargs, options: RequestOptions, decode: Callable[[Any], T]) -> AsyncStream[T]:
        """Send a call that answers a completion stream; the `AsyncStream` of `decode`d chunks."""
        return AsyncStream(await arun(self.pipeline.open_stream(kwargs, options)), decode)

    async def run_stream(
        self, kwargs: Kwargs, options: RequestOptions, thread_id: str, *, run_id: str | None = None, after: int = 0
    ) -> AsyncThreadRunStream:
        """Send a call that answers a run's events; the resumable `AsyncThreadRunStream`."""
        response = await arun(self.pipeline.open_stream(kwargs, options))
        return AsyncThreadRunStream(RunCore(self.pipeline, response, thread_id, options, run_id=run_id, after=after))
