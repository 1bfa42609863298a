"""Small OpenAPI documents for the spec-diff tests: one operation, one schema, changed one way."""

from __future__ import annotations

import copy
from typing import Any

from tools.specdiff.document import Spec
from tools.specdiff.walk import Finding, compare

Json = dict[str, Any]


def document(paths: Json, schemas: Json | None = None, **extra: Any) -> Json:
    """A whole OpenAPI 3.1 document with these paths and component schemas."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": paths,
        "components": {
            "schemas": schemas or {},
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        },
        **extra,
    }


def answer(schema: Json | None = None, status: str = "200", media: str = "application/json") -> Json:
    """A `responses` map with one answer of `schema`."""
    return {status: {"description": "ok", "content": {media: {"schema": schema or {"type": "object"}}}}}


def in_request(schema: Json, **schemas: Json) -> Json:
    """`POST /v1/things` whose required JSON body is the component schema `Thing` = `schema`."""
    body = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    operation = {"operationId": "create_thing", "requestBody": body, "responses": answer()}
    return document({"/v1/things": {"post": operation}}, {"Thing": schema, **schemas})


def in_response(schema: Json, **schemas: Json) -> Json:
    """`GET /v1/things` that answers 200 with the component schema `Thing` = `schema`."""
    operation = {"operationId": "get_thing", "responses": answer({"$ref": "#/components/schemas/Thing"})}
    return document({"/v1/things": {"get": operation}}, {"Thing": schema, **schemas})


def in_both(schema: Json) -> Json:
    """`Thing` = `schema` sent by `POST /v1/things` and answered by `GET /v1/things`."""
    spec = in_request(schema)
    spec["paths"]["/v1/things"]["get"] = in_response(schema)["paths"]["/v1/things"]["get"]
    return spec


def operation(**fields: Any) -> Json:
    """A document with the one operation `GET /v1/things/{thing_id}` (fields laid over a plain one)."""
    node: Json = {
        "operationId": "get_thing",
        "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": answer(),
        **fields,
    }
    return document({"/v1/things/{thing_id}": {"get": node}})


def diff(old: Json, new: Json) -> list[Finding]:
    """The findings from `old` to `new` (both copied, so a test may reuse its dicts)."""
    return compare(Spec(copy.deepcopy(old), "old"), Spec(copy.deepcopy(new), "new"))


def fired(old: Json, new: Json) -> set[tuple[str, str, str]]:
    """(rule id, severity, location) of every finding from `old` to `new`."""
    return {(finding.rule.id, finding.severity, finding.location) for finding in diff(old, new)}


OBJECT: Json = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}


def with_fields(required: list[str] | None = None, **properties: Json) -> Json:
    """An object schema with `id` (required) and these fields."""
    schema = copy.deepcopy(OBJECT)
    schema["properties"].update(properties)
    schema["required"] = ["id", *(required or [])]
    return schema
