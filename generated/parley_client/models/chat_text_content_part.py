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

T = TypeVar("T", bound="ChatTextContentPart")


@_attrs_define
class ChatTextContentPart:
    """A text part of a message's content."""

    type: Literal["text"]
    text: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        text = d.pop("text")

        chat_text_content_part = cls(
            type=type_,
            text=text,
        )

        return chat_text_content_part

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatTextContentPart or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ChatTextContentPart)
        v_: Any = data["type"]
        if v_ != "text":
            raise ValueError(f"type must match const 'text', got '{v_}'")

        decoded.type = v_
        decoded.text = data["text"]

        return decoded  # type: ignore[return-value]  # T is ChatTextContentPart here

    @property
    def type_(self) -> Literal["text"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ChatTextContentPart.type_ is deprecated; use ChatTextContentPart.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["text"]) -> None:
        warnings.warn(
            "ChatTextContentPart.type_ is deprecated; use ChatTextContentPart.type",
            DeprecationWarning,
            stacklevel=2,
        )
        self.type = value
