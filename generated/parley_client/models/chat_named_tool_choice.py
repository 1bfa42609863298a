from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chat_tool_choice_function import ChatToolChoiceFunction


T = TypeVar("T", bound="ChatNamedToolChoice")


@_attrs_define
class ChatNamedToolChoice:
    """Forces the model to call one function."""

    type_: Literal["function"]
    function: ChatToolChoiceFunction
    """ Names the function the model must call. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_tool_choice_function import ChatToolChoiceFunction  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["function"], d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        function = ChatToolChoiceFunction.from_dict(d.pop("function"))

        chat_named_tool_choice = cls(
            type_=type_,
            function=function,
        )

        return chat_named_tool_choice
