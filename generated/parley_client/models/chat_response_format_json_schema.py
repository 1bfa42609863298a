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
    from ..models.chat_json_schema import ChatJsonSchema


T = TypeVar("T", bound="ChatResponseFormatJsonSchema")


@_attrs_define
class ChatResponseFormatJsonSchema:
    """Answer with JSON that follows `json_schema.schema`."""

    type_: Literal["json_schema"]
    json_schema: ChatJsonSchema
    """ A JSON Schema the answer's content follows (OpenAI's structured outputs). """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "json_schema": json_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_json_schema import ChatJsonSchema  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["json_schema"], d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        json_schema = ChatJsonSchema.from_dict(d.pop("json_schema"))

        chat_response_format_json_schema = cls(
            type_=type_,
            json_schema=json_schema,
        )

        return chat_response_format_json_schema
