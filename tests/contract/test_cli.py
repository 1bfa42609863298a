"""The harness's command line: --help, the exit-2 cases (each message says which), the safety refusal, skips."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from parley.contract.cli import build_parser
from parley.contract.preflight import is_loopback
from parley.contract.spec import spec_path

from tests.contract.conftest import Run
from tests.live_server import LiveServer, free_port


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path_factory.mktemp("cli") / "parley.db").start()
    yield server
    server.stop()


def test_help_documents_every_option() -> None:
    done = subprocess.run([sys.executable, "-m", "parley.contract", "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    for action in build_parser()._actions:
        assert action.help, f"{action.option_strings} has no help"
        for option in action.option_strings:
            assert option in done.stdout, f"{option} missing from --help"
    assert "exit codes" in done.stdout


def test_an_unreachable_server_is_exit_2(harness: Callable[..., Run]) -> None:
    run = harness("--base-url", f"http://127.0.0.1:{free_port()}", api_key="pk_anything")
    assert run.code == 2
    assert "cannot run: server unreachable: GET http://127.0.0.1:" in run.stderr


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        ({"api_key": "pk_not_a_key"}, "bad key: API_KEY (--api-key) was refused"),
        ({"api_key": "USER", "admin_key": "pk_not_a_key"}, "bad key: ADMIN_KEY (--admin-key) was refused"),
        ({"api_key": "USER", "admin_key": "USER"}, "ADMIN_KEY (--admin-key) is not an admin key"),
        ({"api_key": "USER", "second_key": "USER"}, "SECOND_KEY (--second-key) is API_KEY itself"),
        ({"api_key": "USER", "second_key": "ADMIN"}, "SECOND_KEY (--second-key) is an admin key (GET /v1/me says"),
        ({"api_key": "USER", "second_key": "SAME_USER"}, "SECOND_KEY (--second-key) belongs to API_KEY's user"),
    ],
)
def test_a_bad_key_is_exit_2(keys: dict[str, str], message: str, live: LiveServer, harness: Callable[..., Run]) -> None:
    user = live.new_key("user_cli")
    known = {"USER": user, "ADMIN": live.admin_key, "SAME_USER": live.new_key("user_cli")}
    given = {name: known.get(value, value) for name, value in keys.items()}
    run = harness("--base-url", live.base_url, "--layer", "flows", **given)
    assert run.code == 2, run.stdout + run.stderr
    assert message in run.stderr
    assert user not in run.stderr and live.admin_key not in run.stderr


def test_a_bad_spec_is_exit_2(harness: Callable[..., Run], tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    missing = harness("--base-url", url, "--spec", str(tmp_path / "nope.yaml"), api_key="pk_x")
    assert missing.code == 2 and "bad spec: cannot read" in missing.stderr
    garbage = tmp_path / "garbage.yaml"
    garbage.write_text("just: [a, list\n")
    broken = harness("--base-url", url, "--spec", str(garbage), api_key="pk_x")
    assert broken.code == 2 and "is not valid YAML" in broken.stderr
    other = tmp_path / "other.yaml"
    other.write_text("swagger: '2.0'\npaths: {}\n")
    wrong = harness("--base-url", url, "--spec", str(other), api_key="pk_x")
    assert wrong.code == 2 and "is not an OpenAPI 3 document" in wrong.stderr


def test_an_unknown_include_is_exit_2(harness: Callable[..., Run]) -> None:
    run = harness("--base-url", f"http://127.0.0.1:{free_port()}", "--include", "get_thraed", api_key="pk_x")
    assert run.code == 2
    assert "unknown --include/--exclude name(s) 'get_thraed'" in run.stderr


def test_a_non_loopback_url_is_refused_unless_writes_are_allowed(harness: Callable[..., Run]) -> None:
    url = "http://192.0.2.10:8000"  # TEST-NET-1: never a loopback address, never routed
    refused = harness("--base-url", url, api_key="pk_x")
    assert refused.code == 2
    assert "refusing to test http://192.0.2.10:8000" in refused.stderr and "--allow-writes" in refused.stderr
    allowed = harness("--base-url", url, "--allow-writes", "--request-timeout", "0.5", api_key="pk_x")
    assert allowed.code == 2
    assert "server unreachable" in allowed.stderr


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.5.0.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
     ("192.0.2.1", False), ("10.0.0.1", False)],
)  # fmt: skip
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_without_admin_or_second_key_those_flows_are_skipped(live: LiveServer, harness: Callable[..., Run]) -> None:
    run = harness("--base-url", live.base_url, "--layer", "flows", api_key=live.new_key("user_skips"))
    assert run.code == 0, run.stdout + run.stderr
    for name in ("shadow_drafts", "admin_api_keys"):
        assert run.line(name).startswith("skipped")
        assert run.reason(name) == "needs an admin key: pass --admin-key (ADMIN_KEY)"
    assert run.line("user_isolation").startswith("skipped")
    assert run.reason("user_isolation") == "needs a second user's key: pass --second-key (SECOND_KEY)"
    assert run.line("thread_resume").startswith("passed")
    assert "Layer 1, the spec (schemathesis)\n  skipped: not run (--layer flows)" in run.stdout


def test_the_harness_is_not_imported_with_the_sdk() -> None:
    code = (
        "import sys, parley; assert 'parley.contract' not in sys.modules; "
        "import parley.contract.cli, parley.contract.runner; assert 'schemathesis' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_spec_is_the_shipped_one_or_the_repository_s(root: Path) -> None:
    assert spec_path().read_bytes() == (root / "openapi.yaml").read_bytes()


def test_a_bad_shard_or_merge_is_exit_2(harness: Callable[..., Run], tmp_path: Path) -> None:
    run = harness("--base-url", f"http://127.0.0.1:{free_port()}", "--shard", "3/2", api_key="pk_x")
    assert run.code == 2 and "bad --shard '3/2': K must be between 1 and N" in run.stderr
    verdict = (run.report_dir / "verdict.json").read_text()
    assert '"exit_code": 2' in verdict and "bad --shard" in verdict, "a run that could not run leaves its verdict"
    done = subprocess.run(
        [sys.executable, "-m", "parley.contract", "merge", str(tmp_path / "nothing")], capture_output=True, text=True
    )
    assert done.returncode == 2 and "cannot merge:" in done.stderr and "holds no verdict.json" in done.stderr
    helped = subprocess.run(
        [sys.executable, "-m", "parley.contract", "merge", "--help"], capture_output=True, text=True
    )
    assert helped.returncode == 0 and "worst" in helped.stdout
