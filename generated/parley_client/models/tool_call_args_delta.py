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

T = TypeVar("T", bound="ToolCallArgsDelta")


@_attrs_define
class ToolCallArgsDelta:
    """A fragment of a tool call's arguments, as JSON text; the fragments of one call concatenate to the JSON of its
    `args`.

    """

    type: Literal["tool_call_args"]
    tool_call_id: str
    args_text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tool_call_args"], d.pop("type"))
        if type_ != "tool_call_args":
            raise ValueError(f"type must match const 'tool_call_args', got '{type_}'")

        tool_call_id = d.pop("tool_call_id")

        args_text = d.pop("args_text")

        tool_call_args_delta = cls(
            type=type_,
            tool_call_id=tool_call_id,
            args_text=args_text,
        )

        tool_call_args_delta.additional_properties = d
        return tool_call_args_delta

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ToolCallArgsDelta or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ToolCallArgsDelta)
        v_: Any = data["type"]
        if v_ != "tool_call_args":
            raise ValueError(f"type must match const 'tool_call_args', got '{v_}'")

        decoded.type = v_
        decoded.tool_call_id = data["tool_call_id"]
        decoded.args_text = data["args_text"]
        t_additional_properties = {} if len(data) == 3 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ToolCallArgsDelta here

    @property
    def type_(self) -> Literal["tool_call_args"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ToolCallArgsDelta.type_ is deprecated; use ToolCallArgsDelta.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["tool_call_args"]) -> None:
        warnings.warn(
            "ToolCallArgsDelta.type_ is deprecated; use ToolCallArgsDelta.type",
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
        "args_text",
    }
)
