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

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolResultPart")


@_attrs_define
class ToolResultPart:
    """The result of a tool call, in a tool message."""

    type_: Literal["tool_result"]
    tool_call_id: str
    """ The id of the call this answers. """
    tool_name: str
    result: Any
    """ The tool's result, any JSON value. """
    is_error: bool | Unset = False
    """ Whether the result is an error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        result = self.result

        is_error = self.is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_call_id": tool_call_id,
                "tool_name": tool_name,
                "result": result,
            }
        )
        if is_error is not UNSET:
            field_dict["is_error"] = is_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tool_result"], d.pop("type"))
        if type_ != "tool_result":
            raise ValueError(f"type must match const 'tool_result', got '{type_}'")

        tool_call_id = d.pop("tool_call_id")

        tool_name = d.pop("tool_name")

        result = d.pop("result")

        is_error = d.pop("is_error", UNSET)

        tool_result_part = cls(
            type_=type_,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            result=result,
            is_error=is_error,
        )

        tool_result_part.additional_properties = d
        return tool_result_part

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
