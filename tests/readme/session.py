"""Run README.md as a reader would: every code block, top to bottom, in one shell session.

The README's fenced blocks are read straight from the file (there is no second copy):

- ` ```sh `: typed into the shell as it stands; exports, `source` and background jobs carry on to
  the next blocks, as in a terminal. The session stops at the first failing command (`set -e`).
- ` ```python `: a complete script, run with `python` (the one on the session's `PATH`).
- ` ```text output `: what the runnable block just above it prints. Its lines must appear in that
  output, in order (other lines may come between); a line `...` only marks an omission, and `…`
  in a line stands for any text. Ids, keys and numbers may differ (see `normalise`).
- ` ```text `: a drawing, not code.
- ` ```yaml `: a change to openapi.yaml; the session's `$EDITOR` (`edit_spec.py`) makes it.
- The block `make test` is what CI runs (`.ci/run`); running it here would run this test again.

The session runs in a scratch copy of the repository, made a git repository of one commit (as a
reader's clone is one, so `BASE=HEAD` means the tree before the README's edits), whose `.venv` and
`node_modules` are the repository's own, with a `PATH` that does not have them (as a new shell has
not) and the scratch copy's packages first on `PYTHONPATH`. It gets a free port in place of the README's
`127.0.0.1:8000` (`PORT` for `make serve`), and `EDITOR`, which the README calls to edit
`openapi.yaml`. Whatever it leaves running is stopped through its process group when it ends.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
README_PORT = "127.0.0.1:8000"
CI_COMMAND = "make test"
MARKER = "@@parley-readme-block {}@@"
RUNNABLE = ("sh", "python")
KINDS = (*RUNNABLE, "text output", "text", "yaml")

_FENCE = re.compile(r"^```(?P<info>[^`\n]*)\n(?P<body>.*?)^```\s*$", re.MULTILINE | re.DOTALL)
_ID = re.compile(r"\b[a-z]{2,5}_[A-Za-z0-9_-]{8,}")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class Block:
    """One fenced block of the README: its info string, its text and the line it starts on."""

    kind: str
    text: str
    line: int
    expected: Block | None = None
    """The ` ```text output ` block that follows this runnable one, if any."""
    output: str = ""
    """What running it printed (stdout and stderr together)."""
    ran: bool = field(default=False)

    @property
    def label(self) -> str:
        """`README.md:<line> (<kind>)`, for messages."""
        return f"README.md:{self.line} ({self.kind})"


def read_blocks(text: str) -> list[Block]:
    """The fenced blocks of `text`, each output block attached to the runnable block before it."""
    blocks: list[Block] = []
    for match in _FENCE.finditer(text):
        kind = " ".join(match["info"].split())
        line = text.count("\n", 0, match.start()) + 1
        if kind not in KINDS:
            raise ValueError(f"README.md:{line}: a code block must be one of {', '.join(KINDS)}, not {kind!r}")
        block = Block(kind, match["body"], line)
        if kind == "text output":
            before = blocks[-1] if blocks else None
            if before is None or before.kind not in RUNNABLE or before.expected is not None:
                raise ValueError(f"README.md:{line}: an output block must follow a sh or python block")
            before.expected = block
        blocks.append(block)
    return blocks


def runs_in_ci(block: Block) -> bool:
    """Whether `block` is the command CI runs (it is checked against `.ci/run`, not run here)."""
    return block.kind == "sh" and block.text.strip() == CI_COMMAND


def script(blocks: list[Block], port: int) -> str:
    """The bash session that runs `blocks` in order, each announced by a marker line."""
    lines = ["set -eo pipefail", "exec 2>&1"]
    for index, block in enumerate(blocks):
        if block.kind not in RUNNABLE or runs_in_ci(block):
            continue
        body = block.text.replace(README_PORT, f"127.0.0.1:{port}")
        lines.append(f"echo '{MARKER.format(index)}'")
        if block.kind == "sh":
            lines.append(body)
        else:
            lines += ["python - <<'PARLEY_README_PYTHON'", body.rstrip("\n"), "PARLEY_README_PYTHON"]
    lines.append(f"echo '{MARKER.format('end')}'")
    return "\n".join(lines) + "\n"


def scratch_copy(destination: Path) -> Path:
    """Copy the repository's files (tracked, or new and not ignored) to `destination`, keeping mtimes."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    for shared in (".venv", "node_modules"):
        (destination / shared).symlink_to(ROOT / shared, target_is_directory=True)
    identity = ["-c", "user.name=README session", "-c", "user.email=readme@parley.localhost"]
    for command in (["init", "-q"], ["add", "-A"], [*identity, "commit", "-q", "-m", "The README's starting point"]):
        subprocess.run(["git", *command], cwd=destination, capture_output=True, check=True)
    return destination


def session_env(workdir: Path, port: int, editor: str) -> dict[str, str]:
    """A new shell's environment: no PARLEY_* variables, neither the venv nor node_modules on PATH.

    `PYTHONPATH` puts the scratch copy's packages before the ones the shared venv installed in
    editable mode (the repository's own), so the session runs what it regenerates.
    """
    hidden = {str(ROOT / ".venv" / "bin"), str(ROOT / "node_modules" / ".bin")}
    path = os.pathsep.join(part for part in os.environ.get("PATH", "").split(os.pathsep) if part not in hidden)
    keep = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PARLEY_", "VIRTUAL_ENV", "MAKE", "PYTEST_")) and name not in {"MFLAGS", "PORT"}
    }
    packages = os.pathsep.join(str(workdir / package) for package in ("generated", "overlay", "server"))
    return {
        **keep,
        "PATH": path,
        "PYTHONPATH": packages,
        "PORT": str(port),
        "EDITOR": editor,
        "PYTHONUNBUFFERED": "1",
    }


def run_session(blocks: list[Block], workdir: Path, port: int, editor: str, timeout: float) -> int:
    """Run `blocks` in one bash session in `workdir`; fill in each block's output; the exit status."""
    # A file, not a pipe: the README's background server inherits the session's output and would
    # hold a pipe open after the session ends.
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(
            ["bash", "-c", script(blocks, port)],
            cwd=workdir,
            env=session_env(workdir, port, editor),
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # one process group: whatever the README starts in the background
        )
        try:
            status = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            status = -1
        finally:
            stop_group(process.pid)
            process.wait()
        log.seek(0)
        output = log.read()
    if status == -1:
        output += f"\n(the session was stopped after {timeout:.0f} s)"
    split_output(blocks, output)
    return status


def stop_group(pgid: int, grace: float = 10.0) -> None:
    """Stop what the session left running (its background server) by the session's process group.

    SIGTERM first, then SIGKILL for whatever is still there after `grace` seconds; it returns when
    the group is gone, so the scratch directory can be removed.
    """
    deadline = time.monotonic() + grace
    sig = signal.SIGTERM
    while True:
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        time.sleep(0.1)
        if time.monotonic() > deadline:
            sig = signal.SIGKILL
        elif sig == signal.SIGTERM:
            sig = 0  # only ask whether the group is still there


def split_output(blocks: list[Block], output: str) -> None:
    """Hand each block the output printed between its marker and the next one."""
    current: Block | None = None
    for line in output.splitlines(keepends=True):
        found = re.fullmatch(r"@@parley-readme-block (\d+|end)@@\n?", line)
        if found:
            current = blocks[int(found[1])] if found[1] != "end" else None
            if current is not None:
                current.ran = True
            continue
        if current is not None:
            current.output += line


def normalise(line: str) -> str:
    """`line` with ids (`thr_…`, `pk_…`) and numbers blanked out and its spacing collapsed."""
    return " ".join(_NUMBER.sub("0", _ID.sub("ID", line)).split())


def missing_lines(expected: str, output: str, port: int) -> list[str]:
    """The lines of `expected` that `output` does not show in order (none when it matches)."""
    actual = [normalise(line) for line in output.splitlines()]
    position = 0
    missing = []
    for line in expected.replace(README_PORT, f"127.0.0.1:{port}").splitlines():
        wanted = normalise(line)
        if not wanted or wanted == "...":
            continue
        pattern = re.compile(".*".join(map(re.escape, wanted.split("…"))))
        found = next((at for at in range(position, len(actual)) if pattern.fullmatch(actual[at])), None)
        if found is None:
            missing.append(line)
        else:
            position = found + 1
    return missing


def editor_command() -> str:
    """The session's `$EDITOR`: `edit_spec.py`, run by the interpreter running the tests."""
    return shlex.join([sys.executable, str(Path(__file__).with_name("edit_spec.py"))])
