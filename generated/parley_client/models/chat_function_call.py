from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._decoding import new_object

T = TypeVar("T", bound="ChatFunctionCall")


@_attrs_define
class ChatFunctionCall:
    """The function a tool call invokes."""

    name: str
    arguments: str
    """ The arguments as JSON text. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "arguments": arguments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        arguments = d.pop("arguments")

        chat_function_call = cls(
            name=name,
            arguments=arguments,
        )

        return chat_function_call

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatFunctionCall or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ChatFunctionCall)
        decoded.name = data["name"]
        decoded.arguments = data["arguments"]

        return decoded  # type: ignore[return-value]  # T is ChatFunctionCall here
