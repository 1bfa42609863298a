"""A small read-only view of openapi.yaml for the tests: operations, $ref resolution, schemas."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_URI = "urn:parley:openapi"


def pointer_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    raw: dict[str, Any]
    path_parameters: tuple[dict[str, Any], ...]

    @property
    def operation_id(self) -> str:
        return str(self.raw["operationId"])

    @property
    def pointer(self) -> str:
        return f"#/paths/{pointer_escape(self.path)}/{self.method}"

    def __repr__(self) -> str:
        return f"{self.method.upper()} {self.path} ({self.raw.get('operationId')})"


@dataclass
class Spec:
    doc: dict[str, Any]

    @classmethod
    def load(cls, path: Path) -> Spec:
        return cls(yaml.safe_load(path.read_text()))

    @cached_property
    def operations(self) -> list[Operation]:
        found = []
        for path, item in self.doc["paths"].items():
            shared = tuple(self.resolve(p) for p in item.get("parameters", []))
            for method in HTTP_METHODS:
                if method in item:
                    found.append(Operation(path, method, item[method], shared))
        return found

    def operation(self, operation_id: str) -> Operation:
        return next(op for op in self.operations if op.raw.get("operationId") == operation_id)

    def parameters(self, op: Operation) -> list[dict[str, Any]]:
        """Every parameter of op, path-level ones included, with $refs resolved."""
        return [*op.path_parameters, *(self.resolve(p) for p in op.raw.get("parameters", []))]

    def responses(self, op: Operation) -> dict[str, dict[str, Any]]:
        return {status: self.resolve(r) for status, r in op.raw["responses"].items()}

    def resolve(self, node: Any) -> Any:
        """Follow local $refs (possibly chained) to the node they point at."""
        while isinstance(node, dict) and "$ref" in node:
            node = self.at(node["$ref"])
        return node

    def at(self, ref: str) -> Any:
        assert ref.startswith("#/"), f"only local references are allowed, got {ref}"
        node: Any = self.doc
        for token in ref[2:].split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        return node

    @cached_property
    def registry(self) -> Registry:
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        return Registry().with_resource(SPEC_URI, resource)

    def validator(self, pointer: str) -> Draft202012Validator:
        """A JSON Schema 2020-12 validator for the schema at pointer (refs resolve within the spec)."""
        return Draft202012Validator({"$ref": f"{SPEC_URI}{pointer}"}, registry=self.registry)

    def schemas(self) -> dict[str, dict[str, Any]]:
        return dict(self.doc["components"]["schemas"])

    def walk(self) -> Iterator[tuple[str, Any]]:
        """Every (pointer, node) of the document, depth first."""
        return self._walk(self.doc, "#")

    def _walk(self, node: Any, trail: str) -> Iterator[tuple[str, Any]]:
        yield trail, node
        if isinstance(node, dict):
            for key, value in node.items():
                yield from self._walk(value, f"{trail}/{pointer_escape(str(key))}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from self._walk(value, f"{trail}/{index}")
