"""Messages as callers write them → messages as the contract wants them.

Accepted for every message argument:

- a plain string: a user message;
- a dict in the contract's snake_case shape, in OpenAI's shape, or in the assistant-ui camelCase
  shape (`toolCallId`, `toolName`, `mimeType`, `isError`, parts typed `tool-call`/`tool-result`);
- a generated model instance (anything with `to_dict()`), or any object with `role` and
  `content` attributes (such as the ChatServer SDK's `Message` dataclass, enum roles included).

`completion_messages` gives OpenAI chat messages (`ChatMessage`): image parts become
`image_url` parts, assistant `tool-call` parts become `tool_calls` (arguments as JSON text) and a
tool message with `tool-result` parts becomes one tool message per result.
`thread_messages` gives thread input messages (`ThreadInputMessage`): parts keep their own
shape with snake_case keys, and OpenAI `image_url` parts become `image` parts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypedDict

if TYPE_CHECKING:
    from parley_client.models import FilePart, ImagePart, TextPart, ToolCallPart, ToolResultPart
    from parley_client.params import ChatImageUrlParam, ChatMessageParam, ChatToolCallParam, ThreadInputMessageParam
    from parley_client.unions import ChatMessage, ChatUserContentPart, ThreadInputMessage
    from typing_extensions import Required

CAMEL_TO_SNAKE = {
    "toolCallId": "tool_call_id",
    "toolName": "tool_name",
    "toolCalls": "tool_calls",
    "mimeType": "mime_type",
    "isError": "is_error",
    "attachmentIds": "attachment_ids",
    "imageUrl": "image_url",
}
PART_TYPES = {"tool-call": "tool_call", "tool-result": "tool_result"}
ROLES = {"ai": "assistant", "human": "user"}


class ContentPartParam(TypedDict, total=False):
    """A content part as a dict: the contract's snake_case shape, OpenAI's, or assistant-ui's camelCase."""

    type: Required[str]
    text: str
    image: str
    image_url: str | ChatImageUrlParam
    imageUrl: str | ChatImageUrlParam
    data: str
    name: str
    mime_type: str
    mimeType: str
    tool_call_id: str
    toolCallId: str
    tool_name: str
    toolName: str
    args: str | Mapping[str, Any]
    result: Any
    is_error: bool
    isError: bool


class MessageParam(TypedDict, total=False):
    """A message as a dict in assistant-ui's camelCase shape, or mixing shapes (the spec's are in `MessageInput`)."""

    role: Required[str]
    content: str | Sequence[str | ContentPartParam | ContentPartModel] | None
    name: str
    tool_call_id: str
    toolCallId: str
    tool_calls: Sequence[ChatToolCallParam]
    toolCalls: Sequence[ChatToolCallParam]
    attachment_ids: Sequence[str]
    attachmentIds: Sequence[str]
    refusal: str | None


class MessageObject(Protocol):
    """Any object with `role` and `content` (the ChatServer SDK's `Message` dataclass, enum roles included)."""

    @property
    def role(self) -> object:
        """The role (a string, or an enum whose value is one)."""

    @property
    def content(self) -> object:
        """The content (a string, or a list of parts)."""


if TYPE_CHECKING:
    ContentPartModel = TextPart | ImagePart | FilePart | ToolCallPart | ToolResultPart | ChatUserContentPart
    MessageInput = (
        str
        | ChatMessageParam
        | ThreadInputMessageParam
        | MessageParam
        | ChatMessage
        | ThreadInputMessage
        | MessageObject
    )
    """A string (a user message), a message dict (any role the spec has: `system`, `developer`, `user`,
    `assistant`, `tool`), a generated message model, or an object with `role` and `content`.

    A dict is sent with every key it has (camelCase keys renamed): a key the spec does not know
    reaches the server, whose `BadRequestError` names it."""


def completion_messages(messages: str | Iterable[MessageInput]) -> list[dict[str, Any]]:
    """Normalise chat-completion messages to the contract's `ChatMessage` shape."""
    result: list[dict[str, Any]] = []
    for where, message in _each(messages):
        content = message.get("content")
        if not isinstance(content, list):
            result.append(message)
            continue
        parts = [_part(part, f"{where}.content[{index}]") for index, part in enumerate(content)]
        if message.get("role") == "tool" and parts and all(p.get("type") == "tool_result" for p in parts):
            result.extend(_tool_result_message(part) for part in parts)
            continue
        calls = [_tool_call(p) for p in parts if p.get("type") == "tool_call"]
        message["content"] = [_completion_part(p) for p in parts if p.get("type") != "tool_call"] or (
            None if calls else []
        )
        if calls:
            message["tool_calls"] = [*message.get("tool_calls", []), *calls]
        result.append(message)
    return result


def thread_messages(messages: str | Iterable[MessageInput]) -> list[dict[str, Any]]:
    """Normalise thread input messages to the contract's `ThreadInputMessage` shape."""
    result: list[dict[str, Any]] = []
    for where, message in _each(messages):
        content = message.get("content")
        if isinstance(content, list):
            message["content"] = [
                _thread_part(_part(part, f"{where}.content[{index}]")) for index, part in enumerate(content)
            ]
        result.append(message)
    return result


def _each(messages: str | Iterable[MessageInput]) -> Iterable[tuple[str, dict[str, Any]]]:
    """Each message normalised, with where it is in `messages` (for errors): one message, or many."""
    if isinstance(messages, (str, Mapping)) or _is_message_object(messages):
        each: Iterable[Any] = [messages]
    elif isinstance(messages, (bytes, bytearray)) or not isinstance(messages, Iterable):
        raise TypeError(
            f"messages must be a string, a message or an iterable of messages, not {type(messages).__name__}"
        )
    else:
        each = messages
    for index, message in enumerate(each):
        where = f"messages[{index}]"
        normalised = _message(message, where)
        role = normalised.get("role")
        normalised["role"] = ROLES.get(role, role) if isinstance(role, str) else role
        yield where, normalised


def _is_message_object(value: object) -> bool:
    return not isinstance(value, Iterable) and (hasattr(value, "to_dict") or hasattr(value, "role"))


def _message(message: MessageInput, where: str) -> dict[str, Any]:
    if isinstance(message, str):
        return {"role": "user", "content": message}
    if isinstance(message, Mapping):
        return _snake(message)
    to_dict = getattr(message, "to_dict", None)
    if callable(to_dict):
        return _snake(to_dict())
    role = getattr(message, "role", None)
    if role is not None:
        converted = {"role": _plain(role), "content": getattr(message, "content", None)}
        name = getattr(message, "name", None)
        if name is not None:
            converted["name"] = name
        return converted
    raise TypeError(f"{where} must be a string, a dict or a message object, not {type(message).__name__}")


def _part(part: Any, where: str) -> dict[str, Any]:
    if isinstance(part, str):
        return {"type": "text", "text": part}
    if not isinstance(part, Mapping):
        to_dict = getattr(part, "to_dict", None)
        if not callable(to_dict):
            raise TypeError(f"{where} must be a string or a dict (a content part), not {type(part).__name__}")
        part = to_dict()
    converted = _snake(part)
    kind = converted.get("type")
    converted["type"] = PART_TYPES.get(kind, kind) if isinstance(kind, str) else kind
    return converted


def _completion_part(part: dict[str, Any]) -> dict[str, Any]:
    if part.get("type") == "image":
        image_url: dict[str, Any] = {"url": part.get("image")}
        return {"type": "image_url", "image_url": image_url}
    if part.get("type") == "image_url" and isinstance(part.get("image_url"), str):
        return {**part, "image_url": {"url": part["image_url"]}}
    return part


def _thread_part(part: dict[str, Any]) -> dict[str, Any]:
    if part.get("type") != "image_url":
        return part
    image_url = part.get("image_url")
    url = image_url.get("url") if isinstance(image_url, Mapping) else image_url
    return {"type": "image", "image": url}


def _tool_call(part: dict[str, Any]) -> dict[str, Any]:
    args = part.get("args", {})
    arguments = args if isinstance(args, str) else json.dumps(args, separators=(",", ":"))
    return {
        "id": part.get("tool_call_id"),
        "type": "function",
        "function": {"name": part.get("tool_name"), "arguments": arguments},
    }


def _tool_result_message(part: dict[str, Any]) -> dict[str, Any]:
    result = part.get("result")
    content = result if isinstance(result, str) else json.dumps(result, separators=(",", ":"))
    return {"role": "tool", "tool_call_id": part.get("tool_call_id"), "content": content}


def _snake(mapping: Mapping[str, Any]) -> dict[str, Any]:
    return {CAMEL_TO_SNAKE.get(key, key): value for key, value in mapping.items()}


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)
