"""A page session's `$EDITOR`: it makes the spec change the page's ` ```yaml ` block shows.

The block starts with lines that are already in openapi.yaml (the schema's name, type, ...) and
goes on with the lines to add. This inserts those new lines after the last line the two share,
as a person following the page would. The page is `$PARLEY_DOCS_PAGE` (set by the session).
Usage: python edit_spec.py openapi.yaml
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

try:
    from .session import read_blocks
except ImportError:  # run as a script, the session's $EDITOR: session.py is its neighbour
    from session import read_blocks  # type: ignore[no-redef]


def spec_change(page: Path) -> str:
    """The page's one ` ```yaml ` block."""
    (block,) = [block for block in read_blocks(page.read_text(), page.name) if block.kind == "yaml"]
    return block.text


def apply_change(spec: str, change: str) -> str:
    """`spec` with the lines of `change` it does not have yet, inserted after the ones it has."""
    lines = change.splitlines(keepends=True)
    for shared in range(len(lines) - 1, 0, -1):
        start = spec.find("".join(lines[:shared]))
        if start >= 0:
            end = start + len("".join(lines[:shared]))
            return spec[:end] + "".join(lines[shared:]) + spec[end:]
    raise ValueError("the page's spec change shares no leading lines with openapi.yaml")


if __name__ == "__main__":
    path = Path(sys.argv[1])
    path.write_text(apply_change(path.read_text(), spec_change(Path(os.environ["PARLEY_DOCS_PAGE"]))))
