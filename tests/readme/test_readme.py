"""README.md, run top to bottom as a new user would: every block, in one shell session.

`session.py` says how each kind of block is run and checked. The session runs once per test run
(about two minutes, most of it `make contract`); each block is then its own test, so a failure
names the block and shows what it printed. A block after the first failing one did not run and
fails too, saying so.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.live_server import free_port

from .session import (
    README,
    ROOT,
    RUNNABLE,
    Block,
    editor_command,
    missing_lines,
    read_blocks,
    run_session,
    runs_in_ci,
    scratch_copy,
)

SESSION_TIMEOUT = 600.0
BLOCKS = read_blocks(README.read_text())
RUNNABLE_BLOCKS = [block for block in BLOCKS if block.kind in RUNNABLE and not runs_in_ci(block)]


class Session:
    """The session's outcome: its scratch directory, port and exit status."""

    def __init__(self, workdir: Path, port: int, status: int) -> None:
        self.workdir, self.port, self.status = workdir, port, status


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    """Run every README block once, in a scratch copy of the repository."""
    installed = subprocess.run(["make", "-q", ".venv/.installed", "node_modules/.installed"], cwd=ROOT)
    if installed.returncode != 0:
        pytest.fail("the README session shares .venv and node_modules: run `make venv node_modules/.installed`")
    with tempfile.TemporaryDirectory(prefix="parley-readme-") as scratch:
        workdir = scratch_copy(Path(scratch) / "parley")
        port = free_port()
        status = run_session(BLOCKS, workdir, port, editor_command(), SESSION_TIMEOUT)
        yield Session(workdir, port, status)


@pytest.mark.parametrize("block", RUNNABLE_BLOCKS, ids=lambda block: f"line{block.line}")
def test_block_runs_and_prints_what_the_readme_shows(session: Session, block: Block) -> None:
    """The block ran, the session went past it, and its output has the README's output lines."""
    following = BLOCKS[BLOCKS.index(block) + 1 :]
    next_ran = any(later.ran for later in following) or session.status == 0
    shown = f"\n--- {block.label} printed ---\n{block.output}"
    assert block.ran, f"{block.label} did not run: an earlier block failed"
    assert next_ran, f"{block.label} failed (the session stopped here){shown}"
    if block.expected is not None:
        missing = missing_lines(block.expected.text, block.output, session.port)
        assert not missing, f"{block.label} did not print these lines of {block.expected.label}: {missing}{shown}"


def test_the_session_ran_to_its_end(session: Session) -> None:
    """Every block ran and the session's last command succeeded."""
    assert session.status == 0, f"the README session exited {session.status}"


def test_the_spec_change_reached_the_generated_client(session: Session) -> None:
    """After the README's regenerate steps, the generated `Workspace` model has the new field."""
    generated = (session.workdir / "generated/parley_client/models/workspace.py").read_text()
    assert "locale: str | Unset = UNSET" in generated
    assert "locale" not in (ROOT / "generated/parley_client/models/workspace.py").read_text()


def test_the_test_command_is_what_ci_runs() -> None:
    """The README's test command is the one `.ci/run` runs (it is not run here: this is it)."""
    ci_commands = [line.strip() for line in (ROOT / ".ci/run").read_text().splitlines()]
    readme_commands = [block.text.strip() for block in BLOCKS if runs_in_ci(block)]
    assert readme_commands == ["make test"]
    assert "make test" in ci_commands


def test_every_readme_performance_figure_is_a_recorded_one() -> None:
    """Each figure of the README's performance table appears in bench/RESULTS.md."""
    readme = README.read_text()
    table = readme[readme.index("## Performance") : readme.index("## Run the reference server")]
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line][1:]
    figures = {figure for row in rows for figure in re.findall(r"\d[\d,]*(?:\.\d+)?", row)}
    results = (ROOT / "bench/RESULTS.md").read_text()
    assert len(rows) >= 5 and figures
    assert sorted(figure for figure in figures if figure not in results) == []
