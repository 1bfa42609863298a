from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from .._timestamps import parse_timestamp
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.audit_log_entry import AuditLogEntry


T = TypeVar("T", bound="AuditLogPage")


@_attrs_define
class AuditLogPage:
    """An offset page of audit entries, newest first."""

    entries: list[AuditLogEntry]
    total: int
    """ The number of entries matching the filters, over all pages. """
    limit: int
    """ The page size used. """
    offset: int
    """ The offset used. """
    has_more: bool
    """ True when `offset + len(entries) < total`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        total = self.total

        limit = self.limit

        offset = self.offset

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
                "total": total,
                "limit": limit,
                "offset": offset,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_log_entry import AuditLogEntry  # noqa: PLC0415

        d = dict(src_dict)
        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = AuditLogEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        total = d.pop("total")

        limit = d.pop("limit")

        offset = d.pop("offset")

        has_more = d.pop("has_more")

        audit_log_page = cls(
            entries=entries,
            total=total,
            limit=limit,
            offset=offset,
            has_more=has_more,
        )

        audit_log_page.additional_properties = d
        return audit_log_page

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not AuditLogPage or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(AuditLogPage)
        v_: Any = data["entries"]
        if v_.__class__ is list and len(v_) == 1 and (t_entries_item := v_[0]).__class__ is dict:  # one item, inline
            o_entries_item__ = new_object(_MODEL_AuditLogEntry)
            o_entries_item__.id = t_entries_item["id"]
            v_entries_item__: Any = t_entries_item["timestamp"]
            v_entries_item__ = parse_timestamp(v_entries_item__)

            o_entries_item__.timestamp = v_entries_item__
            o_entries_item__.user_id = t_entries_item["user_id"]
            o_entries_item__.org_id = t_entries_item["org_id"]
            o_entries_item__.action = t_entries_item["action"]
            o_entries_item__.resource = t_entries_item["resource"]
            o_entries_item__.resource_id = t_entries_item["resource_id"]
            v_entries_item__ = t_entries_item["metadata"]
            if v_entries_item__.__class__ is dict:  # the nested model's decode: a copy of the object
                t_entries_item__metadata = new_object(_MODEL_Metadata)
                t_entries_item__metadata.additional_properties = v_entries_item__.copy()
                v_entries_item__ = t_entries_item__metadata
            elif v_entries_item__ is not UNSET:
                v_entries_item__ = _MODEL_Metadata.from_dict(v_entries_item__)

            o_entries_item__.metadata = v_entries_item__
            o_entries_item__.request_id = t_entries_item["request_id"]
            t_entries_item__additional_properties = (
                {}
                if len(t_entries_item) == 9
                else {k: x for k, x in t_entries_item.items() if k not in _KEYS_entries_item}
            )
            o_entries_item__.additional_properties = t_entries_item__additional_properties

            v_ = [o_entries_item__]
        elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
            t_entries_item__list: list[Any] = []
            t_entries_item__append = t_entries_item__list.append
            t_entries_item__paused = pause_gc(v_)
            try:
                for t_entries_item in v_:
                    if t_entries_item.__class__ is dict:
                        o_entries_item__ = new_object(_MODEL_AuditLogEntry)
                        o_entries_item__.id = t_entries_item["id"]
                        v_entries_item__ = t_entries_item["timestamp"]
                        v_entries_item__ = parse_timestamp(v_entries_item__)

                        o_entries_item__.timestamp = v_entries_item__
                        o_entries_item__.user_id = t_entries_item["user_id"]
                        o_entries_item__.org_id = t_entries_item["org_id"]
                        o_entries_item__.action = t_entries_item["action"]
                        o_entries_item__.resource = t_entries_item["resource"]
                        o_entries_item__.resource_id = t_entries_item["resource_id"]
                        v_entries_item__ = t_entries_item["metadata"]
                        if v_entries_item__.__class__ is dict:  # the nested model's decode: a copy of the object
                            t_entries_item__metadata = new_object(_MODEL_Metadata)
                            t_entries_item__metadata.additional_properties = v_entries_item__.copy()
                            v_entries_item__ = t_entries_item__metadata
                        elif v_entries_item__ is not UNSET:
                            v_entries_item__ = _MODEL_Metadata.from_dict(v_entries_item__)

                        o_entries_item__.metadata = v_entries_item__
                        o_entries_item__.request_id = t_entries_item["request_id"]
                        t_entries_item__additional_properties = (
                            {}
                            if len(t_entries_item) == 9
                            else {k: x for k, x in t_entries_item.items() if k not in _KEYS_entries_item}
                        )
                        o_entries_item__.additional_properties = t_entries_item__additional_properties

                        t_entries_item__append(o_entries_item__)
                    else:
                        t_entries_item__append(_MODEL_AuditLogEntry.from_dict(t_entries_item))
            finally:
                if t_entries_item__paused:
                    gc.enable()
            v_ = t_entries_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_AuditLogEntry)

        decoded.entries = v_
        decoded.total = data["total"]
        decoded.limit = data["limit"]
        decoded.offset = data["offset"]
        decoded.has_more = data["has_more"]
        t_additional_properties = {} if len(data) == 5 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is AuditLogPage here

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
        "entries",
        "total",
        "limit",
        "offset",
        "has_more",
    }
)


_KEYS_entries_item = frozenset(
    {
        "id",
        "timestamp",
        "user_id",
        "org_id",
        "action",
        "resource",
        "resource_id",
        "metadata",
        "request_id",
    }
)


_MODEL_AuditLogEntry: type[_models.AuditLogEntry]
_MODEL_Metadata: type[_models.Metadata]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_AuditLogEntry, _MODEL_Metadata, _linked
    _MODEL_AuditLogEntry = _models.AuditLogEntry
    _MODEL_Metadata = _models.Metadata
    _linked = True
