from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatToolCallFunctionDelta")


@_attrs_define
class ChatToolCallFunctionDelta:
    """A piece of a streamed tool call's function."""

    name: str | Unset = UNSET
    arguments: str | Unset = UNSET
    """ The next fragment of the arguments' JSON text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        arguments = d.pop("arguments", UNSET)

        chat_tool_call_function_delta = cls(
            name=name,
            arguments=arguments,
        )

        chat_tool_call_function_delta.additional_properties = d
        return chat_tool_call_function_delta

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatToolCallFunctionDelta or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ChatToolCallFunctionDelta)
        t_count = 0
        if "name" in data:
            decoded.name = data["name"]
            t_count += 1
        else:
            decoded.name = UNSET
        if "arguments" in data:
            decoded.arguments = data["arguments"]
            t_count += 1
        else:
            decoded.arguments = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatToolCallFunctionDelta here

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
        "name",
        "arguments",
    }
)
