"""schemathesis (the contract checker) loads the spec and judges stream events by their schemas."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis

from tests.spec_model import Spec

EVENTS_PATH = "/v1/threads/{thread_id}/runs/{run_id}/events"


@pytest.fixture(scope="module")
def checker(root: Path) -> Any:
    return schemathesis.openapi.from_path(str(root / "openapi.yaml"))


def sse_response(body: str, method: str, url: str) -> httpx.Response:
    response = httpx.Response(
        200,
        headers={"content-type": "text/event-stream", "x-request-id": "req_1"},
        content=body.encode(),
        request=httpx.Request(method, url),
    )
    response.read()
    response.elapsed = datetime.timedelta(0)  # schemathesis reads it; a real transport sets it
    return response


def thread_frames(spec: Spec) -> list[tuple[str, dict[str, Any]]]:
    """(event name, payload) for every thread event, from each event schema's own example."""
    frames = []
    for ref in spec.schemas()["ThreadEvent"]["oneOf"]:
        example = spec.resolve(ref)["example"]
        frames.append((example["type"], example))
    return frames


def encode(frames: list[tuple[str, dict[str, Any]]]) -> str:
    return "".join(
        f"id: {n}\nevent: {event}\ndata: {json.dumps(payload)}\n\n" for n, (event, payload) in enumerate(frames, 1)
    )


def test_schemathesis_sees_every_operation(checker: Any, spec: Spec) -> None:
    assert len(list(checker.get_all_operations())) == len(spec.operations)


def test_every_declared_thread_event_passes(checker: Any, spec: Spec) -> None:
    operation = checker[EVENTS_PATH]["GET"]
    body = encode(thread_frames(spec))
    assert body.count("event: ") == 9
    operation.validate_response(sse_response(body, "GET", "http://127.0.0.1/v1/threads/thr_1/runs/run_1/events"))


@pytest.mark.parametrize("mutation", ["undeclared event", "event and type disagree", "payload breaks schema"])
def test_a_wrong_thread_event_fails(checker: Any, spec: Spec, mutation: str) -> None:
    frames = thread_frames(spec)
    event, payload = frames[0]
    if mutation == "undeclared event":
        frames[0] = ("run.finished", {**payload, "type": "run.finished"})
    elif mutation == "event and type disagree":
        frames[0] = (frames[1][0], payload)
    else:
        frames[0] = (event, {key: value for key, value in payload.items() if key != "run_id"})
    operation = checker[EVENTS_PATH]["GET"]
    with pytest.raises(Exception, match="SSE event"):
        operation.validate_response(sse_response(encode(frames), "GET", "http://127.0.0.1/v1/threads/t/runs/r/events"))


def completion_chunk(spec: Spec) -> dict[str, Any]:
    media = spec.operation("create_chat_completion").raw["responses"]["200"]["content"]["text/event-stream"]
    return dict(json.loads(media["example"]["data"]))


def test_completion_stream_with_done_passes(checker: Any, spec: Spec) -> None:
    chunk = json.dumps(completion_chunk(spec))
    error = json.dumps({"error": {"type": "api_error", "message": "upstream failed", "request_id": "req_1"}})
    body = f"data: {chunk}\n\ndata: {error}\n\ndata: [DONE]\n\n"
    response = sse_response(body, "POST", "http://127.0.0.1/v1/chat/completions")
    checker["/v1/chat/completions"]["POST"].validate_response(response)


def test_completion_chunk_missing_a_field_fails(checker: Any, spec: Spec) -> None:
    chunk = completion_chunk(spec)
    del chunk["choices"]
    body = f"data: {json.dumps(chunk)}\n\ndata: [DONE]\n\n"
    response = sse_response(body, "POST", "http://127.0.0.1/v1/chat/completions")
    with pytest.raises(Exception, match="SSE event"):
        checker["/v1/chat/completions"]["POST"].validate_response(response)
