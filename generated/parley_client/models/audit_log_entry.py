from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .. import models as _models
from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="AuditLogEntry")


@_attrs_define
class AuditLogEntry:
    """One recorded administrative or manager action."""

    id: str
    """ The entry id (`aud_...`). """
    timestamp: datetime.datetime
    """ When the action happened. """
    user_id: None | str
    """ The user id whose key performed the action; null for actions of the server itself. """
    org_id: None | str
    """ The organization the action belongs to, if any. """
    action: str
    """ What was done, e.g. `admin.add`, `api_key.create`, `api_key.revoke`, `workspace.mode_change`,
    `draft.approve`. """
    resource: None | str
    """ The kind of resource acted on, e.g. `workspace`, `api_key`, `admin`, `draft`. """
    resource_id: None | str
    """ The id of the resource acted on. """
    metadata: Metadata
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    request_id: None | str
    """ The id of the request that performed the action. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp = self.timestamp.isoformat()

        user_id: None | str
        user_id = self.user_id

        org_id: None | str
        org_id = self.org_id

        action = self.action

        resource: None | str
        resource = self.resource

        resource_id: None | str
        resource_id = self.resource_id

        metadata = self.metadata.to_dict()

        request_id: None | str
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
                "user_id": user_id,
                "org_id": org_id,
                "action": action,
                "resource": resource,
                "resource_id": resource_id,
                "metadata": metadata,
                "request_id": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        timestamp = isoparse(d.pop("timestamp"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_org_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_id = _parse_org_id(d.pop("org_id"))

        action = d.pop("action")

        def _parse_resource(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource = _parse_resource(d.pop("resource"))

        def _parse_resource_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resource_id = _parse_resource_id(d.pop("resource_id"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        audit_log_entry = cls(
            id=id,
            timestamp=timestamp,
            user_id=user_id,
            org_id=org_id,
            action=action,
            resource=resource,
            resource_id=resource_id,
            metadata=metadata,
            request_id=request_id,
        )

        audit_log_entry.additional_properties = d
        return audit_log_entry

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not AuditLogEntry or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(AuditLogEntry)
        decoded.id = data["id"]
        v_: Any = data["timestamp"]
        v_ = parse_timestamp(v_)

        decoded.timestamp = v_
        decoded.user_id = data["user_id"]
        decoded.org_id = data["org_id"]
        decoded.action = data["action"]
        decoded.resource = data["resource"]
        decoded.resource_id = data["resource_id"]
        v_ = data["metadata"]
        if v_.__class__ is dict:  # the nested model's decode: a copy of the object
            t_metadata = new_object(_MODEL_Metadata)
            t_metadata.additional_properties = v_.copy()
            v_ = t_metadata
        elif v_ is not UNSET:
            v_ = _MODEL_Metadata.from_dict(v_)

        decoded.metadata = v_
        decoded.request_id = data["request_id"]
        t_additional_properties = {} if len(data) == 9 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is AuditLogEntry here

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


_MODEL_Metadata: type[_models.Metadata]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_Metadata, _linked
    _MODEL_Metadata = _models.Metadata
    _linked = True
