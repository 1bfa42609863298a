"""Report what changed between two OpenAPI specs and whether it breaks clients.

Usage: python tools/spec_diff.py OLD NEW   (`make spec-diff [BASE=<git ref>]` compares openapi.yaml)

Prints one line per change, `BREAKING` or `compatible`, then where (an operation, or a schema
path such as `Workspace.locale`) and a plain sentence, then the rule's id; a summary goes to
stderr. Exits 1 when a change is breaking, 0 otherwise, 2 when a spec cannot be read.
`--rules` lists the rule table. The rules live in tools/specdiff/.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.specdiff.cli import main

if __name__ == "__main__":
    sys.exit(main())
