"""Fixtures of the harness's tests: the reference server, its broken variants, and the harness as users run it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.contract.mutants import BrokenServer


@dataclass
class Run:
    """One finished run of `parley-contract`."""

    code: int
    stdout: str
    stderr: str
    report_dir: Path

    def line(self, name: str) -> str:
        """The summary line of an operation or flow (`passed   get_thread  GET ...`)."""
        return self.lines(name)[0].strip()

    def reason(self, name: str) -> str:
        """The line under a failed or skipped operation or flow: its first reason."""
        return self.lines(name)[1].strip()

    def reproduction(self, name: str) -> str:
        """What reproduces a failure (`curl ...` or the SDK call), from the line that says so."""
        reproduce = [line.strip() for line in self.lines(name)[1:4] if line.strip().startswith("reproduce: ")]
        assert reproduce, f"no reproduction for {name!r} in:\n{self.stdout}"
        return reproduce[0].removeprefix("reproduce: ")

    def lines(self, name: str) -> list[str]:
        all_lines = self.stdout.splitlines()
        found = [index for index, line in enumerate(all_lines) if line.split()[1:2] == [name]]
        assert len(found) == 1, f"no single line for {name!r} in:\n{self.stdout}"
        return all_lines[found[0] : found[0] + 5]


@pytest.fixture
def harness(tmp_path: Path) -> Callable[..., Run]:
    """Run `python -m parley.contract ARGS` in a fresh directory, with only the given keys in its environment."""

    def run(*args: str, timeout: float = 600, report_dir: str = "report", **keys: str) -> Run:
        env = {name: value for name, value in os.environ.items() if not name.startswith("PARLEY_")}
        env.update({f"PARLEY_{name.upper()}": value for name, value in keys.items()})
        reports = tmp_path / report_dir
        command = [sys.executable, "-m", "parley.contract", "--report-dir", str(reports), *args]
        done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=timeout)
        return Run(done.returncode, done.stdout, done.stderr, reports)

    return run


@pytest.fixture
def broken(tmp_path: Path) -> Iterator[Callable[[str], BrokenServer]]:
    """Start broken variants of the reference server (stopped by pid at the end of the test)."""
    started: list[BrokenServer] = []

    def start(bug: str) -> BrokenServer:
        server = BrokenServer(tmp_path / f"{bug}.db", bug)
        started.append(server)
        return server.start()  # type: ignore[return-value]

    yield start
    for server in started:
        server.stop()
