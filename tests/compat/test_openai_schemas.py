"""Real answers of the reference server checked against OpenAI's published schemas (pinned extract).

OpenAI's schemas allow fields they do not name, so Parley's additions (`session_id`, a model's
`provider`, an error's `request_id`) pass; every field both define must have OpenAI's shape. This is
what caught `tool_calls: null` (OpenAI's message has an array there, or nothing).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.compat.openai_schemas import errors, without_nullable
from tests.live_server import LiveServer

HELLO = [{"role": "user", "content": "Hello!"}]
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
PERSON = {
    "type": "json_schema",
    "json_schema": {
        "name": "person",
        "strict": True,
        "schema": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
            "required": ["name", "age"],
            "additionalProperties": False,
        },
    },
}
REQUESTS: dict[str, dict[str, Any]] = {
    "plain": {"model": "echo-1", "messages": HELLO},
    "system_and_developer": {
        "model": "echo-1",
        "messages": [{"role": "system", "content": "Be brief."}, {"role": "developer", "content": "Be kind."}, *HELLO],
    },
    "cut_at_the_budget": {"model": "lorem-1", "messages": HELLO, "max_completion_tokens": 3},
    "tool_call": {"model": "tools-1", "messages": HELLO, "tools": [WEATHER]},
    "tool_result": {
        "model": "tools-1",
        "tools": [WEATHER],
        "messages": [
            *HELLO,
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
        ],
    },
    "json_object": {"model": "echo-1", "messages": HELLO, "response_format": {"type": "json_object"}},
    "json_schema": {"model": "echo-1", "messages": HELLO, "response_format": PERSON},
    "two_choices": {"model": "echo-1", "messages": HELLO, "n": 2},
}


def fits(name: str, instance: Any) -> None:
    problems = errors(name, instance)
    assert not problems, f"not an OpenAI {name}: {problems}\n{json.dumps(instance)[:2000]}"


def stream_chunks(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    data = [line[len("data: ") :] for line in response.text.splitlines() if line.startswith("data: ")]
    assert data[-1] == "[DONE]"
    return [json.loads(item) for item in data[:-1]]


def test_the_pinned_extract_reads_nullable_as_openai_means_it() -> None:
    assert without_nullable({"type": "string", "nullable": True}) == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    # A check that can fail: OpenAI's schema refuses what Parley used to send.
    old = {"role": "assistant", "content": "hi", "refusal": None, "tool_calls": None}
    assert errors("ChatCompletionResponseMessage", old)
    assert not errors("ChatCompletionResponseMessage", {k: v for k, v in old.items() if k != "tool_calls"})


@pytest.fixture(scope="module")
def http(server: LiveServer) -> Any:
    with server.client() as client:
        yield client


@pytest.mark.parametrize("case", sorted(REQUESTS))
def test_completion_fits_create_chat_completion_response(http: httpx.Client, case: str) -> None:
    response = http.post("/v1/chat/completions", json=REQUESTS[case])
    assert response.status_code == 200, response.text
    fits("CreateChatCompletionResponse", response.json())


@pytest.mark.parametrize("case", sorted(REQUESTS))
@pytest.mark.parametrize("include_usage", [False, True])
def test_every_streamed_chunk_fits_create_chat_completion_stream_response(
    http: httpx.Client, case: str, include_usage: bool
) -> None:
    body = {**REQUESTS[case], "stream": True, "stream_options": {"include_usage": include_usage}}
    chunks = stream_chunks(http.post("/v1/chat/completions", json=body))
    assert len(chunks) >= 3
    for chunk in chunks:
        fits("CreateChatCompletionStreamResponse", chunk)


def test_models_fit_list_models_response_and_model(http: httpx.Client) -> None:
    listed = http.get("/v1/models").json()
    fits("ListModelsResponse", listed)
    assert len(listed["data"]) > 3
    for model_id in ("echo-1", "gpt-4o", "openrouter/auto"):
        response = http.get("/v1/models/" + model_id.replace("/", "%2F"))
        assert response.status_code == 200, response.text
        fits("Model", response.json())


def test_error_bodies_fit_error_response(server: LiveServer, http: httpx.Client) -> None:
    answers = [
        (404, http.post("/v1/chat/completions", json={"model": "no-such-model", "messages": HELLO})),
        (404, http.get("/v1/models/no-such-model")),
        (400, http.post("/v1/chat/completions", json={"model": "echo-1", "messages": HELLO, "store": True})),
        (400, http.post("/v1/chat/completions", content=b"{not json", headers={"content-type": "application/json"})),
        (422, http.post("/v1/chat/completions", json={"model": "gpt-4o", "messages": HELLO})),
        (401, httpx.get(server.base_url + "/v1/models", headers={"Authorization": "Bearer nope"})),
        (405, http.delete("/v1/chat/completions")),
    ]
    for status, response in answers:
        assert response.status_code == status, response.text
        body = response.json()
        fits("ErrorResponse", body)
        # OpenAI's Error requires `code` and `param` (null allowed): Parley always sends both.
        assert {"type", "message", "code", "param"} <= set(body["error"])
