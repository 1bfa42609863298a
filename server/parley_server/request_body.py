"""A request's body, read within limits: at most `max_body_bytes`, within `body_timeout`, then parsed as JSON.

The body is streamed: a `Content-Length` over the limit is refused before a byte is read, and a
chunked body is refused as soon as it passes the limit, so memory stays bounded whatever is sent.
Parsing (run off the event loop) accepts only what JSON and the store can hold: UTF-8, no
`NaN`/`Infinity`, no number that overflows a double (`1e999` would be read as infinity), no lone
surrogate, and no nesting deeper than `max_json_depth` (a deep body would otherwise exhaust
Python's recursion in the parser or the schema validator).
"""

from __future__ import annotations

import asyncio
import json
import math
from typing import Any

from starlette.requests import ClientDisconnect, Request

from parley_server.errors import InvalidRequest, RequestTimeout, TooLarge, invalid


def too_large(limit: int) -> TooLarge:
    """The 413 for a body over `limit` bytes."""
    return TooLarge(
        "request_too_large", f"The request body is larger than this server's limit of {limit} bytes (--max-body-bytes)."
    )


def declared_length(request: Request) -> int | None:
    """The request's `Content-Length`, or `None` (a chunked body); a malformed one is a 400."""
    value = request.headers.get("content-length")
    if value is None:
        return None
    if not value.isdigit():
        raise invalid(f"Content-Length '{value[:32]}' is not a number of bytes.", param="Content-Length")
    return int(value)


async def read(request: Request, limit: int, timeout: float) -> bytes:
    """The whole body, refused with a 413 beyond `limit` bytes and a 408 when it takes over `timeout` seconds."""
    length = declared_length(request)
    if length is not None and length > limit:
        raise too_large(limit)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    body = bytearray()
    chunks = request.stream().__aiter__()
    while True:
        remaining = deadline - loop.time()
        try:
            if remaining <= 0:
                raise asyncio.TimeoutError
            chunk = await asyncio.wait_for(chunks.__anext__(), remaining)
        except StopAsyncIteration:
            return bytes(body)
        except asyncio.TimeoutError:
            raise RequestTimeout(
                "request_timeout",
                f"The request body did not arrive within {timeout:g} s (--body-timeout); send it faster or smaller.",
            ) from None
        except ClientDisconnect:
            raise invalid("The client closed the connection before the body was sent.", code="client_closed") from None
        body += chunk
        if len(body) > limit:
            raise too_large(limit)


class _Overflow:
    """A number literal too large for a double (what `json` would read as infinity)."""

    __slots__ = ("literal",)

    def __init__(self, literal: str) -> None:
        self.literal = literal


def _number(literal: str) -> float | _Overflow:
    value = float(literal)
    return value if math.isfinite(value) else _Overflow(literal)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse(raw: bytes, max_depth: int) -> Any:
    """Parse a JSON body, or raise a 400 that names what is wrong and where."""
    too_deep = invalid(
        f"The JSON body is nested deeper than {max_depth} levels of arrays and objects (--max-json-depth).",
        code="json_too_deep",
    )
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant, parse_float=_number)
    except RecursionError:
        raise too_deep from None
    except (UnicodeError, ValueError) as exc:
        raise invalid(f"The request body is not valid UTF-8 JSON: {str(exc)[:200]}.", code="invalid_json") from None
    _check(value, max_depth, too_deep)
    return value


def _check(value: Any, max_depth: int, too_deep: InvalidRequest) -> None:
    """Walk the parsed value once (without recursion): depth, overflowing numbers, unencodable strings."""
    stack: list[tuple[Any, int, tuple[str, ...]]] = [(value, 1, ())]
    while stack:
        node, depth, path = stack.pop()
        if isinstance(node, dict):
            if depth > max_depth:
                raise too_deep
            for key, child in node.items():
                _check_text(key, path)
                stack.append((child, depth + 1, (*path, key)))
        elif isinstance(node, list):
            if depth > max_depth:
                raise too_deep
            stack.extend((child, depth + 1, (*path, str(index))) for index, child in enumerate(node))
        elif isinstance(node, _Overflow):
            where = ".".join(path) or "body"
            raise invalid(
                f"Invalid '{where}': {node.literal} is not a finite number (it overflows a 64-bit float).",
                param=where if path else None,
                code="invalid_number",
            )
        elif isinstance(node, str):
            _check_text(node, path)


def _check_text(text: str, path: tuple[str, ...]) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # `\ud800`-style escapes decode to lone surrogates, which no UTF-8 text (nor SQLite) can hold.
        where = ".".join(path) or "body"
        raise invalid(
            f"Invalid '{where}': the text holds a lone surrogate (\\ud800-\\udfff), which UTF-8 cannot encode.",
            param=where if path else None,
            code="invalid_json",
        ) from None
