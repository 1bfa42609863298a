"""Make the repository's packages importable when the benches run from a checkout."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_PATHS = [str(ROOT), str(ROOT / "overlay"), str(ROOT / "generated"), str(ROOT / "server")]


def add_source_paths() -> None:
    """Put the repository root and the three package folders first on `sys.path`."""
    for path in reversed(SOURCE_PATHS):
        if path not in sys.path:
            sys.path.insert(0, path)
