"""One logical API call, ready to send: the generated operation's request plus per-call options.

`prepare()` runs once per call (not per attempt), so everything it decides, the
`Idempotency-Key` included, is identical on every retry.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, TypeVar

import httpx
from parley_client.calls import checked
from parley_client.calls import idempotency_key as idempotency_key  # the generated calls' own

from ._headers import checked_headers
from ._types import PostOptions, RequestOptions

T = TypeVar("T")


def new_idempotency_key() -> str:
    """A fresh random `Idempotency-Key`."""
    return str(uuid.uuid4())


class Prepared(NamedTuple):
    """A request's method, URL, query, headers, body and timeout, before auth headers are added."""

    method: str
    url: str
    params: dict[str, Any] | None
    headers: dict[str, str]
    json: Any
    files: Any
    data: Any
    timeout: httpx.Timeout


def prepare(base_url: str, kwargs: Mapping[str, Any], options: RequestOptions, timeout: httpx.Timeout) -> Prepared:
    """Merge a generated operation's `request_kwargs(...)` with the per-call options.

    The operation's own headers (`Idempotency-Key`, `Content-Type`, `Last-Event-ID`) come first,
    `extra_headers` win over them; `extra_query` is added to the query; `extra_body` to the JSON
    body (or to the form fields of an upload). The generated multipart `Content-Type` with its
    fixed boundary is dropped, so httpx picks a random boundary for each upload.
    """
    method = str(kwargs["method"]).upper()
    headers = {name.lower(): str(value) for name, value in (kwargs.get("headers") or {}).items()}
    files = kwargs.get("files")
    if files is not None and headers.get("content-type", "").startswith("multipart/"):
        del headers["content-type"]
    if method == "POST" and "idempotency-key" not in headers:
        headers["idempotency-key"] = new_idempotency_key()
    params = kwargs.get("params")
    json_body = kwargs.get("json")
    data = kwargs.get("data")
    if options:
        checked(options, PostOptions, f"the call to {method} {kwargs['url']}")  # a hand-written method's typo
        extra_headers = options.get("extra_headers")
        if extra_headers:
            headers.update(checked_headers(extra_headers, "extra_headers"))
        extra_query = options.get("extra_query")
        if extra_query:
            params = {**(params or {}), **extra_query}
        extra_body = options.get("extra_body")
        if extra_body:
            if files is not None:
                data = {**(data or {}), **extra_body}
            else:
                json_body = {**(json_body or {}), **extra_body}
        timeout = to_timeout(options.get("timeout", timeout))
    return Prepared(method, base_url + str(kwargs["url"]), params or None, headers, json_body, files, data, timeout)


def to_timeout(value: Any) -> httpx.Timeout:
    """An `httpx.Timeout` from seconds or a `Timeout`; `None` (wait forever), NaN, infinite or <= 0 is refused."""
    if isinstance(value, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            seconds = getattr(value, phase)
            if seconds is not None:
                _seconds(seconds, f"timeout.{phase}")
        return value
    if value is None or isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"timeout must be a number of seconds or an httpx.Timeout, not {value!r}")
    return httpx.Timeout(_seconds(value, "timeout"))


def prepare_stream(
    base_url: str, kwargs: Mapping[str, Any], options: RequestOptions, timeout: httpx.Timeout, idle: float | None
) -> Prepared:
    """`prepare` for a stream: `Accept: text/event-stream`, and `stream_idle_timeout` as the read timeout.

    httpx applies the read timeout to every read of the socket, so it fires when no byte at all
    (heartbeats included) has arrived for that long; `None` waits forever. Connect, write and pool
    timeouts stay the call's.
    """
    prepared = prepare(base_url, kwargs, options, timeout)
    prepared.headers.setdefault("accept", "text/event-stream")
    read = check_idle_timeout(options.get("stream_idle_timeout", idle) if options else idle)
    timeout = prepared.timeout
    return prepared._replace(
        timeout=httpx.Timeout(connect=timeout.connect, read=read, write=timeout.write, pool=timeout.pool)
    )


def check_idle_timeout(value: Any) -> float | None:
    """A valid `stream_idle_timeout`: finite seconds > 0, or None (no limit)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"stream_idle_timeout must be a number of seconds > 0 or None, got {value!r}")
    return _seconds(value, "stream_idle_timeout", " (or None, to wait forever)")


def _seconds(value: float, name: str, hint: str = "") -> float:
    """`value` as a float; `ValueError` naming `name` unless it is finite and > 0 (NaN and inf reach the socket)."""
    if not (0 < value < math.inf):
        raise ValueError(f"{name} must be a finite number of seconds > 0{hint}, got {value!r}")
    return float(value)


def not_json(body: Any) -> str | None:
    """Where `body` holds a float JSON cannot carry (NaN, infinity): `body['temperature'] is nan`; None if nowhere."""
    stack: list[tuple[Any, str]] = [(body, "body")]  # a loop, not recursion: a body may be nested deeply
    while stack:
        value, where = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            return f"{where} is {value!r}"
        if isinstance(value, Mapping):
            stack.extend((item, f"{where}[{key!r}]") for key, item in value.items())
        elif isinstance(value, (list, tuple)):
            stack.extend((item, f"{where}[{index}]") for index, item in enumerate(value))
    return None


def json_as(decode: Callable[[Any], T]) -> Callable[[httpx.Response], T]:
    """A parser for a 2xx JSON answer: `decode` (a generated model's decoder) of its JSON."""

    def parse(response: httpx.Response) -> T:
        return decode(response.json())

    return parse


def content_bytes(response: httpx.Response) -> bytes:
    """A parser for a 2xx binary answer: its bytes."""
    return response.content
