"""Every rule of the table, on a pair of small specs: it fires where it should, and nothing else does.

Each case is (old spec, new spec, the exact set of (rule, severity, location) expected). A rule
whose severity depends on the direction has a case in a request and one in a response.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from tools.specdiff.rules import RULES

from .builders import (
    OBJECT,
    Json,
    answer,
    document,
    fired,
    in_both,
    in_request,
    in_response,
    operation,
    with_fields,
)

B, C = "BREAKING", "compatible"
OP = "GET /v1/things/{thing_id}"
POST = "POST /v1/things"


def _edit(spec: Json, change: Any) -> Json:
    """A copy of `spec`, changed in place by `change(copy)`."""
    changed = copy.deepcopy(spec)
    change(changed)
    return changed


def _op(spec: Json) -> Json:
    return spec["paths"]["/v1/things/{thing_id}"]["get"]


TWO_PATHS = document(
    {
        "/v1/things": {"get": {"operationId": "list_things", "responses": answer()}},
        "/v1/others": {"get": {"operationId": "list_others", "responses": answer()}},
    }
)
WITH_DELETE = _edit(
    operation(),
    lambda s: s["paths"]["/v1/things/{thing_id}"].update(delete={"operationId": "delete_thing", "responses": answer()}),
)
QUERY = {"name": "limit", "in": "query", "schema": {"type": "integer"}}
WITH_QUERY = _edit(operation(), lambda s: _op(s)["parameters"].append(copy.deepcopy(QUERY)))
SECURED = operation(security=[{"bearerAuth": []}])
PUBLIC = operation(security=[])
STREAMING = operation(
    responses={
        "200": {
            "description": "ok",
            "content": {
                "application/json": {"schema": {"type": "object"}},
                "text/event-stream": {"schema": {"type": "object"}},
            },
        }
    }
)
WITH_HEADER = operation(
    responses={"200": {"description": "ok", "headers": {"X-Request-Id": {"schema": {"type": "string"}}}}}
)
NO_BODY = document({"/v1/things": {"post": {"operationId": "create_thing", "responses": answer()}}})
OPTIONAL_BODY = _edit(
    in_request(OBJECT), lambda s: s["paths"]["/v1/things"]["post"]["requestBody"].update(required=False)
)


def _event(kind: str, **fields: Json) -> Json:
    properties = {"type": {"type": "string", "const": kind}, **fields}
    return {"type": "object", "required": ["type"], "properties": properties}


def _stream(*kinds: str, **fields: Json) -> Json:
    union = {"oneOf": [_event(kind, **fields) for kind in kinds]}
    return operation(responses={"200": {"description": "events", "content": {"text/event-stream": {"schema": union}}}})


def _tagged(*kinds: str) -> Json:
    return {"oneOf": [_event(kind) for kind in kinds], "discriminator": {"propertyName": "type"}}


ERROR_ENVELOPE = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"$ref": "#/components/schemas/ErrorObject"}},
}
ERROR_OBJECT = {
    "type": "object",
    "required": ["message", "code"],
    "properties": {"message": {"type": "string"}, "code": {"type": "string"}},
}


def _with_errors(error_object: Json) -> Json:
    responses = {**answer(), "404": {"$ref": "#/components/responses/NotFound"}}
    spec = document(
        {"/v1/things": {"get": {"operationId": "get_thing", "responses": responses}}},
        {"ErrorResponse": ERROR_ENVELOPE, "ErrorObject": error_object},
    )
    not_found = {
        "description": "missing",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}},
    }
    spec["components"]["responses"] = {"NotFound": not_found}
    return spec


STRING = {"type": "string"}
CASES: dict[str, tuple[Json, Json, set[tuple[str, str, str]]]] = {
    # paths and operations
    "path-removed": (
        TWO_PATHS,
        _edit(TWO_PATHS, lambda s: s["paths"].pop("/v1/others")),
        {("path-removed", B, "/v1/others")},
    ),
    "operation-removed": (WITH_DELETE, operation(), {("operation-removed", B, "DELETE /v1/things/{thing_id}")}),
    "operation-added": (operation(), WITH_DELETE, {("operation-added", C, "DELETE /v1/things/{thing_id}")}),
    "operation-id-changed": (operation(), operation(operationId="fetch_thing"), {("operation-id-changed", C, OP)}),
    "security-requirement-added": (PUBLIC, SECURED, {("security-requirement-added", B, OP)}),
    "security-requirement-removed": (SECURED, PUBLIC, {("security-requirement-removed", C, OP)}),
    "success-status-changed": (
        operation(),
        operation(responses=answer(status="201")),
        {("success-status-changed", B, OP)},
    ),
    "error-status-changed": (
        operation(),
        operation(responses={**answer(), "404": {"description": "missing"}}),
        {("error-status-changed", C, OP)},
    ),
    "request-body-required": (NO_BODY, in_request(OBJECT), {("request-body-required", B, f"{POST} request")}),
    "request-body-optional": (NO_BODY, OPTIONAL_BODY, {("request-body-optional", C, f"{POST} request")}),
    "request-body-optional (made optional)": (
        in_request(OBJECT),
        OPTIONAL_BODY,
        {("request-body-optional", C, f"{POST} request")},
    ),
    "request-body-removed": (in_request(OBJECT), NO_BODY, {("request-body-removed", B, f"{POST} request")}),
    "media-type-removed": (STREAMING, operation(), {("media-type-removed", B, f"{OP} 200 response")}),
    "media-type-added": (operation(), STREAMING, {("media-type-added", C, f"{OP} 200 response")}),
    "response-header-removed": (
        WITH_HEADER,
        operation(responses={"200": {"description": "ok"}}),
        {("response-header-removed", B, f"{OP} 200 response")},
    ),
    "response-header-added": (
        operation(responses={"200": {"description": "ok"}}),
        WITH_HEADER,
        {("response-header-added", C, f"{OP} 200 response")},
    ),
    # parameters
    "required-parameter-added": (
        operation(),
        _edit(WITH_QUERY, lambda s: _op(s)["parameters"][1].update(required=True)),
        {("required-parameter-added", B, f"{OP} query limit")},
    ),
    "optional-parameter-added": (operation(), WITH_QUERY, {("optional-parameter-added", C, f"{OP} query limit")}),
    "parameter-removed": (WITH_QUERY, operation(), {("parameter-removed", B, f"{OP} query limit")}),
    "parameter-renamed": (
        WITH_QUERY,
        _edit(WITH_QUERY, lambda s: _op(s)["parameters"][1].update(name="max")),
        {("parameter-renamed", B, f"{OP} query limit")},
    ),
    "parameter-became-required": (
        WITH_QUERY,
        _edit(WITH_QUERY, lambda s: _op(s)["parameters"][1].update(required=True)),
        {("parameter-became-required", B, f"{OP} query limit")},
    ),
    "parameter-became-optional": (
        _edit(WITH_QUERY, lambda s: _op(s)["parameters"][1].update(required=True)),
        WITH_QUERY,
        {("parameter-became-optional", C, f"{OP} query limit")},
    ),
    # fields
    "required-field-added in a request": (
        in_request(OBJECT),
        in_request(with_fields(["name"], name=STRING)),
        {("required-field-added", B, "Thing.name")},
    ),
    "required-field-added in a response": (
        in_response(OBJECT),
        in_response(with_fields(["name"], name=STRING)),
        {("required-field-added", C, "Thing.name")},
    ),
    "optional-field-added in a request": (
        in_request(OBJECT),
        in_request(with_fields(name=STRING)),
        {("optional-field-added", C, "Thing.name")},
    ),
    "optional-field-added in a response": (
        in_response(OBJECT),
        in_response(with_fields(name=STRING)),
        {("optional-field-added", C, "Thing.name")},
    ),
    "field-removed in a request": (
        in_request(with_fields(name=STRING)),
        in_request(OBJECT),
        {("field-removed", B, "Thing.name")},
    ),
    "field-removed in a response": (
        in_response(with_fields(name=STRING)),
        in_response(OBJECT),
        {("field-removed", B, "Thing.name")},
    ),
    "field-renamed in a request": (
        in_request(with_fields(name=STRING)),
        in_request(with_fields(title=STRING)),
        {("field-renamed", B, "Thing.name")},
    ),
    "field-renamed in a response": (
        in_response(with_fields(name=STRING)),
        in_response(with_fields(title=STRING)),
        {("field-renamed", B, "Thing.name")},
    ),
    "field-became-required in a request": (
        in_request(with_fields(name=STRING)),
        in_request(with_fields(["name"], name=STRING)),
        {("field-became-required", B, "Thing.name")},
    ),
    "field-became-required in a response": (
        in_response(with_fields(name=STRING)),
        in_response(with_fields(["name"], name=STRING)),
        {("field-became-required", C, "Thing.name")},
    ),
    "field-became-optional in a request": (
        in_request(with_fields(["name"], name=STRING)),
        in_request(with_fields(name=STRING)),
        {("field-became-optional", C, "Thing.name")},
    ),
    "field-became-optional in a response": (
        in_response(with_fields(["name"], name=STRING)),
        in_response(with_fields(name=STRING)),
        {("field-became-optional", B, "Thing.name")},
    ),
    # types and formats
    "type-narrowed in a request": (
        in_request({"type": "number"}),
        in_request({"type": "integer"}),
        {("type-narrowed", B, "Thing")},
    ),
    "type-narrowed in a response": (
        in_response({"type": "number"}),
        in_response({"type": "integer"}),
        {("type-narrowed", C, "Thing")},
    ),
    "type-narrowed (format added) in a request": (
        in_request(STRING),
        in_request({"type": "string", "format": "date-time"}),
        {("type-narrowed", B, "Thing")},
    ),
    "type-widened in a request": (
        in_request({"type": "integer"}),
        in_request({"type": "number"}),
        {("type-widened", C, "Thing")},
    ),
    "type-widened in a response": (
        in_response({"type": "integer"}),
        in_response({"type": "number"}),
        {("type-widened", B, "Thing")},
    ),
    "type-widened (format removed) in a response": (
        in_response({"type": "string", "format": "date-time"}),
        in_response(STRING),
        {("type-widened", B, "Thing")},
    ),
    "type-changed in a request": (in_request(STRING), in_request({"type": "integer"}), {("type-changed", B, "Thing")}),
    "type-changed in a response": (
        in_response(STRING),
        in_response({"type": "integer"}),
        {("type-changed", B, "Thing")},
    ),
    "type-changed (format replaced)": (
        in_response({"type": "string", "format": "date"}),
        in_response({"type": "string", "format": "date-time"}),
        {("type-changed", B, "Thing")},
    ),
    # null
    "became-nullable in a request": (
        in_request(STRING),
        in_request({"type": ["string", "null"]}),
        {("became-nullable", C, "Thing")},
    ),
    "became-nullable in a response": (
        in_response(STRING),
        in_response({"type": ["string", "null"]}),
        {("became-nullable", B, "Thing")},
    ),
    "became-nullable in a response (a null variant)": (
        in_response(STRING),
        in_response({"oneOf": [STRING, {"type": "null"}]}),
        {("became-nullable", B, "Thing")},
    ),
    "became-non-nullable in a request": (
        in_request({"type": ["string", "null"]}),
        in_request(STRING),
        {("became-non-nullable", B, "Thing")},
    ),
    "became-non-nullable in a response": (
        in_response({"type": ["string", "null"]}),
        in_response(STRING),
        {("became-non-nullable", C, "Thing")},
    ),
    # values
    "enum-value-removed in a request": (
        in_request({"type": "string", "enum": ["a", "b"]}),
        in_request({"type": "string", "enum": ["a"]}),
        {("enum-value-removed", B, "Thing")},
    ),
    "enum-value-removed in a response": (
        in_response({"type": "string", "enum": ["a", "b"]}),
        in_response({"type": "string", "enum": ["a"]}),
        {("enum-value-removed", C, "Thing")},
    ),
    "enum-value-added in a request": (
        in_request({"type": "string", "enum": ["a"]}),
        in_request({"type": "string", "enum": ["a", "b"]}),
        {("enum-value-added", C, "Thing")},
    ),
    "enum-value-added in a response": (
        in_response({"type": "string", "enum": ["a"]}),
        in_response({"type": "string", "enum": ["a", "b"]}),
        {("enum-value-added", B, "Thing")},
    ),
    "const replaced in a response": (
        in_response({"type": "string", "const": "a"}),
        in_response({"type": "string", "const": "b"}),
        {("enum-value-added", B, "Thing"), ("enum-value-removed", C, "Thing")},
    ),
    "constraint-narrowed in a request": (
        in_request({"type": "string", "maxLength": 10}),
        in_request({"type": "string", "maxLength": 5}),
        {("constraint-narrowed", B, "Thing")},
    ),
    "constraint-narrowed in a response": (
        in_response({"type": "string", "maxLength": 10}),
        in_response({"type": "string", "maxLength": 5}),
        {("constraint-narrowed", C, "Thing")},
    ),
    "constraint-narrowed (an enum set) in a request": (
        in_request(STRING),
        in_request({"type": "string", "enum": ["a"]}),
        {("constraint-narrowed", B, "Thing")},
    ),
    "constraint-widened in a request": (
        in_request({"type": "integer", "minimum": 1}),
        in_request({"type": "integer"}),
        {("constraint-widened", C, "Thing")},
    ),
    "constraint-widened in a response": (
        in_response({"type": "integer", "maximum": 10}),
        in_response({"type": "integer", "maximum": 20}),
        {("constraint-widened", B, "Thing")},
    ),
    "constraint-changed": (
        in_request({"type": "string", "pattern": "^a"}),
        in_request({"type": "string", "pattern": "^b"}),
        {("constraint-changed", B, "Thing")},
    ),
    "additional-properties-narrowed in a request": (
        in_request(OBJECT),
        in_request({**OBJECT, "additionalProperties": False}),
        {("additional-properties-narrowed", B, "Thing")},
    ),
    "additional-properties-narrowed in a response": (
        in_response(OBJECT),
        in_response({**OBJECT, "additionalProperties": False}),
        {("additional-properties-narrowed", C, "Thing")},
    ),
    "additional-properties-widened in a request": (
        in_request({**OBJECT, "additionalProperties": False}),
        in_request(OBJECT),
        {("additional-properties-widened", C, "Thing")},
    ),
    "additional-properties-widened in a response": (
        in_response({**OBJECT, "additionalProperties": False}),
        in_response(OBJECT),
        {("additional-properties-widened", C, "Thing")},
    ),
    "default-changed in a request": (
        in_request({"type": "integer", "default": 1}),
        in_request({"type": "integer", "default": 2}),
        {("default-changed", B, "Thing")},
    ),
    "default-changed in a response": (
        in_response({"type": "integer", "default": 1}),
        in_response({"type": "integer", "default": 2}),
        {("default-changed", C, "Thing")},
    ),
    "default-changed (a parameter's)": (
        WITH_QUERY,
        _edit(WITH_QUERY, lambda s: _op(s)["parameters"][1]["schema"].update(default=20)),
        {("default-changed", B, f"{OP} query limit")},
    ),
    # unions and streams
    "variant-added in a request": (
        in_request(_tagged("a")),
        in_request(_tagged("a", "b")),
        {("variant-added", C, "Thing")},
    ),
    "variant-added in a response": (
        in_response(_tagged("a")),
        in_response(_tagged("a", "b")),
        {("variant-added", B, "Thing")},
    ),
    "variant-removed in a request": (
        in_request(_tagged("a", "b")),
        in_request(_tagged("a")),
        {("variant-removed", B, "Thing")},
    ),
    "variant-removed in a response": (
        in_response(_tagged("a", "b")),
        in_response(_tagged("a")),
        {("variant-removed", C, "Thing")},
    ),
    "stream-event-added": (
        _stream("run.created"),
        _stream("run.created", "run.failed"),
        {("stream-event-added", C, f"{OP} 200 response")},
    ),
    "stream-event-removed": (
        _stream("run.created", "run.failed"),
        _stream("run.created"),
        {("stream-event-removed", B, f"{OP} 200 response")},
    ),
    "a stream event's schema narrowed": (
        _stream("run.created", "run.done", run_id=STRING),
        _stream("run.created", "run.done"),
        {("field-removed", B, f"{OP} 200 response<{kind}>.run_id") for kind in ("run.created", "run.done")},
    ),
    # error answers
    "error-envelope-changed (a field removed)": (
        _with_errors(ERROR_OBJECT),
        _with_errors({**ERROR_OBJECT, "required": ["message"], "properties": {"message": STRING}}),
        {("error-envelope-changed", B, "ErrorObject.code")},
    ),
    "error-envelope-changed (an optional field added)": (
        _with_errors(ERROR_OBJECT),
        _with_errors({**ERROR_OBJECT, "properties": {**ERROR_OBJECT["properties"], "param": STRING}}),
        {("error-envelope-changed", C, "ErrorObject.param")},
    ),
    # documentation
    "documentation-changed (an operation's summary)": (
        operation(),
        operation(summary="Get a thing"),
        {("documentation-changed", C, OP)},
    ),
    "documentation-changed (a schema's description)": (
        in_response(OBJECT),
        in_response({**OBJECT, "description": "A thing."}),
        {("documentation-changed", C, "Thing")},
    ),
    "documentation-changed (a parameter's description)": (
        WITH_QUERY,
        _edit(WITH_QUERY, lambda s: _op(s)["parameters"][1].update(description="At most this many.")),
        {("documentation-changed", C, f"{OP} query limit")},
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_the_rule_fires_exactly_where_it_should(case: str) -> None:
    old, new, expected = CASES[case]
    assert fired(old, new) == expected


@pytest.mark.parametrize("case", CASES)
def test_an_unchanged_spec_fires_nothing(case: str) -> None:
    old, new, _ = CASES[case]
    assert fired(old, old) == set()
    assert fired(new, new) == set()


def test_every_rule_has_a_case_for_each_severity_it_can_have() -> None:
    covered = {(rule, severity) for _, _, expected in CASES.values() for rule, severity, _ in expected}
    for rule in RULES:
        severities = {B, C} if rule.scope == "error" else {rule.request, rule.response}  # the error envelope's vary
        for severity in severities:
            assert (rule.id, severity) in covered, f"no case shows {rule.id} as {severity}"


def test_a_schema_used_both_ways_is_judged_each_way() -> None:
    old, new = in_both({"type": "string", "enum": ["a", "b"]}), in_both({"type": "string", "enum": ["a"]})
    assert fired(old, new) == {("enum-value-removed", B, "Thing"), ("enum-value-removed", C, "Thing")}
