"""The spec's named unions: each `oneOf` schema of openapi.yaml, as a type alias and a decoder.

openapi-python-client inlines a `oneOf` where it is used (a field typed `A | B`, parsed by trying
`A`, then `B`) and names none of them. Here each one has its schema's name, as the union of its
generated model classes (usable in annotations, `isinstance` and `typing.get_args`), and each
union with a `discriminator` has a table of its models by tag and a `decode_<name>(data)` that
picks the model by tag and returns `Model.decode(data)`, raising ValueError (naming the union, the
tag and the known tags) for a tag it does not know and TypeError for data that is not an object.
Models are imported on first use of a name, as `parley_client.models` does.
(Written by tools/add_modules.py from openapi.yaml; `make generate`.)
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from typing import TypeAlias

    from .models.action_item import ActionItem
    from .models.assistant_message_item import AssistantMessageItem
    from .models.chat_assistant_message import ChatAssistantMessage
    from .models.chat_developer_message import ChatDeveloperMessage
    from .models.chat_image_content_part import ChatImageContentPart
    from .models.chat_response_format_json_object import ChatResponseFormatJsonObject
    from .models.chat_response_format_json_schema import ChatResponseFormatJsonSchema
    from .models.chat_response_format_text import ChatResponseFormatText
    from .models.chat_system_message import ChatSystemMessage
    from .models.chat_text_content_part import ChatTextContentPart
    from .models.chat_tool_message import ChatToolMessage
    from .models.chat_user_message import ChatUserMessage
    from .models.error_event import ErrorEvent
    from .models.error_frame import ErrorFrame
    from .models.item_created_event import ItemCreatedEvent
    from .models.item_created_frame import ItemCreatedFrame
    from .models.item_delta_event import ItemDeltaEvent
    from .models.item_delta_frame import ItemDeltaFrame
    from .models.item_done_event import ItemDoneEvent
    from .models.item_done_frame import ItemDoneFrame
    from .models.progress_update_event import ProgressUpdateEvent
    from .models.progress_update_frame import ProgressUpdateFrame
    from .models.run_cancelled_event import RunCancelledEvent
    from .models.run_cancelled_frame import RunCancelledFrame
    from .models.run_completed_event import RunCompletedEvent
    from .models.run_completed_frame import RunCompletedFrame
    from .models.run_created_event import RunCreatedEvent
    from .models.run_created_frame import RunCreatedFrame
    from .models.run_failed_event import RunFailedEvent
    from .models.run_failed_frame import RunFailedFrame
    from .models.text_delta import TextDelta
    from .models.thread_assistant_message import ThreadAssistantMessage
    from .models.thread_developer_message import ThreadDeveloperMessage
    from .models.thread_system_message import ThreadSystemMessage
    from .models.thread_tool_message import ThreadToolMessage
    from .models.thread_user_message import ThreadUserMessage
    from .models.tool_call_args_delta import ToolCallArgsDelta
    from .models.tool_call_item import ToolCallItem
    from .models.tool_result_item import ToolResultItem
    from .models.user_message_item import UserMessageItem

    ChatUserContentPart: TypeAlias = ChatTextContentPart | ChatImageContentPart
    """A part of a user message's content."""
    CHAT_USER_CONTENT_PART_MODELS: dict[str, type[ChatUserContentPart]]
    """The models of `ChatUserContentPart` by their `type`."""
    ChatMessage: TypeAlias = (
        ChatSystemMessage | ChatDeveloperMessage | ChatUserMessage | ChatAssistantMessage | ChatToolMessage
    )
    """One message of the conversation, by role."""
    CHAT_MESSAGE_MODELS: dict[str, type[ChatMessage]]
    """The models of `ChatMessage` by their `role`."""
    ChatResponseFormat: TypeAlias = ChatResponseFormatText | ChatResponseFormatJsonObject | ChatResponseFormatJsonSchema
    """The form of the answer's content: `text`; `json_object` (one JSON object); or `json_schema` (JSON that validates against the given schema). The built-in models answer a `json_schema` request with a value built from the schema alone (deterministic: the same schema gives the same value), then `max_tokens` and `stop` apply as to any answer. Tool calls are not reshaped."""
    CHAT_RESPONSE_FORMAT_MODELS: dict[str, type[ChatResponseFormat]]
    """The models of `ChatResponseFormat` by their `type`."""
    ThreadInputMessage: TypeAlias = (
        ThreadSystemMessage | ThreadDeveloperMessage | ThreadUserMessage | ThreadAssistantMessage | ThreadToolMessage
    )
    """One message to append to a thread, by `role`."""
    THREAD_INPUT_MESSAGE_MODELS: dict[str, type[ThreadInputMessage]]
    """The models of `ThreadInputMessage` by their `role`."""
    ThreadItem: TypeAlias = UserMessageItem | AssistantMessageItem | ToolCallItem | ToolResultItem | ActionItem
    """One entry of a thread, by `type`."""
    THREAD_ITEM_MODELS: dict[str, type[ThreadItem]]
    """The models of `ThreadItem` by their `type`."""
    ItemDelta: TypeAlias = TextDelta | ToolCallArgsDelta
    """An increment to an item in progress, by `type`."""
    ITEM_DELTA_MODELS: dict[str, type[ItemDelta]]
    """The models of `ItemDelta` by their `type`."""
    ThreadEvent: TypeAlias = (
        RunCreatedEvent
        | ItemCreatedEvent
        | ItemDeltaEvent
        | ItemDoneEvent
        | ProgressUpdateEvent
        | RunCompletedEvent
        | RunCancelledEvent
        | RunFailedEvent
        | ErrorEvent
    )
    """One event of a run's stream, by `type`."""
    THREAD_EVENT_MODELS: dict[str, type[ThreadEvent]]
    """The models of `ThreadEvent` by their `type`."""
    ThreadEventFrame: TypeAlias = (
        RunCreatedFrame
        | ItemCreatedFrame
        | ItemDeltaFrame
        | ItemDoneFrame
        | ProgressUpdateFrame
        | RunCompletedFrame
        | RunCancelledFrame
        | RunFailedFrame
        | ErrorFrame
    )
    """One server-sent event of a run's stream, by `event`. On the wire a run looks like ``` id: 1 event: run.created data: {'type':'run.created','run_id':'run_5e6f7a8b','sequence':1,'run':{...}} id: 2 event: item.done data: {'type':'item.done','run_id':'run_5e6f7a8b','sequence':2,'item':{...}} id: 3 event: item.created data: {'type':'item.created','run_id':'run_5e6f7a8b','sequence':3,'item':{...}} id: 4 event: item.delta data: {'type':'item.delta','run_id':'run_5e6f7a8b','sequence':4,'item_id':'item_9c0d1e2f','delta':{'type':'text','text':'Hello!'}} ``` and ends with `item.done`, then `run.completed` (or `run.cancelled`, `run.failed`, `error`). Lines starting with `:` are heartbeats; clients ignore them."""
    THREAD_EVENT_FRAME_MODELS: dict[str, type[ThreadEventFrame]]
    """The models of `ThreadEventFrame` by their `event`."""


_MEMBERS: dict[str, tuple[tuple[str, str], ...]] = {
    "ChatUserContentPart": (
        ("chat_text_content_part", "ChatTextContentPart"),
        ("chat_image_content_part", "ChatImageContentPart"),
    ),
    "ChatMessage": (
        ("chat_system_message", "ChatSystemMessage"),
        ("chat_developer_message", "ChatDeveloperMessage"),
        ("chat_user_message", "ChatUserMessage"),
        ("chat_assistant_message", "ChatAssistantMessage"),
        ("chat_tool_message", "ChatToolMessage"),
    ),
    "ChatResponseFormat": (
        ("chat_response_format_text", "ChatResponseFormatText"),
        ("chat_response_format_json_object", "ChatResponseFormatJsonObject"),
        ("chat_response_format_json_schema", "ChatResponseFormatJsonSchema"),
    ),
    "ThreadInputMessage": (
        ("thread_system_message", "ThreadSystemMessage"),
        ("thread_developer_message", "ThreadDeveloperMessage"),
        ("thread_user_message", "ThreadUserMessage"),
        ("thread_assistant_message", "ThreadAssistantMessage"),
        ("thread_tool_message", "ThreadToolMessage"),
    ),
    "ThreadItem": (
        ("user_message_item", "UserMessageItem"),
        ("assistant_message_item", "AssistantMessageItem"),
        ("tool_call_item", "ToolCallItem"),
        ("tool_result_item", "ToolResultItem"),
        ("action_item", "ActionItem"),
    ),
    "ItemDelta": (
        ("text_delta", "TextDelta"),
        ("tool_call_args_delta", "ToolCallArgsDelta"),
    ),
    "ThreadEvent": (
        ("run_created_event", "RunCreatedEvent"),
        ("item_created_event", "ItemCreatedEvent"),
        ("item_delta_event", "ItemDeltaEvent"),
        ("item_done_event", "ItemDoneEvent"),
        ("progress_update_event", "ProgressUpdateEvent"),
        ("run_completed_event", "RunCompletedEvent"),
        ("run_cancelled_event", "RunCancelledEvent"),
        ("run_failed_event", "RunFailedEvent"),
        ("error_event", "ErrorEvent"),
    ),
    "ThreadEventFrame": (
        ("run_created_frame", "RunCreatedFrame"),
        ("item_created_frame", "ItemCreatedFrame"),
        ("item_delta_frame", "ItemDeltaFrame"),
        ("item_done_frame", "ItemDoneFrame"),
        ("progress_update_frame", "ProgressUpdateFrame"),
        ("run_completed_frame", "RunCompletedFrame"),
        ("run_cancelled_frame", "RunCancelledFrame"),
        ("run_failed_frame", "RunFailedFrame"),
        ("error_frame", "ErrorFrame"),
    ),
}
_TAGS: dict[str, tuple[str, dict[str, str]]] = {
    "CHAT_USER_CONTENT_PART_MODELS": (
        "ChatUserContentPart",
        {"text": "ChatTextContentPart", "image_url": "ChatImageContentPart"},
    ),
    "CHAT_MESSAGE_MODELS": (
        "ChatMessage",
        {
            "system": "ChatSystemMessage",
            "developer": "ChatDeveloperMessage",
            "user": "ChatUserMessage",
            "assistant": "ChatAssistantMessage",
            "tool": "ChatToolMessage",
        },
    ),
    "CHAT_RESPONSE_FORMAT_MODELS": (
        "ChatResponseFormat",
        {
            "text": "ChatResponseFormatText",
            "json_object": "ChatResponseFormatJsonObject",
            "json_schema": "ChatResponseFormatJsonSchema",
        },
    ),
    "THREAD_INPUT_MESSAGE_MODELS": (
        "ThreadInputMessage",
        {
            "system": "ThreadSystemMessage",
            "developer": "ThreadDeveloperMessage",
            "user": "ThreadUserMessage",
            "assistant": "ThreadAssistantMessage",
            "tool": "ThreadToolMessage",
        },
    ),
    "THREAD_ITEM_MODELS": (
        "ThreadItem",
        {
            "user_message": "UserMessageItem",
            "assistant_message": "AssistantMessageItem",
            "tool_call": "ToolCallItem",
            "tool_result": "ToolResultItem",
            "action": "ActionItem",
        },
    ),
    "ITEM_DELTA_MODELS": ("ItemDelta", {"text": "TextDelta", "tool_call_args": "ToolCallArgsDelta"}),
    "THREAD_EVENT_MODELS": (
        "ThreadEvent",
        {
            "run.created": "RunCreatedEvent",
            "item.created": "ItemCreatedEvent",
            "item.delta": "ItemDeltaEvent",
            "item.done": "ItemDoneEvent",
            "progress.update": "ProgressUpdateEvent",
            "run.completed": "RunCompletedEvent",
            "run.cancelled": "RunCancelledEvent",
            "run.failed": "RunFailedEvent",
            "error": "ErrorEvent",
        },
    ),
    "THREAD_EVENT_FRAME_MODELS": (
        "ThreadEventFrame",
        {
            "run.created": "RunCreatedFrame",
            "item.created": "ItemCreatedFrame",
            "item.delta": "ItemDeltaFrame",
            "item.done": "ItemDoneFrame",
            "progress.update": "ProgressUpdateFrame",
            "run.completed": "RunCompletedFrame",
            "run.cancelled": "RunCancelledFrame",
            "run.failed": "RunFailedFrame",
            "error": "ErrorFrame",
        },
    ),
}
_TABLES: dict[str, dict[str, Any]] = {}


def _model(module: str, name: str) -> Any:
    return getattr(import_module(f"{__package__}.models.{module}"), name)


def _table(table: str) -> dict[str, Any]:
    """A union's models by tag, imported on first use."""
    models = _TABLES.get(table)
    if models is None:
        union, by_tag = _TAGS[table]
        modules = dict((name, module) for module, name in _MEMBERS[union])
        models = _TABLES[table] = {tag: _model(modules[name], name) for tag, name in by_tag.items()}
    return models


def _decode(table: str, tag_property: str, data: Any) -> Any:
    models = _TABLES.get(table) or _table(table)
    if data.__class__ is not dict and not isinstance(data, Mapping):
        union = _TAGS[table][0]
        raise TypeError(f"{union}: expected a JSON object, got {type(data).__name__}")
    tag = data.get(tag_property)
    model = models.get(tag) if tag.__class__ is str else None
    if model is None:
        union = _TAGS[table][0]
        known = ", ".join(repr(key) for key in models)
        if tag_property not in data:
            raise ValueError(f"{union}: the object has no `{tag_property}`; expected one of {known}")
        raise ValueError(f"{union}: unknown `{tag_property}` {tag!r}; expected one of {known}")
    return model.decode(data)


def decode_chat_user_content_part(data: Any) -> ChatUserContentPart:
    """The `ChatUserContentPart` model that `data["type"]` names (`text`, `image_url`), decoded."""
    return cast("ChatUserContentPart", _decode("CHAT_USER_CONTENT_PART_MODELS", "type", data))


def decode_chat_message(data: Any) -> ChatMessage:
    """The `ChatMessage` model that `data["role"]` names (`system`, `developer`, `user`, `assistant`, `tool`), decoded."""
    return cast("ChatMessage", _decode("CHAT_MESSAGE_MODELS", "role", data))


def decode_chat_response_format(data: Any) -> ChatResponseFormat:
    """The `ChatResponseFormat` model that `data["type"]` names (`text`, `json_object`, `json_schema`), decoded."""
    return cast("ChatResponseFormat", _decode("CHAT_RESPONSE_FORMAT_MODELS", "type", data))


def decode_thread_input_message(data: Any) -> ThreadInputMessage:
    """The `ThreadInputMessage` model that `data["role"]` names (`system`, `developer`, `user`, `assistant`, `tool`), decoded."""
    return cast("ThreadInputMessage", _decode("THREAD_INPUT_MESSAGE_MODELS", "role", data))


def decode_thread_item(data: Any) -> ThreadItem:
    """The `ThreadItem` model that `data["type"]` names (`user_message`, `assistant_message`, `tool_call`, `tool_result`, `action`), decoded."""
    return cast("ThreadItem", _decode("THREAD_ITEM_MODELS", "type", data))


def decode_item_delta(data: Any) -> ItemDelta:
    """The `ItemDelta` model that `data["type"]` names (`text`, `tool_call_args`), decoded."""
    return cast("ItemDelta", _decode("ITEM_DELTA_MODELS", "type", data))


def decode_thread_event(data: Any) -> ThreadEvent:
    """The `ThreadEvent` model that `data["type"]` names (`run.created`, `item.created`, `item.delta`, `item.done`, `progress.update`, `run.completed`, `run.cancelled`, `run.failed`, `error`), decoded."""
    return cast("ThreadEvent", _decode("THREAD_EVENT_MODELS", "type", data))


def decode_thread_event_frame(data: Any) -> ThreadEventFrame:
    """The `ThreadEventFrame` model that `data["event"]` names (`run.created`, `item.created`, `item.delta`, `item.done`, `progress.update`, `run.completed`, `run.cancelled`, `run.failed`, `error`), decoded."""
    return cast("ThreadEventFrame", _decode("THREAD_EVENT_FRAME_MODELS", "event", data))


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name in _MEMBERS:
            value = functools.reduce(operator.or_, (_model(*member) for member in _MEMBERS[name]))
        elif name in _TAGS:
            value = _table(name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MEMBERS, *_TAGS})


__all__ = (
    "CHAT_MESSAGE_MODELS",
    "CHAT_RESPONSE_FORMAT_MODELS",
    "CHAT_USER_CONTENT_PART_MODELS",
    "ChatMessage",
    "ChatResponseFormat",
    "ChatUserContentPart",
    "ITEM_DELTA_MODELS",
    "ItemDelta",
    "THREAD_EVENT_FRAME_MODELS",
    "THREAD_EVENT_MODELS",
    "THREAD_INPUT_MESSAGE_MODELS",
    "THREAD_ITEM_MODELS",
    "ThreadEvent",
    "ThreadEventFrame",
    "ThreadInputMessage",
    "ThreadItem",
    "decode_chat_message",
    "decode_chat_response_format",
    "decode_chat_user_content_part",
    "decode_item_delta",
    "decode_thread_event",
    "decode_thread_event_frame",
    "decode_thread_input_message",
    "decode_thread_item",
)
