from __future__ import annotations

import builtins
import warnings
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolResultPart")


@_attrs_define
class ToolResultPart:
    """The result of a tool call, in a tool message."""

    type: Literal["tool_result"]
    tool_call_id: str
    """ The id of the call this answers. """
    tool_name: str
    result: Any
    """ The tool's result, any JSON value. """
    is_error: bool | Unset = False
    """ Whether the result is an error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tool_result"], d.pop("type"))
        if type_ != "tool_result":
            raise ValueError(f"type must match const 'tool_result', got '{type_}'")

        tool_call_id = d.pop("tool_call_id")

        tool_name = d.pop("tool_name")

        result = d.pop("result")

        is_error = d.pop("is_error", UNSET)

        tool_result_part = cls(
            type=type_,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            result=result,
            is_error=is_error,
        )

        tool_result_part.additional_properties = d
        return tool_result_part

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ToolResultPart or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ToolResultPart)
        v_: Any = data["type"]
        if v_ != "tool_result":
            raise ValueError(f"type must match const 'tool_result', got '{v_}'")

        decoded.type = v_
        decoded.tool_call_id = data["tool_call_id"]
        decoded.tool_name = data["tool_name"]
        decoded.result = data["result"]
        t_count = 4
        if "is_error" in data:
            decoded.is_error = data["is_error"]
            t_count += 1
        else:
            decoded.is_error = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ToolResultPart here

    @property
    def type_(self) -> Literal["tool_result"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ToolResultPart.type_ is deprecated; use ToolResultPart.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["tool_result"]) -> None:
        warnings.warn(
            "ToolResultPart.type_ is deprecated; use ToolResultPart.type",
            DeprecationWarning,
            stacklevel=2,
        )
        self.type = value

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
        "type",
        "tool_call_id",
        "tool_name",
        "result",
        "is_error",
    }
)
