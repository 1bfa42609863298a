"""Messages as strings, snake_case or camelCase dicts, models and seed objects → the contract's shape."""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Any

import httpx
import pytest
from parley._messages import completion_messages, thread_messages
from parley_client.models import ChatUserMessage, TextPart, ThreadUserMessage

from .conftest import Recorder, mock_client

# The assistant-ui README's message examples, verbatim.
AUI_USER = {"role": "user", "content": [{"type": "text", "text": "Hello, how are you?"}]}
AUI_IMAGE = {
    "role": "user",
    "content": [
        {"type": "text", "text": "What's in this image?"},
        {"type": "image", "image": "https://example.com/image.jpg"},
    ],
}
AUI_FILE = {
    "role": "user",
    "content": [{"type": "file", "data": "https://example.com/file.pdf", "mimeType": "application/pdf"}],
}
AUI_ASSISTANT = {
    "role": "assistant",
    "content": [
        {"type": "text", "text": "I'll help you with that."},
        {"type": "tool-call", "toolCallId": "call-123", "toolName": "get_weather", "args": {"location": "SF"}},
    ],
}
AUI_TOOL = {
    "role": "tool",
    "content": [
        {
            "type": "tool-result",
            "toolCallId": "call-123",
            "toolName": "get_weather",
            "result": {"temperature": 72},
            "isError": False,
        }
    ],
}


class Role(enum.Enum):
    USER = "user"
    SYSTEM = "system"


@dataclasses.dataclass
class SeedMessage:
    """The ChatServer SDK's `Message` dataclass."""

    role: Role
    content: str


def test_thread_messages_from_the_assistant_ui_shape() -> None:
    assert thread_messages([AUI_USER, AUI_IMAGE, AUI_FILE, AUI_ASSISTANT, AUI_TOOL]) == [
        {"role": "user", "content": [{"type": "text", "text": "Hello, how are you?"}]},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What's in this image?"},
                {"type": "image", "image": "https://example.com/image.jpg"},
            ],
        },
        {
            "role": "user",
            "content": [{"type": "file", "data": "https://example.com/file.pdf", "mime_type": "application/pdf"}],
        },
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "I'll help you with that."},
                {
                    "type": "tool_call",
                    "tool_call_id": "call-123",
                    "tool_name": "get_weather",
                    "args": {"location": "SF"},
                },
            ],
        },
        {
            "role": "tool",
            "content": [
                {
                    "type": "tool_result",
                    "tool_call_id": "call-123",
                    "tool_name": "get_weather",
                    "result": {"temperature": 72},
                    "is_error": False,
                }
            ],
        },
    ]


def test_thread_messages_from_strings_models_and_openai_parts() -> None:
    model = ThreadUserMessage(role="user", content=[TextPart(type="text", text="from a model")])
    openai_image = {"role": "user", "content": ["look", {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]}
    assert thread_messages(["hi", model, openai_image]) == [
        {"role": "user", "content": "hi"},
        {"role": "user", "content": [{"type": "text", "text": "from a model"}]},
        {"role": "user", "content": [{"type": "text", "text": "look"}, {"type": "image", "image": "https://x/y.png"}]},
    ]
    assert thread_messages("just one") == [{"role": "user", "content": "just one"}]
    assert thread_messages([]) == []


def test_completion_messages_from_the_assistant_ui_shape() -> None:
    assert completion_messages([AUI_IMAGE, AUI_ASSISTANT, AUI_TOOL]) == [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What's in this image?"},
                {"type": "image_url", "image_url": {"url": "https://example.com/image.jpg"}},
            ],
        },
        {
            "role": "assistant",
            "content": [{"type": "text", "text": "I'll help you with that."}],
            "tool_calls": [
                {
                    "id": "call-123",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"location":"SF"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call-123", "content": '{"temperature":72}'},
    ]


def test_completion_messages_from_strings_seed_objects_and_openai_dicts() -> None:
    openai_tool = {"role": "tool", "toolCallId": "c1", "content": "42"}
    only_calls = {"role": "ai", "content": [{"type": "tool-call", "toolCallId": "c2", "toolName": "f", "args": "{}"}]}
    assert completion_messages(
        [
            "hello",
            SeedMessage(Role.SYSTEM, "be brief"),
            ChatUserMessage(role="user", content="model"),
            openai_tool,
            only_calls,
        ]
    ) == [
        {"role": "user", "content": "hello"},
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "model"},
        {"role": "tool", "tool_call_id": "c1", "content": "42"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c2", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
    ]
    assert completion_messages([{"role": "user", "content": ["a", "b"]}]) == [
        {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}
    ]


def test_unknown_message_types_are_refused_naming_where_they_are() -> None:
    with pytest.raises(TypeError, match=r"^messages\[1\] must be a string, a dict or a message object, not int$"):
        completion_messages(["hi", 42])
    with pytest.raises(TypeError, match=r"^messages\[0\]\.content\[1\] must be a string or a dict \(a content part\)"):
        thread_messages([{"role": "user", "content": ["a", 3.14]}])
    with pytest.raises(TypeError, match=r"^messages\[0\]\.content\[0\] must be a string or a dict"):
        completion_messages([{"role": "user", "content": [None]}])
    for not_messages in (None, 5, b"hello", bytearray(b"hi")):
        with pytest.raises(TypeError, match=r"^messages must be a string, a message or an iterable of messages, not "):
            completion_messages(not_messages)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"^messages must be a string, a message or an iterable of messages, not "):
            thread_messages(not_messages)  # type: ignore[arg-type]


def test_one_message_object_is_one_message() -> None:
    from parley_client.models import ChatUserMessage

    model = ChatUserMessage.from_dict({"role": "user", "content": "hi"})
    assert completion_messages(model) == [{"role": "user", "content": "hi"}]  # type: ignore[arg-type]
    assert thread_messages(model) == [{"role": "user", "content": "hi"}]  # type: ignore[arg-type]


def test_chat_sends_the_normalised_messages_through_the_generated_model() -> None:
    run_result: dict[str, Any] = {
        "run": {
            "id": "run_1", "thread_id": "thr_1", "kind": "chat", "status": "completed", "model": "echo-1",
            "created_at": "2026-11-22T09:31:00Z", "started_at": None, "ended_at": None, "error": None,
            "usage": None, "last_event_id": "3",
        },
        "items": [],
    }  # fmt: skip
    recorder = Recorder(lambda request: httpx.Response(200, json=run_result))
    thread = mock_client(recorder).threads("thr_1")
    result = thread.chat([AUI_USER, AUI_TOOL], system="be nice", tools={"f": {}}, stream=False)
    assert result.run.id == "run_1"
    sent = json.loads(recorder.requests[0].content)
    assert sent == {
        "messages": thread_messages([AUI_USER, AUI_TOOL]),
        "system": "be nice",
        "tools": {"f": {}},
        "stream": False,
    }
    assert recorder.requests[0].url.path == "/v1/threads/thr_1/chat"


def test_completions_send_extra_body_and_plain_string_messages() -> None:
    completion = {
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "echo-1",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi", "refusal": None},
                     "finish_reason": "stop", "logprobs": None}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        "system_fingerprint": "fp_1", "session_id": "sess_1",
    }  # fmt: skip
    recorder = Recorder(lambda request: httpx.Response(200, json=completion))
    client = mock_client(recorder)
    answer = client.chat.completions.create(model="echo-1", messages="hi", stop=("x",), extra_body={"top_k": 3})
    assert answer.choices[0].message.content == "hi" and answer.session_id == "sess_1"
    assert json.loads(recorder.requests[0].content) == {
        "model": "echo-1",
        "messages": [{"role": "user", "content": "hi"}],
        "stop": ["x"],
        "stream": False,
        "top_k": 3,
    }
    assert client.create_completion(model="echo-1", messages=["again"]).id == "chatcmpl-1"
