"""`make release-snapshot`: store this version's spec and Python API in api/released/ (at a release).

Usage: python tools/release_snapshot.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.apidiff.surface import ApiError
from tools.release.snapshot import write
from tools.release.versions import ROOT, ReleaseError

if __name__ == "__main__":
    try:
        written = write()
    except (ReleaseError, ApiError) as exc:
        print(f"release-snapshot: {exc}", file=sys.stderr)
        sys.exit(1)
    for path in written:
        print(f"release-snapshot: wrote {path.relative_to(ROOT)}")
    print("release-snapshot: commit api/released/ with the release, and tag it")
