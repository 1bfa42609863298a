"""parley_client.params: the JSON request bodies' input shapes, as `TypedDict`s (tools/request_params.py).

The spec is read here on its own: each JSON request body's schema must have its `<Schema>Param`
with exactly the schema's properties, the required ones `Required`, and nested values typed by the
components they refer to.
"""

from __future__ import annotations

import typing
from typing import Any

import parley_client.params as params
import pytest

from tools import request_params

from .spec_data import SCHEMAS, SPEC


def json_body_schemas() -> list[str]:
    found = []
    for op in SPEC.operations:
        media = (op.raw.get("requestBody") or {}).get("content", {}).get("application/json")
        if media is not None:
            found.append(media["schema"]["$ref"].rsplit("/", 1)[1])
    return sorted(set(found))


@pytest.mark.parametrize("name", json_body_schemas())
def test_each_json_body_has_its_typeddict_with_the_schemas_fields(name: str) -> None:
    shape = getattr(params, f"{name}Param")
    assert typing.is_typeddict(shape)
    annotations: dict[str, Any] = shape.__annotations__
    assert list(annotations) == list(SCHEMAS[name].get("properties", {}))
    required = {key for key, hint in annotations.items() if hint.__forward_arg__.startswith("Required[")}
    assert required == set(SCHEMAS[name].get("required", []))
    assert shape.__doc__


def test_nested_values_are_typed_by_their_components() -> None:
    request = params.ChatCompletionRequestParam.__annotations__
    assert request["response_format"].__forward_arg__ == "ChatResponseFormatParam"
    assert request["logprobs"].__forward_arg__ == "Literal[False] | None"
    assert request["stop"].__forward_arg__ == "str | Sequence[str]"
    assert request["tool_choice"].__forward_arg__ == "ChatToolChoiceModeParam | ChatNamedToolChoiceParam"
    assert typing.get_args(params.ChatResponseFormatParam) == (
        params.ChatResponseFormatTextParam,
        params.ChatResponseFormatJsonObjectParam,
        params.ChatResponseFormatJsonSchemaParam,
    )
    schema = params.ChatJsonSchemaParam.__annotations__
    assert {key: hint.__forward_arg__ for key, hint in schema.items()} == {
        "name": "Required[str]",
        "description": "str",
        "schema": "JsonObjectParam",
        "strict": "bool | None",
    }
    assert typing.get_args(params.JsonObjectParam) == (str, Any)
    assert "Required[Literal['developer']]" in params.ChatDeveloperMessageParam.__annotations__["role"].__forward_arg__
    assert set(params.__all__) == {name for name in vars(params) if name.endswith("Param")}


def test_the_writer_refuses_what_it_cannot_name() -> None:
    inline = {"A": {"type": "object", "properties": {"b": {"type": "object", "properties": {"c": {}}}}}}
    with pytest.raises(SystemExit, match=r"A\.b is an object with properties but no component"):
        request_params.Emitter(inline).component("A")
    looping = {"A": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}}}
    with pytest.raises(SystemExit, match="A refers to itself"):
        request_params.Emitter(looping).component("A")
    with pytest.raises(SystemExit, match="not a Python identifier"):
        request_params.Emitter({"A": {"type": "object", "properties": {"a-b": {}}}}).component("A")
