"""OpenAI's own response schemas (the pinned extract `openai_schemas.yaml`), ready to validate answers with.

The extract is verbatim; OpenAI's description still marks nullable fields with OpenAPI 3.0's
`nullable: true`, which a JSON Schema validator ignores (and so rejects the `null`s OpenAI itself
sends). `validator(name)` rewrites each such schema to `anyOf: [schema, {type: 'null'}]` first.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

PINNED = Path(__file__).with_name("openai_schemas.yaml")
_URI = "urn:openai:openapi"


def without_nullable(node: Any) -> Any:
    """`node` with every `nullable: true` schema turned into `anyOf: [schema, {type: 'null'}]`."""
    if isinstance(node, list):
        return [without_nullable(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: without_nullable(value) for key, value in node.items() if key != "nullable"}
    if node.get("nullable") is True:
        return {"anyOf": [converted, {"type": "null"}]}
    return converted


@functools.cache
def _registry() -> Registry[Any]:
    document = without_nullable(yaml.safe_load(PINNED.read_text(encoding="utf-8")))
    return Registry().with_resource(_URI, Resource.from_contents(document, default_specification=DRAFT202012))


def validator(name: str) -> Draft202012Validator:
    """A validator for OpenAI's schema `name` (its `$ref`s resolve inside the pinned extract)."""
    return Draft202012Validator({"$ref": f"{_URI}#/components/schemas/{name}"}, registry=_registry())


def errors(name: str, instance: Any) -> list[str]:
    """Why `instance` does not fit OpenAI's schema `name` (empty when it fits)."""
    return [
        f"{'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message}"
        for error in validator(name).iter_errors(instance)
    ]
