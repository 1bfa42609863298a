"""`make demo`: run examples/tour.py against a reference server of its own, then stop that server.

The server runs as a subprocess on a free loopback port, with a temporary SQLite database and a
generated admin key (`PARLEY_ADMIN_KEY`); once `/v1/health` answers, the tour runs with
`PARLEY_BASE_URL` and `PARLEY_API_KEY` pointing at it. The server is stopped by its pid when the
tour ends, fails or is interrupted (Ctrl-C, SIGTERM), and the temporary files are removed. The
exit code is the tour's (1 if the server does not start, 130 after Ctrl-C).

Usage: python tools/demo.py [--token-delay SECONDS]
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
TOUR = ROOT / "examples" / "tour.py"
START_TIMEOUT = 30.0
"""Seconds the server may take to answer `/v1/health`."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_health(base_url: str, server: subprocess.Popen[bytes]) -> bool:
    """Poll `/v1/health` until it answers 200 (True), the server exits or the time is up (False)."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(base_url + "/v1/health", timeout=1) as answer:
                if answer.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    return False


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process by its pid: SIGTERM, then SIGKILL if it is still there after 10 s."""
    if process.poll() is not None:
        return
    os.kill(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def demo(token_delay: float) -> int:
    """Start the server, run the tour against it, stop the server; the tour's exit code."""
    signal.signal(signal.SIGTERM, _terminate)  # `kill <pid>` cleans up as Ctrl-C does
    with tempfile.TemporaryDirectory(prefix="parley-demo-") as tmp:
        base_url = f"http://127.0.0.1:{free_port()}"
        admin_key = "pk_demo_" + secrets.token_urlsafe(24)
        log_path = Path(tmp) / "server.log"
        command = [
            sys.executable,
            "-m",
            "parley_server",
            "--port",
            base_url.rsplit(":", 1)[1],
            "--db",
            str(Path(tmp) / "parley.db"),
            "--token-delay",
            str(token_delay),
        ]
        print(f"demo: starting the reference server on {base_url} (temporary database in {tmp})", flush=True)
        started = time.monotonic()
        with log_path.open("wb") as log:
            # A session of its own: Ctrl-C reaches the tour, and the server is stopped by us, by its pid.
            server = subprocess.Popen(
                command,
                env={**os.environ, "PARLEY_ADMIN_KEY": admin_key},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        tour: subprocess.Popen[bytes] | None = None
        try:
            if not wait_for_health(base_url, server):
                print(f"demo: the server did not start; its log:\n{log_path.read_text()}", file=sys.stderr)
                return 1
            print(f"demo: server up (pid {server.pid}) in {time.monotonic() - started:.1f} s\n", flush=True)
            env = {**os.environ, "PARLEY_BASE_URL": base_url, "PARLEY_API_KEY": admin_key}
            tour = subprocess.Popen([sys.executable, str(TOUR)], env=env)
            return tour.wait()
        except KeyboardInterrupt:
            if tour is not None:
                try:
                    tour.wait(timeout=2)  # a Ctrl-C reached the tour too: let it say so and exit
                except subprocess.TimeoutExpired:
                    stop(tour)
            print("\ndemo: interrupted", file=sys.stderr)
            return 130
        finally:
            stop(server)
            print(f"demo: stopped the server (pid {server.pid}) after {time.monotonic() - started:.1f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the demo."""
    parser = argparse.ArgumentParser(description="Run examples/tour.py against a temporary reference server.")
    parser.add_argument(
        "--token-delay",
        type=float,
        default=0.02,
        help="seconds between streamed tokens, slow enough to watch them arrive (default: 0.02)",
    )
    return demo(parser.parse_args(argv).token_delay)


if __name__ == "__main__":
    sys.exit(main())
