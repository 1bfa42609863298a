"""What is not a change: the same contract spelled another way, moved, or renamed where no client sees names."""

from __future__ import annotations

import copy
import json

from .builders import OBJECT, Json, diff, document, fired, in_both, in_request, in_response, operation, with_fields

STRING = {"type": "string"}


def _rename_schema(spec: Json, old: str, new: str) -> Json:
    """`spec` with the component schema `old` renamed `new`, every `$ref` to it updated."""
    text = json.dumps(spec).replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    renamed: Json = json.loads(text)
    renamed["components"]["schemas"][new] = renamed["components"]["schemas"].pop(old)
    return renamed


def test_a_schema_moved_under_another_name_is_no_change() -> None:
    nested = with_fields(part={"$ref": "#/components/schemas/Part"})
    old = in_both(nested)
    old["components"]["schemas"]["Part"] = with_fields(size={"type": "integer"})
    new = _rename_schema(_rename_schema(old, "Part", "Piece"), "Thing", "Widget")
    assert "Piece" in new["components"]["schemas"] and "Part" not in new["components"]["schemas"]
    assert fired(old, new) == set()


def test_a_moved_schema_is_still_compared_and_named_by_its_new_name() -> None:
    old = in_response(with_fields(name=STRING))
    new = _rename_schema(in_response(OBJECT), "Thing", "Widget")
    assert fired(old, new) == {("field-removed", "BREAKING", "Widget.name")}


def test_an_inline_schema_extracted_into_a_component_is_no_change() -> None:
    inline = document(
        {
            "/v1/things": {
                "get": {
                    "operationId": "get_thing",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": with_fields(name=STRING)}},
                        }
                    },
                }
            }
        }
    )
    assert fired(inline, in_response(with_fields(name=STRING))) == set()


def test_all_of_parts_are_the_merged_schema() -> None:
    parts = {"allOf": [OBJECT, {"type": "object", "properties": {"name": STRING}, "required": ["name"]}]}
    assert fired(in_request(parts), in_request(with_fields(["name"], name=STRING))) == set()
    narrowed = copy.deepcopy(parts)
    narrowed["allOf"][1]["properties"]["name"] = {"type": "string", "maxLength": 3}
    assert fired(in_request(parts), in_request(narrowed)) == {("constraint-narrowed", "BREAKING", "Thing.name")}


def test_nullable_spelled_three_ways_is_the_same() -> None:
    listed = with_fields(note={"type": ["string", "null"]})
    variant = with_fields(note={"oneOf": [STRING, {"type": "null"}]})
    flagged = with_fields(note={"type": "string", "nullable": True})
    for one, other in [(listed, variant), (variant, flagged), (flagged, listed)]:
        assert fired(in_response(one), in_response(other)) == set()


def test_a_nullable_reference_is_the_referenced_schema() -> None:
    old = in_response(
        with_fields(part={"oneOf": [{"$ref": "#/components/schemas/Part"}, {"type": "null"}]}),
        Part=with_fields(size={"type": "integer"}),
    )
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Part"]["properties"]["size"] = {"type": "number"}
    assert fired(old, new) == {("type-widened", "BREAKING", "Part.size")}


def test_renaming_a_path_parameter_or_a_security_scheme_is_no_change() -> None:
    old = operation(security=[{"bearerAuth": []}])
    new = copy.deepcopy(old)
    item = new["paths"].pop("/v1/things/{thing_id}")
    item["get"]["parameters"][0]["name"] = "id"
    item["get"]["security"] = [{"token": []}]
    new["paths"]["/v1/things/{id}"] = item
    new["components"]["securitySchemes"] = {"token": {"type": "http", "scheme": "bearer"}}
    assert fired(old, new) == set()


def test_a_cycle_of_references_is_compared_once_and_ends() -> None:
    node = {
        "type": "object",
        "required": ["children"],
        "properties": {"label": STRING, "children": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}},
    }
    smaller = copy.deepcopy(node)
    del smaller["properties"]["label"]
    assert fired(in_response(node), in_response(node)) == set()
    assert fired(in_response(node), in_response(smaller)) == {("field-removed", "BREAKING", "Thing.label")}


def test_a_mutual_cycle_through_a_union_ends() -> None:
    schemas = {
        "Thing": {"oneOf": [{"$ref": "#/components/schemas/Leaf"}, {"$ref": "#/components/schemas/Branch"}]},
        "Leaf": {"type": "object", "properties": {"kind": {"const": "leaf"}, "value": STRING}},
        "Branch": {
            "type": "object",
            "properties": {"kind": {"const": "branch"}, "next": {"$ref": "#/components/schemas/Thing"}},
        },
    }
    old = in_response(schemas["Thing"], Leaf=schemas["Leaf"], Branch=schemas["Branch"])
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Leaf"]["properties"]["value"] = {"type": "integer"}
    assert fired(old, new) == {("type-changed", "BREAKING", "Leaf.value")}


def test_a_change_in_a_shared_schema_is_one_finding_naming_every_operation() -> None:
    spec = in_response(with_fields(name=STRING))
    spec["paths"]["/v1/other"] = {
        "get": {"operationId": "get_other", "responses": spec["paths"]["/v1/things"]["get"]["responses"]}
    }
    smaller = copy.deepcopy(spec)
    del smaller["components"]["schemas"]["Thing"]["properties"]["name"]
    (finding,) = diff(spec, smaller)
    assert (finding.rule.id, finding.location, finding.operations) == (
        "field-removed",
        "Thing.name",
        {"get_thing", "get_other"},
    )


def test_a_schema_that_became_a_union_adds_a_variant() -> None:
    union = {"oneOf": [STRING, {"type": "integer"}]}
    assert fired(in_response(STRING), in_response(union)) == {("variant-added", "BREAKING", "Thing")}
    assert fired(in_request(STRING), in_request(union)) == {("variant-added", "compatible", "Thing")}
