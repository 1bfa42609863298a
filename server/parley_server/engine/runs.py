"""The thread-run engine: each run is an asyncio task that stores every event, and streams read them back.

A run is independent of any response: `chat_thread` stores the run (and its first events) in its own
transaction and `start`s a task, which writes each further step in a small transaction of its own
and wakes the run's followers. A follower (`event_stream`) replays the run's log from the database
and waits for the next wake-up, so a late or reconnecting client sees every event exactly once, and
closing a connection never stops a run. `cancel` ends a run synchronously (inside the caller's
transaction) and cancels its task, so nothing is written after the cancel answer.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

from parley_server.config import ServerConfig
from parley_server.database import Database, Row, from_json
from parley_server.engine import items, models, prompt, run_log
from parley_server.engine.sse import HEARTBEAT, frame
from parley_server.errors import ApiError

log = logging.getLogger("parley_server.runs")

_EPITAPH_SECONDS = 60.0
_ARGS_CHUNK = 16
_BATCH = 256  # events per database read (and per chunk sent) when a stream catches up
_MAX_DUE = 64  # tokens written in one transaction when several are due at once (token delay 0)


@dataclass(frozen=True, slots=True)
class _Epitaph:
    """What followers of a run get once its thread is deleted: the run's frames and its result."""

    frames: list[tuple[int, str, bytes]]
    result: dict[str, Any]


class RunEngine:
    """Starts, cancels, recovers and streams thread runs."""

    def __init__(self, db: Database, config: ServerConfig) -> None:
        self.db = db
        self.config = config
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._wakeups: dict[str, asyncio.Event] = {}
        self._epitaphs: dict[str, _Epitaph] = {}

    # -- life cycle -------------------------------------------------------------------------------

    def recover(self) -> None:
        """At start-up: every run left active by a crash or a stop has failed (its followers and waiters end)."""
        with self.db.transaction():
            for run_id in run_log.active_ids(self.db):
                self._fail(run_id, "server_restarted", "The server restarted while the run was active.")

    async def shutdown(self) -> None:
        """Fail the runs still active and stop their tasks."""
        tasks = list(self._tasks.items())
        with self.db.transaction():
            for run_id, _ in tasks:
                self._fail(run_id, "server_shutdown", "The server shut down while the run was active.")
        for run_id, task in tasks:
            self._notify(run_id)
            task.cancel()
        await asyncio.gather(*(task for _, task in tasks), return_exceptions=True)
        self._tasks.clear()

    def _fail(self, run_id: str, code: str, message: str) -> None:
        row = run_log.get(self.db, run_id)
        if row is not None:
            error = run_log.error_object(code, message, row["request_id"])
            run_log.end(self.db, run_id, "failed", error=error)

    # -- starting and cancelling (called by handlers, inside their transaction) --------------------

    def start(self, run_id: str) -> None:
        """Run a stored `queued` run in the background, once the caller's transaction has committed."""
        task = asyncio.get_running_loop().create_task(self._drive(run_id), name=f"run {run_id}")
        self._tasks[run_id] = task

    def cancel(self, run_id: str, *, forget: bool = False) -> None:
        """End an active run as `cancelled` now (partial items kept as `incomplete`) and stop its task.

        With `forget` (the thread is being deleted) the run's frames and result are kept in memory for a
        while, so that its followers still end with `run.cancelled` once the rows are gone.
        """
        task = self._tasks.pop(run_id, None)
        if task is not None:
            task.cancel()
        run_log.end(self.db, run_id, "cancelled")
        if forget:
            self._epitaphs[run_id] = _Epitaph(run_log.frames_after(self.db, run_id, 0), run_log.result(self.db, run_id))
            asyncio.get_running_loop().call_later(_EPITAPH_SECONDS, self._epitaphs.pop, run_id, None)
        self._notify(run_id)

    # -- following ------------------------------------------------------------------------------

    async def event_stream(self, run_id: str, after: int) -> AsyncIterator[bytes]:
        """Yield the run's SSE frames after sequence `after`, then live ones until the run ends.

        Frames are read from the database in batches (one chunk each) and the run's wake-up is awaited
        only after a read found nothing new, so no event is skipped or sent twice.
        """
        last = after
        while True:
            try:
                frames = run_log.frames_after(self.db, run_id, last, _BATCH)
                status = "" if frames else self._status(run_id)
            except Exception:
                log.exception("reading the events of run %s failed", run_id)
                yield self._error_frame(run_id, last + 1, "stream_failed", "The stream failed; resume it.")
                return
            if status is None:  # the thread was deleted: what the run said before it went
                frames = self._epitaph_frames(run_id, last)
            ending = next((i for i, (_, kind, _) in enumerate(frames) if kind in run_log.FINAL_EVENTS), None)
            if ending is not None:
                frames = frames[: ending + 1]
            if frames:
                last = frames[-1][0]
                yield b"".join(data for _, _, data in frames)
            if ending is not None or status is None or status in run_log.FINAL_STATUSES:
                return
            if frames:
                continue
            wakeup = self._wakeups.setdefault(run_id, asyncio.Event())
            try:
                await asyncio.wait_for(wakeup.wait(), timeout=self.config.heartbeat_seconds)
            except asyncio.TimeoutError:
                yield HEARTBEAT

    async def wait_result(self, run_id: str) -> dict[str, Any]:
        """Wait until the run has ended and return its `ThreadRunResult` JSON."""
        while True:
            status = self._status(run_id)
            if status is None:
                epitaph = self._epitaphs.get(run_id)
                if epitaph is None:
                    raise ApiError(404, "run_not_found", f"No run with id '{run_id}': its thread was deleted.")
                return epitaph.result
            if status in run_log.FINAL_STATUSES:
                return run_log.result(self.db, run_id)
            await self._wakeups.setdefault(run_id, asyncio.Event()).wait()

    def _status(self, run_id: str) -> str | None:
        row = run_log.get(self.db, run_id)
        return None if row is None else str(row["status"])

    def _epitaph_frames(self, run_id: str, after: int) -> list[tuple[int, str, bytes]]:
        epitaph = self._epitaphs.get(run_id)
        if epitaph is None:
            return [(after + 1, "error", self._error_frame(run_id, after + 1, "run_not_found", "The run is gone."))]
        return [entry for entry in epitaph.frames if entry[0] > after]

    @staticmethod
    def _error_frame(run_id: str, seq: int, code: str, message: str) -> bytes:
        error = run_log.error_object(code, message, "req_" + secrets.token_hex(8), error_type="stream_error")
        data = {
            "type": "error",
            "run_id": run_id,
            "sequence": seq,
            "error": error,
            "allow_retry": code != "run_not_found",
        }
        return frame(seq, "error", json.dumps(data, separators=(",", ":")))

    def _notify(self, run_id: str) -> None:
        wakeup = self._wakeups.pop(run_id, None)
        if wakeup is not None:
            wakeup.set()

    # -- the run itself -------------------------------------------------------------------------

    async def _drive(self, run_id: str) -> None:
        await asyncio.sleep(0)  # the starting request's transaction commits before the run touches the database
        try:
            generation = self._begin(run_id)
            if generation is None:
                return
            run = run_log.get(self.db, run_id)
            assert run is not None
            if generation.text or not generation.tool_calls:
                await self._stream_text(run, generation.tokens, generation.text)
            for call in generation.tool_calls:
                await self._stream_tool_call(run, call)
            self._step(
                run_id, lambda db: run_log.end(db, run_id, "completed", completion_tokens=generation.completion_tokens)
            )
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("run %s failed", run_id)
            self._step(run_id, lambda db: self._end_with_error(db, run_id))
        finally:
            if self._tasks.get(run_id) is asyncio.current_task():
                del self._tasks[run_id]

    def _end_with_error(self, db: Database, run_id: str) -> None:
        row = run_log.get(db, run_id)
        if row is not None:
            error = run_log.error_object(
                "internal_error", "The run failed inside the server.", row["request_id"], error_type="stream_error"
            )
            run_log.end(db, run_id, "failed", error=error, final_event="error")

    def _step(self, run_id: str, write: Callable[[Database], Any]) -> Any:
        """One step of a run: a small transaction, then a wake-up for the run's followers."""
        with self.db.transaction():
            outcome = write(self.db)
        self._notify(run_id)
        return outcome

    def _begin(self, run_id: str) -> models.Generation | None:
        """Mark the run started and let the model answer the thread; `None` when there is nothing to do."""
        with self.db.transaction():
            run = run_log.get(self.db, run_id)
            if run is None or run["status"] != "queued":
                return None
            settings = from_json(run["settings"])
            messages = prompt.model_messages(settings.get("system"), items.of_thread(self.db, run["thread_id"]))
            generation: models.Generation | None = None
            try:
                generation = models.generate(
                    run["model"], messages, tools=settings.get("tools"), max_tokens=settings.get("max_tokens")
                )
            except ApiError as exc:
                error = run_log.error_object(exc.code, exc.message, run["request_id"], error_type=exc.type)
                run_log.end(self.db, run_id, "failed", error=error)
            else:
                run_log.mark_started(self.db, run_id, generation.prompt_tokens)
        self._notify(run_id)
        return generation

    async def _stream_text(self, run: Row, tokens: list[str], text: str) -> None:
        run_id = run["id"]
        item = self._step(run_id, lambda db: self._create_item(db, run, "assistant_message", {"content": []}))
        await self._deltas(run_id, item["id"], [({"type": "text", "text": token}, token, 1) for token in tokens])
        final = {"content": items.text_parts(text)}
        self._step(run_id, lambda db: self._finish_item(db, run_id, item["id"], final))

    async def _stream_tool_call(self, run: Row, call: models.ToolCall) -> None:
        run_id = run["id"]
        progress = {"text": f"Calling {call.name}...", "icon": "tool"}
        self._step(run_id, lambda db: run_log.append(db, run_id, "progress.update", progress))
        data = {"tool_call_id": call.id, "tool_name": call.name, "args": {}}
        item = self._step(run_id, lambda db: self._create_item(db, run, "tool_call", data))
        chunks = [call.arguments[i : i + _ARGS_CHUNK] for i in range(0, len(call.arguments), _ARGS_CHUNK)]
        delta = {"type": "tool_call_args", "tool_call_id": call.id}
        await self._deltas(run_id, item["id"], [({**delta, "args_text": chunk}, chunk, 0) for chunk in chunks])
        args = json.loads(call.arguments) if call.arguments.strip() else {}
        final = {**data, "args": args if isinstance(args, dict) else {"value": args}}
        self._step(run_id, lambda db: self._finish_item(db, run_id, item["id"], final))

    async def _deltas(self, run_id: str, item_id: str, deltas: list[tuple[dict[str, Any], str, int]]) -> None:
        """Store an item's deltas (delta, its text, its tokens), paced by `ServerConfig.pace`.

        Deltas that fall due together (a zero delay, or a late wake-up) share one small transaction.
        """
        loop = asyncio.get_running_loop()
        delay, start, sent = self.config.pace(len(deltas)), loop.time(), 0
        while sent < len(deltas):
            await asyncio.sleep(max(start + (sent + 1) * delay - loop.time(), 0))
            due = len(deltas) if delay <= 0 else int((loop.time() - start) / delay)
            batch = deltas[sent : min(max(due, sent + 1), sent + _MAX_DUE)]

            def write(db: Database, batch: list[tuple[dict[str, Any], str, int]] = batch) -> None:
                for delta, text, tokens in batch:
                    fields = {"item_id": item_id, "delta": delta}
                    run_log.append(db, run_id, "item.delta", fields, item_id=item_id, text=text, tokens=tokens)

            self._step(run_id, write)
            sent += len(batch)

    @staticmethod
    def _create_item(db: Database, run: Row, item_type: str, data: dict[str, Any]) -> Row:
        row = items.insert(
            db,
            thread_id=run["thread_id"],
            user_id=run["user_id"],
            item_type=item_type,
            data=data,
            origin_run_id=run["id"],
            run_id=run["id"],
            status="in_progress",
        )
        run_log.append_item_event(db, run["id"], "item.created", row)
        return row

    @staticmethod
    def _finish_item(db: Database, run_id: str, item_id: str, data: dict[str, Any]) -> None:
        run_log.append_item_event(db, run_id, "item.done", items.finish(db, item_id, data, "completed"))
