"""Thread-run events: each event's JSON as its generated model, chosen by its `type` (the discriminator).

The generated client has no class for the `ThreadEvent` union (the generator ignores
discriminators), so the table below maps each `type` to its generated model, and every event is
built by `_fastmodel` (the same object as that model's `from_dict`, faster).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

THREAD_EVENT_MODELS = {
    "run.created": "RunCreatedEvent",
    "item.created": "ItemCreatedEvent",
    "item.delta": "ItemDeltaEvent",
    "item.done": "ItemDoneEvent",
    "progress.update": "ProgressUpdateEvent",
    "run.completed": "RunCompletedEvent",
    "run.cancelled": "RunCancelledEvent",
    "run.failed": "RunFailedEvent",
    "error": "ErrorEvent",
}
"""Event `type` → generated model class name."""

_decoders: dict[str, Callable[[Any], Any]] = {}


def thread_event_decoders() -> dict[str, Callable[[Any], Any]]:
    """Event `type` → a function from the event's JSON to its generated model (built on first use)."""
    if not _decoders:
        from parley_client import models

        from ._fastmodel import fast_from_dict

        _decoders.update({kind: fast_from_dict(getattr(models, name)) for kind, name in THREAD_EVENT_MODELS.items()})
    return _decoders


def decode_thread_event(data: Any) -> Any:
    """One thread-run event's JSON as its generated model, chosen by its `type` (the discriminator)."""
    kind = data.get("type") if isinstance(data, dict) else None
    decode = thread_event_decoders().get(kind) if isinstance(kind, str) else None
    if decode is None:
        raise ValueError(f"unknown thread event type {kind!r}")
    return decode(data)
