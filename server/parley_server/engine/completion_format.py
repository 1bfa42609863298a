"""OpenAI wire shapes of a finished completion: the `chat.completion` object and the `chat.completion.chunk` stream.

A stream, per choice: a first chunk with `delta.role` (and `content: ""`, or `null` when the answer is only
tool calls), one chunk per text token, per tool call a chunk with its `id`, `type`, `function.name` and
empty `arguments` followed by one chunk per token of the arguments, then a chunk with `delta: {}` and the
`finish_reason`. With several choices their chunks are interleaved step by step. The request's `usage` rides
on the last finish chunk, or, with `stream_options.include_usage`, on one more chunk with empty `choices`;
every other chunk has `usage: null`. Then `data: [DONE]`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from parley_server.engine.models import Generation
from parley_server.engine.tokens import split_tokens


@dataclass(frozen=True, slots=True)
class Envelope:
    """What every chunk (and the JSON answer) of one completion shares."""

    id: str
    created: int
    model: str
    session_id: str
    system_fingerprint: str


def usage_json(generation: Generation, choices: int) -> dict[str, int]:
    """The request's usage: the prompt once, the completion once per choice."""
    completion = generation.completion_tokens * choices
    return {
        "prompt_tokens": generation.prompt_tokens,
        "completion_tokens": completion,
        "total_tokens": generation.prompt_tokens + completion,
    }


def tool_calls_json(generation: Generation) -> list[dict[str, Any]]:
    """The generation's tool calls as the spec's `ChatToolCall` objects."""
    return [
        {"id": call.id, "type": "function", "function": {"name": call.name, "arguments": call.arguments}}
        for call in generation.tool_calls
    ]


def completion_json(envelope: Envelope, generation: Generation, choices: int) -> dict[str, Any]:
    """The `chat.completion` object: `choices` identical choices (the built-in models are deterministic).

    As OpenAI's, the message leaves `tool_calls` out when there are none (never `null`).
    """
    message: dict[str, Any] = {
        "role": "assistant",
        "content": None if generation.tool_calls and not generation.text else generation.text,
        "refusal": None,
    }
    if generation.tool_calls:
        message["tool_calls"] = tool_calls_json(generation)
    return {
        "id": envelope.id,
        "object": "chat.completion",
        "created": envelope.created,
        "model": envelope.model,
        "choices": [
            {"index": index, "message": dict(message), "finish_reason": generation.finish_reason, "logprobs": None}
            for index in range(choices)
        ],
        "usage": usage_json(generation, choices),
        "system_fingerprint": envelope.system_fingerprint,
        "session_id": envelope.session_id,
    }


def stream_frames(envelope: Envelope, generation: Generation, choices: int, *, include_usage: bool) -> Iterator[bytes]:
    """Every SSE frame of the streamed completion, `data: [DONE]` last, each made when it is asked for."""
    for delta in _deltas(generation):
        for index in range(choices):
            yield _frame(_chunk(envelope, [_choice(index, delta, None)]))
    usage = usage_json(generation, choices)
    for index in range(choices):
        last = index == choices - 1 and not include_usage
        yield _frame(_chunk(envelope, [_choice(index, {}, generation.finish_reason)], usage if last else None))
    if include_usage:
        yield _frame(_chunk(envelope, [], usage))
    yield b"data: [DONE]\n\n"


def frame_count(generation: Generation, choices: int, *, include_usage: bool) -> int:
    """How many frames `stream_frames` yields (to pace them without making them first)."""
    deltas = 1 + len(generation.tokens)
    deltas += sum(1 + len(split_tokens(call.arguments)) for call in generation.tool_calls)
    return deltas * choices + choices + (1 if include_usage else 0) + 1


def _deltas(generation: Generation) -> Iterator[dict[str, Any]]:
    """One choice's deltas before its finish chunk."""
    first_content = None if generation.tool_calls and not generation.text else ""
    yield {"role": "assistant", "content": first_content}
    for token in generation.tokens:
        yield {"content": token}
    for index, call in enumerate(generation.tool_calls):
        head = {"index": index, "id": call.id, "type": "function", "function": {"name": call.name, "arguments": ""}}
        yield {"tool_calls": [head]}
        for piece in split_tokens(call.arguments):
            yield {"tool_calls": [{"index": index, "function": {"arguments": piece}}]}


def _choice(index: int, delta: dict[str, Any], finish_reason: str | None) -> dict[str, Any]:
    return {"index": index, "delta": delta, "finish_reason": finish_reason, "logprobs": None}


def _chunk(envelope: Envelope, choices: list[dict[str, Any]], usage: dict[str, int] | None = None) -> dict[str, Any]:
    return {
        "id": envelope.id,
        "object": "chat.completion.chunk",
        "created": envelope.created,
        "model": envelope.model,
        "choices": choices,
        "usage": usage,
        "system_fingerprint": envelope.system_fingerprint,
        "session_id": envelope.session_id,
    }


def _frame(chunk: dict[str, Any]) -> bytes:
    return b"data: " + json.dumps(chunk, separators=(",", ":"), ensure_ascii=False).encode("utf-8") + b"\n\n"
