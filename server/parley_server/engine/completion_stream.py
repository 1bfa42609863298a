"""A streamed completion as a reply: frames made as they are sent, and a small recipe that remakes them.

A completion of 8 choices * 32,768 tokens is 262,153 frames (85 MB); they are never built whole.
The endpoint asks the frames for a few at a time, as their pacing falls due, and an idempotent
replay is made from the recipe (the envelope and the generation, about the size of the answer's
text) rather than from stored frames.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from parley_server.config import ServerConfig
from parley_server.engine.completion_format import Envelope, frame_count, stream_frames
from parley_server.engine.models import Generation, ToolCall
from parley_server.replies import EventStreamReply


def reply(
    envelope: Envelope, generation: Generation, choices: int, *, include_usage: bool, config: ServerConfig
) -> EventStreamReply:
    """The streamed answer of a completion, paced so that it takes at most `config.max_pace_seconds`."""
    count = frame_count(generation, choices, include_usage=include_usage)

    def frames() -> Iterator[bytes]:
        return stream_frames(envelope, generation, choices, include_usage=include_usage)

    recipe = {
        "envelope": {
            "id": envelope.id,
            "created": envelope.created,
            "model": envelope.model,
            "system_fingerprint": envelope.system_fingerprint,
        },
        "session_id": envelope.session_id,
        "generation": {
            "text": generation.text,
            "tokens": generation.tokens,
            "tool_calls": [[call.id, call.name, call.arguments] for call in generation.tool_calls],
            "finish_reason": generation.finish_reason,
            "prompt_tokens": generation.prompt_tokens,
            "completion_tokens": generation.completion_tokens,
        },
        "choices": choices,
        "include_usage": include_usage,
    }
    return EventStreamReply(frames, count, delay=config.pace(count), recipe=recipe)


def from_recipe(recipe: dict[str, Any], config: ServerConfig) -> EventStreamReply:
    """The reply `reply` made, remade from its recipe (an idempotent replay)."""
    head, made = recipe["envelope"], recipe["generation"]
    envelope = Envelope(head["id"], head["created"], head["model"], recipe["session_id"], head["system_fingerprint"])
    generation = Generation(
        text=made["text"],
        tokens=made["tokens"],
        tool_calls=[ToolCall(call_id, name, arguments) for call_id, name, arguments in made["tool_calls"]],
        finish_reason=made["finish_reason"],
        prompt_tokens=made["prompt_tokens"],
        completion_tokens=made["completion_tokens"],
    )
    return reply(envelope, generation, recipe["choices"], include_usage=recipe["include_usage"], config=config)
