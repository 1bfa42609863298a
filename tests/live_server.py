"""Run the reference server as a real process on a free loopback port, and stop it by its pid."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx


def free_port() -> int:
    """Ask the OS for a free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """`python -m parley_server` on 127.0.0.1, with a known admin key and its own database file."""

    def __init__(
        self, db_path: Path, *, admin_key: str | None = None, token_delay: float = 0.0, extra: list[str] | None = None
    ) -> None:
        self.db_path = db_path
        self.admin_key = admin_key or "pk_test_" + secrets.token_urlsafe(24)
        self.token_delay = token_delay
        self.extra = extra or []
        self.port = 0
        self.process: subprocess.Popen[str] | None = None
        self.log_path = db_path.with_suffix(".log")

    @property
    def base_url(self) -> str:
        """The server's root URL."""
        return f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        """The command line that runs the server on `self.port`."""
        return [
            sys.executable,
            "-m",
            "parley_server",
            "--port",
            str(self.port),
            "--db",
            str(self.db_path),
            "--token-delay",
            str(self.token_delay),
            *self.extra,
        ]

    def start(self) -> LiveServer:
        """Start the process and wait until `/v1/health` answers."""
        self.port = free_port()
        env = {**os.environ, "PARLEY_ADMIN_KEY": self.admin_key}
        log = self.log_path.open("a")
        self.process = subprocess.Popen(self.command(), env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log_path.read_text()}")
            try:
                if self.ready(httpx.get(self.base_url + "/v1/health", timeout=1)):
                    return self
            except httpx.TransportError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"server did not start: {self.log_path.read_text()}")

    def ready(self, health: httpx.Response) -> bool:
        """Whether the server is up, judged by its answer to `GET /v1/health`."""
        return health.status_code == 200

    def stop(self, sig: int = signal.SIGTERM) -> None:
        """Stop the process by its pid (SIGTERM by default; SIGKILL to simulate a crash)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            os.kill(self.process.pid, sig)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def client(self, key: str | None = None, **kwargs: Any) -> httpx.Client:
        """An httpx client for this server, authenticated with `key` (the admin key by default)."""
        headers = {"Authorization": f"Bearer {key or self.admin_key}"}
        return httpx.Client(base_url=self.base_url, headers=headers, timeout=30, **kwargs)

    def new_key(self, user_id: str, role: str = "user") -> str:
        """Issue a key for `user_id` through the admin API and return its secret."""
        with self.client() as admin:
            response = admin.post(
                "/v1/admin/api-keys", json={"user_id": user_id, "name": f"test {user_id}", "role": role}
            )
            response.raise_for_status()
            secret: str = response.json()["secret"]
            return secret
