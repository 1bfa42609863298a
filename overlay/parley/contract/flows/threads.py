"""Thread runs: a chat streams and persists its items; a run cancels mid-way; a dropped stream resumes.

Cancelling needs a run that is still going when the cancel arrives, so those flows ask the model to
repeat a long text (any chat model answers at length; the reference server's `echo-1` echoes it).
"""

from __future__ import annotations

from typing import Any

from parley import ConflictError

from . import _events
from ._base import Flow, FlowContext, FlowSkipped

_LOREM = (
    "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et "
    "dolore magna aliqua ut enim ad minim veniam quis nostrud exercitation ullamco laboris nisi ut aliquip"
)
LONG_WORDS = 3000
"""Words in the text a long run is asked to repeat (cancel and resume need a run that lasts)."""
LONG_MAX_TOKENS = 4000
CANCEL_ATTEMPTS = ((LONG_WORDS, LONG_MAX_TOKENS), (8000, 8000))
"""(words, max_tokens) of each try at a run still going when its cancel arrives (fast servers need the second)."""
RESUME_AFTER = 5
"""How many events the resume flow reads before it drops the connection."""
RESUME_WORDS = 500
"""Words of the resumed run: long enough to be live when dropped on a pacing server, short to follow to the end."""


def long_prompt(words: int = LONG_WORDS) -> str:
    """A request for a long answer: repeat `words` words of filler."""
    filler = _LOREM.split(" ")
    text = " ".join(filler[i % len(filler)] for i in range(words))
    return f"Repeat the following text back, word for word, and nothing else:\n\n{text}"


def new_thread(ctx: FlowContext, purpose: str) -> str:
    """Create a thread for this flow (deleted at the end); its id."""
    thread = ctx.call("client.threads.create", ctx.client.threads.create, title=f"{ctx.tag} {purpose}")
    thread_id: str = thread.id
    ctx.cleanup(f"client.threads.delete({thread_id!r})", lambda: ctx.client.threads.delete(thread_id))
    return thread_id


def run_stream(ctx: FlowContext) -> None:
    """Stream a chat; judge its events; find exactly its items in the thread; read the finished run."""
    thread_id = new_thread(ctx, "stream")
    handle = ctx.client.threads(thread_id)
    prompt = f"Hello from {ctx.tag}."
    stream = ctx.call(f"client.threads({thread_id!r}).chat", handle.chat, prompt, model=ctx.model, stream=True)
    with stream:
        events = _events.read(stream)
    run_id = stream.run_id or (events[0].get("run_id") if events else None)
    ctx.check(run_id, "the chat stream named no run (no X-Run-Id header, no run_id in its events)")
    _events.check_run_events(ctx, events, run_id=str(run_id))
    ctx.check(events[0]["type"] == "run.created", f"the chat stream began with {events[0]['type']}, not run.created")
    ctx.check(events[-1]["type"] == "run.completed", f"the chat run ended with {events[-1]['type']}")
    done = _events.items_done(events)
    kinds = [item["type"] for item in done.values()]
    ctx.check(
        kinds[:1] == ["user_message"] and "assistant_message" in kinds,
        f"the chat stream finished items {kinds}, expected the user message then an assistant message",
    )
    for item in done.values():
        if item["type"] == "assistant_message":
            streamed, final = _events.delta_text(events, item["id"]), _events.item_text(item)
            ctx.check(
                streamed == final,
                f"the text deltas of item {item['id']} add up to {streamed[:60]!r}, its item.done says {final[:60]!r}",
            )

    page = ctx.call(f"client.threads({thread_id!r}).items.list", handle.items.list, order="asc", limit=100)
    stored = {item.id: item.to_dict() for item in page.data}
    ctx.check(
        list(stored) == list(done),
        f"the thread holds items {list(stored)}, the stream finished {list(done)}",
    )
    for item_id, item in done.items():
        ctx.check(
            _comparable(stored[item_id]) == _comparable(item),
            f"item {item_id} as stored differs from its item.done event: {_diff(stored[item_id], item)}",
        )
    run = ctx.call(f"client.threads({thread_id!r}).runs({run_id!r}).retrieve", handle.runs(str(run_id)).retrieve)
    ctx.check(run.status == "completed", f"run {run_id} is {run.status} after its run.completed event")
    ctx.check(
        run.last_event_id == str(events[-1]["sequence"]),
        f"run {run_id} says its newest event is {run.last_event_id}, the stream ended at {events[-1]['sequence']}",
    )
    thread = ctx.call(f"client.threads({thread_id!r}).retrieve", handle.retrieve)
    ctx.check(not thread.active_run_id, f"thread {thread_id} still has active run {thread.active_run_id!r}")
    ctx.check(thread.item_count == len(done), f"thread {thread_id} counts {thread.item_count} items, holds {len(done)}")
    check_wire(ctx, f"/v1/threads/{thread_id}/runs/{run_id}/events", "?after=0", 0, params={"after": 0})


def run_cancel(ctx: FlowContext) -> None:
    """Cancel a run mid-way, by its id and as the thread's active run: each ends cancelled, items stay."""
    for operation in ("cancel_run", "cancel_thread_run"):
        _cancel_mid_run(ctx, operation)


def _cancel_mid_run(ctx: FlowContext, operation: str) -> None:
    """Cancel a run after its first delta through `operation`; check the answer, the stream, the run, the items."""
    thread_id = new_thread(ctx, f"cancel ({operation})")
    handle = ctx.client.threads(thread_id)
    for words, max_tokens in CANCEL_ATTEMPTS:
        stream = ctx.call(
            f"client.threads({thread_id!r}).chat",
            handle.chat,
            long_prompt(words),
            model=ctx.model,
            max_tokens=max_tokens,
            stream=True,
        )
        started = _events.read(stream, until="item.delta")
        run_id = stream.run_id
        ctx.check(run_id, "the chat stream named no run")
        if started and started[-1]["type"] in _events.FINAL:
            stream.close()
            continue  # the run ended before its first delta: try a longer one
        try:
            if operation == "cancel_run":
                cancelled = ctx.call("stream.cancel", stream.cancel)
            else:
                cancelled = ctx.call(f"client.threads({thread_id!r}).cancel", handle.cancel)
                stream.close()
        except ConflictError as exc:
            stream.close()
            if exc.code not in ("no_active_run", "run_not_active"):
                raise
            continue  # the run finished before the cancel arrived: try a longer one
        if operation == "cancel_run" and cancelled.status in ("completed", "failed"):
            # stream.cancel() answers a run that ended before its cancel arrived as it ended; the run's
            # own record must agree (a cancel that answered "completed" for a live run is caught there).
            ended = ctx.call(
                f"client.threads({thread_id!r}).runs({run_id!r}).retrieve", handle.runs(str(run_id)).retrieve
            )
            ctx.check(
                ended.status == cancelled.status, f"{operation} answered {cancelled.status}, the run is {ended.status}"
            )
            continue
        break
    else:
        raise FlowSkipped("every run finished before its cancel arrived (the server answers too fast to cancel)")
    ctx.check(cancelled.status == "cancelled", f"{operation} answered a run in status {cancelled.status}")
    ctx.check(cancelled.id == run_id, f"{operation} answered run {cancelled.id}, the active run was {run_id}")

    replay = ctx.call(
        f"client.threads({thread_id!r}).runs({run_id!r}).events", handle.runs(str(run_id)).events, after=0
    )
    with replay:
        events = _events.read(replay)
    _events.check_run_events(ctx, events, run_id=str(run_id))
    ctx.check(events[-1]["type"] == "run.cancelled", f"the cancelled run's stream ended with {events[-1]['type']}")
    run = ctx.call(f"client.threads({thread_id!r}).runs({run_id!r}).retrieve", handle.runs(str(run_id)).retrieve)
    ctx.check(run.status == "cancelled", f"run {run_id} is {run.status} after {operation}")
    ctx.check(
        run.last_event_id == str(events[-1]["sequence"]),
        f"run {run_id} says its newest event is {run.last_event_id}, its stream ends at {events[-1]['sequence']}",
    )
    page = ctx.call(f"client.threads({thread_id!r}).items.list", handle.items.list, order="asc", limit=100)
    partial = [item for item in page.data if item.type == "assistant_message" and item.run_id == run_id]
    ctx.check(partial, f"the cancelled run's partial assistant message is not in thread {thread_id}")
    ctx.check(
        partial[-1].status == "incomplete",
        f"the cancelled run's assistant message has status {partial[-1].status}, not incomplete",
    )
    thread = ctx.call(f"client.threads({thread_id!r}).retrieve", handle.retrieve)
    ctx.check(not thread.active_run_id, f"thread {thread_id} still has active run {thread.active_run_id!r}")


def run_resume(ctx: FlowContext) -> None:
    """Drop a run's stream after a few events; resume with Last-Event-ID (and `after`): no gap, no duplicate."""
    thread_id = new_thread(ctx, "resume")
    handle = ctx.client.threads(thread_id)
    stream = ctx.call(
        f"client.threads({thread_id!r}).chat",
        handle.chat,
        long_prompt(RESUME_WORDS),
        model=ctx.model,
        max_tokens=2 * RESUME_WORDS,
        stream=True,
    )
    seen: list[dict[str, Any]] = []
    for event in stream:
        seen.append(event.to_dict())
        if len(seen) == RESUME_AFTER:
            break  # leaving the loop closes the connection: the run goes on
    stream.close()
    run_id = str(stream.run_id)
    _events.check_numbered(ctx, seen, run_id=run_id)
    if seen[-1]["type"] in _events.FINAL:
        raise FlowSkipped(f"the run ended within {len(seen)} events, before the stream could be dropped mid-way")
    last = str(seen[-1]["sequence"])

    _check_raw_resume(ctx, thread_id, run_id, int(last))
    runs = handle.runs(run_id)
    resumed = ctx.call(f"client.threads({thread_id!r}).runs({run_id!r}).events", runs.events, last_event_id=last)
    with resumed:
        rest = _events.read(resumed)
    _events.check_run_events(ctx, rest, run_id=run_id, after=int(last))

    by_query = ctx.call(f"client.threads({thread_id!r}).runs({run_id!r}).events", runs.events, after=int(last))
    with by_query:
        rest_by_query = _events.read(by_query)
    _events.check_run_events(ctx, rest_by_query, run_id=run_id, after=int(last))
    ctx.check(rest_by_query == rest, f"resuming with after={last} and with Last-Event-ID: {last} gave other events")

    full = ctx.call(f"client.threads({thread_id!r}).runs({run_id!r}).events", runs.events, after=0)
    with full:
        everything = _events.read(full)
    _events.check_run_events(ctx, everything, run_id=run_id)
    ctx.check(
        everything == seen + rest,
        f"the run's replay differs from the events seen before the drop plus those after Last-Event-ID {last}",
    )


def _check_raw_resume(ctx: FlowContext, thread_id: str, run_id: str, last: int) -> None:
    """On the wire, as no SDK filters it: after `Last-Event-ID: n` (or `?after=n`) the first `id:` is n + 1.

    The SDK drops events it has already delivered, so a server that replays from event 1 would look
    right through it; here each `id:` line is read as sent.
    """
    path = f"/v1/threads/{thread_id}/runs/{run_id}/events"
    check_wire(ctx, path, f"Last-Event-ID: {last}", last, headers={"Last-Event-ID": str(last)})
    check_wire(ctx, path, f"?after={last}", last, params={"after": last})


def check_wire(
    ctx: FlowContext,
    path: str,
    how: str,
    after: int,
    *,
    headers: dict[str, str] | None = None,
    params: dict[str, Any] | None = None,
) -> None:
    """A run's event stream read raw, judged as sent.

    `id:` is after+1, after+2, ... with no gap or repeat; `event:` equals the data's `type` and the
    `id:` its `sequence`; one final event, and it is the last.
    """
    events = ctx.raw("client").events(path, headers=headers, params=params)
    what = f"stream_thread_run_events (GET {path}) with {how}"
    ctx.check(events, f"{what} carried no event")
    ids = [event.id for event in events]
    if ids[0] != str(after + 1):
        ctx.check(
            False,
            f"{what} began with id {ids[0]}, not {after + 1}"
            + (" (it replays from the start)" if ids[0] == "1" and after else " (events skipped or repeated)"),
        )
    expected = [str(number) for number in range(after + 1, after + 1 + len(ids))]
    wrong = next((index for index, (got, want) in enumerate(zip(ids, expected, strict=True)) if got != want), None)
    if wrong is not None:
        ctx.check(False, f"{what}: after id {ids[wrong - 1]} came id {ids[wrong]}, not {expected[wrong]}")
    for event in events:
        data = _json(event.data)
        ctx.check(
            isinstance(data, dict) and data.get("type") == event.event and str(data.get("sequence")) == event.id,
            f"{what}: event {event.id} is `event: {event.event}` with data type {_field(data, 'type')!r} "
            f"and sequence {_field(data, 'sequence')!r}",
        )
    finals = [event for event in events if event.event in _events.FINAL]
    ctx.check(
        len(finals) == 1 and finals[0] is events[-1],
        f"{what}: {len(finals)} final events, the last event is {events[-1].event} (one final event must end it)",
    )


def _json(text: str) -> Any:
    import json

    try:
        return json.loads(text)
    except ValueError:
        return None


def _field(data: Any, name: str) -> Any:
    return data.get(name) if isinstance(data, dict) else None


def _comparable(item: dict[str, Any]) -> dict[str, Any]:
    """An item without what may change after its item.done event (feedback given since)."""
    return {key: value for key, value in item.items() if key != "feedback"}


def _diff(stored: dict[str, Any], event: dict[str, Any]) -> str:
    keys = sorted(key for key in set(stored) | set(event) if stored.get(key) != event.get(key))
    return ", ".join(f"{key}: {stored.get(key)!r} vs {event.get(key)!r}" for key in keys[:3])


STREAM = Flow(
    name="thread_stream",
    title="a thread chat streams numbered events (on the wire too) and persists exactly the items it streamed",
    tags=("threads",),
    run=run_stream,
    uses=(
        "create_thread",
        "chat_thread",
        "list_thread_items",
        "get_thread_run",
        "get_thread",
        "stream_thread_run_events",
        "delete_thread",
    ),
)
CANCEL = Flow(
    name="thread_cancel",
    title="a run cancelled mid-way ends with run.cancelled and keeps its partial message",
    tags=("threads",),
    run=run_cancel,
    uses=("create_thread", "chat_thread", "cancel_run", "cancel_thread_run", "stream_thread_run_events",
          "get_thread_run", "list_thread_items", "get_thread", "delete_thread"),
)  # fmt: skip
RESUME = Flow(
    name="thread_resume",
    title="a dropped run stream resumes after Last-Event-ID with no gap or duplicate, on the wire and in the SDK",
    tags=("threads",),
    run=run_resume,
    uses=("create_thread", "chat_thread", "stream_thread_run_events", "delete_thread"),
)
