"""What every resource shares: the requester its calls go through, and building request bodies.

A resource method is written once, for the synchronous client: it builds the request with the
generated operation's `request_kwargs` and hands it to `self._requester`; the async resource
runs that very function through `parley._twins.twin`. Generated operations and models are
imported inside the methods, so that creating a client and touching its resources stays cheap.
"""

from __future__ import annotations

from typing import Any

from .._requester import AsyncRequester, Requester
from .._types import NotGiven


class SyncResource:
    """A group of API methods of the synchronous client."""

    __slots__ = ("_requester",)

    def __init__(self, requester: Requester) -> None:
        self._requester = requester


class AsyncResource:
    """A group of API methods of the async client (each one awaited)."""

    __slots__ = ("_requester",)

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester


def fields(**values: Any) -> dict[str, Any]:
    """The arguments that were given (every `NOT_GIVEN` left out)."""
    return {name: value for name, value in values.items() if not isinstance(value, NotGiven)}
