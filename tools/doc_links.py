"""Check that every relative link of README.md and docs/*.md resolves, `#anchor` included.

A link resolves when its file exists and its `#anchor` names a heading of the page it points to
(as GitHub makes anchors from headings).

Links inside fenced blocks and code spans are not links; `http(s)://` and `mailto:` links are not
followed (the tests run offline). Usage: python tools/doc_links.py [FILE.md ...]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)
_LINK = re.compile(r"!?\[(?P<text>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<target><[^>]*>|[^\s)]+)(?:\s+\"[^\"]*\")?\)")
_HEADING = re.compile(r"^#{1,6}[ \t]+(?P<text>.+?)[ \t#]*$", re.MULTILINE)
_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def pages(root: Path = ROOT) -> list[Path]:
    """README.md and every markdown page under docs/, in a stable order."""
    return [root / "README.md", *sorted((root / "docs").rglob("*.md"))]


def without_code(text: str) -> str:
    """`text` with fenced blocks and code spans blanked (same length, so positions keep their lines)."""
    blank = lambda match: re.sub(r"[^\n]", " ", match[0])  # noqa: E731
    return _CODE_SPAN.sub(blank, _FENCE.sub(blank, text))


def github_slug(heading: str) -> str:
    """The anchor GitHub gives a heading: its text, lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link counts by its text
    text = text.replace("`", "").strip().lower()
    text = "".join(char for char in text if char.isalnum() or char in " -_")
    return text.replace(" ", "-")


def anchors(text: str) -> set[str]:
    """Every anchor of a page: one per heading, `-1`, `-2`... for repeated ones."""
    seen: dict[str, int] = {}
    found = set()
    for match in _HEADING.finditer(_FENCE.sub("", text)):
        slug = github_slug(match["text"])
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


@dataclass(frozen=True)
class Link:
    """One link of a page: where it is and where it points."""

    page: Path
    line: int
    target: str

    def __str__(self) -> str:
        return f"{self.page.name}:{self.line}: ({self.target})"


def links(page: Path) -> Iterator[Link]:
    """The relative links of `page` (external ones and links inside code are left out)."""
    text = without_code(page.read_text())
    for match in _LINK.finditer(text):
        target = match["target"].strip("<>")
        if not _EXTERNAL.match(target):
            yield Link(page, text.count("\n", 0, match.start()) + 1, target)


def problem(link: Link, root: Path = ROOT) -> str | None:
    """What is wrong with `link` (None when it resolves)."""
    path, _, anchor = link.target.partition("#")
    target = (link.page.parent / path).resolve() if path else link.page
    if root.resolve() not in (target, *target.parents):
        return f"{link} points outside the repository"
    if not target.exists():
        return f"{link}: no file {target.relative_to(root.resolve())}"
    if anchor:
        if target.is_dir() or target.suffix != ".md":
            return f"{link}: an anchor into {target.name}, which is not a markdown page"
        if anchor not in anchors(target.read_text()):
            return f"{link}: {target.name} has no heading with the anchor #{anchor}"
    return None


def problems(paths: list[Path], root: Path = ROOT) -> list[str]:
    """Every link of `paths` that does not resolve, one message each."""
    return [found for page in paths for link in links(page) if (found := problem(link, root)) is not None]


def main(argv: list[str]) -> int:
    """Check the given pages (default: README.md and docs/); exit 1 and list the broken links."""
    paths = [Path(arg).resolve() for arg in argv] or pages()
    found = problems(paths)
    for message in found:
        print(message, file=sys.stderr)
    print(f"{len(paths)} pages, {sum(1 for page in paths for _ in links(page))} relative links, {len(found)} broken")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
