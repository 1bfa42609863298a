"""What completion streams and run streams share: the open response, reading and closing it, their errors."""

from __future__ import annotations

import contextlib

import httpx

from .._errors import APIError
from .._flow import Close, Flow, Pieces

_DRAIN_LIMIT = 65536  # bytes read after the final event so that the connection can be reused


class StreamCore:
    """The response a stream reads, and whether it is closed."""

    __slots__ = ("closed", "pieces", "response")

    def __init__(self, response: httpx.Response) -> None:
        self.attach(response)

    def attach(self, response: httpx.Response) -> None:
        """Read `response` from now on (a new connection)."""
        self.response = response
        self.pieces = Pieces(response)
        self.closed = False

    def close(self) -> Flow[None]:
        """Close the response (idempotent)."""
        if not self.closed:
            self.closed = True
            yield Close(self.response)

    def drain(self) -> Flow[None]:
        """Read what follows the final event (the end of the body), so the connection goes back to the pool."""
        read = 0
        while read <= _DRAIN_LIMIT:
            try:
                piece = yield self.pieces
            except httpx.TransportError:
                return
            if piece is None:
                return
            read += len(piece)

    @property
    def where(self) -> str:
        """`METHOD /path` of the current request, for messages."""
        request = self.response.request
        return f"{request.method} {request.url.path}"

    @property
    def idle_timeout(self) -> float | None:
        """The `stream_idle_timeout` the request was sent with (its read timeout)."""
        timeout: float | None = self.response.request.extensions.get("timeout", {}).get("read")
        return timeout

    def malformed(self, data: str, exc: Exception) -> APIError:
        """The error for an event whose data does not match the contract."""
        snippet = data if len(data) <= 200 else data[:199] + "…"
        request_id = self.response.headers.get("x-request-id", "unknown")
        return APIError(
            f"A stream event does not match the API contract ({type(exc).__name__}: {exc}): {snippet!r} "
            f"[{self.where}, request id {request_id}]",
            self.response.request,
            body=data,
        )

    def __del__(self) -> None:  # a sync stream dropped unread: give its connection back
        if not self.closed and isinstance(self.response.stream, httpx.SyncByteStream):
            self.closed = True
            with contextlib.suppress(Exception):  # nothing to tell anyone during garbage collection
                self.response.close()
