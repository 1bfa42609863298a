from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import models as _models
from .._decoding import new_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ChatJsonSchema")


@_attrs_define
class ChatJsonSchema:
    """A JSON Schema the answer's content follows (OpenAI's structured outputs)."""

    name: str
    """ The schema's name. """
    description: str | Unset = UNSET
    """ What the answer is for. """
    schema: JsonObject | Unset = UNSET
    """ A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context).
    """
    strict: bool | None | Unset = False
    """ With `true` the answer must validate against `schema`: when the built-in models cannot produce
    such a value (an unsatisfiable schema, a `pattern` beyond their simple matcher) the request is a
    400 naming `response_format.json_schema.schema`. Without it they answer their best attempt.
    Unlike OpenAI, this server does not require the strict subset (every property required,
    `additionalProperties: false`).
     """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: JsonObject | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = JsonObject.from_dict(_schema)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        chat_json_schema = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )

        return chat_json_schema

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ChatJsonSchema or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ChatJsonSchema)
        decoded.name = data["name"]
        if "description" in data:
            decoded.description = data["description"]
        else:
            decoded.description = UNSET
        if "schema" in data:
            v_: Any = data["schema"]
            if v_.__class__ is dict:  # the nested model's decode: a copy of the object
                t_schema = new_object(_MODEL_JsonObject)
                t_schema.additional_properties = v_.copy()
                v_ = t_schema
            elif v_ is not UNSET:
                v_ = _MODEL_JsonObject.from_dict(v_)

            decoded.schema = v_
        else:
            decoded.schema = UNSET
        if "strict" in data:
            decoded.strict = data["strict"]
        else:
            decoded.strict = UNSET

        return decoded  # type: ignore[return-value]  # T is ChatJsonSchema here


_MODEL_JsonObject: type[_models.JsonObject]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_JsonObject, _linked
    _MODEL_JsonObject = _models.JsonObject
    _linked = True
