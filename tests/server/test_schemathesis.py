"""schemathesis, every check and the stateful phase, against a live reference server: zero failures.

Two passes, each on a fresh server: one with the admin key (reaches every operation) and one with
a user key (admin and manager operations must refuse it).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]
# The configuration parley-contract ships (each narrowing carries its reason there).
CONFIGS = ROOT / "overlay" / "parley" / "contract" / "config"
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"


@pytest.mark.parametrize("who", ["admin", "user"])
def test_schemathesis_finds_no_failure(who: str, tmp_path: Path) -> None:
    live = LiveServer(tmp_path / "parley.db", token_delay=0.0).start()
    try:
        key = live.admin_key if who == "admin" else live.new_key("user_contract")
        command = [
            str(SCHEMATHESIS),
            "--config-file",
            str(CONFIGS / f"{who}.toml"),
            "run",
            str(ROOT / "openapi.yaml"),
            "--url",
            live.base_url,
            "-H",
            f"Authorization: Bearer {key}",
            "--checks",
            "all",
            "--phases",
            "examples,coverage,fuzzing,stateful",
            "--report",
            "junit",
            "--report-dir",
            str(tmp_path / "report"),
        ]
        # schemathesis writes .schemathesis/ and .hypothesis/ into its working directory.
        env = {**os.environ, "PARLEY_SCHEMATHESIS_HOOKS": str(CONFIGS / "hooks.py")}
        result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900)
    finally:
        live.stop()
    output = result.stdout + result.stderr
    summary = "\n".join(
        line for line in output.splitlines() if re.search(r"cases|passed|failed|Test cases|seconds", line)
    )
    print(summary)
    assert result.returncode == 0, output[-20000:]
    assert "Failures:" not in output, output[-20000:]
    assert re.search(r"Tested: 48\b", output), output[-20000:]
