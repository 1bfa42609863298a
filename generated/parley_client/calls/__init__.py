"""Typed calls: one function per operation that describes its request without sending it.

Each operation of the `calls.<tag>` modules (written by tools/sdk_calls.py from openapi.yaml)
takes the operation's parameters and body fields as Python arguments plus per-call options, and
answers a `Call[Model]` (one answer, decoded by the model's fast decoder) or a `PageCall[Model]` (a
list of `Model`, page by page). Nothing here does I/O: any sender can carry a call out (the
`parley` SDK binds these functions as the methods of its resources, sync and async).

Operations and models are imported inside each function, so importing a `calls` module is cheap.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Generic, TypedDict, TypeVar

import httpx

T = TypeVar("T")

Headers = Mapping[str, str]
"""Header names and values."""

Query = Mapping[str, str | int | float | bool | None]
"""Query parameters (values are encoded the way httpx encodes them)."""

Body = Mapping[str, Any]
"""JSON object fields."""

TimeoutTypes = float | httpx.Timeout
"""Seconds for every phase of a request, or an `httpx.Timeout` with one value per phase."""

HeadersSource = Headers | Callable[[], Headers]
"""`headers=` of `Parley`: a dict, or a function returning one, called before every request."""

AsyncHeadersSource = Headers | Callable[[], Headers | Awaitable[Headers]]
"""`headers=` of `AsyncParley`: a dict, or a function (plain or `async`) returning one, called before every request."""


class RequestOptions(TypedDict, total=False):
    """Keyword arguments every API method accepts, for this call only.

    - `extra_headers`: headers to add (they win over every other header of the request);
    - `extra_query`: query parameters to add;
    - `extra_body`: JSON fields to add to the request body (ignored by methods without a body);
    - `timeout`: seconds (or an `httpx.Timeout`) instead of the client's timeout;
    - `stream_idle_timeout`: for a streaming call, seconds without any byte after which the stream
      raises `APITimeoutError`, instead of the client's (`None`: wait forever).
    """

    extra_headers: Headers
    extra_query: Query
    extra_body: Body
    timeout: TimeoutTypes
    stream_idle_timeout: float | None


class PostOptions(RequestOptions, total=False):
    """`RequestOptions` plus `idempotency_key`, for the methods that `POST`.

    Every POST carries an `Idempotency-Key` header so that a retried request never acts twice. By
    default the SDK makes one random key per call and sends it unchanged on each retry; pass
    `idempotency_key=` to choose it yourself (for example to retry safely across processes).
    """

    idempotency_key: str


class NotGiven:
    """The type of `NOT_GIVEN`: "leave this out of the request" (where `None` would mean JSON null)."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
"""Default of every optional API argument: the field is not sent, so the server's default applies."""


class Call(Generic[T]):
    """One call: the operation's `request_kwargs(...)`, the per-call options, the decoder of its 2xx JSON."""

    __slots__ = ("decode", "kwargs", "options")

    def __init__(self, kwargs: Mapping[str, Any], options: RequestOptions, decode: Callable[[Any], T]) -> None:
        self.kwargs = kwargs
        self.options = options
        self.decode = decode


class PageCall(Generic[T]):
    """A list of `T`: `build(**args)` makes each page's request, `decode` reads a page.

    `items` names the page's field holding the items (`data`, `sessions`, `entries`...);
    `following` the query parameter that asks for the next page: `after` (a cursor), `page` (a
    page number), `offset`, or None when the list comes in one piece.
    """

    __slots__ = ("args", "build", "decode", "following", "items", "options")

    def __init__(
        self,
        build: Callable[..., Mapping[str, Any]],
        args: dict[str, Any],
        decode: Callable[[Any], Any],
        options: RequestOptions,
        items: str = "data",
        following: str | None = "after",
    ) -> None:
        self.build = build
        self.args = args
        self.decode = decode
        self.options = options
        self.items = items
        self.following = following


def checked(options: Mapping[str, object], allowed: type, operation: str) -> None:
    """Refuse a keyword that is neither an argument of `operation` (`"create_thread()"`) nor an option (a typo).

    `**options` takes any keyword at run time, so without this a misspelt argument would be
    dropped without a word.
    """
    unknown = options.keys() - allowed.__optional_keys__  # type: ignore[attr-defined]
    if unknown:
        raise TypeError(
            f"{operation} got an unexpected keyword argument {min(unknown)!r}: neither an argument of the "
            f"operation nor a per-call option ({', '.join(sorted(allowed.__optional_keys__))})"  # type: ignore[attr-defined]
        )


def fields(**values: Any) -> dict[str, Any]:
    """The arguments that were given (every `NOT_GIVEN` left out), sequences as JSON lists."""
    return {
        name: list(value) if isinstance(value, Sequence) and not isinstance(value, (str, bytes, list)) else value
        for name, value in values.items()
        if not isinstance(value, NotGiven)
    }


def idempotency_key(options: PostOptions) -> str:
    """The caller's `idempotency_key=`, or a fresh random one: call once per logical call."""
    return options.get("idempotency_key") or str(uuid.uuid4())
