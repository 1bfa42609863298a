"""Report changes to the public Python API of `parley` and `parley_client`, with griffe.

Usage: python tools/api_diff.py [--base REF | --snapshot FILE]   (`make api-diff [BASE=<git ref>]`)

Without --base it compares the working tree with the last release's API, kept in
api/released/python-api-<version>.json.gz (so a clone without tags or history can run it). One
line per change, `BREAKING` (griffe's breaking-change check: removed names, changed signatures,
removed attributes) or `compatible` (new names, new optional parameters); exit 1 when anything
is breaking, 0 otherwise, 2 when an API cannot be read. What counts as public: tools/apidiff/surface.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.apidiff.cli import main

if __name__ == "__main__":
    sys.exit(main())
