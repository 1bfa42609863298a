"""The broken servers of `broken_server.py`, what each breaks, and what in `parley-contract` must catch it.

Each mutant runs the harness on a focused selection (the operation or flow that judges what it
breaks) at a reduced `--max-examples`, so the whole set runs in a few minutes on two workers;
the clean runs against the reference server exercise everything at once. `catch` runs one
mutant end to end (server started and stopped by pid); the tests and `bench/contract_runs.py`
share it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.live_server import LiveServer

BROKEN_SERVER = Path(__file__).parent / "broken_server.py"
MAX_EXAMPLES = "10"
"""Cases per operation and phase in the layer-1 runs of the mutants (the default is 50)."""


@dataclass(frozen=True, slots=True)
class Mutant:
    """A bug, its area, the harness arguments that focus on it, who must fail, and a phrase of the reason."""

    bug: str
    area: str
    args: tuple[str, ...]
    culprit: str
    phrase: str
    admin: bool = False
    second: bool = False


def _spec(*names: str, phases: str = "") -> tuple[str, ...]:
    args = ("--layer", "spec", "--include", ",".join(names), "--max-examples", MAX_EXAMPLES)
    return (*args, "--phases", phases) if phases else args


def _flow(name: str) -> tuple[str, ...]:
    return ("--layer", "flows", "--include", name)


MUTANTS: tuple[Mutant, ...] = (
    Mutant("ignored_auth", "authentication", _spec("list_models", "get_health"), "list_models", "ST401"),
    Mutant("auth_403", "authentication", _spec("list_threads"), "list_threads", "expected 401"),
    Mutant("revoked_key_works", "authentication", _flow("admin_api_keys"), "admin_api_keys", "still authenticates",
           admin=True),
    Mutant("user_reads_audit_log", "authorization", _flow("user_authorization"), "user_authorization",
           "list_audit_log (GET /v1/admin/audit-log) answered 200 to API_KEY"),
    Mutant("user_manages_drafts", "authorization", _flow("user_authorization"), "user_authorization",
           "get_typing_preview (GET /v1/workspaces/{workspace_id}/typing) answered 200 to API_KEY"),
    Mutant("second_key_admin", "authorization", _flow("user_authorization"), "user_authorization",
           "get_platform_stats (GET /v1/admin/stats) answered 200 to SECOND_KEY", admin=True, second=True),
    Mutant("cross_user_threads", "isolation", _flow("user_isolation"), "user_isolation",
           "reached the first user's thread", second=True),
    Mutant("ignores_after", "pagination", _flow("cursor_pages"), "cursor_pages",
           "list_threads (order=default, desc in the spec, limit=2): page 2", admin=True),
    Mutant("repeats_cursor", "pagination", _flow("cursor_pages"), "cursor_pages",
           "list_thread_items (order=default, desc in the spec, limit=2): page 2", admin=True),
    Mutant("drops_at_boundary", "pagination", _flow("cursor_pages"), "cursor_pages",
           "list_workspaces (order=default, desc in the spec, limit=2): page 1", admin=True),
    Mutant("sessions_ignore_page", "pagination", _flow("page_numbers"), "page_numbers",
           "page 2 repeats"),
    Mutant("audit_offset_skip", "pagination", _flow("offset_pages"), "offset_pages",
           "list_audit_log", admin=True),
    Mutant("threads_oldest_first", "ordering", _flow("cursor_pages"), "cursor_pages",
           "in the spec's order (creation time, newest first)", admin=True),
    Mutant("server_error", "status codes", _spec("list_sessions", "get_session"), "list_sessions",
           "ST101 Server error"),
    Mutant("created_200", "status codes", _spec("create_thread", "get_thread"), "create_thread",
           "ST103 Undocumented status code: Received: 200"),
    Mutant("json_as_text", "content types", _spec("get_thread", "create_thread"), "get_thread",
           "Content-Type"),
    Mutant("bare_404", "error envelopes", _spec("get_session"), "get_session", "ST108"),
    Mutant("missing_field", "schema types", _spec("get_model", "list_models"), "get_model",
           '"owned_by" is a required'),
    Mutant("wrong_type", "schema types", _spec("list_threads", "create_thread"), "list_threads",
           'is not of type "integer"'),
    Mutant("bogus_event", "run streams", _spec("chat_thread", "create_thread", phases="examples,coverage,fuzzing"),
           "chat_thread", "SSE event violates schema"),
    Mutant("run_event_repeated", "run streams", _flow("thread_stream"), "thread_stream",
           "its id 3 is not after the previous event's (3) on this connection"),
    Mutant("bad_completion_chunk", "completion streams", _spec("create_chat_completion"), "create_chat_completion",
           "SSE event violates schema"),
    Mutant("completion_no_done", "completion streams", _flow("completion_stream"), "completion_stream",
           "did not end with exactly one `data: [DONE]`"),
    Mutant("resume_gap", "resume", _flow("thread_resume"), "thread_resume", "began with id 7, not 6"),
    Mutant("resume_from_start", "resume", _flow("thread_resume"), "thread_resume", "it replays from the start"),
    Mutant("cancel_noop", "cancel", _flow("thread_cancel"), "thread_cancel", "ended with run.completed"),
    Mutant("double_create", "idempotency", _flow("idempotent_replay"), "idempotent_replay",
           "created a second thread"),
    Mutant("key_reuse_accepted", "idempotency", _flow("idempotent_replay"), "idempotent_replay",
           "was accepted, not a 409"),
    Mutant("session_id_ignored", "sessions", _flow("completion_session"), "completion_session", "was recorded in"),
    Mutant("reject_delivers", "drafts", _flow("shadow_drafts"), "shadow_drafts", "left the draft approved",
           admin=True),
    Mutant("soft_delete", "deletes", _flow("deletes_take_effect"), "deletes_take_effect",
           "get_thread (GET /v1/threads/"),
    Mutant("splits_encoded_slash", "routing", _flow("path_ids"), "path_ids",
           "split the id at its encoded slash and answered list_thread_items"),
    Mutant("ignores_limit", "pagination", _flow("cursor_pages"), "cursor_pages", "more than limit=2", admin=True),
    Mutant("update_not_stored", "writes", _flow("writes_take_effect"), "writes_take_effect",
           "after update_thread: title is", admin=True),
    Mutant("metadata_dropped", "writes", _flow("writes_take_effect"), "writes_take_effect",
           "create_thread's answer: metadata is {}", admin=True),
    Mutant("usage_off_by_one", "usage", _flow("completion_stream"), "completion_stream", "usage says total_tokens"),
    Mutant("replay_unmarked", "idempotency", _flow("idempotent_replay"), "idempotent_replay",
           "the replay has no `Idempotent-Replayed: true` header"),
    Mutant("session_reversed", "sessions", _flow("completion_session"), "completion_session",
           "does not end with the streamed exchange"),
    Mutant("locked_thread_chats", "writes", _flow("writes_take_effect"), "writes_take_effect",
           "yet chat_thread ran the assistant", admin=True),
    Mutant("attachment_bytes_altered", "attachments", _flow("writes_take_effect"), "writes_take_effect",
           "bytes that differ from the 3264 uploaded from byte 3263 on", admin=True),
    Mutant("takeover_ai_answers", "workspaces", _flow("writes_take_effect"), "writes_take_effect",
           "the AI answered where a human agent has taken over", admin=True),
    Mutant("soft_end", "workspaces", _flow("writes_take_effect"), "writes_take_effect",
           "after end_workspace says status 'active'", admin=True),
    Mutant("run_found_by_id_alone", "routing", _flow("path_ids"), "path_ids",
           "get_thread_run must look the run up in the thread the path names"),
    Mutant("request_id_mismatch", "error envelopes", _flow("user_authorization"), "user_authorization",
           "with an error envelope naming request 'req_0000000000000000'", admin=True),
)  # fmt: skip


class BrokenServer(LiveServer):
    """The reference server wrapped in one bug's middleware (`broken_server.py --bug NAME`)."""

    def __init__(self, db_path: Path, bug: str) -> None:
        super().__init__(db_path)
        self.bug = bug

    def command(self) -> list[str]:
        """`broken_server.py` instead of `python -m parley_server`."""
        command = [sys.executable, str(BROKEN_SERVER), "--bug", self.bug, "--port", str(self.port)]
        return [*command, "--db", str(self.db_path)]


@dataclass(frozen=True, slots=True)
class Caught:
    """What one run of the harness against a mutant said."""

    mutant: Mutant
    code: int
    failed: tuple[str, ...]
    """The operations and flows the summary marks FAILED."""
    reason: str
    """The line under the culprit (its first reason), if it failed."""
    seconds: float
    stdout: str
    stderr: str


def catch(mutant: Mutant, workdir: Path) -> Caught:
    """Start the mutant, run `parley-contract` on its focused selection, stop it; what the harness said."""
    workdir.mkdir(parents=True, exist_ok=True)
    server = BrokenServer(workdir / f"{mutant.bug}.db", mutant.bug).start()
    try:
        env = {name: value for name, value in os.environ.items() if not name.startswith("PARLEY_")}
        env["PARLEY_API_KEY"] = server.new_key("user_mutant_a")
        second = server.new_key("user_mutant_b")
        if mutant.second:
            env["PARLEY_SECOND_KEY"] = second
        if mutant.admin:
            env["PARLEY_ADMIN_KEY"] = server.admin_key
        command = [sys.executable, "-m", "parley.contract", "--base-url", server.base_url, *mutant.args]
        command += ["--report-dir", str(workdir / "report")]
        started = time.monotonic()
        done = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=900)
        seconds = time.monotonic() - started
    finally:
        server.stop()
    lines = done.stdout.splitlines()
    failed = tuple(line.split()[1] for line in lines if line.startswith("  FAILED "))
    reason = ""
    for index, line in enumerate(lines):
        if line.startswith("  FAILED ") and line.split()[1] == mutant.culprit and index + 1 < len(lines):
            reason = lines[index + 1].strip()
    return Caught(mutant, done.returncode, failed, reason, seconds, done.stdout, done.stderr)


WRAPPED_SERVER = Path(__file__).parent / "wrapped_server.py"


class WrappedServer(LiveServer):
    """The reference server behind a contract-keeping wrapper (`wrapped_server.py --wrap NAME`)."""

    def __init__(self, db_path: Path, wrap: str, log: Path | None = None) -> None:
        super().__init__(db_path)
        self.wrap = wrap
        self.log = log

    def command(self) -> list[str]:
        """`wrapped_server.py` instead of `python -m parley_server`."""
        command = [sys.executable, str(WRAPPED_SERVER), "--wrap", self.wrap, "--port", str(self.port)]
        command += ["--db", str(self.db_path)]
        return command + (["--log", str(self.log)] if self.log is not None else [])

    def ready(self, health: httpx.Response) -> bool:
        """Up as soon as it answers (a server with only completions and models has no health check)."""
        return health.status_code < 500
