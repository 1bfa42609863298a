"""What `make generate` changed in generated/parley_client: operations and models added, removed or changed.

Usage: python tools/generated_summary.py BEFORE AFTER   (two copies of the package directory)

An operation is a module `api/<tag>/<operation_id>.py`, a model a module `models/<name>.py` (named
by the class it defines); anything else that changed (client.py, types.py, ...) is listed as a
file. A missing BEFORE (a first generation) just counts what AFTER holds.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_CLASS = re.compile(r"^class (\w+)", re.MULTILINE)
_SKIP = ("__pycache__",)
SHOWN = 12
"""Names listed per line; a template change touches every model, and the line says how many more."""


def modules(package: Path) -> dict[str, bytes]:
    """Every Python file of `package`, by its path inside it."""
    if not package.is_dir():
        return {}
    return {
        path.relative_to(package).as_posix(): path.read_bytes()
        for path in sorted(package.rglob("*.py"))
        if not any(part in _SKIP for part in path.parts)
    }


def kind_and_name(path: str, text: bytes) -> tuple[str, str]:
    """(`operation`, `create_thread`), (`model`, `Workspace`) or (`file`, `client.py`)."""
    parts = path.split("/")
    if len(parts) == 3 and parts[0] == "api" and parts[2] != "__init__.py":
        return "operation", parts[2].removesuffix(".py")
    if len(parts) == 2 and parts[0] == "models" and parts[1] != "__init__.py":
        found = _CLASS.search(text.decode(errors="replace"))
        return "model", found[1] if found else parts[1].removesuffix(".py")
    return "file", path


def summary(before: dict[str, bytes], after: dict[str, bytes], label: str) -> list[str]:
    """The lines `make generate` ends with."""
    if not before:
        kinds = [kind_and_name(path, text)[0] for path, text in after.items()]
        return [f"generate: wrote {label}: {kinds.count('operation')} operations, {kinds.count('model')} models"]
    changes: dict[tuple[str, str], list[str]] = {}
    for path in sorted(before.keys() | after.keys()):
        old, new = before.get(path), after.get(path)
        if old == new:
            continue
        what = "added" if old is None else "removed" if new is None else "changed"
        kind, name = kind_and_name(path, new if new is not None else old or b"")
        changes.setdefault((kind, what), []).append(name)
    if not changes:
        return [f"generate: {label} is unchanged"]
    lines = [f"generate: what changed in {label}"]
    for kind in ("operation", "model", "file"):
        for what in ("added", "removed", "changed"):
            names = changes.get((kind, what))
            if names:
                shown = ", ".join(names[:SHOWN]) + (f" and {len(names) - SHOWN} more" if len(names) > SHOWN else "")
                lines.append(f"  {kind}s {what} ({len(names)}): {shown}")
    return lines


def main(argv: list[str]) -> int:
    """Print the summary of BEFORE -> AFTER."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    before, after = Path(argv[0]), Path(argv[1])
    print("\n".join(summary(modules(before), modules(after), argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
