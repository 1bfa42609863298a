"""The overlay's import graph: no cycle, each module importable on its own, resources below the client.

Edges are read from the source with `ast`: every `import` and `from ... import` anywhere in a
module (top level, inside functions, and under `if TYPE_CHECKING:`), resolved to the overlay's
own modules. A cycle, even one that only type checkers follow, means two modules that cannot be
understood (or tested, or replaced) one without the other.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "overlay" / "parley"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imported(name: str, path: Path) -> set[str]:
    """The overlay modules `name` imports, wherever the import statement stands."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            names = {f"{base}.{alias.name}" for alias in node.names}
            found |= names & MODULES.keys()  # `from . import _retry`: that module
            if names - MODULES.keys():  # `from ._errors import APIError`: a name of that module
                found.add(base)
    return {target for target in found if target in MODULES and target != name}


GRAPH = {name: imported(name, path) for name, path in MODULES.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of `graph` as a path (first node repeated at the end), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)) is not None:
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)) is not None:
            return cycle
    return None


def test_the_graph_is_read_from_the_sources() -> None:
    assert "parley._requester" in GRAPH["parley.resources.threads"]  # top level
    assert "parley.resources.threads" in GRAPH["parley._client"]  # inside a property
    assert "parley._streams.completion" in GRAPH["parley._client"]  # under TYPE_CHECKING
    assert "parley._retry" in GRAPH["parley._flow"]  # `from . import _retry`
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_overlay_has_no_import_cycle() -> None:
    assert find_cycle(GRAPH) is None


def test_resources_depend_on_the_requester_and_only_the_client_imports_them() -> None:
    resources = {name for name in GRAPH if name.startswith("parley.resources")}
    importers = {name for name, targets in GRAPH.items() if targets & resources} - resources
    assert importers == {"parley._client"}
    assert all("parley._client" not in GRAPH[name] for name in resources)
    assert "parley._requester" in GRAPH["parley.resources._base"]


def test_streaming_is_one_package() -> None:
    streaming = {name for name in MODULES if "sse" in name or "stream" in name}
    assert streaming == {name for name in MODULES if name.startswith("parley._streams")}


PROBE = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "parley" or m.startswith(("parley.", "parley_client"))]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
print("\\n".join(failed))
"""


@pytest.mark.parametrize("part", ["core", "contract"])
def test_each_module_imports_on_its_own(part: str) -> None:
    """Each module, imported first into an interpreter without any other overlay module loaded."""
    names = [n for n in MODULES if n.startswith("parley.contract") == (part == "contract") and "__main__" not in n]
    env_path = [str(ROOT / "overlay"), str(ROOT / "generated")]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *names],
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": ":".join(env_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", result.stdout
