"""Deliberately broken variants of the reference server: each is caught (exit code 1) and named in the summary.

Each variant runs a focused selection (the operation with the bug, or the flows) so the whole file
stays short; the clean run in test_reference.py exercises everything once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.contract.conftest import BrokenServer, Run

# bug -> (harness arguments, the operation or flow that must fail, a phrase of its reason)
VARIANTS = {
    "missing_field": (["--include", "get_model", "--include", "list_models"], "get_model", '"owned_by" is a required'),
    "server_error": (["--include", "list_sessions", "--include", "get_session"], "list_sessions", "ST101 Server error"),
    "ignored_auth": (["--include", "list_models", "--include", "get_health"], "list_models", "ST401"),
    "bogus_event": (
        ["--include", "chat_thread", "--include", "create_thread", "--phases", "examples,coverage,fuzzing"],
        "chat_thread",
        "SSE event violates schema",
    ),
    "resume_gap": (["--layer", "flows", "--include", "threads"], "thread_resume", "event 6 missing (a gap)"),
    "double_create": (["--layer", "flows", "--include", "threads"], "idempotent_replay", "created a second thread"),
}


@pytest.mark.parametrize("bug", sorted(VARIANTS))
def test_a_broken_server_is_caught(
    bug: str, broken: Callable[[str], BrokenServer], harness: Callable[..., Run]
) -> None:
    arguments, culprit, reason = VARIANTS[bug]
    server = broken(bug)
    run = harness("--base-url", server.base_url, *arguments, api_key=server.new_key("user_broken"))
    print(run.stdout)
    assert run.code == 1, run.stdout + run.stderr
    assert run.line(culprit).startswith("FAILED"), run.line(culprit)
    assert reason in run.reason(culprit)
    assert run.reproduction(culprit)
    failed = [text.split()[1] for text in run.stdout.splitlines() if text.startswith("  FAILED")]
    assert failed == [culprit], "only the operation or flow with the bug fails"


def test_a_baseline_accepts_known_failures(
    broken: Callable[[str], BrokenServer], harness: Callable[..., Run], tmp_path: Path
) -> None:
    server = broken("missing_field")
    key = server.new_key("user_baseline")
    baseline = tmp_path / "baseline.json"
    arguments = [
        "--base-url",
        server.base_url,
        "--layer",
        "spec",
        "--include",
        "get_model",
        "--baseline",
        str(baseline),
    ]
    recorded = harness(*arguments, "--baseline-update", api_key=key)
    assert recorded.code == 1 and baseline.is_file(), recorded.stdout + recorded.stderr
    accepted = harness(*arguments, api_key=key)
    assert accepted.code == 0, accepted.stdout + accepted.stderr
    assert accepted.line("get_model").startswith("passed")
    assert "known failure(s) accepted by the baseline" in accepted.stdout
