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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_tool_call_function_delta import ChatToolCallFunctionDelta


T = TypeVar("T", bound="ChatToolCallDelta")


@_attrs_define
class ChatToolCallDelta:
    """A piece of a streamed tool call; pieces with the same `index` belong together."""

    index: int
    id: str | Unset = UNSET
    type: Literal["function"] | Unset = UNSET
    function: ChatToolCallFunctionDelta | Unset = UNSET
    """ A piece of a streamed tool call's function. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        id = self.id

        type_ = self.type

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_tool_call_function_delta import ChatToolCallFunctionDelta  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        id = d.pop("id", UNSET)

        type_ = cast(Literal["function"] | Unset, d.pop("type", UNSET))
        if type_ != "function" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'function', got '{type_}'")

        _function = d.pop("function", UNSET)
        function: ChatToolCallFunctionDelta | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ChatToolCallFunctionDelta.from_dict(_function)

        chat_tool_call_delta = cls(
            index=index,
            id=id,
            type=type_,
            function=function,
        )

        chat_tool_call_delta.additional_properties = d
        return chat_tool_call_delta

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatToolCallDelta or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatToolCallDelta)
        decoded.index = data["index"]
        t_count = 1
        if "id" in data:
            decoded.id = data["id"]
            t_count += 1
        else:
            decoded.id = UNSET
        if "type" in data:
            v_: Any = data["type"]
            if v_ != "function":
                raise ValueError(f"type must match const 'function', got '{v_}'")

            decoded.type = v_
            t_count += 1
        else:
            decoded.type = UNSET
        if "function" in data:
            v_ = data["function"]
            if v_.__class__ is dict:  # the nested model's decode, inline
                o_function__ = new_object(_MODEL_ChatToolCallFunctionDelta)
                t_function__count = 0
                if "name" in v_:
                    o_function__.name = v_["name"]
                    t_function__count += 1
                else:
                    o_function__.name = UNSET
                if "arguments" in v_:
                    o_function__.arguments = v_["arguments"]
                    t_function__count += 1
                else:
                    o_function__.arguments = UNSET
                t_function__additional_properties = (
                    {} if len(v_) == t_function__count else {k: x for k, x in v_.items() if k not in _KEYS_function}
                )
                o_function__.additional_properties = t_function__additional_properties

                v_ = o_function__
            elif v_ is not UNSET:
                v_ = _MODEL_ChatToolCallFunctionDelta.from_dict(v_)

            decoded.function = v_
            t_count += 1
        else:
            decoded.function = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ChatToolCallDelta here

    @property
    def type_(self) -> Literal["function"] | Unset:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ChatToolCallDelta.type_ is deprecated; use ChatToolCallDelta.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["function"] | Unset) -> None:
        warnings.warn(
            "ChatToolCallDelta.type_ is deprecated; use ChatToolCallDelta.type",
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
        "index",
        "id",
        "type",
        "function",
    }
)


_KEYS_function = frozenset(
    {
        "name",
        "arguments",
    }
)


_MODEL_ChatToolCallFunctionDelta: type[_models.ChatToolCallFunctionDelta]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatToolCallFunctionDelta, _linked
    _MODEL_ChatToolCallFunctionDelta = _models.ChatToolCallFunctionDelta
    _linked = True
