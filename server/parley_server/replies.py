"""What a handler returns: a JSON answer, a finished SSE body, a run to stream or wait for, or raw bytes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Reply:
    """A JSON answer."""

    body: Any
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BytesReply:
    """A binary answer (attachment downloads)."""

    content: bytes
    media_type: str = "application/octet-stream"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EventStreamReply:
    """A `text/event-stream` answer whose frames are known up front, sent `delay` seconds apart."""

    frames: list[bytes]
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RunReply:
    """A thread run: streamed as events after sequence `after` (`stream`), or awaited as JSON."""

    run_id: str
    stream: bool
    after: int = 0
    headers: dict[str, str] = field(default_factory=dict)


Result = Reply | BytesReply | EventStreamReply | RunReply
