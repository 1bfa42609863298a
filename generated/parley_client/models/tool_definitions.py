from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object

if TYPE_CHECKING:
    from ..models.tool_definition import ToolDefinition


T = TypeVar("T", bound="ToolDefinitions")


@_attrs_define
class ToolDefinitions:
    """Tools the model may call, by name (the assistant-ui shape)."""

    additional_properties: dict[str, ToolDefinition] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_definition import ToolDefinition  # noqa: PLC0415

        d = dict(src_dict)
        tool_definitions = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ToolDefinition.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        tool_definitions.additional_properties = additional_properties
        return tool_definitions

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ToolDefinitions or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ToolDefinitions)
        t_additional_properties = data.copy()
        decoded.additional_properties = {}
        for t_name, t_value in t_additional_properties.items():
            v_additional_property: Any = t_value
            v_additional_property = _MODEL_ToolDefinition.decode(v_additional_property)

            decoded.additional_properties[t_name] = v_additional_property

        return decoded  # type: ignore[return-value]  # T is ToolDefinitions here

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ToolDefinition:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ToolDefinition) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_MODEL_ToolDefinition: type[_models.ToolDefinition]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_ToolDefinition, _linked
    _MODEL_ToolDefinition = _models.ToolDefinition
    _linked = True
