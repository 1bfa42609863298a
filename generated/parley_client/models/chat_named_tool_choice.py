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

from .. import models as _models
from .._decoding import new_object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.chat_tool_choice_function import ChatToolChoiceFunction


T = TypeVar("T", bound="ChatNamedToolChoice")


@_attrs_define
class ChatNamedToolChoice:
    """Forces the model to call one function."""

    type: Literal["function"]
    function: ChatToolChoiceFunction
    """ Names the function the model must call. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_tool_choice_function import ChatToolChoiceFunction  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["function"], d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        function = ChatToolChoiceFunction.from_dict(d.pop("function"))

        chat_named_tool_choice = cls(
            type=type_,
            function=function,
        )

        return chat_named_tool_choice

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatNamedToolChoice or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatNamedToolChoice)
        v_: Any = data["type"]
        if v_ != "function":
            raise ValueError(f"type must match const 'function', got '{v_}'")

        decoded.type = v_
        v_ = data["function"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_function__ = new_object(_MODEL_ChatToolChoiceFunction)
            o_function__.name = v_["name"]

            v_ = o_function__
        elif v_ is not UNSET:
            v_ = _MODEL_ChatToolChoiceFunction.from_dict(v_)

        decoded.function = v_

        return decoded  # type: ignore[return-value]  # T is ChatNamedToolChoice here

    @property
    def type_(self) -> Literal["function"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ChatNamedToolChoice.type_ is deprecated; use ChatNamedToolChoice.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["function"]) -> None:
        warnings.warn(
            "ChatNamedToolChoice.type_ is deprecated; use ChatNamedToolChoice.type",
            DeprecationWarning,
            stacklevel=2,
        )
        self.type = value


_MODEL_ChatToolChoiceFunction: type[_models.ChatToolChoiceFunction]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatToolChoiceFunction, _linked
    _MODEL_ChatToolChoiceFunction = _models.ChatToolChoiceFunction
    _linked = True
