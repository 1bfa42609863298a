"""The contract the harness checks against: where openapi.yaml is, and its operations, tags and links."""

from __future__ import annotations

import importlib.resources
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import HarnessError

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def spec_path() -> Path:
    """Find the openapi.yaml the package was built from, or the one at the root of a source checkout.

    The wheel carries it as `parley_server/openapi.yaml` (the `parley` distribution always installs
    that package; it is located here, not imported), and may carry it as `parley/contract/openapi.yaml`.
    """
    shipped = importlib.resources.files("parley.contract").joinpath("openapi.yaml")
    if shipped.is_file():
        return Path(str(shipped))
    server = importlib.util.find_spec("parley_server")
    for location in (server.submodule_search_locations or []) if server is not None else []:
        candidate = Path(location) / "openapi.yaml"
        if candidate.is_file():
            return candidate
    return Path(__file__).resolve().parents[3] / "openapi.yaml"


def config_path(name: str) -> Path:
    """A file of the shipped schemathesis configuration (`admin.toml`, `user.toml`, `hooks.py`)."""
    return Path(str(importlib.resources.files("parley.contract").joinpath("config").joinpath(name)))


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec: its id, method, path, tags, and the operations its links lead to."""

    operation_id: str
    method: str
    path: str
    tags: tuple[str, ...]
    links_to: frozenset[str]

    @property
    def label(self) -> str:
        """How schemathesis names it: `GET /v1/threads/{thread_id}`."""
        return f"{self.method} {self.path}"


@dataclass(frozen=True, slots=True)
class Spec:
    """The parts of an OpenAPI document the harness needs."""

    path: Path
    title: str
    version: str
    operations: tuple[Operation, ...]

    @property
    def tags(self) -> frozenset[str]:
        """Every tag used by an operation."""
        return frozenset(tag for op in self.operations for tag in op.tags)

    def by_label(self) -> dict[str, Operation]:
        """Operations by their schemathesis label."""
        return {op.label: op for op in self.operations}


def load_spec(path: Path) -> Spec:
    """Read and check an OpenAPI 3 document (YAML or JSON); `HarnessError` says what is wrong with it."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise HarnessError(f"bad spec: cannot read {path}: {exc.strerror or exc}") from None
    document = _parse(path, text)
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        raise HarnessError(f"bad spec: {path} is not an OpenAPI 3 document (no `openapi: 3.x` field)")
    paths = document.get("paths")
    if not isinstance(paths, dict) or not paths:
        raise HarnessError(f"bad spec: {path} defines no paths")
    operations = []
    for route, item in paths.items():
        if not isinstance(item, dict):
            raise HarnessError(f"bad spec: {path}: path {route!r} is not an object")
        for method in _METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                operations.append(_operation(path, route, method, op))
    if not operations:
        raise HarnessError(f"bad spec: {path} defines no operations")
    info = document.get("info")
    info = info if isinstance(info, dict) else {}
    return Spec(path, str(info.get("title", "")), str(info.get("version", "")), tuple(operations))


def _parse(path: Path, text: str) -> Any:
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except ValueError as exc:
            raise HarnessError(f"bad spec: {path} is not valid JSON: {exc}") from None
    import yaml  # a dependency of schemathesis (the `contract` extra); only needed here

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise HarnessError(f"bad spec: {path} is not valid YAML: {exc}") from None


def _operation(path: Path, route: str, method: str, op: dict[str, Any]) -> Operation:
    operation_id = op.get("operationId")
    if not isinstance(operation_id, str) or not operation_id:
        raise HarnessError(f"bad spec: {path}: {method.upper()} {route} has no operationId")
    links: set[str] = set()
    for response in (op.get("responses") or {}).values():
        for link in ((response or {}).get("links") or {}).values():
            if isinstance(link, dict) and isinstance(link.get("operationId"), str):
                links.add(link["operationId"])
    tags = tuple(str(tag) for tag in op.get("tags") or ())
    return Operation(operation_id, method.upper(), route, tags, frozenset(links))
