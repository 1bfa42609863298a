from __future__ import annotations

import builtins
import warnings
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..models.chat_response_format_type import (
    CHAT_RESPONSE_FORMAT_TYPE_VALUES,
    ChatResponseFormatType,
    check_chat_response_format_type,
)

T = TypeVar("T", bound="ChatResponseFormat")


@_attrs_define
class ChatResponseFormat:
    """The form of the answer."""

    type: ChatResponseFormatType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_chat_response_format_type(d.pop("type"))

        chat_response_format = cls(
            type=type_,
        )

        chat_response_format.additional_properties = d
        return chat_response_format

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatResponseFormat or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ChatResponseFormat)
        v_: Any = data["type"]
        if v_ not in CHAT_RESPONSE_FORMAT_TYPE_VALUES:
            v_ = check_chat_response_format_type(v_)  # raises from_dict's TypeError

        decoded.type = v_
        t_additional_properties = {} if len(data) == 1 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatResponseFormat here

    @property
    def type_(self) -> ChatResponseFormatType:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ChatResponseFormat.type_ is deprecated; use ChatResponseFormat.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: ChatResponseFormatType) -> None:
        warnings.warn(
            "ChatResponseFormat.type_ is deprecated; use ChatResponseFormat.type",
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
    }
)
