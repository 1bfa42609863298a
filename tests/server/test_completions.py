"""Chat completions through HTTP: the built-in models' exact answers, options, the SSE framing, idempotency."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import jsonschema
import pytest

ID = re.compile(r"^chatcmpl-[0-9a-f]{24}$")
CALL_ID = re.compile(r"^call_[0-9a-f]{24}$")
LOREM_5 = "Lorem ipsum dolor sit amet,"

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "book_trip",
        "description": "Book a trip.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "minLength": 12, "maxLength": 20},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "date": {"type": "string", "format": "date"},
                "when": {"type": "string", "format": "date-time"},
                "email": {"type": "string", "format": "email"},
                "site": {"type": "string", "format": "uri"},
                "nights": {"type": "integer", "minimum": 3, "maximum": 9},
                "budget": {"type": "number", "exclusiveMinimum": 100, "maximum": 100.5},
                "step": {"type": "integer", "multipleOf": 7, "minimum": 10},
                "pets": {"type": "boolean"},
                "tags": {"type": "array", "items": {"type": "string"}, "minItems": 3, "uniqueItems": True},
                "nothing": {"type": "null"},
                "either": {"anyOf": [{"type": "integer", "minimum": -9, "maximum": -4}, {"type": "string"}]},
                "fixed": {"const": "v1"},
                "size": {"type": "string", "default": "large"},
                "code": {"type": "string", "pattern": "^[0-9]+$"},
                "guest": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "age": {"type": ["integer", "null"], "minimum": 18}},
                    "required": ["name", "age"],
                    "additionalProperties": False,
                },
                "room": {"$ref": "#/$defs/room"},
            },
            "required": ["city", "unit", "date", "nights", "guest", "room", "tags"],
            "additionalProperties": False,
            "$defs": {"room": {"type": "object", "properties": {"beds": {"type": "integer", "minimum": 2}}}},
        },
    },
}


def complete(client: httpx.Client, **body: Any) -> httpx.Response:
    """POST a completion (messages default to one user message)."""
    body.setdefault("messages", [{"role": "user", "content": "Hello there, friend!"}])
    return client.post("/v1/chat/completions", json=body)


def parse_sse(raw: str) -> list[str]:
    """The `data` of every frame, checking the framing by hand: `data: ...` lines, frames split by a blank line."""
    assert raw.endswith("\n\n")
    frames = raw[:-2].split("\n\n")
    data = []
    for frame in frames:
        lines = frame.split("\n")
        assert len(lines) == 1, frame
        assert lines[0].startswith("data: "), frame
        data.append(lines[0][len("data: ") :])
    return data


def stream_chunks(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    data = parse_sse(response.text)
    assert data[-1] == "[DONE]"
    assert "[DONE]" not in data[:-1]
    return [json.loads(item) for item in data[:-1]]


def test_echo_answers_the_last_user_message(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "ok"},
        {"role": "user", "content": [{"type": "text", "text": "Hello"}, {"type": "text", "text": "world !"}]},
    ]
    response = complete(user, model="echo-1", messages=messages)
    assert response.status_code == 200, response.text
    body = response.json()
    assert ID.match(body["id"])
    assert body["session_id"].startswith("sess_")
    assert re.fullmatch(r"fp_[0-9a-f]{10}", body["system_fingerprint"])
    assert body == {
        "id": body["id"],
        "object": "chat.completion",
        "created": body["created"],
        "model": "echo-1",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hello\nworld !", "refusal": None},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        # prompt: 3 + (3+2) + (3+1) + (3+1) + (3+3) = 22; completion: "Hello", "\nworld", " !" = 3
        "usage": {"prompt_tokens": 22, "completion_tokens": 3, "total_tokens": 25},
        "system_fingerprint": body["system_fingerprint"],
        "session_id": body["session_id"],
    }


def test_echo_is_cut_at_max_tokens(admin: httpx.Client) -> None:
    body = complete(admin, model="echo-1", max_tokens=2).json()
    assert body["choices"][0]["message"]["content"] == "Hello there,"
    assert body["choices"][0]["finish_reason"] == "length"
    assert body["usage"]["completion_tokens"] == 2


def test_lorem_writes_exactly_max_tokens_tokens(admin: httpx.Client) -> None:
    body = complete(admin, model="lorem-1", max_tokens=5).json()
    assert body["choices"][0]["message"]["content"] == LOREM_5
    assert body["choices"][0]["finish_reason"] == "length"
    assert body["usage"]["completion_tokens"] == 5

    long = complete(admin, model="lorem-1", max_tokens=150).json()
    assert len(long["choices"][0]["message"]["content"].split(" ")) == 150
    assert long["usage"]["completion_tokens"] == 150


def test_lorem_without_max_tokens_writes_200_tokens_and_stops(admin: httpx.Client) -> None:
    body = complete(admin, model="lorem-1").json()
    text = body["choices"][0]["message"]["content"]
    assert text.startswith("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor")
    assert len(text.split(" ")) == 200
    assert body["choices"][0]["finish_reason"] == "stop"
    assert body["usage"]["completion_tokens"] == 200


def test_tools_calls_the_first_tool_with_arguments_that_satisfy_its_schema(admin: httpx.Client) -> None:
    other = {"type": "function", "function": {"name": "other", "parameters": {"type": "object"}}}
    response = complete(
        admin, model="tools-1", tools=[WEATHER_TOOL, other], messages=[{"role": "user", "content": "Go"}]
    )
    body = response.json()
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    [call] = choice["message"]["tool_calls"]
    assert CALL_ID.match(call["id"])
    assert call["type"] == "function"
    assert call["function"]["name"] == "book_trip"
    arguments = json.loads(call["function"]["arguments"])
    jsonschema.validate(arguments, WEATHER_TOOL["function"]["parameters"], format_checker=jsonschema.FormatChecker())
    assert arguments["unit"] == "celsius"
    assert arguments["nights"] == 3
    assert arguments["size"] == "large"
    assert arguments["fixed"] == "v1"
    assert body["usage"]["completion_tokens"] > 0
    # Deterministic: the same conversation gives the same call, under an id of its own.
    again = complete(admin, model="tools-1", tools=[WEATHER_TOOL, other], messages=[{"role": "user", "content": "Go"}])
    [second] = again.json()["choices"][0]["message"]["tool_calls"]
    assert second["function"] == call["function"]
    assert CALL_ID.match(second["id"]) and second["id"] != call["id"]


def test_tools_answers_from_the_tool_result(admin: httpx.Client) -> None:
    messages = [
        {"role": "user", "content": "Weather in Paris?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "18 C and sunny"},
    ]
    body = complete(admin, model="tools-1", tools=[WEATHER_TOOL], messages=messages).json()
    assert body["choices"][0]["message"]["content"] == "The tool get_weather returned: 18 C and sunny"
    assert "tool_calls" not in body["choices"][0]["message"]  # left out, as OpenAI does, never null
    assert body["choices"][0]["finish_reason"] == "stop"


def test_tools_without_tools_or_with_tool_choice_none_echoes(admin: httpx.Client) -> None:
    assert complete(admin, model="tools-1").json()["choices"][0]["message"]["content"] == "Hello there, friend!"
    body = complete(admin, model="tools-1", tools=[WEATHER_TOOL], tool_choice="none").json()
    assert body["choices"][0]["message"]["content"] == "Hello there, friend!"


def test_named_tool_choice_calls_that_tool(admin: httpx.Client) -> None:
    other = {
        "type": "function",
        "function": {"name": "lookup", "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}},
    }
    body = complete(
        admin,
        model="tools-1",
        tools=[WEATHER_TOOL, other],
        tool_choice={"type": "function", "function": {"name": "lookup"}},
    ).json()
    [call] = body["choices"][0]["message"]["tool_calls"]
    assert call["function"] == {"name": "lookup", "arguments": '{"q": "example"}'}


def test_options_stop_n_json_object_and_system_prompt_variables(admin: httpx.Client) -> None:
    stopped = complete(admin, model="lorem-1", max_tokens=20, stop=["sit", "dolor"]).json()
    assert stopped["choices"][0]["message"]["content"] == "Lorem ipsum "
    assert stopped["choices"][0]["finish_reason"] == "stop"
    assert stopped["usage"]["completion_tokens"] == 2

    two = complete(admin, model="echo-1", n=2).json()
    assert [c["index"] for c in two["choices"]] == [0, 1]
    assert {c["message"]["content"] for c in two["choices"]} == {"Hello there, friend!"}
    assert two["usage"]["completion_tokens"] == 6

    as_json = complete(admin, model="echo-1", response_format={"type": "json_object"}).json()
    assert json.loads(as_json["choices"][0]["message"]["content"]) == {"content": "Hello there, friend!"}

    plain = complete(admin, model="echo-1").json()["usage"]["prompt_tokens"]
    prompted = complete(
        admin, model="echo-1", system_prompt="Hi {{ name }}", variables={"name": "Ada Lovelace King"}
    ).json()
    assert prompted["usage"]["prompt_tokens"] == plain + 3 + 4  # "Hi Ada Lovelace King": overhead + 4 words


def parse_tool_call(chunks: list[dict[str, Any]]) -> dict[str, Any]:
    call: dict[str, Any] = {}
    for chunk in chunks:
        for choice in chunk["choices"]:
            for delta in choice["delta"].get("tool_calls") or []:
                assert delta["index"] == 0
                for key in ("id", "type"):
                    if key in delta:
                        call[key] = delta[key]
                function = delta.get("function", {})
                call.setdefault("function", {"name": "", "arguments": ""})
                call["function"]["name"] += function.get("name", "")
                call["function"]["arguments"] += function.get("arguments", "")
    return call


def test_stream_frames_join_to_the_json_answer(admin: httpx.Client) -> None:
    text = complete(admin, model="lorem-1", max_tokens=7).json()["choices"][0]["message"]["content"]
    chunks = stream_chunks(complete(admin, model="lorem-1", max_tokens=7, stream=True))
    assert len(chunks) == 1 + 7 + 1  # role, one per token, finish
    first = chunks[0]
    assert ID.match(first["id"])
    session_id = first["session_id"]
    for chunk in chunks:
        assert chunk["id"] == first["id"]
        assert chunk["object"] == "chat.completion.chunk"
        assert chunk["model"] == "lorem-1"
        assert chunk["created"] == first["created"]
        assert chunk["session_id"] == session_id
        assert chunk["system_fingerprint"] == first["system_fingerprint"]
    assert first["choices"] == [
        {"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None, "logprobs": None}
    ]
    assert all("role" not in c["choices"][0]["delta"] for c in chunks[1:])
    assert [c["choices"][0]["finish_reason"] for c in chunks] == [None] * 8 + ["length"]
    assert "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks) == text
    assert [c["usage"] for c in chunks[:-1]] == [None] * 8
    assert chunks[-1]["choices"][0]["delta"] == {}
    assert chunks[-1]["usage"] == {"prompt_tokens": 9, "completion_tokens": 7, "total_tokens": 16}
    # The stream was recorded like a JSON answer.
    detail = admin.get(f"/v1/sessions/{session_id}").json()
    assert [m["content"] for m in detail["messages"]] == ["Hello there, friend!", text]


def test_stream_with_include_usage_adds_a_usage_chunk(admin: httpx.Client) -> None:
    chunks = stream_chunks(complete(admin, model="echo-1", stream=True, stream_options={"include_usage": True}, n=2))
    # role x2, 3 tokens x2, finish x2, usage
    assert len(chunks) == 2 + 6 + 2 + 1
    assert [c["usage"] for c in chunks[:-1]] == [None] * 10
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"] == {"prompt_tokens": 9, "completion_tokens": 6, "total_tokens": 15}
    for index in (0, 1):
        mine = [c["choices"][0] for c in chunks[:-1] if c["choices"][0]["index"] == index]
        assert "".join(c["delta"].get("content") or "" for c in mine) == "Hello there, friend!"
        assert mine[-1]["finish_reason"] == "stop"


def test_stream_of_a_tool_call(admin: httpx.Client) -> None:
    tools = [WEATHER_TOOL]
    answer = complete(admin, model="tools-1", tools=tools).json()["choices"][0]["message"]["tool_calls"][0]
    chunks = stream_chunks(complete(admin, model="tools-1", tools=tools, stream=True))
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": None}
    assert chunks[1]["choices"][0]["delta"]["tool_calls"][0]["function"]["arguments"] == ""
    streamed = parse_tool_call(chunks)
    assert streamed["function"] == answer["function"]
    assert CALL_ID.match(streamed["id"]) and streamed["id"] != answer["id"]
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
    assert chunks[-1]["usage"]["completion_tokens"] > 0


@pytest.mark.parametrize("stream", [False, True])
def test_idempotent_replay_records_the_exchange_once(new_user: Callable[[], httpx.Client], stream: bool) -> None:
    user = new_user()
    body = {"model": "echo-1", "messages": [{"role": "user", "content": "once only"}], "stream": stream}
    headers = {"Idempotency-Key": "replay-test-key"}
    first = user.post("/v1/chat/completions", json=body, headers=headers)
    second = user.post("/v1/chat/completions", json=body, headers=headers)
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert second.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    session_id = stream_chunks(first)[0]["session_id"] if stream else first.json()["session_id"]
    sessions = user.get("/v1/sessions").json()
    assert sessions["total"] == 1
    detail = user.get(f"/v1/sessions/{session_id}").json()
    assert [(m["role"], m["content"]) for m in detail["messages"]] == [
        ("user", "once only"),
        ("assistant", "once only"),
    ]
    reused = user.post("/v1/chat/completions", json={**body, "n": 2}, headers=headers)
    assert reused.status_code == 409
    assert reused.json()["error"]["code"] == "idempotency_key_reused"


def test_integer_fields_sent_as_floats_are_accepted(admin: httpx.Client) -> None:
    body = complete(admin, model="echo-1", n=2.0, max_tokens=1.0).json()
    assert [c["message"]["content"] for c in body["choices"]] == ["Hello", "Hello"]
    assert body["usage"]["completion_tokens"] == 2
