"""Reading thread-run streams through the SDK, and judging their events: order, gaps, duplicates, the end.

The spec: each event's `sequence` (its SSE `id:`) is 1, 2, 3, ... within its run; a stream ends with
exactly one of `run.completed`, `run.cancelled`, `run.failed` or `error`; a stream resumed after
`Last-Event-ID: n` carries event n + 1 first, and every later one once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._base import FlowContext

FINAL = frozenset({"run.completed", "run.cancelled", "run.failed", "error"})


def read(stream: Iterable[Any], *, until: str | None = None) -> list[dict[str, Any]]:
    """The stream's events as dicts; with `until`, stop after the first event of that type."""
    events: list[dict[str, Any]] = []
    for event in stream:
        events.append(event.to_dict())
        if until is not None and events[-1].get("type") == until:
            break
    return events


def check_numbered(ctx: FlowContext, events: list[dict[str, Any]], *, run_id: str, after: int = 0) -> None:
    """Events of one run, numbered on from `after` with no gap or duplicate."""
    ctx.check(events, f"the stream of run {run_id} after event {after} carried no event")
    expected = after + 1
    for event in events:
        seq = event.get("sequence")
        ctx.check(seq == expected, _misnumbered(after, expected, seq))
        ctx.check(
            event.get("run_id") == run_id,
            f"event {seq} ({event.get('type')}) names run {event.get('run_id')!r}, not {run_id!r}",
        )
        expected += 1


def check_run_events(ctx: FlowContext, events: list[dict[str, Any]], *, run_id: str, after: int = 0) -> None:
    """Events of one run, numbered on from `after` with no gap or duplicate, ending with one final event."""
    check_numbered(ctx, events, run_id=run_id, after=after)
    finals = [event for event in events if event.get("type") in FINAL]
    ctx.check(finals, f"the stream of run {run_id} ended without a final event (last: {events[-1].get('type')})")
    ctx.check(
        finals[0] is events[-1],
        f"the stream of run {run_id} went on after its final {finals[0].get('type')} event "
        f"(sequence {finals[0].get('sequence')})",
    )


def _misnumbered(after: int, expected: int, seq: Any) -> str:
    where = f"after event {expected - 1}" if expected - 1 > after else f"after Last-Event-ID {after}"
    if isinstance(seq, int) and seq > expected:
        missing = f"event {expected}" if seq == expected + 1 else f"events {expected}-{seq - 1}"
        return f"{where} came event {seq}: {missing} missing (a gap)"
    if isinstance(seq, int):
        return f"{where} came event {seq} again (a duplicate; expected {expected})"
    return f"{where} came an event without a sequence number ({seq!r})"


def items_done(events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The final state of every item the events finished, by id, in order."""
    return {event["item"]["id"]: event["item"] for event in events if event.get("type") == "item.done"}


def delta_text(events: list[dict[str, Any]], item_id: str) -> str:
    """The text the `item.delta` events of one item add up to."""
    parts = []
    for event in events:
        delta = event.get("delta") or {}
        if event.get("type") == "item.delta" and event.get("item_id") == item_id and delta.get("type") == "text":
            parts.append(delta.get("text", ""))
    return "".join(parts)


def item_text(item: dict[str, Any]) -> str:
    """The text parts of an item's content, joined."""
    return "".join(part.get("text", "") for part in item.get("content") or [] if part.get("type") == "text")
