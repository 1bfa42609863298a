"""Every generated model's `decode(data)` gives exactly what its `from_dict(data)` gives.

Exactly: the same classes all the way down, the same field values (datetimes with the same `tzinfo`
class), the same `UNSET`s and `additional_properties` (keys in the same order), the same containers
taken over from the input, the input left as it was; and for data `from_dict` rejects, an exception
of the same type with the same arguments. The data come from the spec's schemas (tests/generated/
spec_data.py), valid and broken on purpose, for every model, plus the spec's own examples and the
shapes the API streams.
"""

from __future__ import annotations

import copy
import datetime
import gc
import inspect
import io
from collections import OrderedDict
from typing import Any

import attrs
import parley_client.models as models
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from parley_client import _decoding
from parley_client._decoding import PAUSE_GC_AT, decode_list
from parley_client.types import UNSET

from .spec_data import SCHEMAS, model_data, single_changes, valid_samples

MODELS = sorted(name for name in SCHEMAS if isinstance(getattr(models, name, None), type))

STREAMED = {
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionDelta",
    "ChatToolCallDelta",
    "ChatToolCallFunctionDelta",
    "Usage",
    "TextDelta",
    "ToolCallArgsDelta",
    *(name for name in MODELS if name.endswith("Event")),
    "ChatSessionDetail",
    "ChatMessageRecord",
    "ChatSessionSummary",
}
"""The models of stream events and bulk answers (where decode is written inline), tested harder."""


def outcome(function: Any, data: Any) -> tuple[bool, Any]:
    try:
        return True, function(data)
    except Exception as error:  # whatever from_dict raises, decode must raise
        return False, error


def assert_same(got: Any, expected: Any, path: str = "$") -> None:
    """`got` and `expected` are the same value, class by class, field by field."""
    assert type(got) is type(expected), f"{path}: {type(got).__name__} != {type(expected).__name__}"
    if attrs.has(type(expected)):
        for field in attrs.fields(type(expected)):
            assert_same(getattr(got, field.name), getattr(expected, field.name), f"{path}.{field.name}")
    elif isinstance(expected, dict):
        assert list(got) == list(expected), f"{path}: keys {list(got)} != {list(expected)}"
        for key in expected:
            assert_same(got[key], expected[key], f"{path}[{key!r}]")
    elif isinstance(expected, list):
        assert len(got) == len(expected), f"{path}: {len(got)} items != {len(expected)}"
        for index, (one, other) in enumerate(zip(got, expected, strict=True)):
            assert_same(one, other, f"{path}[{index}]")
    elif isinstance(expected, datetime.datetime):
        assert (got, type(got.tzinfo), got.utcoffset(), repr(got)) == (
            expected,
            type(expected.tzinfo),
            expected.utcoffset(),
            repr(expected),
        ), path
    elif expected is UNSET:
        assert got is UNSET, path
    elif isinstance(expected, io.BytesIO):  # an upload's payload, equal only to itself
        assert got.getvalue() == expected.getvalue(), path
    else:
        assert got == expected, f"{path}: {got!r} != {expected!r}"


def taken_over(result: Any, data: Any) -> set[tuple[str, str]]:
    """(path in result, path in data) of each dict or list of `data` that `result` holds itself."""
    origins: dict[int, str] = {}

    def index(node: Any, path: str) -> None:
        if isinstance(node, (dict, list)):
            origins[id(node)] = path
            for key, value in node.items() if isinstance(node, dict) else enumerate(node):
                index(value, f"{path}[{key!r}]")

    found: set[tuple[str, str]] = set()

    def walk(node: Any, path: str) -> None:
        if isinstance(node, (dict, list)) and id(node) in origins:
            found.add((path, origins[id(node)]))
        if attrs.has(type(node)):
            for field in attrs.fields(type(node)):
                walk(getattr(node, field.name), f"{path}.{field.name}")
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(value, f"{path}[{key!r}]")
        elif isinstance(node, list):
            for position, value in enumerate(node):
                walk(value, f"{path}[{position}]")

    index(data, "$")
    walk(result, "$")
    return found


def assert_decodes_like_from_dict(cls: Any, data: Any) -> None:
    """decode(data) is from_dict(data): the same value, or the same exception; `data` unchanged."""
    before = copy.deepcopy(data)
    expected_ok, expected = outcome(cls.from_dict, data)
    got_ok, got = outcome(cls.decode, data)
    assert data == before, "decode changed its input"
    if not expected_ok:
        assert not got_ok, f"from_dict raised {expected!r}, decode returned {got!r}"
        assert (type(got), got.args) == (type(expected), expected.args)
        return
    assert got_ok, f"from_dict returned {expected!r}, decode raised {got!r}"
    assert_same(got, expected)
    assert taken_over(got, data) == taken_over(expected, data)


@pytest.mark.parametrize("name", [name for name in MODELS if name not in STREAMED])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_decode_is_from_dict_for_every_model(name: str, data: st.DataObject) -> None:
    assert_decodes_like_from_dict(getattr(models, name), data.draw(model_data(name)))


@pytest.mark.parametrize("name", sorted(STREAMED))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_decode_is_from_dict_for_the_streamed_and_bulk_models(name: str, data: st.DataObject) -> None:
    assert_decodes_like_from_dict(getattr(models, name), data.draw(model_data(name)))


def test_every_spec_example_decodes_like_from_dict() -> None:
    checked = 0
    for name in MODELS:
        example = SCHEMAS[name].get("example")
        if example is not None:
            assert_decodes_like_from_dict(getattr(models, name), example)
            checked += 1
    assert checked >= 9  # the nine thread events at least


@pytest.mark.parametrize("name", MODELS)
def test_every_model_has_the_fast_decoder(name: str) -> None:
    # A property kind decode_macros.jinja does not mirror would leave `return cls.from_dict(data)` alone.
    source = inspect.getsource(getattr(models, name).decode)
    assert "does not mirror" not in source, f"{name}.decode falls back to from_dict for every object"


@pytest.mark.parametrize(
    "data",
    [None, 1, "text", [], [("id", "x")], OrderedDict(), {"id": "x"}, OrderedDict(id="m", object="model")],
    ids=repr,
)
@pytest.mark.parametrize("name", ["Model", "ChatCompletionChunk", "Metadata", "ThreadItemList", "RunCreatedEvent"])
def test_what_is_not_a_plain_dict_is_left_to_from_dict(name: str, data: Any) -> None:
    assert_decodes_like_from_dict(getattr(models, name), data)


def test_a_subclass_decodes_into_itself() -> None:
    class Chunk(models.ChatCompletionChunk):  # type: ignore[misc]
        pass

    data = {**CHUNK, "future": 1}
    chunk = Chunk.decode(data)
    assert type(chunk) is Chunk and chunk == Chunk.from_dict(data)


CHUNK: dict[str, Any] = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "lorem-1",
    "choices": [{"index": 0, "delta": {"content": " ipsum"}, "finish_reason": None, "logprobs": None}],
    "usage": None,
    "system_fingerprint": "sess_1",
    "session_id": "sess_1",
}
FIRST = {**CHUNK, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}
TOOL = {
    **CHUNK,
    "choices": [
        {
            "index": 1,
            "delta": {"tool_calls": [{"index": 0, "id": "call_1", "type": "function", "function": {"name": "f"}}]},
            "finish_reason": None,
            "logprobs": None,
        }
    ],
}
LAST = {**CHUNK, "choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}}


@pytest.mark.parametrize(
    "data",
    [
        CHUNK,
        FIRST,
        TOOL,
        LAST,
        {**CHUNK, "choices": CHUNK["choices"] * 2},  # two choices: not the one-item inline path
        {**CHUNK, "future_field": 1},
        {**CHUNK, "choices": [{**CHUNK["choices"][0], "finish_reason": "stop"}]},
        {**CHUNK, "choices": [{**CHUNK["choices"][0], "finish_reason": "not an enum value"}]},  # kept as it is
        {**CHUNK, "usage": {"prompt_tokens": 1}},  # from_dict keeps the raw dict
        {**CHUNK, "object": "chat.completion"},  # ValueError
        {**CHUNK, "choices": [{**CHUNK["choices"][0], "delta": []}]},  # AttributeError in from_dict
        {**CHUNK, "choices": [{**CHUNK["choices"][0], "delta": {"role": "user"}}]},
        {**CHUNK, "choices": [{"delta": {}}]},  # KeyError 'index'
        {**CHUNK, "choices": ["x"]},
        {**CHUNK, "choices": "ab"},  # a string is iterated, as from_dict does
        {**CHUNK, "choices": {"index": 0}},  # a dict is iterated over its keys
        {**CHUNK, "choices": [{**CHUNK["choices"][0], "delta": {"content": "x", "extra": [1]}}]},
    ],
    ids=range(17),
)
def test_stream_chunks_decode_like_from_dict(data: dict[str, Any]) -> None:
    assert_decodes_like_from_dict(models.ChatCompletionChunk, data)


def test_decoded_chunks_are_the_generated_classes() -> None:
    chunk = models.ChatCompletionChunk.decode(copy.deepcopy(CHUNK))
    assert type(chunk) is models.ChatCompletionChunk
    assert type(chunk.choices[0]) is models.ChatCompletionChunkChoice
    assert type(chunk.choices[0].delta) is models.ChatCompletionDelta
    assert chunk.choices[0].delta.content == " ipsum" and chunk.to_dict() == CHUNK


def session(messages: int) -> dict[str, Any]:
    """A `ChatSessionDetail` as the reference server renders it."""
    return {
        "session": {
            "id": "sess_1",
            "user_id": "u",
            "organization_id": None,
            "title": "t",
            "model": "lorem-1",
            "agent_type": None,
            "created_at": "2026-11-22T09:31:00.000001Z",
            "updated_at": "2026-11-22T09:31:00.000002Z",
            "last_message_at": None,
            "message_count": messages,
            "tokens_in": 1,
            "tokens_out": 2,
            "tokens_total": 3,
            "metadata": {"k": [1]},
            "archived": False,
        },
        "messages": [
            {
                "id": f"smsg_{index}",
                "session_id": "sess_1",
                "message_index": index,
                "role": "user" if index % 2 == 0 else "assistant",
                "content": "Hello",
                "metadata": {} if index % 2 == 0 else {"finish_reason": "stop"},
                "tokens": index,
                "created_at": f"2026-11-22T09:31:{index % 60:02d}.{index:06d}Z",
                "updated_at": None,
            }
            for index in range(messages)
        ],
    }


def collections_during(function: Any) -> tuple[Any, list[int]]:
    """What `function()` returns, and the generations the cyclic collector ran on meanwhile."""
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.collect()
    gc.callbacks.append(count)
    try:
        return function(), collections
    finally:
        gc.callbacks.remove(count)


def test_a_large_session_decodes_like_from_dict_with_the_collector_paused_and_resumed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = session(PAUSE_GC_AT + 5)
    decoded, paused = collections_during(lambda: models.ChatSessionDetail.decode(data))
    assert gc.isenabled()
    assert_same(decoded, models.ChatSessionDetail.from_dict(data))
    assert len(decoded.messages) == PAUSE_GC_AT + 5 and decoded.messages[-2].metadata["finish_reason"] == "stop"
    monkeypatch.setattr(_decoding, "PAUSE_GC_AT", 10**9)
    _, unpaused = collections_during(lambda: models.ChatSessionDetail.decode(data))
    # ~4 allocations a message run the collector every ~700: paused, it runs at most once, when resumed.
    assert len(paused) <= 1 < len(unpaused), (paused, unpaused)


def test_the_collector_is_resumed_after_an_error_and_left_alone_when_it_was_off() -> None:
    data = session(PAUSE_GC_AT)
    data["messages"][-1]["role"] = "robot"
    with pytest.raises(TypeError, match="robot"):
        models.ChatSessionDetail.decode(data)
    assert gc.isenabled()
    gc.disable()
    try:
        decode_list(session(PAUSE_GC_AT)["messages"], models.ChatMessageRecord)
        assert not gc.isenabled()
    finally:
        gc.enable()


@settings(max_examples=30, deadline=None)
@given(st.lists(model_data("ChatMessageRecord"), min_size=0, max_size=4))
def test_lists_of_models_decode_like_from_dict(messages: list[Any]) -> None:
    assert_decodes_like_from_dict(models.ChatSessionDetail, {**session(0), "messages": messages})


@pytest.mark.parametrize("name", MODELS)
def test_every_single_change_to_a_valid_object_decodes_like_from_dict(name: str) -> None:
    checked = 0
    for sample in valid_samples(name):
        for data in [sample, *single_changes(sample)]:
            assert_decodes_like_from_dict(getattr(models, name), data)
            checked += 1
    assert checked >= 1
