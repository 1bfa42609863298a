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
    from ..models.function_definition import FunctionDefinition


T = TypeVar("T", bound="ChatTool")


@_attrs_define
class ChatTool:
    """A tool the model may call."""

    type: Literal["function"]
    function: FunctionDefinition
    """ A function the model may call. """

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
        from ..models.function_definition import FunctionDefinition  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["function"], d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        function = FunctionDefinition.from_dict(d.pop("function"))

        chat_tool = cls(
            type=type_,
            function=function,
        )

        return chat_tool

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatTool or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatTool)
        v_: Any = data["type"]
        if v_ != "function":
            raise ValueError(f"type must match const 'function', got '{v_}'")

        decoded.type = v_
        v_ = data["function"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_function__ = new_object(_MODEL_FunctionDefinition)
            o_function__.name = v_["name"]
            if "description" in v_:
                o_function__.description = v_["description"]
            else:
                o_function__.description = UNSET
            if "parameters" in v_:
                v_function__: Any = v_["parameters"]
                if v_function__.__class__ is dict:  # the nested model's decode: a copy of the object
                    t_function__parameters = new_object(_MODEL_JsonObject)
                    t_function__parameters.additional_properties = v_function__.copy()
                    v_function__ = t_function__parameters
                elif v_function__ is not UNSET:
                    v_function__ = _MODEL_JsonObject.from_dict(v_function__)

                o_function__.parameters = v_function__
            else:
                o_function__.parameters = UNSET
            if "strict" in v_:
                o_function__.strict = v_["strict"]
            else:
                o_function__.strict = UNSET

            v_ = o_function__
        elif v_ is not UNSET:
            v_ = _MODEL_FunctionDefinition.from_dict(v_)

        decoded.function = v_

        return decoded  # type: ignore[return-value]  # T is ChatTool here

    @property
    def type_(self) -> Literal["function"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ChatTool.type_ is deprecated; use ChatTool.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["function"]) -> None:
        warnings.warn(
            "ChatTool.type_ is deprecated; use ChatTool.type",
            DeprecationWarning,
            stacklevel=2,
        )
        self.type = value


_MODEL_FunctionDefinition: type[_models.FunctionDefinition]
_MODEL_JsonObject: type[_models.JsonObject]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_FunctionDefinition, _MODEL_JsonObject, _linked
    _MODEL_FunctionDefinition = _models.FunctionDefinition
    _MODEL_JsonObject = _models.JsonObject
    _linked = True
