from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from ..models.workspace_mode import (
    WORKSPACE_MODE_VALUES,
    WorkspaceMode,
    check_workspace_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.metadata import Metadata


T = TypeVar("T", bound="WorkspaceUpdateRequest")


@_attrs_define
class WorkspaceUpdateRequest:
    """The workspace fields to change; omitted fields keep their value."""

    mode: WorkspaceMode | Unset = UNSET
    """ Who answers the end customer: `ai` (the AI answers at once), `shadow` (the AI drafts an
    answer that a manager approves or rejects), `takeover` (a human agent answers).
     """
    metadata: Metadata | Unset = UNSET
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    context: JsonObject | Unset = UNSET
    """ A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: WorkspaceMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_workspace_mode(_mode)

        _metadata = d.pop("metadata", UNSET)
        metadata: Metadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Metadata.from_dict(_metadata)

        _context = d.pop("context", UNSET)
        context: JsonObject | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = JsonObject.from_dict(_context)

        workspace_update_request = cls(
            mode=mode,
            metadata=metadata,
            context=context,
        )

        workspace_update_request.additional_properties = d
        return workspace_update_request

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not WorkspaceUpdateRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(WorkspaceUpdateRequest)
        t_count = 0
        if "mode" in data:
            v_: Any = data["mode"]
            if v_ not in WORKSPACE_MODE_VALUES:
                v_ = check_workspace_mode(v_)  # raises from_dict's TypeError

            decoded.mode = v_
            t_count += 1
        else:
            decoded.mode = UNSET
        if "metadata" in data:
            v_ = data["metadata"]
            if v_.__class__ is dict:  # the nested model's decode: a copy of the object
                t_metadata = new_object(_MODEL_Metadata)
                t_metadata.additional_properties = v_.copy()
                v_ = t_metadata
            elif v_ is not UNSET:
                v_ = _MODEL_Metadata.from_dict(v_)

            decoded.metadata = v_
            t_count += 1
        else:
            decoded.metadata = UNSET
        if "context" in data:
            v_ = data["context"]
            if v_.__class__ is dict:  # the nested model's decode: a copy of the object
                t_context = new_object(_MODEL_JsonObject)
                t_context.additional_properties = v_.copy()
                v_ = t_context
            elif v_ is not UNSET:
                v_ = _MODEL_JsonObject.from_dict(v_)

            decoded.context = v_
            t_count += 1
        else:
            decoded.context = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is WorkspaceUpdateRequest here

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
        "mode",
        "metadata",
        "context",
    }
)


_MODEL_JsonObject: type[_models.JsonObject]
_MODEL_Metadata: type[_models.Metadata]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_JsonObject, _MODEL_Metadata, _linked
    _MODEL_JsonObject = _models.JsonObject
    _MODEL_Metadata = _models.Metadata
    _linked = True
