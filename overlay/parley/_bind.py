"""Resource methods from the generated typed calls: `retrieve = bind(calls.get_workspace)`.

A function of `parley_client.calls` takes an operation's arguments and options and describes the
request (`Call[Model]`, `PageCall[Item]`) without sending it. `bind` makes it a method of a sync
resource that sends the call through `self._requester` and answers the model (or a `SyncPage`);
`abind` makes it a method of an async resource answering a coroutine (or an `AsyncPaginator`).
`bind(call, 1)` (or 2) makes a handle's method: the call's first path argument(s) come from the
handle (`self._path`, e.g. the thread id of `client.threads(thread_id)`), not from the caller.

For type checkers the argument list is the call function's (`ParamSpec`), without those path
arguments; for `help()` and `inspect` each method carries its docstring and a signature with
`self` and the real answer (`-> Workspace`, `-> SyncPage[Workspace]`).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, Literal, ParamSpec, TypeVar, overload

from parley_client.calls import Call, PageCall

from ._call import json_as

if TYPE_CHECKING:
    from ._pagination import AsyncPaginator, SyncPage

P = ParamSpec("P")
T = TypeVar("T")

_ANSWER = re.compile(r"^(Page)?Call\[(.*)\]$")


@overload
def bind(call: Callable[P, PageCall[T]], path: Literal[0] = 0) -> Callable[Concatenate[Any, P], SyncPage[T]]: ...
@overload
def bind(call: Callable[P, Call[T]], path: Literal[0] = 0) -> Callable[Concatenate[Any, P], T]: ...
@overload
def bind(
    call: Callable[Concatenate[str, P], PageCall[T]], path: Literal[1]
) -> Callable[Concatenate[Any, P], SyncPage[T]]: ...
@overload
def bind(call: Callable[Concatenate[str, P], Call[T]], path: Literal[1]) -> Callable[Concatenate[Any, P], T]: ...
@overload
def bind(call: Callable[Concatenate[str, str, P], Call[T]], path: Literal[2]) -> Callable[Concatenate[Any, P], T]: ...
def bind(call: Callable[..., Any], path: int = 0) -> Callable[..., Any]:
    """A sync resource's method sending `call(...)` and answering its model (a list's first page)."""

    def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        made = call(*self._path[:path], *args, **kwargs)
        if isinstance(made, PageCall):
            return self._requester.paginate(made)
        return self._requester.request(made.kwargs, made.options, json_as(made.decode))

    return _described(method, call, path, "SyncPage")


@overload
def abind(call: Callable[P, PageCall[T]], path: Literal[0] = 0) -> Callable[Concatenate[Any, P], AsyncPaginator[T]]: ...
@overload
def abind(
    call: Callable[P, Call[T]], path: Literal[0] = 0
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, T]]: ...
@overload
def abind(
    call: Callable[Concatenate[str, P], PageCall[T]], path: Literal[1]
) -> Callable[Concatenate[Any, P], AsyncPaginator[T]]: ...
@overload
def abind(
    call: Callable[Concatenate[str, P], Call[T]], path: Literal[1]
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, T]]: ...
@overload
def abind(
    call: Callable[Concatenate[str, str, P], Call[T]], path: Literal[2]
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, T]]: ...
def abind(call: Callable[..., Any], path: int = 0) -> Callable[..., Any]:
    """An async resource's method: awaited for one answer, a paginator (unawaited) for a list."""
    if str(call.__annotations__.get("return", "")).startswith("PageCall["):

        def paginate(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            return self._requester.paginate(call(*self._path[:path], *args, **kwargs))

        return _described(paginate, call, path, "AsyncPaginator")

    async def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        made = call(*self._path[:path], *args, **kwargs)
        return await self._requester.request(made.kwargs, made.options, json_as(made.decode))

    return _described(method, call, path, "AsyncPaginator")


class BoundMethods:
    """A class whose body binds calls: each bound method (and alias of one) takes its attribute's name."""

    __slots__ = ()
    _path: tuple[str, ...] = ()
    """The ids a handle's methods fill the call's first arguments with (none for a client or a resource)."""

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        for name, value in vars(cls).items():
            if inspect.isfunction(value) and getattr(value, "__bound_call__", False):
                value.__name__, value.__qualname__ = name, f"{cls.__qualname__}.{name}"
                value.__module__ = cls.__module__


def _described(method: Callable[..., Any], call: Callable[..., Any], path: int, page: str) -> Callable[..., Any]:
    """`method` with `call`'s docstring, and its signature with `self` first and the answer it gives."""
    method.__doc__ = call.__doc__
    method.__name__ = method.__qualname__ = call.__name__  # until its class names it (`BoundMethods`)
    method.__bound_call__ = True  # type: ignore[attr-defined]
    method.__wrapped__ = call  # type: ignore[attr-defined]
    signature = inspect.signature(call)
    found = _ANSWER.match(str(signature.return_annotation))
    answer = (f"{page}[{found[2]}]" if found[1] else found[2]) if found else signature.return_annotation
    self = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    arguments = list(signature.parameters.values())[path:]
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[self, *arguments], return_annotation=answer
    )
    return method
