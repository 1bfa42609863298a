"""The model catalogue and the built-in, deterministic models (`echo-1`, `lorem-1`, `tools-1`).

INTERFACE (fixed; completions, thread runs and workspaces all call `generate`):

- `catalogue() -> list[dict]` — every `Model` object of the spec, built-in and provider families.
- `find_model(model_id) -> dict | None` — one `Model` object.
- `generate(model_id, messages, *, tools=None, max_tokens=None) -> Generation`
  `messages` are OpenAI chat messages (`{"role": "system"|"user"|"assistant"|"tool", "content":
  str | list[content parts] | None, "tool_calls"?: [...], "tool_call_id"?: str}`); `tools` are
  OpenAI tool definitions (`{"type": "function", "function": {"name", "description"?,
  "parameters"?}}`). Raises `ApiError` 404 `model_not_found` for an unknown model and 422
  `upstream_not_configured` for a listed provider model this server cannot run (param `model`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One function call the model asks for; `arguments` is a JSON object text."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True, slots=True)
class Generation:
    """A finished answer: its text split into stream `tokens` (which join to `text`), tool calls, usage.

    `finish_reason` is `stop`, `length` (cut at `max_tokens`) or `tool_calls`.
    """

    text: str
    tokens: list[str]
    tool_calls: list[ToolCall] = field(default_factory=list)
    finish_reason: str = "stop"
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens


def catalogue() -> list[dict[str, Any]]:
    """Every model of the catalogue as the spec's `Model` objects."""
    raise NotImplementedError


def find_model(model_id: str) -> dict[str, Any] | None:
    """The `Model` object with this id, or `None`."""
    raise NotImplementedError


def generate(
    model_id: str,
    messages: list[dict[str, Any]],
    *,
    tools: list[dict[str, Any]] | None = None,
    max_tokens: int | None = None,
) -> Generation:
    """Answer `messages` with a built-in model (deterministically, without network)."""
    raise NotImplementedError
