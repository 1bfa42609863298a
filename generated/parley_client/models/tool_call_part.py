from __future__ import annotations

import builtins
import warnings
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
from .._decoding import new_object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ToolCallPart")


@_attrs_define
class ToolCallPart:
    """A tool call the assistant made, in an assistant message."""

    type: Literal["tool_call"]
    tool_call_id: str
    """ The id that pairs this call with its result. """
    tool_name: str
    args: JsonObject
    """ A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        args = self.args.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_call_id": tool_call_id,
                "tool_name": tool_name,
                "args": args,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["tool_call"], d.pop("type"))
        if type_ != "tool_call":
            raise ValueError(f"type must match const 'tool_call', got '{type_}'")

        tool_call_id = d.pop("tool_call_id")

        tool_name = d.pop("tool_name")

        args = JsonObject.from_dict(d.pop("args"))

        tool_call_part = cls(
            type=type_,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            args=args,
        )

        tool_call_part.additional_properties = d
        return tool_call_part

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ToolCallPart or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ToolCallPart)
        v_: Any = data["type"]
        if v_ != "tool_call":
            raise ValueError(f"type must match const 'tool_call', got '{v_}'")

        decoded.type = v_
        decoded.tool_call_id = data["tool_call_id"]
        decoded.tool_name = data["tool_name"]
        v_ = data["args"]
        if v_.__class__ is dict:  # the nested model's decode: a copy of the object
            t_args = new_object(_MODEL_JsonObject)
            t_args.additional_properties = v_.copy()
            v_ = t_args
        elif v_ is not UNSET:
            v_ = _MODEL_JsonObject.from_dict(v_)

        decoded.args = v_
        t_additional_properties = {} if len(data) == 4 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ToolCallPart here

    @property
    def type_(self) -> Literal["tool_call"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ToolCallPart.type_ is deprecated; use ToolCallPart.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["tool_call"]) -> None:
        warnings.warn(
            "ToolCallPart.type_ is deprecated; use ToolCallPart.type",
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
        "args",
    }
)


_MODEL_JsonObject: type[_models.JsonObject]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_JsonObject, _linked
    _MODEL_JsonObject = _models.JsonObject
    _linked = True
