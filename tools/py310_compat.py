"""Post-generation hook: make openapi-python-client 0.29.1 output run on Python 3.10.

The generator targets 3.11: `client.py` imports `typing.Self`, and models parse timestamps with
`datetime.fromisoformat`, which on 3.10 rejects RFC 3339 forms such as a `Z` suffix or three-digit
fractions. This hook (run by generator-config.yaml, before ruff formats the output) rewrites both:
`Self` comes from typing_extensions for type checkers only, and timestamps are parsed with
python-dateutil's `isoparse`. It fails loudly if the generator's output no longer has the shape
it expects, so a generator upgrade cannot silently skip it.

Usage: python tools/py310_compat.py PACKAGE_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

SELF_IMPORT = "from typing import Any, Self\n"
SELF_COMPAT = (
    "from __future__ import annotations\n\n"
    "from typing import TYPE_CHECKING, Any\n\n"
    "if TYPE_CHECKING:\n"
    "    from typing_extensions import Self\n"
)
FROMISOFORMAT = "datetime.datetime.fromisoformat("
ISOPARSE_IMPORT = "from dateutil.parser import isoparse\n"


def patch_client(path: Path) -> None:
    """Import `Self` only for type checkers (annotations are strings under `from __future__`)."""
    text = path.read_text()
    if SELF_IMPORT not in text:
        raise SystemExit(f"py310_compat: {path} no longer imports Self as expected; update this hook")
    path.write_text(text.replace(SELF_IMPORT, SELF_COMPAT, 1))


def patch_timestamps(path: Path) -> bool:
    """Parse date-times with dateutil's isoparse, which accepts every RFC 3339 form on 3.10."""
    text = path.read_text()
    if FROMISOFORMAT not in text:
        return False
    path.write_text(ISOPARSE_IMPORT + text.replace(FROMISOFORMAT, "isoparse("))
    return True


def main(package: Path) -> None:
    """Patch the generated package in place."""
    patch_client(package / "client.py")
    patched = [p for p in sorted(package.rglob("*.py")) if patch_timestamps(p)]
    if not patched:
        raise SystemExit("py310_compat: no datetime.fromisoformat calls found; update this hook")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
