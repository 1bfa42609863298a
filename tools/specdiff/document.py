"""Reading a spec and following its local `$ref`s.

A reference is resolved to what it points at, so the comparison sees content, never names: a schema
moved under another name is the same schema. `$ref` siblings (OpenAPI 3.1 allows a `description`
next to a `$ref`) are laid over the target. Anything unreadable raises `SpecError` (exit status 2).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SCHEMA_PREFIX = "#/components/schemas/"

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it


class SpecError(Exception):
    """A spec that cannot be read or resolved: missing, not YAML, not OpenAPI, or a dangling `$ref`."""


class Spec:
    """One OpenAPI document, with cached `$ref` resolution."""

    def __init__(self, root: dict[str, Any], label: str) -> None:
        self.root = root
        self.label = label
        self._resolved: dict[int, tuple[Any, str | None]] = {}

    def resolve(self, node: Any) -> Any:
        """`node` with its `$ref` chain followed (siblings of a `$ref` laid over the target)."""
        return self.resolve_named(node)[0]

    def resolve_named(self, node: Any) -> tuple[Any, str | None]:
        """`node` resolved, and the component schema name of the last `$ref` followed, if any."""
        if not isinstance(node, dict) or "$ref" not in node:
            return node, None
        key = id(node)
        cached = self._resolved.get(key)
        if cached is None:
            cached = self._follow(node)
            self._resolved[key] = cached
        return cached

    def _follow(self, node: dict[str, Any]) -> tuple[Any, str | None]:
        seen: list[str] = []
        name: str | None = None
        siblings: dict[str, Any] = {}
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise SpecError(f"{self.label}: only local references are supported, not $ref {ref!r}")
            if ref in seen:
                raise SpecError(f"{self.label}: $ref {ref!r} refers to itself")
            seen.append(ref)
            siblings = {**{k: v for k, v in node.items() if k != "$ref"}, **siblings}
            if ref.startswith(SCHEMA_PREFIX) and "/" not in ref[len(SCHEMA_PREFIX) :]:
                name = _unescape(ref[len(SCHEMA_PREFIX) :])
            node = self.pointer(ref)
        if siblings and isinstance(node, dict):
            node = {**node, **siblings}
        return node, name

    def pointer(self, ref: str) -> Any:
        """The node a local JSON pointer (`#/components/schemas/X`) designates."""
        node: Any = self.root
        for part in ref[2:].split("/"):
            key = _unescape(part)
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise SpecError(f"{self.label}: $ref {ref!r} points at nothing")
        return node


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def load_spec(path: str | Path, label: str | None = None) -> Spec:
    """Read an OpenAPI document from `path` (YAML or JSON), or raise `SpecError` saying why not."""
    label = label or str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"{label}: cannot read it ({exc.__class__.__name__}: {exc})") from exc
    return parse_spec(text, label)


def parse_spec(text: str, label: str) -> Spec:
    """Parse an OpenAPI document from `text`, or raise `SpecError` saying why not."""
    try:
        root = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise SpecError(f"{label}: not valid YAML ({' '.join(str(exc).split())})") from exc
    if not isinstance(root, dict) or "openapi" not in root:
        raise SpecError(f"{label}: not an OpenAPI document (no top-level `openapi` field)")
    if not isinstance(root.get("paths", {}), dict):
        raise SpecError(f"{label}: `paths` must be a mapping")
    return Spec(root, label)
