"""An OpenAI-compatible server with only completions and models: `--include completions,models` runs cleanly.

The server is the reference one behind a wrapper that answers 404 to every other path (as FastAPI
does), so it has no health check, no `GET /v1/me`, no sessions and no `GET /v1/models/{id}`.
The harness tests what it has, and says what it skipped and why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.contract.conftest import Run
from tests.contract.mutants import WrappedServer


@pytest.fixture
def completions_only(tmp_path: Path) -> Iterator[WrappedServer]:
    server = WrappedServer(tmp_path / "openai.db", "completions_only").start()
    yield server
    server.stop()


@pytest.mark.slow
def test_completions_and_models_only(completions_only: WrappedServer, harness: Callable[..., Run]) -> None:
    run = harness(
        "--base-url", completions_only.base_url, "--include", "completions,models", api_key=completions_only.admin_key
    )
    print(run.stdout)
    assert run.code == 0, run.stdout + run.stderr
    for name in ("list_models", "create_chat_completion", "completion_stream"):
        assert run.line(name).startswith("passed"), run.line(name)
    assert run.line("get_model").startswith("skipped")
    assert run.reason("get_model") == (
        "the server does not route it: PUT /v1/models/parley-contract-probe answered 404 where a routed path "
        "answers 405"
    )
    for flow in ("completion_session", "idempotent_replay"):
        assert run.line(flow).startswith("skipped")
        assert "which this server does not route" in run.reason(flow)
    assert "note: GET /v1/health answered 404, not 200 (get_health is not selected)" in run.stdout
    assert "the server did not say what API_KEY may do (no GET /v1/me)" in run.stdout
    assert "Result: PASSED: 2 operations and 1 flow passed" in run.stdout
    # The operations the flows would need are not selected, so they stay on the one "not selected" line.
    assert not [line for line in run.stdout.splitlines() if line.split()[1:2] == ["list_sessions"]]


@pytest.mark.slow
def test_a_full_run_against_it_fails(completions_only: WrappedServer, harness: Callable[..., Run]) -> None:
    """Without --include, nothing is skipped for being unrouted: a server without sessions breaks the contract."""
    run = harness(
        "--base-url", completions_only.base_url, "--layer", "flows", "--include", "completion_session",
        api_key=completions_only.admin_key,
    )  # fmt: skip
    assert run.code == 0 and run.line("completion_session").startswith("skipped"), run.stdout + run.stderr
    full = harness("--base-url", completions_only.base_url, "--layer", "flows", api_key=completions_only.admin_key)
    assert full.code == 2, full.stdout + full.stderr
    assert "server unreachable: GET " in full.stderr and "/v1/health answered 404" in full.stderr
