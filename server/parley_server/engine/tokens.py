"""Deterministic tokenisation shared by every built-in model: words with their leading whitespace.

`split_tokens(text)` cuts text into pieces that join back to exactly `text`; `prompt_tokens(...)` counts
a conversation the same way, plus a small fixed overhead per message (as OpenAI's counting has it).
"""

from __future__ import annotations

import json
import re
from typing import Any

# A token is a run of non-space characters with the whitespace before it (and, for the last one, after it).
_TOKEN = re.compile(r"\s*\S+(?:\s+$)?|\s+")

MESSAGE_OVERHEAD = 3
"""Tokens every message costs on top of its text (role and separators)."""

REPLY_PRIMING = 3
"""Tokens every prompt costs once (the assistant's reply header)."""

IMAGE_TOKENS = 85
"""What one image part of a message costs (OpenAI's low-detail price)."""


def split_tokens(text: str) -> list[str]:
    """Cut `text` into tokens whose concatenation is exactly `text` (empty text has no tokens)."""
    return _TOKEN.findall(text)


def count_tokens(text: str) -> int:
    """How many tokens `text` has."""
    return len(split_tokens(text))


def content_text(content: Any) -> str:
    """The text of a message's `content`: a string as is, text parts joined by newlines, `None` as ``""``."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(
            part["text"]
            for part in content
            if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)
        )
    return ""


def _image_count(content: Any) -> int:
    if not isinstance(content, list):
        return 0
    return sum(1 for part in content if isinstance(part, dict) and part.get("type") == "image_url")


def message_tokens(message: dict[str, Any]) -> int:
    """What one chat message costs in a prompt: overhead, text, images and the tool calls it carries."""
    content = message.get("content")
    total = MESSAGE_OVERHEAD + count_tokens(content_text(content)) + IMAGE_TOKENS * _image_count(content)
    for call in message.get("tool_calls") or []:
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict):
            continue
        total += count_tokens(str(function.get("name", ""))) + count_tokens(str(function.get("arguments", "")))
    return total


def prompt_tokens(messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None = None) -> int:
    """What a whole prompt costs: every message, the tool definitions offered (as JSON text), the reply priming."""
    total = REPLY_PRIMING + sum(message_tokens(message) for message in messages)
    for tool in tools or []:
        total += count_tokens(json.dumps(tool.get("function", tool), sort_keys=True))
    return total
