"""The thread-run engine: each run is an asyncio task that stores every event, and streams read them back.

A run is independent of any response: `chat_thread` stores the run (and its first events) in its own
transaction and `start`s it, which creates its task once that transaction has committed. The task
writes each further step in a small transaction of its own (on the database's writer thread) and
wakes the run's followers. A follower (`event_stream`) replays the run's log from the database and
waits for the next wake-up, so a late or reconnecting client sees every event exactly once, and
closing a connection never stops a run. `cancel` ends a run inside the caller's transaction; every
step checks in its own transaction that the run is still active, so nothing is written after the
cancel, and the task is stopped once the cancel has committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from parley_server.config import ServerConfig
from parley_server.database import Database, Row, from_json
from parley_server.engine import models, prompt
from parley_server.engine.sse import HEARTBEAT, frame
from parley_server.errors import DomainError, NotFound, Unavailable
from parley_server.store import items, run_log
from parley_server.streams import StreamSlot
from parley_server.usage_meter import UsageMeter

log = logging.getLogger("parley_server.runs")

T = TypeVar("T")

_EPITAPH_SECONDS = 60.0
_ARGS_CHUNK = 16
_BATCH = 256  # events per database read (and per chunk sent) when a stream catches up
_MAX_DUE = 64  # tokens written in one transaction when several are due at once (token delay 0)
_STEP_RETRY_SECONDS = 0.2


class _RunEnded(Exception):
    """The run was cancelled (or its thread deleted) while its task was between steps."""


@dataclass(frozen=True, slots=True)
class _Epitaph:
    """What followers of a run get once its thread is deleted: the run's events and its result."""

    events: list[tuple[int, str, str]]
    result: dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Begun:
    """A queued run whose model has answered: the generation to stream."""

    run: Row
    generation: models.Generation


class RunEngine:
    """Starts, cancels, recovers and streams thread runs."""

    def __init__(self, db: Database, config: ServerConfig, meter: UsageMeter) -> None:
        self.db = db
        self.config = config
        self.meter = meter
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._wakeups: dict[str, asyncio.Event] = {}
        self._epitaphs: dict[str, _Epitaph] = {}

    # -- life cycle -------------------------------------------------------------------------------

    async def recover(self) -> None:
        """At start-up: every run left active by a crash or a stop has failed (its followers and waiters end)."""

        def fail_all() -> None:
            for run_id in run_log.active_ids(self.db):
                self._fail(run_id, "server_restarted", "The server restarted while the run was active.")

        await self.db.write(fail_all, timeout=60.0)

    async def shutdown(self) -> None:
        """Fail the runs still active and stop their tasks."""
        tasks = list(self._tasks.items())
        for _, task in tasks:
            task.cancel()
        await asyncio.gather(*(task for _, task in tasks), return_exceptions=True)

        def fail_all() -> None:
            for run_id, _ in tasks:
                self._fail(run_id, "server_shutdown", "The server shut down while the run was active.")

        try:
            await self.db.write(fail_all)
        except Unavailable:
            log.warning("the database stayed busy at shutdown; the next start fails the active runs")
        for run_id, _ in tasks:
            self._notify(run_id)
        self._tasks.clear()

    def _fail(self, run_id: str, code: str, message: str) -> None:
        row = run_log.get(self.db, run_id)
        if row is not None:
            self._end(run_id, "failed", error=run_log.error_object(code, message, row["request_id"]))

    def _end(self, run_id: str, status: str, **how: Any) -> Row | None:
        """End a run inside the current transaction; its tokens are counted once that commits."""
        ended = run_log.end(self.db, run_id, status, **how)
        if ended is not None:
            user_id, tokens = ended["user_id"], run_log.tokens_used(ended)
            self.db.after_commit(lambda: self.meter.add_tokens(user_id, tokens))
        return ended

    # -- starting and cancelling (called by handlers, inside their transaction) --------------------

    def start(self, run_id: str) -> None:
        """Run a stored `queued` run in the background, once the caller's transaction has committed."""
        self.db.after_commit(lambda: self._spawn(run_id))

    def _spawn(self, run_id: str) -> None:
        task = asyncio.get_running_loop().create_task(self._drive(run_id), name=f"run {run_id}")
        self._tasks[run_id] = task

    def cancel(self, run_id: str, *, forget: bool = False) -> Row | None:
        """End an active run as `cancelled` now (partial items kept as `incomplete`); return it, `None` if it had ended.

        Its task stops once the caller's transaction has committed. With `forget` (the thread is
        being deleted) the run's events and result are kept in memory for a while, so that its
        followers still end with `run.cancelled` once the rows are gone.
        """
        ended = self._end(run_id, "cancelled")
        if forget:
            # Kept before the commit: a follower may see the rows gone before the loop runs `_cancelled`.
            self._epitaphs[run_id] = _Epitaph(run_log.events_after(self.db, run_id, 0), run_log.result(self.db, run_id))
        self.db.after_commit(lambda: self._cancelled(run_id, forget))
        return ended

    def _cancelled(self, run_id: str, forget: bool) -> None:
        task = self._tasks.pop(run_id, None)
        if task is not None:
            task.cancel()
        if forget:
            asyncio.get_running_loop().call_later(_EPITAPH_SECONDS, self._epitaphs.pop, run_id, None)
        self._notify(run_id)

    # -- following ------------------------------------------------------------------------------

    async def event_stream(
        self, run_id: str, after: int, slot: StreamSlot | None = None, request_id: str = ""
    ) -> AsyncIterator[bytes]:
        """Yield the run's SSE frames after sequence `after`, then live ones until the run ends.

        Frames are read from the database in batches (one chunk each) and the run's wake-up is awaited
        only after a read found nothing new, so no event is skipped or sent twice. When the caller's
        key is revoked (`slot`) the stream ends with an `error` event; the run goes on.
        """
        last = after
        if slot is not None:
            slot.on_revoke(lambda: self._notify(run_id))
        while True:
            if slot is not None and slot.revoked:
                yield _error_frame(
                    run_id,
                    last,
                    "api_key_revoked",
                    "The API key was revoked; the stream ends.",
                    error_type="authentication_error",
                    allow_retry=False,
                    request_id=request_id,
                )
                return
            # Taken before the read: a wake-up that comes while it runs is not lost.
            wakeup = self._wakeups.setdefault(run_id, asyncio.Event())
            try:
                events, status = await self.db.read(functools.partial(self._read_events, run_id, last))
            except Exception:
                log.exception("reading the events of run %s failed", run_id)
                yield _error_frame(run_id, last, "stream_failed", "The stream failed; resume it.")
                return
            if status is None:  # the thread was deleted: what the run said before it went
                events = self._epitaph_events(run_id, last)
            ending = next((i for i, (_, kind, _) in enumerate(events) if kind in run_log.FINAL_EVENTS), None)
            if ending is not None:
                events = events[: ending + 1]
            if events:
                last = events[-1][0]
                yield b"".join(frame(seq, kind, data) for seq, kind, data in events)
            if ending is not None or status is None or status in run_log.FINAL_STATUSES:
                return
            if events:
                continue
            try:
                await asyncio.wait_for(wakeup.wait(), timeout=self.config.heartbeat_seconds)
            except asyncio.TimeoutError:
                yield HEARTBEAT

    def _read_events(self, run_id: str, after: int) -> tuple[list[tuple[int, str, str]], str | None]:
        events = run_log.events_after(self.db, run_id, after, _BATCH)
        return events, ("" if events else run_log.status(self.db, run_id))

    async def wait_result(self, run_id: str) -> dict[str, Any]:
        """Wait until the run has ended and return its `ThreadRunResult` JSON."""
        while True:
            wakeup = self._wakeups.setdefault(run_id, asyncio.Event())
            status, result = await self.db.read(lambda: self._read_result(run_id))
            if status is None:
                epitaph = self._epitaphs.get(run_id)
                if epitaph is None:
                    raise NotFound("run_not_found", f"No run with id '{run_id}': its thread was deleted.")
                return epitaph.result
            if result is not None:
                return result
            await wakeup.wait()

    def _read_result(self, run_id: str) -> tuple[str | None, dict[str, Any] | None]:
        status = run_log.status(self.db, run_id)
        return status, (run_log.result(self.db, run_id) if status in run_log.FINAL_STATUSES else None)

    def _epitaph_events(self, run_id: str, after: int) -> list[tuple[int, str, str]]:
        epitaph = self._epitaphs.get(run_id)
        if epitaph is None:
            error = run_log.error_object("run_not_found", "The run is gone.", "req_" + secrets.token_hex(8))
            data = {"type": "error", "run_id": run_id, "sequence": after + 1, "error": error, "allow_retry": False}
            return [(after + 1, "error", json.dumps(data, separators=(",", ":")))]
        return [entry for entry in epitaph.events if entry[0] > after]

    def _notify(self, run_id: str) -> None:
        wakeup = self._wakeups.pop(run_id, None)
        if wakeup is not None:
            wakeup.set()

    # -- the run itself -------------------------------------------------------------------------

    async def _drive(self, run_id: str) -> None:
        try:
            begun = await self._begin(run_id)
            if begun is None:
                return
            run, generation = begun.run, begun.generation
            if generation.text or not generation.tool_calls:
                await self._stream_text(run, generation.tokens, generation.text)
            for call in generation.tool_calls:
                await self._stream_tool_call(run, call)
            await self._step(
                run_id, lambda: self._end(run_id, "completed", completion_tokens=generation.completion_tokens)
            )
        except (asyncio.CancelledError, _RunEnded):
            pass
        except Exception:
            log.exception("run %s failed", run_id)
            with contextlib.suppress(_RunEnded):
                await self._step(run_id, lambda: self._end_with_error(run_id))
        finally:
            if self._tasks.get(run_id) is asyncio.current_task():
                del self._tasks[run_id]

    def _end_with_error(self, run_id: str) -> None:
        row = run_log.get(self.db, run_id)
        if row is not None:
            error = run_log.error_object(
                "internal_error", "The run failed inside the server.", row["request_id"], error_type="stream_error"
            )
            self._end(run_id, "failed", error=error, final_event="error")

    async def _step(self, run_id: str, write: Callable[[], T]) -> T:
        """One step of a run: a small transaction (only while the run is active), then a wake-up for its followers.

        A database kept busy by another process delays the step; it never fails the run.
        """

        def guarded() -> T:
            if run_log.status(self.db, run_id) not in ("queued", "in_progress"):
                raise _RunEnded(run_id)
            return write()

        while True:
            try:
                outcome = await self.db.write(guarded)
                break
            except Unavailable:
                await asyncio.sleep(_STEP_RETRY_SECONDS)
        self._notify(run_id)
        return outcome

    async def _begin(self, run_id: str) -> _Begun | None:
        """Let the model answer the thread and mark the run started; `None` when there is nothing to do."""
        run, messages = await self.db.read(lambda: self._prompt_of(run_id))
        if run is None:
            return None
        settings = from_json(run["settings"])
        try:
            generation = await asyncio.to_thread(
                models.generate,
                run["model"],
                messages,
                tools=settings.get("tools"),
                max_tokens=settings.get("max_tokens"),
            )
        except DomainError as exc:
            error = run_log.error_object(exc.code, exc.message, run["request_id"], error_type=exc.type)
            await self._step(run_id, lambda: self._end(run_id, "failed", error=error))
            return None

        def mark_started() -> Row:
            run_log.mark_started(self.db, run_id, generation.prompt_tokens)
            started = run_log.get(self.db, run_id)
            assert started is not None
            return started

        return _Begun(await self._step(run_id, mark_started), generation)

    def _prompt_of(self, run_id: str) -> tuple[Row | None, list[dict[str, Any]]]:
        run = run_log.get(self.db, run_id)
        if run is None or run["status"] != "queued":
            return None, []
        settings = from_json(run["settings"])
        return run, prompt.model_messages(settings.get("system"), items.of_thread(self.db, run["thread_id"]))

    async def _stream_text(self, run: Row, tokens: list[str], text: str) -> None:
        run_id = run["id"]
        item = await self._step(run_id, lambda: self._create_item(run, "assistant_message", {"content": []}))
        await self._deltas(run_id, item["id"], [({"type": "text", "text": token}, token, 1) for token in tokens])
        final = {"content": items.text_parts(text)}
        await self._step(run_id, lambda: self._finish_item(run_id, item["id"], final))

    async def _stream_tool_call(self, run: Row, call: models.ToolCall) -> None:
        run_id = run["id"]
        progress = {"text": f"Calling {call.name}...", "icon": "tool"}
        await self._step(run_id, lambda: run_log.append(self.db, run_id, "progress.update", progress))
        data = {"tool_call_id": call.id, "tool_name": call.name, "args": {}}
        item = await self._step(run_id, lambda: self._create_item(run, "tool_call", data))
        chunks = [call.arguments[i : i + _ARGS_CHUNK] for i in range(0, len(call.arguments), _ARGS_CHUNK)]
        delta = {"type": "tool_call_args", "tool_call_id": call.id}
        await self._deltas(run_id, item["id"], [({**delta, "args_text": chunk}, chunk, 0) for chunk in chunks])
        args = json.loads(call.arguments) if call.arguments.strip() else {}
        final = {**data, "args": args if isinstance(args, dict) else {"value": args}}
        await self._step(run_id, lambda: self._finish_item(run_id, item["id"], final))

    async def _deltas(self, run_id: str, item_id: str, deltas: list[tuple[dict[str, Any], str, int]]) -> None:
        """Store an item's deltas (delta, its text, its tokens), paced by `ServerConfig.pace`.

        Deltas that fall due together (a zero delay, a late wake-up, a busy writer) share one small transaction.
        """
        loop = asyncio.get_running_loop()
        delay, start, sent = self.config.pace(len(deltas)), loop.time(), 0
        while sent < len(deltas):
            await asyncio.sleep(max(start + (sent + 1) * delay - loop.time(), 0))
            due = len(deltas) if delay <= 0 else int((loop.time() - start) / delay)
            batch = deltas[sent : min(max(due, sent + 1), sent + _MAX_DUE)]

            def write(batch: list[tuple[dict[str, Any], str, int]] = batch) -> None:
                for delta, text, tokens in batch:
                    fields = {"item_id": item_id, "delta": delta}
                    run_log.append(self.db, run_id, "item.delta", fields, item_id=item_id, text=text, tokens=tokens)

            await self._step(run_id, write)
            sent += len(batch)

    def _create_item(self, run: Row, item_type: str, data: dict[str, Any]) -> Row:
        row = items.insert(
            self.db,
            thread_id=run["thread_id"],
            user_id=run["user_id"],
            item_type=item_type,
            data=data,
            origin_run_id=run["id"],
            run_id=run["id"],
            status="in_progress",
        )
        run_log.append_item_event(self.db, run["id"], "item.created", row)
        return row

    def _finish_item(self, run_id: str, item_id: str, data: dict[str, Any]) -> None:
        run_log.append_item_event(self.db, run_id, "item.done", items.finish(self.db, item_id, data, "completed"))


def _error_frame(
    run_id: str,
    last: int,
    code: str,
    message: str,
    *,
    error_type: str = "stream_error",
    allow_retry: bool = True,
    request_id: str = "",
) -> bytes:
    """An `error` event that ends this stream but not the run.

    It repeats the sequence number of the last event delivered (as its `id:` and `sequence`), so a
    client that resumes from it with `Last-Event-ID` loses nothing.
    """
    sequence = max(last, 1)
    error = run_log.error_object(code, message, request_id or "req_" + secrets.token_hex(8), error_type=error_type)
    data = {"type": "error", "run_id": run_id, "sequence": sequence, "error": error, "allow_retry": allow_retry}
    return frame(sequence, "error", json.dumps(data, separators=(",", ":")))
