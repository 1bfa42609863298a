from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._decoding import new_object
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatStreamOptions")


@_attrs_define
class ChatStreamOptions:
    """Options of a streamed completion."""

    include_usage: bool | Unset = False
    """ Send one more chunk before `[DONE]` with empty `choices` and the whole request's `usage` (OpenAI's
    behaviour). Without it, `usage` rides on the chunk that carries `finish_reason`. """

    def to_dict(self) -> dict[str, Any]:
        include_usage = self.include_usage

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if include_usage is not UNSET:
            field_dict["include_usage"] = include_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_usage = d.pop("include_usage", UNSET)

        chat_stream_options = cls(
            include_usage=include_usage,
        )

        return chat_stream_options

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatStreamOptions or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ChatStreamOptions)
        if "include_usage" in data:
            decoded.include_usage = data["include_usage"]
        else:
            decoded.include_usage = UNSET

        return decoded  # type: ignore[return-value]  # T is ChatStreamOptions here
