"""README.md and every page of docs/, run top to bottom as a reader would: every block, in order.

`session.py` says how each kind of block is run and checked, and where each page's session runs.
Each page is its own session (the docs pages start from the README's quickstart block, so one page
failing does not stop the others); the sessions of the selected pages run two at a time, from the
first test that asks for one. Each block is then its own test, so a failure names the page and
line and shows what the block printed. A block after the first failing one did not run and fails
too, saying so.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from tests.live_server import free_port

from .session import (
    ROOT,
    Block,
    Page,
    Workspace,
    missing_lines,
    page_names,
    prepare,
    run_session,
    setup_blocks,
)

pytestmark = pytest.mark.slow

SESSION_TIMEOUT = 600.0
WORKERS = int(os.environ.get("PARLEY_PAGE_WORKERS", "2"))
"""Page sessions run at once (each runs a server and Python processes)."""
PAGES = [Page.load(name) for name in page_names()]
README_PAGE = PAGES[0]
SETUP = setup_blocks(README_PAGE)
RUN_PAGES = [page for page in PAGES if page.runnable]
CASES = [(page, block) for page in RUN_PAGES for block in page.runnable]


@dataclass
class Outcome:
    """A page's session: where it ran, its exit status and how long it took."""

    workspace: Workspace
    status: int
    seconds: float
    setup: list[Block]
    """This session's run of the README's setup block (empty for the README itself)."""


class Sessions:
    """The pages' sessions, `WORKERS` at a time, started when the first test asks for one.

    Only the pages whose tests were selected run, the longest first, so that `make contract`
    overlaps the short pages. The scratch directories go when the tests end.
    """

    def __init__(self, pages: list[Page]) -> None:
        self.scratch = Path(tempfile.mkdtemp(prefix="parley-pages-"))
        self.pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="page-session")
        ordered = sorted(pages, key=lambda page: (not any("make contract" in b.text for b in page.blocks), page.name))
        self.outcomes: dict[str, Future[Outcome]] = {page.name: self.pool.submit(self._run, page) for page in ordered}

    def _run(self, page: Page) -> Outcome:
        started = time.monotonic()
        workspace = prepare(page, self.scratch / re.sub(r"\W", "-", page.name), free_port())
        setup = [] if page.is_readme else [replace(block, output="", ran=False) for block in SETUP]
        status = run_session(page, setup, workspace, SESSION_TIMEOUT)
        return Outcome(workspace, status, time.monotonic() - started, setup)

    def __call__(self, page: Page) -> Outcome:
        return self.outcomes[page.name].result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.scratch, ignore_errors=True)


def selected_pages(items: list[pytest.Item]) -> list[Page]:
    """The pages some selected test of this module runs (one page's tests select only that page)."""
    wanted: dict[str, Page] = {}
    for item in items:
        params = getattr(item, "callspec", None)
        if item.module is not None and item.module.__name__ == __name__:
            if params is None:  # a test that picks its page itself
                wanted.update({page.name: page for page in RUN_PAGES})
                continue
            value = params.params.get("case", params.params.get("page"))
            page = value[0] if isinstance(value, tuple) else value
            wanted[page.name] = page
    return list(wanted.values())


@pytest.fixture(scope="session")
def sessions(request: pytest.FixtureRequest) -> Iterator[Sessions]:
    installed = subprocess.run(["make", "-q", ".venv/.installed", "node_modules/.installed"], cwd=ROOT)
    if installed.returncode != 0:
        pytest.fail("the page sessions share .venv and node_modules: run `make venv node_modules/.installed`")
    runner = Sessions(selected_pages(request.session.items))
    yield runner
    runner.close()


def case_id(case: tuple[Page, Block]) -> str:
    page, block = case
    return f"{page.name}:{block.line}"


@pytest.mark.parametrize("case", CASES, ids=[case_id(case) for case in CASES])
def test_block_runs_and_prints_what_the_page_shows(sessions: Sessions, case: tuple[Page, Block]) -> None:
    """The block ran, the session went past it, and its output has the page's output lines."""
    page, block = case
    outcome = sessions(page)
    if outcome.setup and not any(later.ran for later in page.blocks):
        setup = outcome.setup[0]
        pytest.fail(f"{setup.label}, the setup every docs page starts from, failed:\n{setup.output}")
    following = page.blocks[page.blocks.index(block) + 1 :]
    next_ran = any(later.ran for later in following) or outcome.status == 0
    shown = f"\n--- {block.label} printed ---\n{block.output}"
    assert block.ran, f"{block.label} did not run: an earlier block failed"
    assert next_ran, f"{block.label} failed (the session stopped here){shown}"
    if block.expected is not None:
        missing = missing_lines(block.expected.text, block.output, outcome.workspace.port)
        assert not missing, f"{block.label} did not print these lines of {block.expected.label}: {missing}{shown}"


@pytest.mark.parametrize("page", RUN_PAGES, ids=[page.name for page in RUN_PAGES])
def test_the_session_ran_to_its_end(sessions: Sessions, page: Page) -> None:
    """Every block of the page ran and the session's last command succeeded."""
    outcome = sessions(page)
    assert outcome.status == 0, f"the {page.name} session exited {outcome.status}"


def test_the_spec_change_reached_the_generated_client(sessions: Sessions) -> None:
    """After the regenerating guide's steps, the generated `Workspace` model has the new field."""
    outcome = sessions(next(page for page in PAGES if any(block.kind == "yaml" for block in page.blocks)))
    generated = (outcome.workspace.checkout / "generated/parley_client/models/workspace.py").read_text()
    assert "locale: str | Unset = UNSET" in generated
    assert "locale" not in (ROOT / "generated/parley_client/models/workspace.py").read_text()


def test_the_readme_installs_into_its_own_venv_and_uses_it(sessions: Sessions) -> None:
    """The README's `pip install` put the SDK and the server into the session's fresh venv (not the checkout's)."""
    outcome = sessions(README_PAGE)
    site = list((outcome.workspace.cwd / "venv").glob("lib/python3*/site-packages"))
    assert site and (site[0] / "parley").is_dir() and (site[0] / "parley_server").is_dir()
    assert (site[0] / "starlette").is_dir()  # the [server] extra
