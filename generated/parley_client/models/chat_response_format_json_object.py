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

from .._decoding import new_object

T = TypeVar("T", bound="ChatResponseFormatJsonObject")


@_attrs_define
class ChatResponseFormatJsonObject:
    """Answer with one JSON object (a text answer that is not one becomes `{"content": <text>}`)."""

    type: Literal["json_object"]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["json_object"], d.pop("type"))
        if type_ != "json_object":
            raise ValueError(f"type must match const 'json_object', got '{type_}'")

        chat_response_format_json_object = cls(
            type=type_,
        )

        return chat_response_format_json_object

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatResponseFormatJsonObject or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ChatResponseFormatJsonObject)
        v_: Any = data["type"]
        if v_ != "json_object":
            raise ValueError(f"type must match const 'json_object', got '{v_}'")

        decoded.type = v_

        return decoded  # type: ignore[return-value]  # T is ChatResponseFormatJsonObject here

    @property
    def type_(self) -> Literal["json_object"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ChatResponseFormatJsonObject.type_ is deprecated; use ChatResponseFormatJsonObject.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["json_object"]) -> None:
        warnings.warn(
            "ChatResponseFormatJsonObject.type_ is deprecated; use ChatResponseFormatJsonObject.type",
            DeprecationWarning,
            stacklevel=2,
        )
        self.type = value
