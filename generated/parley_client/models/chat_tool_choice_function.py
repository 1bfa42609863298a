from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._decoding import new_object

T = TypeVar("T", bound="ChatToolChoiceFunction")


@_attrs_define
class ChatToolChoiceFunction:
    """Names the function the model must call."""

    name: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        chat_tool_choice_function = cls(
            name=name,
        )

        return chat_tool_choice_function

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatToolChoiceFunction or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ChatToolChoiceFunction)
        decoded.name = data["name"]

        return decoded  # type: ignore[return-value]  # T is ChatToolChoiceFunction here
