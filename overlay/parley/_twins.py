"""Async twins: the async surface runs the very code of the sync one, awaited.

A method is written once, for the synchronous side: it builds its request and hands it to its
requester (`self._requester.request(...)`, `.paginate`, `.stream`, `.run_stream`), or a stream
hands its flow to `self._drive`. `twin(Sync.method)` runs that body with the async object, whose
requester and `_drive` return coroutines, and awaits the result; for a list method (typed
`-> SyncPage[T]`) it returns the `AsyncPaginator` the async requester makes, unawaited. Everything
a method does before its I/O (arguments, message normalisation, bodies, state) is thus shared,
and the two surfaces cannot drift apart.

For type checkers `twin` maps `(self, *P) -> R` to `(self, *P) -> Coroutine[R]` (overloads kept)
and `-> SyncPage[T]` to `-> AsyncPaginator[T]`. Methods whose sync return type is a class variable
(`RunStreamT`, `CompletionStreamT`) are twinned from the class specialised for the async stream
class: `twin(ThreadHandle[AsyncThreadRunStream].chat)`. For `help()` and `inspect`, each twin
carries the sync method's docstring and a signature naming the async classes it returns.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, overload

if TYPE_CHECKING:
    from ._pagination import AsyncPaginator, SyncPage

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

_ASYNC_NAMES = {
    "SyncPage": "AsyncPaginator",
    "Stream": "AsyncStream",
    "ThreadRunStream": "AsyncThreadRunStream",
    "RunStreamT": "AsyncThreadRunStream",
    "CompletionStreamT": "AsyncStream[ChatCompletionChunk]",
}
_SYNC_NAME = re.compile(r"\b(" + "|".join(_ASYNC_NAMES) + r")\b")


@overload
def twin(  # type: ignore[overload-overlap]  # a page is an R too; the first match wins
    method: Callable[Concatenate[Any, P], SyncPage[T]],
) -> Callable[Concatenate[Any, P], AsyncPaginator[T]]: ...
@overload
def twin(method: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]: ...
def twin(method: Callable[..., Any]) -> Callable[..., Any]:
    """The async version of a sync method: the same body, awaited (a list method's paginator as it is)."""
    returned = str(method.__annotations__.get("return", ""))
    if returned.startswith("SyncPage["):

        def paginate(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            return method(self, *args, **kwargs)

        return _described(paginate, method, returned)

    async def awaited(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        return await method(self, *args, **kwargs)

    return _described(awaited, method, returned)


def alias(
    method: Callable[Concatenate[Any, P], R], origin: str, name: str | None = None
) -> Callable[Concatenate[Any, P], R]:
    """Another name for `method`, as the seed SDK `origin` called it (documented as an alias).

    `method` may be another resource's: its body only needs `self._requester`.
    """

    def renamed(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return method(self, *args, **kwargs)

    functools.update_wrapper(renamed, method)
    renamed.__doc__ = f"Alias of `{name or method.__name__}` (the name {origin} uses).\n\n{method.__doc__ or ''}"
    return renamed


def _described(twin: Callable[..., Any], method: Callable[..., Any], returned: str) -> Callable[..., Any]:
    """`twin` with `method`'s name and docstring, and its signature with the async classes named."""
    functools.update_wrapper(twin, method)
    if _SYNC_NAME.search(returned):  # otherwise `inspect` finds the right signature through __wrapped__
        renamed = _SYNC_NAME.sub(lambda found: _ASYNC_NAMES[found[1]], returned)
        twin.__signature__ = inspect.signature(method).replace(return_annotation=renamed)  # type: ignore[attr-defined]
    return twin
