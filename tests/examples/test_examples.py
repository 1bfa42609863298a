"""The tour and every example, run as users run them (`python examples/<name>.py`) against a reference server.

Each script checks what it shows and exits non-zero when something is off; these tests hold them
to exit 0 and to print the lines that say each step happened. `tools/demo.py` (`make demo`) is
run too, with its own server.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DEMO = ROOT / "tools" / "demo.py"

EXPECTED = {
    "tour.py": [
        "== Models",
        "available on this server: echo-1, lorem-1, tools-1",
        "lorem-1, streamed: Lorem ipsum dolor sit amet,",
        "'Hello, Parley!': 4 messages",
        'item.delta       \'{"city": ',
        "tools-1 called get_weather(",
        "the assistant, streamed: The tool get_weather returned:",
        "items, oldest first: user_message, tool_call, tool_result, assistant_message",
        "cancelled: run cancelled, its answer incomplete",
        "mode shadow",
        "a manager approved it, edited: draft approved",
        "ai    Your refund for order 4417 is on its way.",
        "draft.approve",
        "== Summary",
        "every area answered",
        "tour.py: OK",
    ],
    "async_thread_tools_and_cancel.py": [
        "tool call: get_weather(",
        'assistant: The tool get_weather returned: {"temperature": 72',
        "items: user_message, tool_call, tool_result, assistant_message",
        "cancelled; the stream ended with run.cancelled",
        "once per request",
        "async_thread_tools_and_cancel.py: OK",
    ],
    "completions_sessions_and_admin.py": [
        "assistant: Write a hello world function in Python.",
        "streamed: Lorem ipsum dolor sit amet,",
        ": 4 messages",
        "has 2 sessions",
        "renamed: 'Hello world in Python'",
        "NotFoundError 404 (session_not_found)",
        "health: healthy",
        "removed admin lee-",
        "admin.remove admin",
        "completions_sessions_and_admin.py: OK",
    ],
    "workspaces_shadow_and_takeover.py": [
        "mode ai, 2 messages",
        'manager sees: "What\'s the status of my last order?"',
        "(shadow) your message is being reviewed",
        "manager approved it, edited: 'Your refund for ORD-001 is approved.'",
        "manager rejected draft",
        "(takeover) a team member will respond shortly",
        "conversation ended",
        "after the end: ConflictError (workspace_ended)",
        "human Hi, this is Dana.",
        "workspaces_shadow_and_takeover.py: OK",
    ],
    "threads_items_actions_and_attachments.py": [
        "page 1: ['Order 4414', 'Order 4413'] has_more=True",
        "page 2: ['Order 4412', 'Order 4411'] has_more=True",
        "iterating walked 5 threads across pages",
        "uploaded invoice-4417.pdf (application/pdf",
        "items page 2: ['assistant_message']",
        "feedback positive on",
        "action item: approve_refund {'order_id': '4417'}",
        "retry run retry completed",
        "chat on a locked thread: ConflictError (thread_locked)",
        "threads_items_actions_and_attachments.py: OK",
    ],
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One reference server for every example; tokens 2 ms apart, so runs stream and can be cancelled."""
    server = LiveServer(tmp_path_factory.mktemp("parley-examples") / "parley.db", token_delay=0.002).start()
    try:
        yield server
    finally:
        server.stop()


def run_script(script: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `script` with the venv's python, as a user would, with `env` added to a clean environment."""
    base = {name: value for name, value in os.environ.items() if not name.startswith("PARLEY_")}
    return subprocess.run(
        [sys.executable, str(script)], env={**base, **env}, capture_output=True, text=True, timeout=60, cwd=ROOT
    )


def test_every_example_is_tested() -> None:
    scripts = {path.name for path in EXAMPLES.glob("*.py") if not path.name.startswith("_")}
    assert scripts == set(EXPECTED)


@pytest.mark.parametrize("name", list(EXPECTED))
def test_example_runs_against_the_reference_server(name: str, server: LiveServer) -> None:
    result = run_script(EXAMPLES / name, PARLEY_BASE_URL=server.base_url, PARLEY_API_KEY=server.admin_key)
    assert result.returncode == 0, f"{name} failed:\n{result.stdout}\n{result.stderr}"
    missing = [line for line in EXPECTED[name] if line not in result.stdout]
    assert not missing, f"{name} did not print {missing}:\n{result.stdout}"


def test_an_example_without_a_server_fails_with_a_clear_message() -> None:
    result = run_script(EXAMPLES / "tour.py")
    assert result.returncode == 1
    assert "tour.py: FAILED: ParleyError: No base URL" in result.stderr and "PARLEY_BASE_URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_example_with_a_wrong_key_fails_with_a_clear_message(server: LiveServer) -> None:
    result = run_script(
        EXAMPLES / "completions_sessions_and_admin.py", PARLEY_BASE_URL=server.base_url, PARLEY_API_KEY="pk_wrong"
    )
    assert result.returncode == 1
    assert "FAILED: AuthenticationError" in result.stderr and "check $PARLEY_API_KEY" in result.stderr


def test_an_example_with_a_user_key_says_it_needs_an_admin_key(server: LiveServer) -> None:
    key = server.new_key("user_examples")
    result = run_script(EXAMPLES / "tour.py", PARLEY_BASE_URL=server.base_url, PARLEY_API_KEY=key)
    assert result.returncode == 1
    assert "FAILED: PermissionDeniedError" in result.stderr and "need an admin key" in result.stderr


def demo_env() -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if not k.startswith("PARLEY_")}, "PYTHONUNBUFFERED": "1"}


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_make_demo_starts_a_server_runs_the_tour_and_stops_the_server() -> None:
    result = subprocess.run(
        [sys.executable, str(DEMO), "--token-delay", "0.002"],
        env=demo_env(),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    assert "demo: starting the reference server on http://127.0.0.1:" in result.stdout
    assert "every area answered" in result.stdout and "tour.py: OK" in result.stdout
    pid = re.search(r"demo: stopped the server \(pid (\d+)\)", result.stdout)
    tmp = re.search(r"temporary database in (\S+)\)", result.stdout)
    assert pid and tmp and gone(int(pid.group(1))) and not Path(tmp.group(1)).exists()


def test_ctrl_c_stops_the_demo_and_its_server() -> None:
    demo = subprocess.Popen(
        [sys.executable, str(DEMO), "--token-delay", "0.3"],  # the streamed completion lasts 6 s
        env=demo_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
        start_new_session=True,  # a process group of its own, as a terminal's foreground job
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # even if ours ignores SIGINT
    )
    stdout = demo.stdout
    assert stdout is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(stdout.readline, "")), daemon=True)
    reader.start()
    deadline = time.monotonic() + 30
    while not any("echo-1 answered" in line for line in lines) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # into the streamed completion
    os.killpg(demo.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group gets SIGINT
    assert demo.wait(timeout=30) == 130
    reader.join(timeout=5)
    output = "".join(lines)
    assert "lorem-1, streamed: Lorem" in output and "== Sessions" not in output
    assert "tour.py: interrupted" in output and "demo: interrupted" in output
    pid = re.search(r"demo: server up \(pid (\d+)\)", output)
    tmp = re.search(r"temporary database in (\S+)\)", output)
    assert pid and tmp and gone(int(pid.group(1))) and not Path(tmp.group(1)).exists()
    assert f"demo: stopped the server (pid {pid.group(1)})" in output
