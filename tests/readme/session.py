"""Run a markdown page as a reader would: every code block, top to bottom, in one shell session.

The pages are README.md and every page under docs/. Their fenced blocks are read straight from
the files (there is no second copy):

- ` ```sh `: typed into the shell as it stands; exports, `source`, `cd` and background jobs carry
  on to the next blocks, as in a terminal. The session stops at the first failing command
  (`set -e`).
- ` ```python `: a complete script, run with `python` (the one on the session's `PATH`).
- ` ```text output `: what the runnable block just above it prints. Its lines must appear in that
  output, in order (other lines may come between); a line `...` only marks an omission, and `…`
  in a line stands for any text. Ids, keys and numbers may differ (see `normalise`).
- ` ```text `: a drawing, not code.
- ` ```yaml `: a change to openapi.yaml; the session's `$EDITOR` (`edit_spec.py`) makes it.
- The block `make test` is what CI runs (`.ci/run`); running it here would run this test again.

Each page is its own session, in a scratch copy of the repository (`parley/`, whose `.venv` and
`node_modules` are the repository's own) with a `PATH` that does not have them, as a new shell
has not, and a free port in place of the pages' `127.0.0.1:8000`. The copy is made a git
repository of one commit, as a reader's clone is one, so `BASE=HEAD` means the tree before the
page's edits.

- **README.md** runs as a newcomer runs it: in the directory that holds the checkout, with a
  fresh virtual environment of its own activated ("your project's virtual environment"), so its
  `pip install` lines install the package for real and its later blocks use what they installed.
- **A page of docs/** runs as a reader who followed the README: the README's quickstart block
  (the one after `SETUP_MARK`) runs first, unseen, to start a server and export
  `PARLEY_BASE_URL` and `PARLEY_API_KEY`; the session runs in the checkout with its `.venv`
  activated, and the scratch copy's packages first on `PYTHONPATH`, so a page that regenerates
  the client runs what it regenerated. `$EDITOR` is `edit_spec.py`, for the page's `yaml` block.

Whatever a session leaves running is stopped through its process group when it ends.
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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGE_HOST = "127.0.0.1"
PAGE_PORT = "8000"
CI_COMMAND = "make test"
SETUP_MARK = "<!-- docs/ pages start from here: their sessions run the next block first -->"
CHECKOUT = "parley"
PROJECT_VENV = "venv"
MARKER = "@@parley-page-block {}@@"
RUNNABLE = ("sh", "python")
KINDS = (*RUNNABLE, "text output", "text", "yaml")

_FENCE = re.compile(r"^```(?P<info>[^`\n]*)\n(?P<body>.*?)^```\s*$", re.MULTILINE | re.DOTALL)
_ID = re.compile(r"\b[a-z]{2,5}_[A-Za-z0-9_-]{8,}")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class Block:
    """One fenced block of a page: its info string, its text and the line it starts on."""

    kind: str
    text: str
    line: int
    page: str = "README.md"
    setup: bool = False
    """Whether `SETUP_MARK` stands just before it (the README block every docs page starts from)."""
    expected: Block | None = None
    """The ` ```text output ` block that follows this runnable one, if any."""
    output: str = ""
    """What running it printed (stdout and stderr together)."""
    ran: bool = field(default=False)

    @property
    def label(self) -> str:
        """`<page>:<line> (<kind>)`, for messages."""
        return f"{self.page}:{self.line} ({self.kind})"


def read_blocks(text: str, page: str = "README.md") -> list[Block]:
    """The fenced blocks of `text`, each output block attached to the runnable block before it."""
    blocks: list[Block] = []
    for match in _FENCE.finditer(text):
        kind = " ".join(match["info"].split())
        line = text.count("\n", 0, match.start()) + 1
        if kind not in KINDS:
            raise ValueError(f"{page}:{line}: a code block must be one of {', '.join(KINDS)}, not {kind!r}")
        block = Block(kind, match["body"], line, page, setup=text[: match.start()].rstrip().endswith(SETUP_MARK))
        if kind == "text output":
            before = blocks[-1] if blocks else None
            if before is None or before.kind not in RUNNABLE or before.expected is not None:
                raise ValueError(f"{page}:{line}: an output block must follow a sh or python block")
            before.expected = block
        blocks.append(block)
    return blocks


@dataclass
class Page:
    """A markdown page and its blocks."""

    name: str
    """Its path from the repository's root: `README.md`, `docs/threads.md`."""
    blocks: list[Block]

    @classmethod
    def load(cls, name: str) -> Page:
        """Read `name` (relative to the repository's root)."""
        return cls(name, read_blocks((ROOT / name).read_text(), name))

    @property
    def is_readme(self) -> bool:
        """Whether this is README.md, which runs from the checkout's parent in a fresh venv."""
        return self.name == "README.md"

    @property
    def runnable(self) -> list[Block]:
        """The blocks the session runs (all `sh` and `python` blocks but the CI command)."""
        return [block for block in self.blocks if block.kind in RUNNABLE and not runs_in_ci(block)]


def page_names() -> list[str]:
    """README.md, then every page of docs/ in name order."""
    return ["README.md", *sorted(str(path.relative_to(ROOT)) for path in DOCS.rglob("*.md"))]


def setup_blocks(readme: Page) -> list[Block]:
    """The README block marked with `SETUP_MARK`: what every docs page's session runs first."""
    marked = [block for block in readme.blocks if block.setup]
    if len(marked) != 1 or marked[0].kind != "sh":
        raise ValueError(f"README.md must have exactly one sh block right after {SETUP_MARK!r}")
    return marked


def runs_in_ci(block: Block) -> bool:
    """Whether `block` is the command CI runs (it is checked against `.ci/run`, not run here)."""
    return block.kind == "sh" and block.text.strip() == CI_COMMAND


def on_port(text: str, port: int) -> str:
    """`text` with the pages' port 8000 (in `127.0.0.1:8000` and `--port 8000`) replaced by `port`."""
    return text.replace(f"{PAGE_HOST}:{PAGE_PORT}", f"{PAGE_HOST}:{port}").replace(
        f"--port {PAGE_PORT}", f"--port {port}"
    )


def script(blocks: list[Block], port: int, setup: Sequence[Block] = ()) -> str:
    """The bash session that runs `setup`, then `blocks` in order, each announced by a marker line."""
    lines = ["set -eo pipefail", "exec 2>&1"]
    steps = [("setup", block) for block in setup] + [(str(index), block) for index, block in enumerate(blocks)]
    for name, block in steps:
        if block.kind not in RUNNABLE or runs_in_ci(block):
            continue
        body = on_port(block.text, port)
        lines.append(f"echo '{MARKER.format(name)}'")
        if block.kind == "sh":
            lines.append(body)
        else:
            lines += ["python - <<'PARLEY_PAGE_PYTHON'", body.rstrip("\n"), "PARLEY_PAGE_PYTHON"]
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
    for command in (["init", "-q"], ["add", "-A"], [*identity, "commit", "-q", "-m", "The checkout as cloned"]):
        subprocess.run(["git", *command], cwd=destination, capture_output=True, check=True)
    return destination


def new_shell_env() -> dict[str, str]:
    """A new shell's environment: no PARLEY_* variables, neither the venv nor node_modules on PATH."""
    hidden = {str(ROOT / ".venv" / "bin"), str(ROOT / "node_modules" / ".bin")}
    path = os.pathsep.join(part for part in os.environ.get("PATH", "").split(os.pathsep) if part not in hidden)
    keep = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("PARLEY_", "VIRTUAL_ENV", "MAKE", "PYTEST_", "PYTHON"))
        and name not in {"MFLAGS", "PORT", "EDITOR"}
    }
    return {**keep, "PATH": path, "PYTHONUNBUFFERED": "1"}


def activated(env: dict[str, str], venv: Path) -> dict[str, str]:
    """`env` with the virtual environment `venv` activated (as `source venv/bin/activate` does)."""
    return {**env, "VIRTUAL_ENV": str(venv), "PATH": f"{venv / 'bin'}{os.pathsep}{env['PATH']}"}


@dataclass
class Workspace:
    """Where a page's session runs: its directory, environment and port."""

    cwd: Path
    env: dict[str, str]
    port: int
    checkout: Path


def prepare(page: Page, scratch: Path, port: int) -> Workspace:
    """Lay out `scratch` for `page`: the checkout, and for the README a fresh venv to install into."""
    checkout = scratch_copy(scratch / CHECKOUT)
    env = new_shell_env()
    if page.is_readme:
        venv = scratch / PROJECT_VENV
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
        return Workspace(scratch, activated(env, venv), port, checkout)
    packages = os.pathsep.join(str(checkout / package) for package in ("generated", "overlay", "server"))
    env = activated(env, ROOT / ".venv")
    env.update(PYTHONPATH=packages, EDITOR=editor_command(), PARLEY_DOCS_PAGE=str(checkout / page.name))
    return Workspace(checkout, env, port, checkout)


def run_session(page: Page, setup: Sequence[Block], workspace: Workspace, timeout: float) -> int:
    """Run `setup` then the page's blocks in one bash session; fill in each block's output; the exit status."""
    # A file, not a pipe: a background server inherits the session's output and would hold a pipe
    # open after the session ends.
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(
            ["bash", "-c", script(page.blocks, workspace.port, setup)],
            cwd=workspace.cwd,
            env=workspace.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # one process group: whatever the page starts in the background
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
    split_output(page.blocks, setup, output)
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


def split_output(blocks: list[Block], setup: Sequence[Block], output: str) -> None:
    """Hand each block the output printed between its marker and the next one."""
    current: Block | None = None
    for line in output.splitlines(keepends=True):
        found = re.fullmatch(r"@@parley-page-block (\d+|setup|end)@@\n?", line)
        if found:
            key = found[1]
            current = blocks[int(key)] if key.isdigit() else setup[0] if key == "setup" and setup else None
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
    for line in on_port(expected, port).splitlines():
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
