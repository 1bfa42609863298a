"""Streamed operations declare text/event-stream with a per-event schema schemathesis can check."""

from __future__ import annotations

from tests.spec_model import Spec

STREAMED = {"create_chat_completion", "chat_thread", "run_thread_action", "retry_thread_run"}
STREAM_ONLY = {"stream_thread_run_events"}


def test_streamed_operations_declare_event_streams(spec: Spec) -> None:
    for op in spec.operations:
        content = spec.responses(op)["200" if "200" in op.raw["responses"] else "201"].get("content", {})
        if op.operation_id in STREAMED:
            # JSON first: the generator parses only the first media type it knows.
            assert list(content) == ["application/json", "text/event-stream"], op
        elif op.operation_id in STREAM_ONLY:
            assert list(content) == ["text/event-stream"], op
        else:
            assert "text/event-stream" not in content, f"{op} streams but is not in the streamed list"


def test_thread_streams_use_the_frame_union(spec: Spec) -> None:
    for operation_id in STREAMED - {"create_chat_completion"} | STREAM_ONLY:
        content = spec.responses(spec.operation(operation_id))["200"]["content"]
        assert content["text/event-stream"]["schema"] == {"$ref": "#/components/schemas/ThreadEventFrame"}


def test_each_thread_frame_pins_event_to_its_payload_type(spec: Spec) -> None:
    schemas = spec.schemas()
    frames = schemas["ThreadEventFrame"]["oneOf"]
    events = schemas["ThreadEvent"]["oneOf"]
    assert len(frames) == len(events) >= 9
    payload_types = set()
    for frame_ref in frames:
        frame = spec.resolve(frame_ref)
        assert set(frame["required"]) == {"id", "event", "data"}
        assert frame["properties"]["id"]["pattern"] == "^[0-9]+$"
        data = frame["properties"]["data"]
        assert data["contentMediaType"] == "application/json"
        payload = spec.resolve(data["contentSchema"])
        assert frame["properties"]["event"]["const"] == payload["properties"]["type"]["const"]
        payload_types.add(payload["properties"]["type"]["const"])
    expected = {
        "run.created", "item.created", "item.delta", "item.done", "progress.update",
        "run.completed", "run.cancelled", "run.failed", "error",
    }  # fmt: skip
    assert payload_types == expected


def test_completion_frames_are_chunks_errors_or_done(spec: Spec) -> None:
    data = spec.schemas()["ChatCompletionStreamFrame"]["properties"]["data"]
    branches = data["anyOf"]
    assert {"type": "string", "const": "[DONE]"} in branches
    targets = {b["contentSchema"]["$ref"] for b in branches if "contentSchema" in b}
    assert targets == {
        "#/components/schemas/ChatCompletionChunk",
        "#/components/schemas/ChatCompletionStreamError",
    }
