"""`fast_from_dict(Model)` answers exactly what the generated `Model.from_dict` answers.

The data come from the spec's own schemas (an independent source of wire keys and shapes), valid
or deliberately broken (a required key dropped, an unknown key added, a value of another type, a
const or enum value changed), for every component schema that has a generated class.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import parley_client.models as models
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parley._fastmodel import fast_from_dict, is_compiled
from parley._thread_events import THREAD_EVENT_MODELS, decode_thread_event

from tests.spec_model import Spec

SPEC = Spec.load(Path(__file__).resolve().parents[2] / "openapi.yaml")
SCHEMAS = SPEC.schemas()
MODELS = sorted(name for name in SCHEMAS if isinstance(getattr(models, name, None), type))

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2),
    max_leaves=4,
)


def schema_values(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values valid for `schema` (most of the time), built from the spec's JSON Schema."""
    schema = SPEC.resolve(schema)
    if depth > 4:
        return st.none()
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            return st.one_of([schema_values(option, depth + 1) for option in schema[combiner]])
    kinds = schema.get("type", "object" if "properties" in schema else None)
    if isinstance(kinds, list):
        return st.one_of([schema_values({**schema, "type": kind}, depth) for kind in kinds])
    if kinds == "null":
        return st.none()
    if kinds == "boolean":
        return st.booleans()
    if kinds == "integer":
        return st.integers(0, 10**6)
    if kinds == "number":
        return st.floats(allow_nan=False, allow_infinity=False, width=32)
    if kinds == "string":
        if schema.get("format") == "date-time":
            return st.sampled_from(["2026-11-22T09:31:00Z", "2026-11-22T09:31:00.123456+01:00"])
        return st.text(max_size=6)
    if kinds == "array":
        return st.lists(schema_values(schema.get("items", {}), depth + 1), max_size=2)
    if kinds == "object":
        return objects(schema, depth)
    return JSON_VALUES


def objects(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    fixed = {key: schema_values(value, depth + 1) for key, value in properties.items() if key in required}
    optional = {key: schema_values(value, depth + 1) for key, value in properties.items() if key not in required}
    extra = schema.get("additionalProperties", True)
    extras = st.dictionaries(st.sampled_from(["zz", "note", "x-1"]), JSON_VALUES, max_size=1) if extra else st.just({})
    return st.builds(lambda a, b: {**b, **a}, st.fixed_dictionaries(fixed, optional=optional), extras)


@st.composite
def broken(draw: st.DrawFn, value: Any) -> Any:
    """`value` with one random change somewhere inside it (or unchanged)."""
    value = copy.deepcopy(value)
    containers = [value]
    spots: list[tuple[Any, Any]] = []
    while containers:
        node = containers.pop()
        if isinstance(node, dict):
            spots += [(node, key) for key in node]
            containers += list(node.values())
        elif isinstance(node, list):
            spots += [(node, index) for index in range(len(node))]
            containers += node
    if not spots:
        return draw(st.one_of(st.just(value), JSON_VALUES))
    node, key = draw(st.sampled_from(spots))
    change = draw(st.sampled_from(["drop", "replace", "retype", "add"]))
    if change == "drop" and isinstance(node, dict):
        del node[key]
    elif change == "add" and isinstance(node, dict):
        node["unexpected"] = draw(JSON_VALUES)
    elif change == "retype":
        node[key] = draw(st.sampled_from([None, 0, "", [], {}, "nope", True]))
    else:
        node[key] = draw(JSON_VALUES)
    return value


STREAMED = ["ChatCompletionChunk", "ChatCompletionChunkChoice", "ChatCompletionDelta", "ChatToolCallDelta", "Usage"]
HOT = {*STREAMED, "ChatToolCallFunctionDelta", "TextDelta", "ToolCallArgsDelta", *THREAD_EVENT_MODELS.values()}
"""The models streams decode, tested harder."""


def model_data(name: str) -> st.SearchStrategy[Any]:
    valid = schema_values(SCHEMAS[name])
    return st.one_of(valid, valid.flatmap(broken))


def same_as_from_dict(cls: Any, data: Any) -> None:
    """fast_from_dict(cls)(data) is from_dict's object (same class, fields, to_dict), or its error."""
    try:
        expected = cls.from_dict(copy.deepcopy(data))
    except Exception as error:  # whatever from_dict raises, the fast path must raise
        with pytest.raises(type(error)):
            fast_from_dict(cls)(data)
        return
    got = fast_from_dict(cls)(data)
    assert type(got) is type(expected)
    if expected == cls.from_dict(copy.deepcopy(data)):  # not for an upload's BytesIO, unequal to itself
        assert got == expected
        assert to_dict(got) == to_dict(expected)


def to_dict(value: Any) -> Any:
    """`value.to_dict()`, or the type of what it raises (from_dict lets some wrong values through)."""
    try:
        return value.to_dict()
    except Exception as error:
        return type(error)


@pytest.mark.parametrize("name", [name for name in MODELS if name not in HOT])
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_fast_from_dict_equals_from_dict_for_every_model(name: str, data: st.DataObject) -> None:
    same_as_from_dict(getattr(models, name), data.draw(model_data(name)))


@pytest.mark.parametrize("name", sorted(HOT))
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_fast_from_dict_equals_from_dict_for_the_streamed_models(name: str, data: st.DataObject) -> None:
    same_as_from_dict(getattr(models, name), data.draw(model_data(name)))


def test_every_spec_example_decodes_the_same() -> None:
    checked = 0
    for name in MODELS:
        example = SCHEMAS[name].get("example")
        if example is not None:
            same_as_from_dict(getattr(models, name), example)
            checked += 1
    assert checked >= 9  # the nine thread events at least


@pytest.mark.parametrize("name", sorted(HOT))
def test_the_streamed_models_are_compiled(name: str) -> None:
    assert is_compiled(getattr(models, name))


CHUNK = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "lorem-1",
    "choices": [{"index": 0, "delta": {"content": " ipsum"}, "finish_reason": None, "logprobs": None}],
    "usage": None,
    "system_fingerprint": "sess_1",
    "session_id": "sess_1",
}


def counting_fallback(cls: Any) -> list[Any]:
    """Record each time the compiled decoder of `cls` hands a value to `from_dict`."""
    decode = fast_from_dict(cls)
    namespace = decode.__globals__  # type: ignore[attr-defined]
    calls: list[Any] = []
    original = namespace["_from_dict"]

    def recorded(data: Any) -> Any:
        calls.append(data)
        return original(data)

    namespace["_from_dict"] = recorded
    return calls


def test_usual_chunks_never_fall_back_to_from_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    cls = models.ChatCompletionChunk
    calls = counting_fallback(cls)
    try:
        first = {
            **CHUNK,
            "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}],
        }
        tools = {
            **CHUNK,
            "choices": [
                {
                    "index": 1,
                    "delta": {
                        "tool_calls": [{"index": 0, "id": "call_1", "type": "function", "function": {"name": "f"}}]
                    },
                    "finish_reason": None,
                    "logprobs": None,
                }
            ],
        }
        last = {**CHUNK, "choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}}
        two = {**CHUNK, "choices": CHUNK["choices"] * 2}
        for data in (CHUNK, first, tools, last, two, {**CHUNK, "future_field": 1}):
            same_as_from_dict(cls, data)
        assert calls == []
        same_as_from_dict(cls, {**CHUNK, "usage": {"prompt_tokens": 1}})  # mirrored: from_dict keeps the raw dict
        assert calls == []
        same_as_from_dict(cls, {**CHUNK, "object": "chat.completion"})  # handed over: from_dict raises ValueError
        same_as_from_dict(cls, {**CHUNK, "choices": [{**CHUNK["choices"][0], "delta": []}]})  # an odd shape
        assert len(calls) == 2
    finally:
        fast_from_dict(cls).__globals__["_from_dict"] = cls.from_dict  # type: ignore[attr-defined]


def test_decoded_chunks_are_the_generated_class_itself() -> None:
    chunk = fast_from_dict(models.ChatCompletionChunk)(json.loads(json.dumps(CHUNK)))
    assert type(chunk) is models.ChatCompletionChunk
    assert type(chunk.choices[0].delta) is models.ChatCompletionDelta
    assert chunk.choices[0].delta.content == " ipsum" and chunk.to_dict() == CHUNK


def test_thread_events_decode_by_their_type() -> None:
    event = decode_thread_event(
        {
            "type": "item.delta",
            "run_id": "run_1",
            "sequence": 5,
            "item_id": "item_1",
            "delta": {"type": "text", "text": "Hi"},
        }
    )
    assert type(event) is models.ItemDeltaEvent and type(event.delta) is models.TextDelta and event.delta.text == "Hi"
    args = decode_thread_event(
        {
            "type": "item.delta",
            "run_id": "run_1",
            "sequence": 6,
            "item_id": "item_2",
            "delta": {"type": "tool_call_args", "tool_call_id": "call_1", "args_text": '{"a"'},
        }
    )
    assert type(args.delta) is models.ToolCallArgsDelta
    with pytest.raises(ValueError, match="unknown thread event type 'nope'"):
        decode_thread_event({"type": "nope"})
