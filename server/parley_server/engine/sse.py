"""Server-sent event frames of a thread run: `id:` (the sequence number), `event:` (the type), `data:` (JSON)."""

from __future__ import annotations

HEARTBEAT = b": keep-alive\n\n"
"""A comment frame that keeps an idle connection open; clients ignore it."""


def frame(seq: int, event_type: str, data: str) -> bytes:
    """Encode one event; `data` is compact JSON (one line, as `json.dumps` writes it)."""
    return f"id: {seq}\nevent: {event_type}\ndata: {data}\n\n".encode()
