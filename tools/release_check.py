"""`make check-release`: fail when the spec or the public Python API broke compatibility without a version bump.

Usage: python tools/release_check.py   (exit 0: fine, 1: what to do is printed)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.release.gate import check

if __name__ == "__main__":
    verdict = check()
    print("\n".join(verdict.lines), file=sys.stdout if verdict.ok else sys.stderr)
    sys.exit(0 if verdict.ok else 1)
