"""The request fields OpenAI clients send, through HTTP: each one implemented, or refused with a 400 naming it.

Also the answers' OpenAI details: `tool_calls` left out rather than null, a stable `system_fingerprint`,
and an unknown model being a 404 on every operation that takes a model.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import jsonschema
import pytest

from tests.live_server import LiveServer

HELLO = [{"role": "user", "content": "Hello there, friend!"}]
PERSON_SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "minLength": 2},
        "age": {"type": "integer", "minimum": 18},
        "email": {"type": "string", "format": "email"},
        "pets": {"type": "array", "items": {"$ref": "#/$defs/Pet"}, "minItems": 1},
    },
    "required": ["name", "age", "email", "pets"],
    "additionalProperties": False,
    "$defs": {
        "Pet": {
            "type": "object",
            "properties": {"kind": {"enum": ["cat", "dog"]}, "name": {"type": ["string", "null"]}},
            "required": ["kind", "name"],
            "additionalProperties": False,
        }
    },
}


def complete(client: httpx.Client, **body: Any) -> httpx.Response:
    body.setdefault("model", "echo-1")
    body.setdefault("messages", HELLO)
    return client.post("/v1/chat/completions", json=body)


def error_of(response: httpx.Response) -> tuple[int, str, str | None]:
    error = response.json()["error"]
    return response.status_code, error["code"], error["param"]


def schema_format(schema: dict[str, Any], *, strict: bool | None = None) -> dict[str, Any]:
    json_schema: dict[str, Any] = {"name": "answer", "schema": schema}
    if strict is not None:
        json_schema["strict"] = strict
    return {"type": "json_schema", "json_schema": json_schema}


# -- unknown and unsupported fields -------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ({"store": True}, "store"),
        ({"service_tier": "flex"}, "service_tier"),
        ({"top_logprobs": 2}, "top_logprobs"),
        ({"logit_bias": {"50256": -100}}, "logit_bias"),
        ({"frobnicate": None}, "frobnicate"),
        ({"messages": [{"role": "user", "content": "x", "cache_control": {}}]}, "messages.0.cache_control"),
        (
            {"stream": True, "stream_options": {"include_usage": True, "include_obfuscation": False}},
            "stream_options.include_obfuscation",
        ),
        (
            {"response_format": {"type": "json_schema", "json_schema": {"name": "a", "bogus": 1}}},
            "response_format.json_schema.bogus",
        ),
    ],
)
def test_unknown_fields_are_refused_by_name(admin: httpx.Client, extra: dict[str, Any], param: str) -> None:
    response = complete(admin, **extra)
    assert error_of(response) == (400, "unknown_parameter", param)
    assert response.json()["error"]["message"] == f"Unknown parameter: '{param}'."
    assert response.json()["error"]["type"] == "invalid_request_error"


@pytest.mark.parametrize("stream", [False, None])
def test_stream_options_without_streaming_are_refused(admin: httpx.Client, stream: bool | None) -> None:
    body: dict[str, Any] = {"stream_options": {"include_usage": True}}
    if stream is not None:
        body["stream"] = stream
    response = complete(admin, **body)
    assert error_of(response) == (400, "invalid_request", "stream_options")
    assert "only allowed when 'stream'" in response.json()["error"]["message"]


def test_logprobs_false_is_accepted_and_true_refused(admin: httpx.Client) -> None:
    for value in (False, None):
        answer = complete(admin, logprobs=value)
        assert answer.status_code == 200, answer.text
        assert answer.json()["choices"][0]["logprobs"] is None
    refused = complete(admin, logprobs=True)
    assert error_of(refused)[::2] == (400, "logprobs")
    assert "expected false, got true" in refused.json()["error"]["message"]


# -- max_tokens and max_completion_tokens --------------------------------------------------------


def test_max_completion_tokens_is_max_tokens(admin: httpx.Client) -> None:
    answers = [complete(admin, model="lorem-1", **{name: 4}).json() for name in ("max_tokens", "max_completion_tokens")]
    for answer in answers:
        assert answer["choices"][0]["message"]["content"] == "Lorem ipsum dolor sit"
        assert answer["choices"][0]["finish_reason"] == "length"
        assert answer["usage"]["completion_tokens"] == 4
    cut = complete(admin, max_completion_tokens=2).json()["choices"][0]
    assert (cut["message"]["content"], cut["finish_reason"]) == ("Hello there,", "length")


def test_both_token_limits_at_once_are_refused(admin: httpx.Client) -> None:
    response = complete(admin, model="lorem-1", max_tokens=3, max_completion_tokens=3)
    assert error_of(response) == (400, "invalid_parameter_combination", "max_tokens")
    assert "'max_tokens' and 'max_completion_tokens'" in response.json()["error"]["message"]


# -- messages: developer, and answers sent back as they came ----------------------------------------


def test_developer_messages_instruct_like_system_ones_and_are_not_recorded(
    new_user: Callable[[], httpx.Client],
) -> None:
    user = new_user()
    as_system = complete(user, messages=[{"role": "system", "content": "Be very brief."}, *HELLO]).json()
    as_developer = complete(user, messages=[{"role": "developer", "content": "Be very brief."}, *HELLO]).json()
    assert as_developer["choices"][0]["message"]["content"] == "Hello there, friend!"
    assert as_developer["usage"] == as_system["usage"]
    recorded = user.get(f"/v1/sessions/{as_developer['session_id']}").json()["messages"]
    assert [m["role"] for m in recorded] == ["user", "assistant"]


def test_a_returned_message_goes_back_as_it_came(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    first = complete(user, messages=[{"role": "user", "content": "one"}]).json()
    message = first["choices"][0]["message"]
    assert message == {"role": "assistant", "content": "one", "refusal": None}
    # Other servers send the empty fields as null: accepted too.
    history = [
        {"role": "user", "content": "one"},
        {**message, "tool_calls": None},
        {"role": "user", "content": "two"},
    ]
    second = complete(user, messages=history, session_id=first["session_id"])
    assert second.status_code == 200, second.text
    assert second.json()["choices"][0]["message"]["content"] == "two"
    recorded = user.get(f"/v1/sessions/{first['session_id']}").json()["messages"]
    assert [(m["role"], m["content"]) for m in recorded] == [
        ("user", "one"),
        ("assistant", "one"),
        ("user", "two"),
        ("assistant", "two"),
    ]
    assert "tool_calls" not in recorded[1]["metadata"]


def test_thread_runs_read_developer_messages_as_system_ones(admin: httpx.Client) -> None:
    usage = {}
    for role in ("system", "developer"):
        thread_id = admin.post("/v1/threads", json={}).json()["id"]
        body = {"messages": [{"role": role, "content": "Be brief."}, *HELLO], "stream": False}
        result = admin.post(f"/v1/threads/{thread_id}/chat", json=body)
        assert result.status_code == 200, result.text
        assert [item["type"] for item in result.json()["items"]] == ["user_message", "assistant_message"]
        usage[role] = result.json()["run"]["usage"]
    assert usage["developer"] == usage["system"]
    assert usage["system"]["prompt_tokens"] > 3 + 3 + 3  # the instructions were part of the prompt


# -- response_format: json_schema -------------------------------------------------------------------


def test_json_schema_answers_a_value_of_the_schema(admin: httpx.Client) -> None:
    answer = complete(admin, response_format=schema_format(PERSON_SCHEMA, strict=True)).json()
    content = answer["choices"][0]["message"]["content"]
    value = json.loads(content)
    jsonschema.validate(value, PERSON_SCHEMA, format_checker=jsonschema.FormatChecker())
    assert value == {
        "name": "example",
        "age": 18,
        "email": "user@example.com",
        "pets": [{"kind": "cat", "name": "example"}],
    }
    assert answer["choices"][0]["finish_reason"] == "stop"
    # Deterministic: the same schema, whatever the prompt or model, gives the same value.
    other = complete(admin, model="lorem-1", response_format=schema_format(PERSON_SCHEMA)).json()
    assert other["choices"][0]["message"]["content"] == content


def test_json_schema_keeps_an_answer_that_already_fits(admin: httpx.Client) -> None:
    sent = {"name": "Ada", "age": 36, "email": "ada@example.org", "pets": [{"kind": "dog", "name": None}]}
    messages = [{"role": "user", "content": json.dumps(sent)}]
    answer = complete(admin, messages=messages, response_format=schema_format(PERSON_SCHEMA, strict=True)).json()
    assert json.loads(answer["choices"][0]["message"]["content"]) == sent
    too_young = {**sent, "age": 3}
    messages = [{"role": "user", "content": json.dumps(too_young)}]
    replaced = complete(admin, messages=messages, response_format=schema_format(PERSON_SCHEMA)).json()
    assert json.loads(replaced["choices"][0]["message"]["content"])["age"] == 18


def test_json_schema_without_a_schema_and_json_object_still_work(admin: httpx.Client) -> None:
    free = complete(admin, response_format={"type": "json_schema", "json_schema": {"name": "anything"}}).json()
    json.loads(free["choices"][0]["message"]["content"])  # any JSON value
    as_object = complete(admin, response_format={"type": "json_object"}).json()
    assert json.loads(as_object["choices"][0]["message"]["content"]) == {"content": "Hello there, friend!"}


def test_json_schema_is_cut_by_the_token_budget_like_any_answer(admin: httpx.Client) -> None:
    answer = complete(admin, response_format=schema_format(PERSON_SCHEMA), max_completion_tokens=2).json()
    choice = answer["choices"][0]
    assert choice["finish_reason"] == "length"
    assert choice["message"]["content"] == '{"name": "example",'


def test_json_schema_streams_the_same_text(admin: httpx.Client) -> None:
    body = {"model": "echo-1", "messages": HELLO, "response_format": schema_format(PERSON_SCHEMA), "stream": True}
    plain = complete(admin, response_format=schema_format(PERSON_SCHEMA)).json()["choices"][0]["message"]["content"]
    streamed = admin.post("/v1/chat/completions", json=body)
    data = [line[6:] for line in streamed.text.splitlines() if line.startswith("data: ")]
    pieces = [json.loads(item)["choices"] for item in data[:-1]]
    assert "".join(c[0]["delta"].get("content") or "" for c in pieces if c) == plain


@pytest.mark.parametrize(
    "schema",
    [{"type": 5}, {"properties": []}, {"required": "name"}, {"minLength": -1}],
)
def test_a_schema_that_is_not_json_schema_is_refused(admin: httpx.Client, schema: dict[str, Any]) -> None:
    response = complete(admin, response_format=schema_format(schema))
    assert error_of(response) == (400, "invalid_request", "response_format.json_schema.schema")
    assert "not a valid JSON Schema" in response.json()["error"]["message"]


def test_huge_or_deep_schemas_are_refused_quickly(admin: httpx.Client) -> None:
    wide = {"type": "object", "properties": {f"p{i}": {"type": "string"} for i in range(5000)}}
    deep: dict[str, Any] = {"type": "string"}
    for _ in range(40):  # deeper than a schema may be, within the body's nesting limit (64)
        deep = {"type": "array", "items": deep}
    for schema, limit in ((wide, "500 objects"), (deep, "32 levels")):
        response = complete(admin, response_format=schema_format(schema, strict=True))
        assert error_of(response) == (400, "invalid_request", "response_format.json_schema.schema")
        assert limit in response.json()["error"]["message"]
    for _ in range(260):  # past the body's nesting limit: refused before anything reads the schema
        deep = {"type": "array", "items": deep}
    too_deep = complete(admin, response_format=schema_format(deep, strict=True))
    assert error_of(too_deep) == (400, "json_too_deep", None)
    assert complete(admin).status_code == 200  # and the server still answers


def test_strict_refuses_a_schema_the_models_cannot_satisfy(admin: httpx.Client) -> None:
    impossible = {"type": "string", "minLength": 5, "maxLength": 2}
    refused = complete(admin, response_format=schema_format(impossible, strict=True))
    assert error_of(refused) == (400, "invalid_request", "response_format.json_schema.schema")
    assert "cannot produce a value" in refused.json()["error"]["message"]
    best_effort = complete(admin, response_format=schema_format(impossible, strict=False))
    assert best_effort.status_code == 200
    assert isinstance(json.loads(best_effort.json()["choices"][0]["message"]["content"]), str)


PATTERNS = [
    r"^[0-9]{5}$",
    r"^[A-Z]{2}-\d{3,}$",
    r"^#[0-9a-fA-F]{6}$",
    r"^\+?[1-9]\d{1,14}$",
    r"^(foo|bar)+-v\d$",
    r"^[^\d\s]{3}$",
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_strict_string_patterns_are_satisfied(admin: httpx.Client, pattern: str) -> None:
    schema = {"type": "object", "properties": {"code": {"type": "string", "pattern": pattern}}, "required": ["code"]}
    answer = complete(admin, response_format=schema_format(schema, strict=True))
    assert answer.status_code == 200, answer.text
    value = json.loads(answer.json()["choices"][0]["message"]["content"])
    jsonschema.validate(value, schema)


def test_a_pattern_beyond_the_models_is_refused_when_strict(admin: httpx.Client) -> None:
    schema = {"type": "string", "pattern": r"^(\d)\1$"}  # a back-reference: "00" would do, the models cannot tell
    refused = complete(admin, response_format=schema_format(schema, strict=True))
    assert error_of(refused) == (400, "invalid_request", "response_format.json_schema.schema")
    assert "does not match" in refused.json()["error"]["message"]


def test_tool_calls_are_not_reshaped_by_the_response_format(admin: httpx.Client) -> None:
    tool = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
    body = complete(admin, model="tools-1", tools=[tool], response_format=schema_format(PERSON_SCHEMA)).json()
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    assert choice["message"]["tool_calls"][0]["function"] == {"name": "lookup", "arguments": "{}"}


# -- system_fingerprint ------------------------------------------------------------------------------


def test_system_fingerprint_is_the_builds_not_the_sessions(make_server: Callable[..., LiveServer]) -> None:
    first_server = make_server()
    with first_server.client() as client:
        one = complete(client).json()
        two = complete(client, session_id="other-session").json()
        chunks = [
            json.loads(line[6:])
            for line in complete(client, stream=True).text.splitlines()
            if line.startswith("data: {")
        ]
        fingerprint = one["system_fingerprint"]
        assert one["session_id"] != two["session_id"]
        assert two["system_fingerprint"] == fingerprint
        assert {chunk["system_fingerprint"] for chunk in chunks} == {fingerprint}
        refused = complete(client, session_id=fingerprint)
        assert error_of(refused)[::2] == (400, "session_id")
        assert "system_fingerprint" in refused.json()["error"]["message"]
    with make_server().client() as client:  # another process of the same build
        assert complete(client).json()["system_fingerprint"] == fingerprint


# -- unknown models: 404 on every operation that takes one --------------------------------------------


def test_an_unknown_model_is_404_everywhere_and_stores_nothing(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    thread_id = user.post("/v1/threads", json={}).json()["id"]
    done = user.post(f"/v1/threads/{thread_id}/chat", json={"messages": HELLO, "stream": False}).json()
    user_item = done["items"][0]["id"]
    workspace_id = user.post("/v1/workspaces", json={}).json()["workspace"]["id"]
    attempts = {
        "create_chat_completion": complete(user, model="no-such-model"),
        "chat_thread": user.post(f"/v1/threads/{thread_id}/chat", json={"messages": HELLO, "model": "no-such-model"}),
        "run_thread_action": user.post(
            f"/v1/threads/{thread_id}/actions", json={"type": "a", "model": "no-such-model"}
        ),
        "retry_thread_run": user.post(
            f"/v1/threads/{thread_id}/retry", json={"item_id": user_item, "model": "no-such-model"}
        ),
        "create_workspace": user.post("/v1/workspaces", json={"client_id": "c-404", "model": "no-such-model"}),
        "send_workspace_message": user.post(
            f"/v1/workspaces/{workspace_id}/messages", json={"content": "hi", "model": "no-such-model"}
        ),
    }
    for operation, response in attempts.items():
        assert error_of(response) == (404, "model_not_found", "model"), operation
    assert user.get(f"/v1/threads/{thread_id}").json()["item_count"] == 2
    assert user.get("/v1/workspaces/by-client", params={"client_id": "c-404"}).json()["exists"] is False
    assert user.get(f"/v1/workspaces/{workspace_id}/messages").json()["data"] == []
