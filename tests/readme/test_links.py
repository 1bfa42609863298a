"""Every relative link of README.md and docs/ resolves, #anchors included; and the checker can tell."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.doc_links import anchors, github_slug, pages, problems

PAGES = pages()


@pytest.mark.parametrize("page", PAGES, ids=[str(page.relative_to(PAGES[0].parent)) for page in PAGES])
def test_every_relative_link_resolves(page: Path) -> None:
    assert problems([page]) == []


def test_slugs_are_githubs() -> None:
    assert github_slug("Errors, retries and idempotency") == "errors-retries-and-idempotency"
    assert github_slug("`client.threads(thread_id).runs(run_id)`") == "clientthreadsthread_idrunsrun_id"
    assert github_slug("Threads: runs that stream, call tools, cancel and resume") == (
        "threads-runs-that-stream-call-tools-cancel-and-resume"
    )
    assert anchors("# A\n## A\n```sh\n# not a heading\n```\n") == {"a", "a-1"}


def test_the_checker_reports_missing_files_and_anchors_but_not_code(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.md").write_text("# Guide\n\n## Streaming\n")
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Title\n\n"
        "[ok](docs/guide.md#streaming) [self](#title) [web](https://example.com/x)\n"
        "[gone](docs/nothing.md) [bad anchor](docs/guide.md#streams) [bad self](#nope)\n"
        "`[code](docs/nothing.md)`\n\n```sh\necho '[in a block](missing.md)'\n```\n"
    )
    found = problems([readme], root=tmp_path)
    assert [message.split(")", 1)[0] + ")" for message in found] == [
        "README.md:4: (docs/nothing.md)",
        "README.md:4: (docs/guide.md#streams)",
        "README.md:4: (#nope)",
    ]
    assert "no file docs/nothing.md" in found[0] and "no heading with the anchor #streams" in found[1]
