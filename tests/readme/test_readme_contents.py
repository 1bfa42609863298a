"""What the README promises besides its blocks: the CI command, recorded figures, a link to every guide."""

from __future__ import annotations

import re

from tools.doc_links import links

from .session import DOCS, README, ROOT, Page, page_names, runs_in_ci, setup_blocks

README_PAGE = Page.load("README.md")


def section(text: str, heading: str) -> str:
    """The part of `text` under `## heading`, up to the next `## ` heading."""
    start = text.index(f"## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else len(text)]


def test_the_test_command_is_what_ci_runs() -> None:
    """The README's test command is the one `.ci/run` runs (it is not run here: this is it)."""
    ci_commands = [line.strip() for line in (ROOT / ".ci/run").read_text().splitlines()]
    readme_commands = [block.text.strip() for block in README_PAGE.blocks if runs_in_ci(block)]
    assert readme_commands == ["make test"]
    assert "make test" in ci_commands


def test_every_readme_performance_figure_is_a_recorded_one() -> None:
    """Each figure of the README's performance table appears in bench/RESULTS.md."""
    table = section(README.read_text(), "Performance")
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line][1:]
    figures = {figure for row in rows for figure in re.findall(r"\d[\d,]*(?:\.\d+)?", row)}
    results = (ROOT / "bench/RESULTS.md").read_text()
    assert len(rows) >= 3 and figures
    assert sorted(figure for figure in figures if figure not in results) == []


def test_the_readme_links_every_guide_in_one_click() -> None:
    """Every page of docs/ is the target of a link in the README."""
    linked = {(README.parent / link.target.partition("#")[0]).resolve() for link in links(README)}
    guides = {path.resolve() for path in DOCS.rglob("*.md")}
    assert guides and sorted(str(path.relative_to(ROOT)) for path in guides - linked) == []


def test_every_docs_page_starts_from_one_readme_block() -> None:
    """The README marks exactly one sh block as the setup of the docs pages' sessions."""
    assert len(setup_blocks(README_PAGE)) == 1


def test_every_code_block_of_every_page_is_of_a_known_kind() -> None:
    """Loading each page reads its blocks; an unknown info string (` ```bash `) is refused there."""
    pages = [Page.load(name) for name in page_names()]
    assert pages[0].name == "README.md" and len(pages) > 1
    assert all(block.kind for page in pages for block in page.blocks)
