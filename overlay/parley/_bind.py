"""Resource methods from the generated typed calls: `retrieve = bind(calls.get_workspace)`.

A function of `parley_client.calls` takes an operation's arguments and options and describes the
request (`Call[Model]`, `PageCall[Item]`) without sending it. `bind` makes it a method of a sync
resource that sends the call through `self._requester` and answers the model (or a `SyncPage`);
`abind` makes it a method of an async resource answering a coroutine (or an `AsyncPaginator`).
For type checkers the argument list is the call function's, unchanged (`ParamSpec`); for `help()`
and `inspect` each method carries its docstring and a signature with `self` and the real answer.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, overload

from parley_client.calls import Call, PageCall

from ._call import json_as
from ._pagination import CURSOR

if TYPE_CHECKING:
    from ._pagination import AsyncPaginator, SyncPage

P = ParamSpec("P")
T = TypeVar("T")

_ANSWER = re.compile(r"^(Page)?Call\[(.*)\]$")


@overload
def bind(call: Callable[P, PageCall[T]]) -> Callable[Concatenate[Any, P], SyncPage[T]]: ...
@overload
def bind(call: Callable[P, Call[T]]) -> Callable[Concatenate[Any, P], T]: ...
def bind(call: Callable[..., Any]) -> Callable[..., Any]:
    """A sync resource's method sending `call(...)` and answering its model (a list's first page)."""

    def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        made = call(*args, **kwargs)
        if isinstance(made, PageCall):
            return self._requester.paginate(made.build, made.args, CURSOR, json_as(made.decode), made.options)
        return self._requester.request(made.kwargs, made.options, json_as(made.decode))

    return _described(method, call, "SyncPage")


@overload
def abind(call: Callable[P, PageCall[T]]) -> Callable[Concatenate[Any, P], AsyncPaginator[T]]: ...
@overload
def abind(call: Callable[P, Call[T]]) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, T]]: ...
def abind(call: Callable[..., Any]) -> Callable[..., Any]:
    """An async resource's method: awaited for one answer, a paginator (unawaited) for a list."""
    if str(call.__annotations__.get("return", "")).startswith("PageCall["):

        def paginate(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            made = call(*args, **kwargs)
            return self._requester.paginate(made.build, made.args, CURSOR, json_as(made.decode), made.options)

        return _described(paginate, call, "AsyncPaginator")

    async def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
        made = call(*args, **kwargs)
        return await self._requester.request(made.kwargs, made.options, json_as(made.decode))

    return _described(method, call, "AsyncPaginator")


def _described(method: Callable[..., Any], call: Callable[..., Any], page: str) -> Callable[..., Any]:
    """`method` with `call`'s docstring, and its signature with `self` first and the answer it gives."""
    method.__doc__ = call.__doc__
    method.__name__ = method.__qualname__ = call.__name__  # the resource names it (`_base.Resource`)
    method.__bound_call__ = True  # type: ignore[attr-defined]
    method.__wrapped__ = call  # type: ignore[attr-defined]
    signature = inspect.signature(call)
    found = _ANSWER.match(str(signature.return_annotation))
    answer = (f"{page}[{found[2]}]" if found[1] else found[2]) if found else signature.return_annotation
    self = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[self, *signature.parameters.values()], return_annotation=answer
    )
    return method
