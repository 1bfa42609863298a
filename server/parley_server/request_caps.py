"""Caps on what one request may ask of the models, checked before any work: messages and a token budget.

`max_messages` bounds `messages` (completions and thread chats); `max_tokens_per_request` bounds
`n * max_tokens`, the tokens a request may make the server generate (every operation that takes a
`max_tokens`, or OpenAI's newer name for it, `max_completion_tokens`). Both run on the parsed body
before schema validation, so they must not trust its types.
"""

from __future__ import annotations

from typing import Any

from parley_server.config import ServerConfig
from parley_server.errors import invalid

_WITH_MESSAGES = frozenset({"create_chat_completion", "chat_thread"})


def check_caps(operation_id: str, body: Any, config: ServerConfig) -> None:
    """Raise a 400 naming the cap when the request's body asks for more than the server allows."""
    if not isinstance(body, dict):
        return
    messages = body.get("messages")
    if operation_id in _WITH_MESSAGES and isinstance(messages, list) and len(messages) > config.max_messages:
        raise invalid(
            f"Invalid 'messages': {len(messages)} messages; this server takes at most {config.max_messages} "
            "per request (--max-messages).",
            param="messages",
            code="too_many_messages",
        )
    limit = body.get("max_tokens", body.get("max_completion_tokens"))
    max_tokens, n = _count(limit), _count(body.get("n", 1))
    if max_tokens is None or n is None:
        return
    budget = config.max_tokens_per_request
    if n * max_tokens > budget:
        asked = f"n * max_tokens = {n} * {max_tokens} = {n * max_tokens}"
        raise invalid(
            f"Invalid 'max_tokens': {asked} tokens, over this server's budget of {budget} tokens per request "
            "(--max-tokens-per-request).",
            param="max_tokens",
            code="token_budget_exceeded",
        )


def _count(value: Any) -> int | None:
    """A positive whole number as JSON may send it (`6` or `6.0`, never `true`), else `None`."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 1 or not float(value).is_integer():
        return None
    return int(value)
