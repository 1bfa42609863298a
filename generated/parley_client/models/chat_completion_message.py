from __future__ import annotations

import gc
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
from .._decoding import decode_list, new_object, pause_gc
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_tool_call import ChatToolCall


T = TypeVar("T", bound="ChatCompletionMessage")


@_attrs_define
class ChatCompletionMessage:
    """The assistant's answer. As OpenAI's, `tool_calls` is left out when the answer calls no tool
    (never `null`), and `content` is `null` when it only calls tools.

    """

    role: Literal["assistant"]
    content: None | str
    refusal: None | str
    """ Always null; the built-in models never refuse. """
    tool_calls: list[ChatToolCall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str
        content = self.content

        refusal: None | str
        refusal = self.refusal

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
                "refusal": refusal,
            }
        )
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

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

        def _parse_refusal(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refusal = _parse_refusal(d.pop("refusal"))

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        chat_completion_message = cls(
            role=role,
            content=content,
            refusal=refusal,
            tool_calls=tool_calls,
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
        decoded.refusal = data["refusal"]
        t_count = 3
        if "tool_calls" in data:
            v_ = data["tool_calls"]
            if (
                v_.__class__ is list and len(v_) == 1 and (t_tool_calls_item := v_[0]).__class__ is dict
            ):  # one item, inline
                o_tool_calls_item__ = new_object(_MODEL_ChatToolCall)
                o_tool_calls_item__.id = t_tool_calls_item["id"]
                v_tool_calls_item__: Any = t_tool_calls_item["type"]
                if v_tool_calls_item__ != "function":
                    raise ValueError(f"type must match const 'function', got '{v_tool_calls_item__}'")

                o_tool_calls_item__.type = v_tool_calls_item__
                v_tool_calls_item__ = t_tool_calls_item["function"]
                if v_tool_calls_item__.__class__ is dict:  # the nested model's decode, inline
                    o_tool_calls_item__function__ = new_object(_MODEL_ChatFunctionCall)
                    o_tool_calls_item__function__.name = v_tool_calls_item__["name"]
                    o_tool_calls_item__function__.arguments = v_tool_calls_item__["arguments"]

                    v_tool_calls_item__ = o_tool_calls_item__function__
                elif v_tool_calls_item__ is not UNSET:
                    v_tool_calls_item__ = _MODEL_ChatFunctionCall.from_dict(v_tool_calls_item__)

                o_tool_calls_item__.function = v_tool_calls_item__

                v_ = [o_tool_calls_item__]
            elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
                t_tool_calls_item__list: list[Any] = []
                t_tool_calls_item__append = t_tool_calls_item__list.append
                t_tool_calls_item__paused = pause_gc(v_)
                try:
                    for t_tool_calls_item in v_:
                        if t_tool_calls_item.__class__ is dict:
                            o_tool_calls_item__ = new_object(_MODEL_ChatToolCall)
                            o_tool_calls_item__.id = t_tool_calls_item["id"]
                            v_tool_calls_item__ = t_tool_calls_item["type"]
                            if v_tool_calls_item__ != "function":
                                raise ValueError(f"type must match const 'function', got '{v_tool_calls_item__}'")

                            o_tool_calls_item__.type = v_tool_calls_item__
                            v_tool_calls_item__ = t_tool_calls_item["function"]
                            if v_tool_calls_item__.__class__ is dict:  # the nested model's decode, inline
                                o_tool_calls_item__function__ = new_object(_MODEL_ChatFunctionCall)
                                o_tool_calls_item__function__.name = v_tool_calls_item__["name"]
                                o_tool_calls_item__function__.arguments = v_tool_calls_item__["arguments"]

                                v_tool_calls_item__ = o_tool_calls_item__function__
                            elif v_tool_calls_item__ is not UNSET:
                                v_tool_calls_item__ = _MODEL_ChatFunctionCall.from_dict(v_tool_calls_item__)

                            o_tool_calls_item__.function = v_tool_calls_item__

                            t_tool_calls_item__append(o_tool_calls_item__)
                        else:
                            t_tool_calls_item__append(_MODEL_ChatToolCall.from_dict(t_tool_calls_item))
                finally:
                    if t_tool_calls_item__paused:
                        gc.enable()
                v_ = t_tool_calls_item__list
            else:  # not a list: iterated, as from_dict does
                v_ = decode_list(v_, _MODEL_ChatToolCall)

            decoded.tool_calls = v_
            t_count += 1
        else:
            decoded.tool_calls = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
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
        "refusal",
        "tool_calls",
    }
)


_MODEL_ChatFunctionCall: type[_models.ChatFunctionCall]
_MODEL_ChatToolCall: type[_models.ChatToolCall]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatFunctionCall, _MODEL_ChatToolCall, _linked
    _MODEL_ChatFunctionCall = _models.ChatFunctionCall
    _MODEL_ChatToolCall = _models.ChatToolCall
    _linked = True
