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


def stream_frames(envelope: Envelope, generation: Generation, choices: int, *, include_usage: bool) -> list[bytes]:
    """Every SSE frame of the streamed completion, `data: [DONE]` last."""
    deltas = _deltas(generation)
    chunks: list[dict[str, Any]] = []
    for delta in deltas:
        chunks += [_chunk(envelope, [_choice(index, delta, None)]) for index in range(choices)]
    chunks += [_chunk(envelope, [_choice(index, {}, generation.finish_reason)]) for index in range(choices)]
    usage = usage_json(generation, choices)
    if include_usage:
        chunks.append(_chunk(envelope, [], usage))
    else:
        chunks[-1]["usage"] = usage
    return [_frame(chunk) for chunk in chunks] + [b"data: [DONE]\n\n"]


def _deltas(generation: Generation) -> list[dict[str, Any]]:
    """One choice's deltas before its finish chunk."""
    first_content = None if generation.tool_calls and not generation.text else ""
    deltas: list[dict[str, Any]] = [{"role": "assistant", "content": first_content}]
    deltas += [{"content": token} for token in generation.tokens]
    for index, call in enumerate(generation.tool_calls):
        head = {"index": index, "id": call.id, "type": "function", "function": {"name": call.name, "arguments": ""}}
        deltas.append({"tool_calls": [head]})
        deltas += [
            {"tool_calls": [{"index": index, "function": {"arguments": piece}}]}
            for piece in split_tokens(call.arguments)
        ]
    return deltas


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
