"""What every resource shares: the requester its calls go through, and the JSON fields of a request.

Most methods are the generated typed calls of `parley_client.calls`, bound by `parley._bind`. A
hand-written method is written once, for the synchronous client: it builds the request with the
generated operation's `request_kwargs` and hands it to `self._requester`; the async resource runs
that very function through `parley._twins.twin`. Generated operations and models are imported
inside the methods, so that creating a client and touching its resources stays cheap.

A JSON body is sent as the caller's fields (`request_kwargs(body={...})`), not round-tripped
through the generated request model, whose `from_dict` would drop the keys its schema does not
know: an unknown key (inside a message, say) reaches the server, whose 400 names it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from parley_client.calls import fields as fields  # the generated calls' own: what was given, as JSON

from .._bind import BoundMethods
from .._requester import AsyncRequester, Requester
from .._types import PostOptions


class _Resource(BoundMethods):
    __slots__ = ()


class SyncResource(_Resource):
    """A group of API methods of the synchronous client; `path`: the ids a handle stands for."""

    __slots__ = ("_path", "_requester")

    def __init__(self, requester: Requester, *path: str) -> None:
        self._requester = requester
        self._path = path


class AsyncResource(_Resource):
    """A group of API methods of the async client (each one awaited)."""

    __slots__ = ("_path", "_requester")

    def __init__(self, requester: AsyncRequester, *path: str) -> None:
        self._requester = requester
        self._path = path


class Handle:
    """What a handle on one object adds (`client.threads(thread_id)`): its `id`, shown by `repr`."""

    __slots__ = ()
    _path: tuple[str, ...]

    @property
    def id(self) -> str:
        """The id of the object (thread, run) this handle stands for."""
        return self._path[-1]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.id!r})"


_OPTIONS = PostOptions.__optional_keys__


def split(
    params: Mapping[str, Any], allowed: type, method: str, required: tuple[str, ...] = ()
) -> tuple[PostOptions, dict[str, Any]]:
    """The call's options and its given fields, from the keywords of a method typed by the `TypedDict` `allowed`.

    A keyword `allowed` does not list, or a `required` one missing, is a `TypeError`, as for any function.
    """
    unknown = params.keys() - allowed.__optional_keys__ - allowed.__required_keys__  # type: ignore[attr-defined]
    if unknown:
        raise TypeError(f"{method}() got an unexpected keyword argument {min(unknown)!r}")
    missing = [name for name in required if name not in params]
    if missing:
        raise TypeError(f"{method}() missing required keyword argument {missing[0]!r}")
    options: Any = {name: value for name, value in params.items() if name in _OPTIONS}
    return options, fields(**{name: value for name, value in params.items() if name not in _OPTIONS})
