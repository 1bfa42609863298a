"""`parley-server` as a user starts it: first start prints an admin key once, restarts keep the data."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.live_server import free_port


def _start(db: Path, port: int, log: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_ADMIN_KEY"}
    command = [sys.executable, "-m", "parley_server", "--port", str(port), "--db", str(db)]
    process = subprocess.Popen(command, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise AssertionError(log.read_text())


def _stop(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGTERM)
    process.wait(timeout=10)


def test_first_start_prints_a_working_admin_key_once_and_restart_keeps_data(tmp_path: Path) -> None:
    db, port = tmp_path / "data" / "parley.db", free_port()
    first = _start(db, port, tmp_path / "first.log")
    try:
        keys = re.findall(r"Admin API key \(shown once, store it\): (pk_\S+)", (tmp_path / "first.log").read_text())
        assert len(keys) == 1
        headers = {"Authorization": f"Bearer {keys[0]}"}
        models = httpx.get(f"http://127.0.0.1:{port}/v1/models", headers=headers)
        assert models.status_code == 200, models.text
        assert "echo-1" in [m["id"] for m in models.json()["data"]]
        created = httpx.post(f"http://127.0.0.1:{port}/v1/threads", headers=headers, json={"title": "kept"})
        assert created.status_code == 201, created.text
    finally:
        _stop(first)

    second = _start(db, port, tmp_path / "second.log")
    try:
        assert "Admin API key" not in (tmp_path / "second.log").read_text()
        thread = httpx.get(f"http://127.0.0.1:{port}/v1/threads/{created.json()['id']}", headers=headers)
        assert thread.status_code == 200
        assert thread.json()["title"] == "kept"
    finally:
        _stop(second)
