"""The model catalogue and the built-in, deterministic models (`echo-1`, `lorem-1`, `tools-1`).

INTERFACE (fixed; completions, thread runs and workspaces all call `generate`):

- `catalogue() -> list[dict]` — every `Model` object of the spec, built-in and provider families.
- `find_model(model_id) -> dict | None` — one `Model` object.
- `generate(model_id, messages, *, tools=None, max_tokens=None) -> Generation`
  `messages` are OpenAI chat messages (`{"role": "system"|"developer"|"user"|"assistant"|"tool", "content":
  str | list[content parts] | None, "tool_calls"?: [...], "tool_call_id"?: str}`); `tools` are
  OpenAI tool definitions (`{"type": "function", "function": {"name", "description"?,
  "parameters"?}}`). Raises `ApiError` 404 `model_not_found` for an unknown model and 422
  `upstream_not_configured` for a listed provider model this server cannot run (param `model`).

BEHAVIOUR of the built-in models (deterministic, no network; tokens are words with their leading
whitespace, see `engine/tokens.py`):

- `echo-1` answers with the text of the last `user` message (text parts joined by newlines; ``""`` when
  there is no user message).
- `lorem-1` answers with lorem-ipsum filler: exactly `max_tokens` tokens with finish `length` (it never
  ends on its own, so the budget always cuts it), or, without `max_tokens`, its 200-token text with
  finish `stop`.
- `tools-1`, when `tools` are offered and no `tool` message follows the last `user` message, calls the
  FIRST tool offered once, with arguments built from its `parameters` schema
  (`engine/schema_example.py`); text ``""``, finish `tool_calls`, id `call_<24 hex>`, random, so that
  no two calls share an id (a client matches each tool result to its call by it). When `tool` messages
  follow the last user message it answers
  ``The tool <name> returned: <content>`` (one line per result, in order; `<name>` from the assistant
  call with that `tool_call_id`, else the id itself). Without tools it answers like `echo-1`.
- Every text answer longer than `max_tokens` tokens is cut to `max_tokens` tokens with finish `length`.
  Tool calls are never cut.
- `prompt_tokens` = 3 + for each message (3 + its text tokens + 85 per image + its tool calls' name and
  argument tokens) + the tokens of each offered tool's JSON definition. `completion_tokens` = the answer's
  tokens + for each tool call its name and argument tokens.

Callers that want `tool_choice` semantics pass `tools=None` for `none` and put the named tool first.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from parley_server.engine.catalogue import BUILTIN_PROVIDER, all_models
from parley_server.engine.schema_example import example_arguments
from parley_server.engine.tokens import content_text, count_tokens, prompt_tokens, split_tokens
from parley_server.errors import not_found, unprocessable


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


LOREM_DEFAULT_TOKENS = 200
"""How many tokens `lorem-1` writes when `max_tokens` is not set."""

_LOREM_TEXT = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
    "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex "
    "ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu "
    "fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt "
    "mollit anim id est laborum."
)
_LOREM_WORDS = _LOREM_TEXT.split()


def catalogue() -> list[dict[str, Any]]:
    """Every model of the catalogue as the spec's `Model` objects."""
    return all_models()


def find_model(model_id: str) -> dict[str, Any] | None:
    """The `Model` object with this id, or `None`."""
    return next((model for model in all_models() if model["id"] == model_id), None)


def generate(
    model_id: str,
    messages: list[dict[str, Any]],
    *,
    tools: list[dict[str, Any]] | None = None,
    max_tokens: int | None = None,
) -> Generation:
    """Answer `messages` with a built-in model (deterministically, without network)."""
    if max_tokens is not None:
        max_tokens = int(max_tokens)  # a JSON integer may arrive as 6.0
    model = find_model(model_id)
    if model is None:
        raise not_found("model", model_id, param="model")
    if model["provider"] != BUILTIN_PROVIDER:
        raise unprocessable(
            "upstream_not_configured",
            f"The model '{model_id}' is served by the provider '{model['provider']}', and no upstream is configured "
            "for it on this server; use a built-in model (echo-1, lorem-1, tools-1).",
            param="model",
        )
    prompt = prompt_tokens(messages, tools)
    if model_id == "lorem-1":
        count = LOREM_DEFAULT_TOKENS if max_tokens is None else max_tokens
        words = [_LOREM_WORDS[index % len(_LOREM_WORDS)] for index in range(count)]
        return _text(" ".join(words), prompt, None, "stop" if max_tokens is None else "length")
    if model_id == "tools-1" and tools:
        results = _tool_results(messages)
        if not results:
            return _tool_call(tools[0], prompt)
        return _text("\n".join(f"The tool {name} returned: {text}" for name, text in results), prompt, max_tokens)
    return _text(_last_user_text(messages), prompt, max_tokens)


def _text(text: str, prompt: int, max_tokens: int | None, finish_reason: str = "stop") -> Generation:
    """A text answer, cut to `max_tokens` tokens (finish `length`) when longer."""
    tokens = split_tokens(text)
    if max_tokens is not None and len(tokens) > max_tokens:
        tokens = tokens[:max_tokens]
        text = "".join(tokens)
        finish_reason = "length"
    return Generation(
        text=text,
        tokens=tokens,
        finish_reason=finish_reason,
        prompt_tokens=prompt,
        completion_tokens=len(tokens),
    )


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            return content_text(message.get("content"))
    return ""


def _tool_results(messages: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The `(tool name, result text)` of every `tool` message after the last `user` message."""
    last_user = max((index for index, message in enumerate(messages) if message.get("role") == "user"), default=-1)
    names: dict[str, str] = {}
    results = []
    for index, message in enumerate(messages):
        for call in message.get("tool_calls") or [] if message.get("role") == "assistant" else []:
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(call.get("id"), str):
                names[call["id"]] = str(function.get("name", call["id"]))
        if index > last_user and message.get("role") == "tool":
            call_id = str(message.get("tool_call_id", ""))
            results.append((names.get(call_id, call_id), content_text(message.get("content"))))
    return results


def _tool_call(tool: dict[str, Any], prompt: int) -> Generation:
    """One call of `tool`, its arguments an example of its `parameters` schema."""
    function: dict[str, Any] = tool["function"] if isinstance(tool.get("function"), dict) else tool
    name = str(function.get("name", "tool"))
    arguments = json.dumps(example_arguments(function.get("parameters", {})), ensure_ascii=False)
    call = ToolCall(id=f"call_{secrets.token_hex(12)}", name=name, arguments=arguments)
    return Generation(
        text="",
        tokens=[],
        tool_calls=[call],
        finish_reason="tool_calls",
        prompt_tokens=prompt,
        completion_tokens=count_tokens(name) + count_tokens(arguments),
    )
