from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ToolCallArgsDelta")


@_attrs_define
class ToolCallArgsDelta:
    """A fragment of a tool call's arguments, as JSON text; the fragments of one call concatenate to the JSON of its
    `args`.

    """

    type_: Literal["tool_call_args"]
    tool_call_id: str
    args_text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_call_id = self.tool_call_id

        args_text = self.args_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_call_id": tool_call_id,
                "args_text": args_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tool_call_args"], d.pop("type"))
        if type_ != "tool_call_args":
            raise ValueError(f"type must match const 'tool_call_args', got '{type_}'")

        tool_call_id = d.pop("tool_call_id")

        args_text = d.pop("args_text")

        tool_call_args_delta = cls(
            type_=type_,
            tool_call_id=tool_call_id,
            args_text=args_text,
        )

        tool_call_args_delta.additional_properties = d
        return tool_call_args_delta

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
