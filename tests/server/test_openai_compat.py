"""The official `openai` package against the reference server: completions (plain and streamed) and models."""

from __future__ import annotations

import json

import openai
import pytest

from tests.live_server import LiveServer


@pytest.fixture
def client(server: LiveServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url + "/v1", api_key=server.admin_key, max_retries=0)


def test_chat_completion(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="echo-1",
        messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello from openai!"}],
        extra_body={"session_id": "openai-compat"},
    )
    assert completion.object == "chat.completion"
    assert completion.model == "echo-1"
    assert completion.choices[0].message.content == "Hello from openai!"
    assert completion.choices[0].message.role == "assistant"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.system_fingerprint == "openai-compat"
    assert completion.usage is not None
    assert (completion.usage.prompt_tokens, completion.usage.completion_tokens) == (14, 3)


def test_streamed_chat_completion(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="lorem-1",
        messages=[{"role": "user", "content": "Write."}],
        max_tokens=6,
        stream=True,
        stream_options={"include_usage": True},
    )
    content, finish, usage = "", None, None
    for chunk in stream:
        for choice in chunk.choices:
            content += choice.delta.content or ""
            finish = choice.finish_reason or finish
        usage = chunk.usage or usage
    assert content == "Lorem ipsum dolor sit amet, consectetur"
    assert finish == "length"
    assert usage is not None
    assert usage.completion_tokens == 6


def test_streamed_tool_call(client: openai.OpenAI) -> None:
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
            },
        }
    ]
    stream = client.chat.completions.create(
        model="tools-1",
        messages=[{"role": "user", "content": "Weather?"}],
        tools=tools,
        stream=True,  # type: ignore[arg-type]
    )
    name, arguments, finish = "", "", None
    for chunk in stream:
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or []:
                name += (call.function and call.function.name) or ""
                arguments += (call.function and call.function.arguments) or ""
            finish = choice.finish_reason or finish
    assert name == "get_weather"
    assert json.loads(arguments) == {"city": "example"}
    assert finish == "tool_calls"


def test_models_list_and_retrieve(client: openai.OpenAI) -> None:
    ids = [model.id for model in client.models.list()]
    assert ids[:3] == ["echo-1", "lorem-1", "tools-1"]
    assert "gpt-4o" in ids
    assert client.models.retrieve("echo-1").owned_by == "parley"


def test_errors_are_typed(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="no-such", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.UnprocessableEntityError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    assert "no upstream is configured" in str(caught.value)
