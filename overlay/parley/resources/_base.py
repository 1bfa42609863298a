"""What every resource shares: its client, and helpers to build bodies and parse answers.

A resource method is written once, for the synchronous client: it builds the request with the
generated operation's `_get_kwargs` and hands it to `self._client._request` (or `_paginate`,
`_stream`); the async resource reuses that very function through `parley._twins`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .._twins import alias, async_twin, page_twin
from .._types import NotGiven

if TYPE_CHECKING:
    from .._client import AsyncParley, Parley

T = TypeVar("T")

__all__ = ["AsyncResource", "SyncResource", "alias", "async_twin", "content_bytes", "fields", "json_as", "page_twin"]


class SyncResource:
    """A group of API methods of the synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: Parley) -> None:
        self._client = client


class AsyncResource:
    """A group of API methods of the async client (each one awaited)."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncParley) -> None:
        self._client = client


def fields(**values: Any) -> dict[str, Any]:
    """The arguments that were given (every `NOT_GIVEN` left out)."""
    return {name: value for name, value in values.items() if not isinstance(value, NotGiven)}


def json_as(from_dict: Callable[[Mapping[str, Any]], T]) -> Callable[[httpx.Response], T]:
    """A parser for a 2xx JSON answer into the generated model `from_dict` builds."""

    def parse(response: httpx.Response) -> T:
        return from_dict(response.json())

    return parse


def content_bytes(response: httpx.Response) -> bytes:
    """A parser for a 2xx binary answer: its bytes."""
    return response.content
