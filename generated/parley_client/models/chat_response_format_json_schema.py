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
    from ..models.chat_json_schema import ChatJsonSchema


T = TypeVar("T", bound="ChatResponseFormatJsonSchema")


@_attrs_define
class ChatResponseFormatJsonSchema:
    """Answer with JSON that follows `json_schema.schema`."""

    type: Literal["json_schema"]
    json_schema: ChatJsonSchema
    """ A JSON Schema the answer's content follows (OpenAI's structured outputs). """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_json_schema import ChatJsonSchema  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["json_schema"], d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        json_schema = ChatJsonSchema.from_dict(d.pop("json_schema"))

        chat_response_format_json_schema = cls(
            type=type_,
            json_schema=json_schema,
        )

        return chat_response_format_json_schema

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatResponseFormatJsonSchema or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatResponseFormatJsonSchema)
        v_: Any = data["type"]
        if v_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{v_}'")

        decoded.type = v_
        v_ = data["json_schema"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_json_schema__ = new_object(_MODEL_ChatJsonSchema)
            o_json_schema__.name = v_["name"]
            if "description" in v_:
                o_json_schema__.description = v_["description"]
            else:
                o_json_schema__.description = UNSET
            if "schema" in v_:
                v_json_schema__: Any = v_["schema"]
                if v_json_schema__.__class__ is dict:  # the nested model's decode: a copy of the object
                    t_json_schema__schema = new_object(_MODEL_JsonObject)
                    t_json_schema__schema.additional_properties = v_json_schema__.copy()
                    v_json_schema__ = t_json_schema__schema
                elif v_json_schema__ is not UNSET:
                    v_json_schema__ = _MODEL_JsonObject.from_dict(v_json_schema__)

                o_json_schema__.schema = v_json_schema__
            else:
                o_json_schema__.schema = UNSET
            if "strict" in v_:
                o_json_schema__.strict = v_["strict"]
            else:
                o_json_schema__.strict = UNSET

            v_ = o_json_schema__
        elif v_ is not UNSET:
            v_ = _MODEL_ChatJsonSchema.from_dict(v_)

        decoded.json_schema = v_

        return decoded  # type: ignore[return-value]  # T is ChatResponseFormatJsonSchema here

    @property
    def type_(self) -> Literal["json_schema"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ChatResponseFormatJsonSchema.type_ is deprecated; use ChatResponseFormatJsonSchema.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["json_schema"]) -> None:
        warnings.warn(
            "ChatResponseFormatJsonSchema.type_ is deprecated; use ChatResponseFormatJsonSchema.type",
            DeprecationWarning,
            stacklevel=2,
        )
        self.type = value


_MODEL_ChatJsonSchema: type[_models.ChatJsonSchema]
_MODEL_JsonObject: type[_models.JsonObject]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ChatJsonSchema, _MODEL_JsonObject, _linked
    _MODEL_ChatJsonSchema = _models.ChatJsonSchema
    _MODEL_JsonObject = _models.JsonObject
    _linked = True
