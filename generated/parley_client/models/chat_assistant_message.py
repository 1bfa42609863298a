from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from .. import models as _models
from .._decoding import decode_list, new_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_text_content_part import ChatTextContentPart
    from ..models.chat_tool_call import ChatToolCall


T = TypeVar("T", bound="ChatAssistantMessage")


@_attrs_define
class ChatAssistantMessage:
    """An earlier answer of the assistant, with any tool calls it made. An answer of this server
    (`choices[].message`) can be sent back as it is; `tool_calls` and `refusal` may be `null`
    (meaning none), as other OpenAI-compatible servers send them.

    """

    role: Literal["assistant"]
    content: list[ChatTextContentPart] | None | str | Unset = UNSET
    name: str | Unset = UNSET
    tool_calls: list[ChatToolCall] | None | Unset = UNSET
    refusal: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.tool_calls, Unset):
            tool_calls = UNSET
        elif isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                tool_calls.append(tool_calls_type_0_item)

        else:
            tool_calls = self.tool_calls

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if refusal is not UNSET:
            field_dict["refusal"] = refusal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_text_content_part import ChatTextContentPart  # noqa: PLC0415
        from ..models.chat_tool_call import ChatToolCall  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["assistant"], d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        def _parse_content(data: object) -> list[ChatTextContentPart] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatTextContentPart.from_dict(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatTextContentPart] | None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        name = d.pop("name", UNSET)

        def _parse_tool_calls(data: object) -> list[ChatToolCall] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tool_calls_type_0 = []
                _tool_calls_type_0 = data
                for tool_calls_type_0_item_data in _tool_calls_type_0:
                    tool_calls_type_0_item = ChatToolCall.from_dict(tool_calls_type_0_item_data)

                    tool_calls_type_0.append(tool_calls_type_0_item)

                return tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatToolCall] | None | Unset, data)

        tool_calls = _parse_tool_calls(d.pop("tool_calls", UNSET))

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        chat_assistant_message = cls(
            role=role,
            content=content,
            name=name,
            tool_calls=tool_calls,
            refusal=refusal,
        )

        return chat_assistant_message

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatAssistantMessage or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatAssistantMessage)
        v_: Any = data["role"]
        if v_ != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{v_}'")

        decoded.role = v_
        if "content" in data:
            v_ = data["content"]
            if v_ is not None:  # values its parser returns as they are
                v_ = _decode_content(v_)

            decoded.content = v_
        else:
            decoded.content = UNSET
        if "name" in data:
            decoded.name = data["name"]
        else:
            decoded.name = UNSET
        if "tool_calls" in data:
            v_ = data["tool_calls"]
            if v_ is not None:  # values its parser returns as they are
                v_ = _decode_tool_calls(v_)

            decoded.tool_calls = v_
        else:
            decoded.tool_calls = UNSET
        if "refusal" in data:
            decoded.refusal = data["refusal"]
        else:
            decoded.refusal = UNSET

        return decoded  # type: ignore[return-value]  # T is ChatAssistantMessage here


def _decode_content(data: Any) -> Any:
    if data is None:
        return data
    if data is UNSET:
        return data
    if isinstance(data, list):
        try:
            v_content_type_1: Any = data
            v_content_type_1 = decode_list(v_content_type_1, _MODEL_ChatTextContentPart)

            return v_content_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


def _decode_tool_calls(data: Any) -> Any:
    if data is None:
        return data
    if data is UNSET:
        return data
    if isinstance(data, list):
        try:
            v_tool_calls_type_0: Any = data
            v_tool_calls_type_0 = decode_list(v_tool_calls_type_0, _MODEL_ChatToolCall)

            return v_tool_calls_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_ChatTextContentPart: type[_models.ChatTextContentPart]
_MODEL_ChatToolCall: type[_models.ChatToolCall]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatTextContentPart, _MODEL_ChatToolCall, _linked
    _MODEL_ChatTextContentPart = _models.ChatTextContentPart
    _MODEL_ChatToolCall = _models.ChatToolCall
    _linked = True
