"""Between the wire and the model: request messages become thread items, thread items become OpenAI messages.

`chat_thread` stores user, assistant and tool messages as items (system and developer messages only join
the run's system prompt); a run then answers the whole thread, converted to the OpenAI chat messages that
`engine.models.generate` takes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from parley_server.database import Row, from_json


@dataclass(frozen=True, slots=True)
class ItemSpec:
    """An item to store: its type and its type-specific fields."""

    item_type: str
    data: dict[str, Any]


def _text_of(content: str | list[dict[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    return [{"type": "text", "text": part["text"]} for part in content if part["type"] == "text"]


def _user_part(part: dict[str, Any]) -> dict[str, Any]:
    if part["type"] == "text":
        return {"type": "text", "text": part["text"]}
    if part["type"] == "image":
        image = {"type": "image", "image": part["image"]}
        if "mime_type" in part:
            image["mime_type"] = part["mime_type"]
        return image
    file = {"type": "file", "data": part["data"], "mime_type": part["mime_type"]}
    if "name" in part:
        file["name"] = part["name"]
    return file


def input_items(messages: list[dict[str, Any]]) -> tuple[list[ItemSpec], list[str]]:
    """Split request messages into the items to store, in order, and the texts of the system/developer messages."""
    specs: list[ItemSpec] = []
    system: list[str] = []
    for message in messages:
        role, content = message["role"], message["content"]
        if role in ("system", "developer"):
            system.append("\n".join(part["text"] for part in _text_of(content)))
        elif role == "user":
            parts = _text_of(content) if isinstance(content, str) else [_user_part(p) for p in content]
            specs.append(
                ItemSpec("user_message", {"content": parts, "attachment_ids": message.get("attachment_ids", [])})
            )
        elif role == "assistant":
            specs.append(ItemSpec("assistant_message", {"content": _text_of(content)}))
            for part in content if isinstance(content, list) else []:
                if part["type"] == "tool_call":
                    call = {"tool_call_id": part["tool_call_id"], "tool_name": part["tool_name"], "args": part["args"]}
                    specs.append(ItemSpec("tool_call", call))
        else:
            for part in content:
                result = {
                    "tool_call_id": part["tool_call_id"],
                    "tool_name": part["tool_name"],
                    "result": part.get("result"),
                    "is_error": part.get("is_error", False),
                }
                specs.append(ItemSpec("tool_result", result))
    return specs, system


def system_prompt(system: str | None, system_messages: list[str]) -> str | None:
    """The run's system prompt: `system`, then each system message's text, joined with blank lines."""
    texts = ([system] if system is not None else []) + system_messages
    return "\n\n".join(texts) if texts else None


def openai_tools(tools: dict[str, Any] | None) -> list[dict[str, Any]] | None:
    """The request's tools (by name, the assistant-ui shape) as OpenAI function tools."""
    if not tools:
        return None
    converted = []
    for name, tool in tools.items():
        function: dict[str, Any] = {"name": name}
        if "description" in tool:
            function["description"] = tool["description"]
        if "parameters" in tool:
            function["parameters"] = tool["parameters"]
        converted.append({"type": "function", "function": function})
    return converted


def _openai_user_content(parts: list[dict[str, Any]]) -> str | list[dict[str, Any]]:
    if all(part["type"] == "text" for part in parts):
        return "\n".join(part["text"] for part in parts)
    converted: list[dict[str, Any]] = []
    for part in parts:
        if part["type"] == "text":
            converted.append({"type": "text", "text": part["text"]})
        elif part["type"] == "image":
            converted.append({"type": "image_url", "image_url": {"url": part["image"]}})
        else:
            label = part.get("name") or "file"
            converted.append({"type": "text", "text": f"[{label} ({part['mime_type']})]"})
    return converted


def model_messages(system: str | None, rows: list[Row]) -> list[dict[str, Any]]:
    """The thread's items (oldest first) as OpenAI chat messages, after the system prompt."""
    messages: list[dict[str, Any]] = [{"role": "system", "content": system}] if system else []
    for row in rows:
        data = from_json(row["data"])
        kind = row["type"]
        if kind == "user_message":
            messages.append({"role": "user", "content": _openai_user_content(data["content"])})
        elif kind == "assistant_message":
            messages.append({"role": "assistant", "content": "".join(part["text"] for part in data["content"])})
        elif kind == "tool_call":
            call = {
                "id": data["tool_call_id"],
                "type": "function",
                "function": {"name": data["tool_name"], "arguments": json.dumps(data["args"])},
            }
            if messages and messages[-1]["role"] == "assistant":
                messages[-1].setdefault("tool_calls", []).append(call)
            else:
                messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        elif kind == "tool_result":
            result = data["result"]
            text = result if isinstance(result, str) else json.dumps(result)
            messages.append({"role": "tool", "tool_call_id": data["tool_call_id"], "content": text})
        else:
            payload = json.dumps(data["payload"], sort_keys=True)
            messages.append({"role": "user", "content": f"[action {data['action_type']}] {payload}"})
    return messages
