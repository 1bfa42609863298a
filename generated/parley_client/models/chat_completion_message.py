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
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object

if TYPE_CHECKING:
    from ..models.chat_tool_call import ChatToolCall


T = TypeVar("T", bound="ChatCompletionMessage")


@_attrs_define
class ChatCompletionMessage:
    """The assistant's answer."""

    role: Literal["assistant"]
    content: None | str
    tool_calls: list[ChatToolCall] | None
    refusal: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str
        content = self.content

        tool_calls: list[dict[str, Any]] | None
        if isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                tool_calls.append(tool_calls_type_0_item)

        else:
            tool_calls = self.tool_calls

        refusal: None | str
        refusal = self.refusal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
                "tool_calls": tool_calls,
                "refusal": refusal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_tool_call import ChatToolCall  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["assistant"], d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        def _parse_tool_calls(data: object) -> list[ChatToolCall] | None:
            if data is None:
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
            return cast(list[ChatToolCall] | None, data)

        tool_calls = _parse_tool_calls(d.pop("tool_calls"))

        def _parse_refusal(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refusal = _parse_refusal(d.pop("refusal"))

        chat_completion_message = cls(
            role=role,
            content=content,
            tool_calls=tool_calls,
            refusal=refusal,
        )

        chat_completion_message.additional_properties = d
        return chat_completion_message

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatCompletionMessage or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatCompletionMessage)
        v_: Any = data["role"]
        if v_ != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{v_}'")

        decoded.role = v_
        decoded.content = data["content"]
        v_ = data["tool_calls"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_tool_calls(v_)

        decoded.tool_calls = v_
        decoded.refusal = data["refusal"]
        t_additional_properties = {} if len(data) == 4 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatCompletionMessage here

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KEYS = frozenset(
    {
        "role",
        "content",
        "tool_calls",
        "refusal",
    }
)


def _decode_tool_calls(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, list):
        try:
            v_tool_calls_type_0: Any = data
            v_tool_calls_type_0 = decode_list(v_tool_calls_type_0, _MODEL_ChatToolCall)

            return v_tool_calls_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_ChatToolCall: type[_models.ChatToolCall]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatToolCall, _linked
    _MODEL_ChatToolCall = _models.ChatToolCall
    _linked = True
