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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.tool_result_part import ToolResultPart


T = TypeVar("T", bound="ThreadToolMessage")


@_attrs_define
class ThreadToolMessage:
    """Results of tool calls; stored as one `tool_result` item per part."""

    role: Literal["tool"]
    content: list[ToolResultPart]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_result_part import ToolResultPart  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["tool"], d.pop("role"))
        if role != "tool":
            raise ValueError(f"role must match const 'tool', got '{role}'")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = ToolResultPart.from_dict(content_item_data)

            content.append(content_item)

        thread_tool_message = cls(
            role=role,
            content=content,
        )

        thread_tool_message.additional_properties = d
        return thread_tool_message

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ThreadToolMessage or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ThreadToolMessage)
        v_: Any = data["role"]
        if v_ != "tool":
            raise ValueError(f"role must match const 'tool', got '{v_}'")

        decoded.role = v_
        v_ = data["content"]
        if v_.__class__ is list and len(v_) == 1 and (t_content_item := v_[0]).__class__ is dict:  # one item, inline
            o_content_item__ = new_object(_MODEL_ToolResultPart)
            v_content_item__: Any = t_content_item["type"]
            if v_content_item__ != "tool_result":
                raise ValueError(f"type must match const 'tool_result', got '{v_content_item__}'")

            o_content_item__.type = v_content_item__
            o_content_item__.tool_call_id = t_content_item["tool_call_id"]
            o_content_item__.tool_name = t_content_item["tool_name"]
            o_content_item__.result = t_content_item["result"]
            t_content_item__count = 4
            if "is_error" in t_content_item:
                o_content_item__.is_error = t_content_item["is_error"]
                t_content_item__count += 1
            else:
                o_content_item__.is_error = UNSET
            t_content_item__additional_properties = (
                {}
                if len(t_content_item) == t_content_item__count
                else {k: x for k, x in t_content_item.items() if k not in _KEYS_content_item}
            )
            o_content_item__.additional_properties = t_content_item__additional_properties

            v_ = [o_content_item__]
        elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
            t_content_item__list: list[Any] = []
            t_content_item__append = t_content_item__list.append
            t_content_item__paused = pause_gc(v_)
            try:
                for t_content_item in v_:
                    if t_content_item.__class__ is dict:
                        o_content_item__ = new_object(_MODEL_ToolResultPart)
                        v_content_item__ = t_content_item["type"]
                        if v_content_item__ != "tool_result":
                            raise ValueError(f"type must match const 'tool_result', got '{v_content_item__}'")

                        o_content_item__.type = v_content_item__
                        o_content_item__.tool_call_id = t_content_item["tool_call_id"]
                        o_content_item__.tool_name = t_content_item["tool_name"]
                        o_content_item__.result = t_content_item["result"]
                        t_content_item__count = 4
                        if "is_error" in t_content_item:
                            o_content_item__.is_error = t_content_item["is_error"]
                            t_content_item__count += 1
                        else:
                            o_content_item__.is_error = UNSET
                        t_content_item__additional_properties = (
                            {}
                            if len(t_content_item) == t_content_item__count
                            else {k: x for k, x in t_content_item.items() if k not in _KEYS_content_item}
                        )
                        o_content_item__.additional_properties = t_content_item__additional_properties

                        t_content_item__append(o_content_item__)
                    else:
                        t_content_item__append(_MODEL_ToolResultPart.from_dict(t_content_item))
            finally:
                if t_content_item__paused:
                    gc.enable()
            v_ = t_content_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_ToolResultPart)

        decoded.content = v_
        t_additional_properties = {} if len(data) == 2 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ThreadToolMessage here

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
    }
)


_KEYS_content_item = frozenset(
    {
        "type",
        "tool_call_id",
        "tool_name",
        "result",
        "is_error",
    }
)


_MODEL_ToolResultPart: type[_models.ToolResultPart]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ToolResultPart, _linked
    _MODEL_ToolResultPart = _models.ToolResultPart
    _linked = True
