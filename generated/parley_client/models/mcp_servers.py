from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="McpServers")


@_attrs_define
class McpServers:
    """MCP servers the agent may use, by name; each value is that server's configuration."""

    additional_properties: dict[str, JsonObject] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        mcp_servers = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = JsonObject.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        mcp_servers.additional_properties = additional_properties
        return mcp_servers

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not McpServers or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(McpServers)
        t_additional_properties = data.copy()
        decoded.additional_properties = {}
        for t_name, t_value in t_additional_properties.items():
            v_additional_property: Any = t_value
            if v_additional_property.__class__ is dict:  # the nested model's decode: a copy of the object
                t_additional_property = new_object(_MODEL_JsonObject)
                t_additional_property.additional_properties = v_additional_property.copy()
                v_additional_property = t_additional_property
            elif v_additional_property is not UNSET:
                v_additional_property = _MODEL_JsonObject.from_dict(v_additional_property)

            decoded.additional_properties[t_name] = v_additional_property

        return decoded  # type: ignore[return-value]  # T is McpServers here

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> JsonObject:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: JsonObject) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_MODEL_JsonObject: type[_models.JsonObject]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_JsonObject, _linked
    _MODEL_JsonObject = _models.JsonObject
    _linked = True
