"""What a handler returns: a JSON answer, an SSE stream made as it is sent, a run to stream or wait for, raw bytes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from parley_server.errors import DomainError


@dataclass(frozen=True, slots=True)
class Reply:
    """A JSON answer.

    `replay` is what a replay of the request (same `Idempotency-Key`) answers instead, for a body that
    must never be stored (it holds a secret): only that error is stored, never the body.
    """

    body: Any
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    replay: DomainError | None = None


@dataclass(frozen=True, slots=True)
class BytesReply:
    """A binary answer (attachment downloads)."""

    content: bytes
    media_type: str = "application/octet-stream"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EventStreamReply:
    """A `text/event-stream` answer made as it is sent: `count` frames from `frames()`, `delay` seconds apart.

    `recipe` is JSON from which the same answer can be made again (stored for idempotent replays).
    """

    frames: Callable[[], Iterator[bytes]]
    count: int
    delay: float = 0.0
    recipe: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RunReply:
    """A thread run: streamed as events after sequence `after` (`stream`), or awaited as JSON."""

    run_id: str
    stream: bool
    after: int = 0
    headers: dict[str, str] = field(default_factory=dict)


Result = Reply | BytesReply | EventStreamReply | RunReply
