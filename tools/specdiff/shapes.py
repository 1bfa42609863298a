"""One schema as a client sees it: its types, nullability, values, fields, items and variants.

`Shape` flattens what JSON Schema can spell several ways into one reading:

- `allOf` members are merged into one schema (their fields and required lists add up);
- nullable is one flag, however it is written: `type: [string, 'null']`, `nullable: true` (3.0),
  a `{type: 'null'}` variant of a `oneOf`/`anyOf`, `const: null` or a `null` in an `enum`;
- a `oneOf`/`anyOf` that is only "this schema, or null" is that schema, nullable;
- `const: x` is an enum of one value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .document import Spec

DOC_KEYS = ("title", "summary", "description", "example", "examples", "$comment", "externalDocs")
"""Keys that document a schema without changing what it accepts."""


@dataclass(eq=False)
class Shape:
    """One schema, resolved and flattened (see the module docstring)."""

    node: dict[str, Any]
    """The resolved schema, `allOf` merged in."""
    name: str | None
    """The component schema name it was reached through, if any."""
    types: frozenset[str] | None
    """The JSON types it accepts, without `null`; None when any type is accepted."""
    nullable: bool
    enum: list[Any] | None
    """The values it is limited to (`enum`, or `const` as one value), without null; None when unlimited."""
    properties: dict[str, Any] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    variants: list[Any] = field(default_factory=list)
    """The raw `oneOf`/`anyOf` members other than null."""
    discriminator: str | None = None

    @property
    def items(self) -> Any:
        """The array items' schema, if it has one."""
        return self.node.get("items")

    @property
    def additional(self) -> Any:
        """`additionalProperties`: True (or absent), False, or a schema for the values."""
        return self.node.get("additionalProperties", True)

    @property
    def content_schema(self) -> Any:
        """`contentSchema`: the JSON a string carries (a stream frame's `data`)."""
        return self.node.get("contentSchema")

    def accepts_type(self, kind: str) -> bool:
        """Whether a value of JSON type `kind` can pass the type check (integers are numbers)."""
        if self.types is None:
            return True
        return kind in self.types or (kind == "integer" and "number" in self.types)


class Shapes:
    """The shapes of one spec's schemas, each computed once."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._shapes: dict[int, Shape] = {}
        self._prints: dict[int, str] = {}
        self._building: set[int] = set()

    def of(self, raw: Any) -> Shape:
        """The shape of the schema `raw` (a `$ref` or a schema)."""
        node, name = self.spec.resolve_named(raw)
        key = id(node)
        shape = self._shapes.get(key)
        if shape is None:
            shape = self._build(node, name)
            self._shapes[key] = shape
        return shape

    def _build(self, node: Any, name: str | None) -> Shape:
        if node is True or node is None:
            node = {}
        if node is False:
            return Shape({"not": {}}, name, frozenset(), False, [])
        if not isinstance(node, dict):
            node = {}
        node = self._flatten(node, set())
        nullable = bool(node.get("nullable"))
        variants: list[Any] = []
        for key in ("oneOf", "anyOf"):
            for variant in node.get(key, []):
                if self._is_null(variant):
                    nullable = True
                else:
                    variants.append(variant)
        if len(variants) == 1 and ("oneOf" in node or "anyOf" in node) and not _own_structure(node):
            inner = self.of(variants[0])
            merged = {k: v for k, v in node.items() if k not in ("oneOf", "anyOf")}
            shape = Shape(
                {**inner.node, **merged},
                inner.name or name,
                inner.types,
                inner.nullable or nullable,
                inner.enum,
                inner.properties,
                inner.required,
                inner.variants,
                inner.discriminator,
            )
            return shape
        declared = node.get("type")
        types: frozenset[str] | None = None
        if declared is not None:
            listed = declared if isinstance(declared, list) else [declared]
            nullable = nullable or "null" in listed
            types = frozenset(str(kind) for kind in listed if kind != "null")
        elif variants and id(node) not in self._building:
            self._building.add(id(node))
            try:
                types, nullable = self._union_types(variants, nullable)
            finally:
                self._building.discard(id(node))
        enum: list[Any] | None = None
        if "const" in node:
            enum = [] if node["const"] is None else [node["const"]]
            nullable = nullable or node["const"] is None
        elif "enum" in node:
            values = list(node["enum"])
            nullable = nullable or None in values
            enum = [value for value in values if value is not None]
        discriminator = node.get("discriminator")
        return Shape(
            node,
            name,
            types,
            nullable,
            enum,
            dict(node.get("properties") or {}),
            frozenset(node.get("required") or ()),
            variants,
            discriminator.get("propertyName") if isinstance(discriminator, dict) else None,
        )

    def as_union(self, shape: Shape) -> Shape:
        """`shape` as a union of one member, to compare it with a union (a schema that became a `oneOf`)."""
        self._shapes.setdefault(id(shape.node), shape)
        kept = {key: shape.node[key] for key in (*DOC_KEYS, "default") if key in shape.node}
        return Shape(
            {**kept, "oneOf": [shape.node]},
            shape.name,
            shape.types,
            shape.nullable,
            None,
            variants=[shape.node],
            discriminator=shape.discriminator,
        )

    def _union_types(self, variants: list[Any], nullable: bool) -> tuple[frozenset[str] | None, bool]:
        """The types a union accepts: those of its variants (any type if one variant takes any)."""
        kinds: set[str] = set()
        for variant in variants:
            inner = self.of(variant)
            if inner.types is None:
                return None, nullable or inner.nullable
            kinds |= inner.types
            nullable = nullable or inner.nullable
        return frozenset(kinds), nullable

    def _flatten(self, node: dict[str, Any], seen: set[int]) -> dict[str, Any]:
        """`node` with its `allOf` members merged in (its own keys win, fields and required add up)."""
        if "allOf" not in node or id(node) in seen:
            return node
        seen = seen | {id(node)}
        merged = {k: v for k, v in node.items() if k != "allOf"}
        properties = dict(merged.get("properties") or {})
        required = list(merged.get("required") or [])
        for member in node["allOf"]:
            part = self.spec.resolve(member)
            if not isinstance(part, dict):
                continue
            part = self._flatten(part, seen)
            for key, value in (part.get("properties") or {}).items():
                properties.setdefault(key, value)
            required += [name for name in part.get("required") or [] if name not in required]
            for key, value in part.items():
                if key not in ("properties", "required", *DOC_KEYS):
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = required
        return merged

    def _is_null(self, raw: Any) -> bool:
        node = self.spec.resolve(raw)
        if not isinstance(node, dict):
            return False
        kind = node.get("type")
        return (
            kind == "null"
            or kind == ["null"]
            or ("const" in node and node["const"] is None)
            or node.get("enum") == [None]
        )

    def tag(self, raw: Any, hint: str | None) -> tuple[str, Any] | None:
        """The field and value a union variant is told apart by: its discriminator, or a `const` field."""
        shape = self.of(raw)
        names = [hint] if hint else []
        names += ["type", "event", "object", "kind", "role"]
        names += sorted(shape.properties)
        for prop in names:
            if prop in shape.properties:
                value = self.of(shape.properties[prop])
                if value.enum is not None and len(value.enum) == 1:
                    return prop, value.enum[0]
        return None

    def fingerprint(self, raw: Any) -> str:
        """A text that two schemas share exactly when they accept the same documents (names and docs aside)."""
        node = self.spec.resolve(raw)
        key = id(node)
        found = self._prints.get(key)
        if found is None:
            found = json.dumps(self._plain(node, []), sort_keys=True, default=str)
            self._prints[key] = found
        return found

    def _plain(self, node: Any, stack: list[int]) -> Any:
        node = self.spec.resolve(node)
        if isinstance(node, dict):
            if id(node) in stack:
                return {"$cycle": len(stack) - stack.index(id(node))}
            stack = [*stack, id(node)]
            return {k: self._plain(v, stack) for k, v in node.items() if k not in DOC_KEYS}
        if isinstance(node, list):
            return [self._plain(v, stack) for v in node]
        return node


def _own_structure(node: dict[str, Any]) -> bool:
    """Whether a `oneOf`/`anyOf` node also constrains values itself (then it is not a mere nullable wrapper)."""
    if any(key in node for key in ("properties", "items", "enum", "const")):
        return True
    declared = node.get("type")
    listed = declared if isinstance(declared, list) else [] if declared is None else [declared]
    return any(kind != "null" for kind in listed)
