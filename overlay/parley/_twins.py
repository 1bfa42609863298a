"""Async twins: the async client's methods are the sync client's, awaited.

A method is written once, for the synchronous side: it builds its request and hands it to
`self._client._request` (or `_paginate`, `_stream`). `async_twin(Sync.method)` runs that very body
with an `AsyncParley`, whose `_request` returns a coroutine, and awaits the result; `page_twin`
calls a list method as it is (the async `_paginate` returns an `AsyncPaginator`). Everything a
method does before the request (arguments, message normalisation, bodies) is thus shared, and
the two surfaces cannot drift apart. Each twin carries the sync method's docstring and a
signature whose return type names the async classes, so `help()` and `inspect` describe what
the async method returns.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

from ._pagination import AsyncPaginator, SyncPage

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def async_twin(method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]:
    """The async version of a synchronous resource method: the same body, awaited."""

    async def twin(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        pending: Any = method(self, *args, **kwargs)
        result: R = await pending
        return result

    _copy_identity(twin, method)
    _async_signature(twin, method)
    return twin


def page_twin(method: Callable[Concatenate[Any, P], SyncPage[T]]) -> Callable[Concatenate[Any, P], AsyncPaginator[T]]:
    """The async version of a list method: the same body, returning an `AsyncPaginator`."""

    def twin(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> AsyncPaginator[T]:
        return cast(AsyncPaginator[T], method(self, *args, **kwargs))

    _copy_identity(twin, method)
    _async_signature(twin, method)
    return twin


def alias(method: Callable[P, R], origin: str) -> Callable[P, R]:
    """Another name for `method`, as the seed SDK `origin` called it (documented as an alias)."""

    def renamed(*args: P.args, **kwargs: P.kwargs) -> R:
        return method(*args, **kwargs)

    _copy_identity(renamed, method)
    renamed.__doc__ = f"Alias of `{method.__name__}` (the name {origin} uses).\n\n{method.__doc__ or ''}"
    return renamed


def _copy_identity(wrapper: Any, wrapped: Any) -> None:
    functools.update_wrapper(wrapper, wrapped)


_ASYNC_NAMES = {"SyncPage": "AsyncPaginator", "Stream": "AsyncStream", "ThreadRunStream": "AsyncThreadRunStream"}
_SYNC_NAME = re.compile(r"\b(" + "|".join(_ASYNC_NAMES) + r")\b")


def _async_signature(twin: Any, method: Any) -> None:
    """Give `twin` the signature of `method` with the sync return classes renamed to the async ones.

    Only where the return annotation names one (pages and streams): for the rest, `inspect` already
    finds the right signature through `__wrapped__`, and building one at import time would be waste.
    """
    returned = method.__annotations__.get("return")
    if isinstance(returned, str) and _SYNC_NAME.search(returned):
        renamed = _SYNC_NAME.sub(lambda name: _ASYNC_NAMES[name[1]], returned)
        twin.__signature__ = inspect.signature(method).replace(return_annotation=renamed)
