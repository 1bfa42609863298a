"""The shapes callers pass in: per-call options, header sources, timeouts."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypedDict

import httpx

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
