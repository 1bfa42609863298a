from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from .._timestamps import parse_timestamp
from ..models.workspace_mode import WORKSPACE_MODE_VALUES, check_workspace_mode
from ..models.workspace_status import WORKSPACE_STATUS_VALUES, check_workspace_status
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.workspace import Workspace


T = TypeVar("T", bound="WorkspaceList")


@_attrs_define
class WorkspaceList:
    """A cursor page of workspaces."""

    data: list[Workspace]
    has_more: bool
    """ True when more items follow this page. """
    after: None | str
    """ The id of the last item of this page (pass it as `after` for the next page); null when the page is empty.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        after: None | str
        after = self.after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "has_more": has_more,
                "after": after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace import Workspace  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Workspace.from_dict(data_item_data)

            data.append(data_item)

        has_more = d.pop("has_more")

        def _parse_after(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        after = _parse_after(d.pop("after"))

        workspace_list = cls(
            data=data,
            has_more=has_more,
            after=after,
        )

        workspace_list.additional_properties = d
        return workspace_list

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not WorkspaceList or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(WorkspaceList)
        v_: Any = data["data"]
        if v_.__class__ is list and len(v_) == 1 and (t_data_item := v_[0]).__class__ is dict:  # one item, inline
            o_data_item__ = new_object(_MODEL_Workspace)
            o_data_item__.id = t_data_item["id"]
            o_data_item__.client_id = t_data_item["client_id"]
            v_data_item__: Any = t_data_item["mode"]
            if v_data_item__ not in WORKSPACE_MODE_VALUES:
                v_data_item__ = check_workspace_mode(v_data_item__)  # raises from_dict's TypeError

            o_data_item__.mode = v_data_item__
            v_data_item__ = t_data_item["status"]
            if v_data_item__ not in WORKSPACE_STATUS_VALUES:
                v_data_item__ = check_workspace_status(v_data_item__)  # raises from_dict's TypeError

            o_data_item__.status = v_data_item__
            o_data_item__.system_prompt = t_data_item["system_prompt"]
            v_data_item__ = t_data_item["context"]
            if v_data_item__.__class__ is dict:  # the nested model's decode: a copy of the object
                t_data_item__context = new_object(_MODEL_JsonObject)
                t_data_item__context.additional_properties = v_data_item__.copy()
                v_data_item__ = t_data_item__context
            elif v_data_item__ is not UNSET:
                v_data_item__ = _MODEL_JsonObject.from_dict(v_data_item__)

            o_data_item__.context = v_data_item__
            v_data_item__ = t_data_item["metadata"]
            if v_data_item__.__class__ is dict:  # the nested model's decode: a copy of the object
                t_data_item__metadata = new_object(_MODEL_Metadata)
                t_data_item__metadata.additional_properties = v_data_item__.copy()
                v_data_item__ = t_data_item__metadata
            elif v_data_item__ is not UNSET:
                v_data_item__ = _MODEL_Metadata.from_dict(v_data_item__)

            o_data_item__.metadata = v_data_item__
            o_data_item__.model = t_data_item["model"]
            o_data_item__.message_count = t_data_item["message_count"]
            o_data_item__.pending_drafts = t_data_item["pending_drafts"]
            v_data_item__ = t_data_item["created_at"]
            v_data_item__ = parse_timestamp(v_data_item__)

            o_data_item__.created_at = v_data_item__
            v_data_item__ = t_data_item["updated_at"]
            v_data_item__ = parse_timestamp(v_data_item__)

            o_data_item__.updated_at = v_data_item__
            v_data_item__ = t_data_item["ended_at"]
            if v_data_item__ is not None:  # values its parser returns as they are
                v_data_item__ = _decode_data_item__ended_at(v_data_item__)

            o_data_item__.ended_at = v_data_item__
            t_data_item__additional_properties = (
                {} if len(t_data_item) == 13 else {k: x for k, x in t_data_item.items() if k not in _KEYS_data_item}
            )
            o_data_item__.additional_properties = t_data_item__additional_properties

            v_ = [o_data_item__]
        elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
            t_data_item__list: list[Any] = []
            t_data_item__append = t_data_item__list.append
            t_data_item__paused = pause_gc(v_)
            try:
                for t_data_item in v_:
                    if t_data_item.__class__ is dict:
                        o_data_item__ = new_object(_MODEL_Workspace)
                        o_data_item__.id = t_data_item["id"]
                        o_data_item__.client_id = t_data_item["client_id"]
                        v_data_item__ = t_data_item["mode"]
                        if v_data_item__ not in WORKSPACE_MODE_VALUES:
                            v_data_item__ = check_workspace_mode(v_data_item__)  # raises from_dict's TypeError

                        o_data_item__.mode = v_data_item__
                        v_data_item__ = t_data_item["status"]
                        if v_data_item__ not in WORKSPACE_STATUS_VALUES:
                            v_data_item__ = check_workspace_status(v_data_item__)  # raises from_dict's TypeError

                        o_data_item__.status = v_data_item__
                        o_data_item__.system_prompt = t_data_item["system_prompt"]
                        v_data_item__ = t_data_item["context"]
                        if v_data_item__.__class__ is dict:  # the nested model's decode: a copy of the object
                            t_data_item__context = new_object(_MODEL_JsonObject)
                            t_data_item__context.additional_properties = v_data_item__.copy()
                            v_data_item__ = t_data_item__context
                        elif v_data_item__ is not UNSET:
                            v_data_item__ = _MODEL_JsonObject.from_dict(v_data_item__)

                        o_data_item__.context = v_data_item__
                        v_data_item__ = t_data_item["metadata"]
                        if v_data_item__.__class__ is dict:  # the nested model's decode: a copy of the object
                            t_data_item__metadata = new_object(_MODEL_Metadata)
                            t_data_item__metadata.additional_properties = v_data_item__.copy()
                            v_data_item__ = t_data_item__metadata
                        elif v_data_item__ is not UNSET:
                            v_data_item__ = _MODEL_Metadata.from_dict(v_data_item__)

                        o_data_item__.metadata = v_data_item__
                        o_data_item__.model = t_data_item["model"]
                        o_data_item__.message_count = t_data_item["message_count"]
                        o_data_item__.pending_drafts = t_data_item["pending_drafts"]
                        v_data_item__ = t_data_item["created_at"]
                        v_data_item__ = parse_timestamp(v_data_item__)

                        o_data_item__.created_at = v_data_item__
                        v_data_item__ = t_data_item["updated_at"]
                        v_data_item__ = parse_timestamp(v_data_item__)

                        o_data_item__.updated_at = v_data_item__
                        v_data_item__ = t_data_item["ended_at"]
                        if v_data_item__ is not None:  # values its parser returns as they are
                            v_data_item__ = _decode_data_item__ended_at(v_data_item__)

                        o_data_item__.ended_at = v_data_item__
                        t_data_item__additional_properties = (
                            {}
                            if len(t_data_item) == 13
                            else {k: x for k, x in t_data_item.items() if k not in _KEYS_data_item}
                        )
                        o_data_item__.additional_properties = t_data_item__additional_properties

                        t_data_item__append(o_data_item__)
                    else:
                        t_data_item__append(_MODEL_Workspace.from_dict(t_data_item))
            finally:
                if t_data_item__paused:
                    gc.enable()
            v_ = t_data_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_Workspace)

        decoded.data = v_
        decoded.has_more = data["has_more"]
        decoded.after = data["after"]
        t_additional_properties = {} if len(data) == 3 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is WorkspaceList here

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
        "data",
        "has_more",
        "after",
    }
)


_KEYS_data_item = frozenset(
    {
        "id",
        "client_id",
        "mode",
        "status",
        "system_prompt",
        "context",
        "metadata",
        "model",
        "message_count",
        "pending_drafts",
        "created_at",
        "updated_at",
        "ended_at",
    }
)


def _decode_data_item__ended_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_data_item__ended_at_type_0: Any = data
            v_data_item__ended_at_type_0 = parse_timestamp(v_data_item__ended_at_type_0)

            return v_data_item__ended_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_JsonObject: type[_models.JsonObject]
_MODEL_Metadata: type[_models.Metadata]
_MODEL_Workspace: type[_models.Workspace]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_JsonObject, _MODEL_Metadata, _MODEL_Workspace, _linked
    _MODEL_JsonObject = _models.JsonObject
    _MODEL_Metadata = _models.Metadata
    _MODEL_Workspace = _models.Workspace
    _linked = True
