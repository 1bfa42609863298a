"""Threads: stateful conversations, their items, and the runs that answer them (streamed, cancelled, resumed)."""

from __future__ import annotations

from typing import Any

from parley_server.context import Context
from parley_server.database import Row, from_json
from parley_server.engine import models, prompt
from parley_server.engine.runs import RunEngine
from parley_server.errors import conflict, not_found, unprocessable
from parley_server.replies import Reply, Result, RunReply
from parley_server.store import attachments, idempotency, items, run_log, threads

DEFAULT_MODEL = "echo-1"
"""The model that answers when a request names none."""

_MAX_SEQUENCE = 2**62  # larger `Last-Event-ID`s mean "after everything" (and would overflow SQLite's integers)


def create_thread(ctx: Context) -> Result:
    """Create an empty, active thread for the caller."""
    row = threads.insert(ctx.db, ctx.user_id, ctx.field("title"), ctx.field("metadata", {}))
    return Reply(threads.thread_json(row), status=201)


def list_threads(ctx: Context) -> Result:
    """One cursor page of the caller's threads (newest first by default), maybe only those in one status."""
    return Reply(threads.page(ctx.db, ctx.user_id, ctx.params.get("status"), ctx.params))


def get_thread(ctx: Context) -> Result:
    """One of the caller's threads."""
    return Reply(threads.thread_json(_thread(ctx)))


def update_thread(ctx: Context) -> Result:
    """Change the title, metadata and/or status; locking or closing needs the thread to have no active run."""
    thread = _thread(ctx)
    changes = {name: ctx.body[name] for name in ("title", "metadata", "status") if name in ctx.body}
    status = changes.get("status")
    if status in ("locked", "closed") and status != thread["status"] and thread["active_run_id"] is not None:
        raise conflict("run_active", f"Run '{thread['active_run_id']}' is active; cancel it first.", param="status")
    threads.update(ctx.db, thread["id"], changes)
    return Reply(threads.thread_json(_thread(ctx)))


def delete_thread(ctx: Context) -> Result:
    """Delete the thread with everything in it, everywhere (an active run is cancelled first).

    Its items, runs, events, feedback and attachments go, and so does every stored idempotent answer
    about it; the deleted bytes are overwritten and the WAL file is emptied after the commit.
    """
    thread = _thread(ctx)
    if thread["active_run_id"] is not None:
        _engine(ctx).cancel(thread["active_run_id"], forget=True)
    attachments.delete_for_thread(ctx.db, ctx.user_id, thread["id"])
    threads.delete(ctx.db, thread["id"])
    idempotency.forget_subject(ctx.db, ctx.user_id, thread["id"])
    ctx.db.scrub_after_commit()
    return Reply({"id": thread["id"], "deleted": True})


def list_thread_items(ctx: Context) -> Result:
    """One cursor page of the thread's items (newest first by default)."""
    return Reply(items.page(ctx.db, _thread(ctx)["id"], ctx.params))


def chat_thread(ctx: Context) -> Result:
    """Append the request's messages as items and start a run that answers them."""
    thread = _runnable_thread(ctx)
    model = _model(ctx)
    messages: list[dict[str, Any]] = ctx.field("messages", [])
    _check_attachments(ctx, messages)
    inputs, system_messages = prompt.input_items(messages)
    settings = {
        "system": prompt.system_prompt(ctx.field("system"), system_messages),
        "tools": prompt.openai_tools(ctx.field("tools")),
        "max_tokens": ctx.field("max_tokens"),
        "temperature": ctx.field("temperature"),
        "run_config": ctx.field("run_config"),
        "metadata": ctx.field("metadata"),
    }
    run_id = _open_run(ctx, thread, "chat", model, settings, inputs)
    return RunReply(run_id, stream=ctx.field("stream", True))


def cancel_thread_run(ctx: Context) -> Result:
    """Cancel the thread's active run and answer it, now `cancelled`."""
    thread = _thread(ctx)
    run_id = thread["active_run_id"]
    if run_id is None:
        raise conflict("no_active_run", f"Thread '{thread['id']}' has no active run.")
    run = _engine(ctx).cancel(run_id)
    assert run is not None
    return Reply(run_log.run_json(run))


def cancel_run(ctx: Context) -> Result:
    """Cancel this run if it is still active; a run that already ended is a 409 and nothing else is touched."""
    run = _run(ctx)
    cancelled = _engine(ctx).cancel(run["id"]) if run["status"] not in run_log.FINAL_STATUSES else None
    if cancelled is None:
        raise conflict(
            "run_not_active",
            f"Run '{run['id']}' already ended ({run['status']}); nothing was cancelled.",
            param="run_id",
        )
    return Reply(run_log.run_json(cancelled))


def get_thread_run(ctx: Context) -> Result:
    """One run of the thread."""
    return Reply(run_log.run_json(_run(ctx)))


def stream_thread_run_events(ctx: Context) -> Result:
    """The run's events after `Last-Event-ID` (else `after`, else all), then its live ones until it ends."""
    run = _run(ctx)
    header = ctx.params.get("Last-Event-ID")
    after = int(header) if header is not None else ctx.params.get("after", 0)
    return RunReply(run["id"], stream=True, after=min(after, _MAX_SEQUENCE))


def create_item_feedback(ctx: Context) -> Result:
    """Rate items of the thread; each one then shows the newest rating."""
    thread = _thread(ctx)
    item_ids: list[str] = ctx.body["item_ids"]
    found = items.existing_ids(ctx.db, thread["id"], item_ids)
    for index, item_id in enumerate(item_ids):
        if item_id not in found:
            raise not_found("item", item_id, param=f"item_ids.{index}")
    feedback = items.record_feedback(
        ctx.db,
        thread_id=thread["id"],
        user_id=ctx.user_id,
        item_ids=item_ids,
        kind=ctx.body["kind"],
        comment=ctx.field("comment"),
    )
    return Reply(feedback, status=201)


def run_thread_action(ctx: Context) -> Result:
    """Record an `action` item and start a run (kind `action`) that responds to it."""
    thread = _runnable_thread(ctx)
    source = ctx.field("item_id")
    if source is not None and items.find(ctx.db, thread["id"], source) is None:
        raise not_found("item", source, param="item_id")
    model = _model(ctx)
    action = {"action_type": ctx.body["type"], "payload": ctx.field("payload", {}), "source_item_id": source}
    run_id = _open_run(ctx, thread, "action", model, {}, [prompt.ItemSpec("action", action)])
    return RunReply(run_id, stream=ctx.field("stream", True))


def retry_thread_run(ctx: Context) -> Result:
    """Delete the items after a user message and start a run (kind `retry`) that answers it again."""
    thread = _runnable_thread(ctx)
    item_id = ctx.body["item_id"]
    item = items.find(ctx.db, thread["id"], item_id)
    if item is None:
        raise not_found("item", item_id, param="item_id")
    if item["type"] != "user_message":
        raise conflict(
            "not_a_user_message", f"Item '{item_id}' is a {item['type']}, not a user message.", param="item_id"
        )
    model = _model(ctx)
    settings = _settings_of(ctx, item)
    items.delete_after(ctx.db, thread["id"], item_id)
    run_id = _open_run(ctx, thread, "retry", model, settings, [])
    return RunReply(run_id, stream=ctx.field("stream", True))


# -- helpers --------------------------------------------------------------------------------------


def _engine(ctx: Context) -> RunEngine:
    return ctx.services.runs


def _thread(ctx: Context) -> Row:
    thread_id = ctx.params["thread_id"]
    row = threads.find(ctx.db, ctx.user_id, thread_id)
    if row is None:
        raise not_found("thread", thread_id, param="thread_id")
    return row


def _run(ctx: Context) -> Row:
    thread = _thread(ctx)
    run_id = ctx.params["run_id"]
    run = run_log.find(ctx.db, thread["id"], run_id)
    if run is None:
        raise not_found("run", run_id, param="run_id")
    return run


def _runnable_thread(ctx: Context) -> Row:
    """The thread, if it may start a run now: `active`, and without a run in progress (else 409)."""
    thread = _thread(ctx)
    if thread["status"] != "active":
        raise conflict(
            f"thread_{thread['status']}", f"Thread '{thread['id']}' is {thread['status']}; it takes no new runs."
        )
    if thread["active_run_id"] is not None:
        raise conflict("run_active", f"Run '{thread['active_run_id']}' of thread '{thread['id']}' is still active.")
    return thread


def _model(ctx: Context) -> str:
    """The requested (or default) model, if this server can run it (404 unknown, 422 without upstream)."""
    model_id: str = ctx.field("model") or DEFAULT_MODEL
    model = models.find_model(model_id)
    if model is None:
        raise not_found("model", model_id, param="model")
    if not model["available"]:
        raise unprocessable(
            "upstream_not_configured",
            f"Model {model_id} (provider {model['provider']}) has no upstream configured on this server.",
            param="model",
        )
    return model_id


def _check_attachments(ctx: Context, messages: list[dict[str, Any]]) -> None:
    """Every `attachment_ids` entry must be an attachment of the caller (404 otherwise)."""
    for index, message in enumerate(messages):
        wanted = message.get("attachment_ids") or []
        owned = attachments.owned_ids(ctx.db, ctx.user_id, wanted)
        for position, attachment_id in enumerate(wanted):
            if attachment_id not in owned:
                raise not_found("attachment", attachment_id, param=f"messages.{index}.attachment_ids.{position}")


def _settings_of(ctx: Context, item: Row) -> dict[str, Any]:
    """The settings (system prompt, tools, limits) of the run that first answered this user message."""
    origin = run_log.get(ctx.db, item["origin_run_id"]) if item["origin_run_id"] else None
    return {} if origin is None else dict(from_json(origin["settings"]))


def _open_run(
    ctx: Context, thread: Row, kind: str, model: str, settings: dict[str, Any], inputs: list[prompt.ItemSpec]
) -> str:
    """Store a queued run, its input items (each with its `item.done` event), and start it after the commit."""
    run_id = run_log.create(
        ctx.db,
        thread_id=thread["id"],
        user_id=ctx.user_id,
        kind=kind,
        model=model,
        settings=settings,
        request_id=ctx.request_id,
    )
    for spec in inputs:
        row = items.insert(
            ctx.db,
            thread_id=thread["id"],
            user_id=ctx.user_id,
            item_type=spec.item_type,
            data=spec.data,
            origin_run_id=run_id,
        )
        run_log.append_item_event(ctx.db, run_id, "item.done", row)
    _engine(ctx).start(run_id)
    return run_id
