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
    from ..models.chat_tool_call_delta import ChatToolCallDelta


T = TypeVar("T", bound="ChatCompletionDelta")


@_attrs_define
class ChatCompletionDelta:
    """What a chunk adds to its choice. `role` comes only in a choice's first chunk."""

    role: Literal["assistant"] | Unset = UNSET
    content: None | str | Unset = UNSET
    tool_calls: list[ChatToolCallDelta] | Unset = UNSET
    refusal: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if refusal is not UNSET:
            field_dict["refusal"] = refusal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_tool_call_delta import ChatToolCallDelta  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["assistant"] | Unset, d.pop("role", UNSET))
        if role != "assistant" and not isinstance(role, Unset):
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatToolCallDelta] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatToolCallDelta.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        chat_completion_delta = cls(
            role=role,
            content=content,
            tool_calls=tool_calls,
            refusal=refusal,
        )

        chat_completion_delta.additional_properties = d
        return chat_completion_delta

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatCompletionDelta or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatCompletionDelta)
        t_count = 0
        if "role" in data:
            v_: Any = data["role"]
            if v_ != "assistant":
                raise ValueError(f"role must match const 'assistant', got '{v_}'")

            decoded.role = v_
            t_count += 1
        else:
            decoded.role = UNSET
        if "content" in data:
            decoded.content = data["content"]
            t_count += 1
        else:
            decoded.content = UNSET
        if "tool_calls" in data:
            v_ = data["tool_calls"]
            if (
                v_.__class__ is list and len(v_) == 1 and (t_tool_calls_item := v_[0]).__class__ is dict
            ):  # one item, inline
                o_tool_calls_item__ = new_object(_MODEL_ChatToolCallDelta)
                o_tool_calls_item__.index = t_tool_calls_item["index"]
                t_tool_calls_item__count = 1
                if "id" in t_tool_calls_item:
                    o_tool_calls_item__.id = t_tool_calls_item["id"]
                    t_tool_calls_item__count += 1
                else:
                    o_tool_calls_item__.id = UNSET
                if "type" in t_tool_calls_item:
                    v_tool_calls_item__: Any = t_tool_calls_item["type"]
                    if v_tool_calls_item__ != "function":
                        raise ValueError(f"type must match const 'function', got '{v_tool_calls_item__}'")

                    o_tool_calls_item__.type = v_tool_calls_item__
                    t_tool_calls_item__count += 1
                else:
                    o_tool_calls_item__.type = UNSET
                if "function" in t_tool_calls_item:
                    v_tool_calls_item__ = t_tool_calls_item["function"]
                    if v_tool_calls_item__.__class__ is dict:  # the nested model's decode, inline
                        o_tool_calls_item__function__ = new_object(_MODEL_ChatToolCallFunctionDelta)
                        t_tool_calls_item__function__count = 0
                        if "name" in v_tool_calls_item__:
                            o_tool_calls_item__function__.name = v_tool_calls_item__["name"]
                            t_tool_calls_item__function__count += 1
                        else:
                            o_tool_calls_item__function__.name = UNSET
                        if "arguments" in v_tool_calls_item__:
                            o_tool_calls_item__function__.arguments = v_tool_calls_item__["arguments"]
                            t_tool_calls_item__function__count += 1
                        else:
                            o_tool_calls_item__function__.arguments = UNSET
                        t_tool_calls_item__function__additional_properties = (
                            {}
                            if len(v_tool_calls_item__) == t_tool_calls_item__function__count
                            else {
                                k: x for k, x in v_tool_calls_item__.items() if k not in _KEYS_tool_calls_item__function
                            }
                        )
                        o_tool_calls_item__function__.additional_properties = (
                            t_tool_calls_item__function__additional_properties
                        )

                        v_tool_calls_item__ = o_tool_calls_item__function__
                    elif v_tool_calls_item__ is not UNSET:
                        v_tool_calls_item__ = _MODEL_ChatToolCallFunctionDelta.from_dict(v_tool_calls_item__)

                    o_tool_calls_item__.function = v_tool_calls_item__
                    t_tool_calls_item__count += 1
                else:
                    o_tool_calls_item__.function = UNSET
                t_tool_calls_item__additional_properties = (
                    {}
                    if len(t_tool_calls_item) == t_tool_calls_item__count
                    else {k: x for k, x in t_tool_calls_item.items() if k not in _KEYS_tool_calls_item}
                )
                o_tool_calls_item__.additional_properties = t_tool_calls_item__additional_properties

                v_ = [o_tool_calls_item__]
            elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
                t_tool_calls_item__list: list[Any] = []
                t_tool_calls_item__append = t_tool_calls_item__list.append
                t_tool_calls_item__paused = pause_gc(v_)
                try:
                    for t_tool_calls_item in v_:
                        if t_tool_calls_item.__class__ is dict:
                            o_tool_calls_item__ = new_object(_MODEL_ChatToolCallDelta)
                            o_tool_calls_item__.index = t_tool_calls_item["index"]
                            t_tool_calls_item__count = 1
                            if "id" in t_tool_calls_item:
                                o_tool_calls_item__.id = t_tool_calls_item["id"]
                                t_tool_calls_item__count += 1
                            else:
                                o_tool_calls_item__.id = UNSET
                            if "type" in t_tool_calls_item:
                                v_tool_calls_item__ = t_tool_calls_item["type"]
                                if v_tool_calls_item__ != "function":
                                    raise ValueError(f"type must match const 'function', got '{v_tool_calls_item__}'")

                                o_tool_calls_item__.type = v_tool_calls_item__
                                t_tool_calls_item__count += 1
                            else:
                                o_tool_calls_item__.type = UNSET
                            if "function" in t_tool_calls_item:
                                v_tool_calls_item__ = t_tool_calls_item["function"]
                                if v_tool_calls_item__.__class__ is dict:  # the nested model's decode, inline
                                    o_tool_calls_item__function__ = new_object(_MODEL_ChatToolCallFunctionDelta)
                                    t_tool_calls_item__function__count = 0
                                    if "name" in v_tool_calls_item__:
                                        o_tool_calls_item__function__.name = v_tool_calls_item__["name"]
                                        t_tool_calls_item__function__count += 1
                                    else:
                                        o_tool_calls_item__function__.name = UNSET
                                    if "arguments" in v_tool_calls_item__:
                                        o_tool_calls_item__function__.arguments = v_tool_calls_item__["arguments"]
                                        t_tool_calls_item__function__count += 1
                                    else:
                                        o_tool_calls_item__function__.arguments = UNSET
                                    t_tool_calls_item__function__additional_properties = (
                                        {}
                                        if len(v_tool_calls_item__) == t_tool_calls_item__function__count
                                        else {
                                            k: x
                                            for k, x in v_tool_calls_item__.items()
                                            if k not in _KEYS_tool_calls_item__function
                                        }
                                    )
                                    o_tool_calls_item__function__.additional_properties = (
                                        t_tool_calls_item__function__additional_properties
                                    )

                                    v_tool_calls_item__ = o_tool_calls_item__function__
                                elif v_tool_calls_item__ is not UNSET:
                                    v_tool_calls_item__ = _MODEL_ChatToolCallFunctionDelta.from_dict(
                                        v_tool_calls_item__
                                    )

                                o_tool_calls_item__.function = v_tool_calls_item__
                                t_tool_calls_item__count += 1
                            else:
                                o_tool_calls_item__.function = UNSET
                            t_tool_calls_item__additional_properties = (
                                {}
                                if len(t_tool_calls_item) == t_tool_calls_item__count
                                else {k: x for k, x in t_tool_calls_item.items() if k not in _KEYS_tool_calls_item}
                            )
                            o_tool_calls_item__.additional_properties = t_tool_calls_item__additional_properties

                            t_tool_calls_item__append(o_tool_calls_item__)
                        else:
                            t_tool_calls_item__append(_MODEL_ChatToolCallDelta.from_dict(t_tool_calls_item))
                finally:
                    if t_tool_calls_item__paused:
                        gc.enable()
                v_ = t_tool_calls_item__list
            else:  # not a list: iterated, as from_dict does
                v_ = decode_list(v_, _MODEL_ChatToolCallDelta)

            decoded.tool_calls = v_
            t_count += 1
        else:
            decoded.tool_calls = UNSET
        if "refusal" in data:
            decoded.refusal = data["refusal"]
            t_count += 1
        else:
            decoded.refusal = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatCompletionDelta here

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


_KEYS_tool_calls_item = frozenset(
    {
        "index",
        "id",
        "type",
        "function",
    }
)


_KEYS_tool_calls_item__function = frozenset(
    {
        "name",
        "arguments",
    }
)


_MODEL_ChatToolCallDelta: type[_models.ChatToolCallDelta]
_MODEL_ChatToolCallFunctionDelta: type[_models.ChatToolCallFunctionDelta]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatToolCallDelta, _MODEL_ChatToolCallFunctionDelta, _linked
    _MODEL_ChatToolCallDelta = _models.ChatToolCallDelta
    _MODEL_ChatToolCallFunctionDelta = _models.ChatToolCallFunctionDelta
    _linked = True
