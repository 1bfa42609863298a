from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.health_status import (
    HEALTH_STATUS_VALUES,
    HealthStatus,
    check_health_status,
)

T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """The service's liveness."""

    status: HealthStatus
    version: str
    """ The server's version. """
    time: datetime.datetime
    """ The server's clock. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        version = self.version

        time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "version": version,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_health_status(d.pop("status"))

        version = d.pop("version")

        time = isoparse(d.pop("time"))

        health = cls(
            status=status,
            version=version,
            time=time,
        )

        health.additional_properties = d
        return health

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not Health or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(Health)
        v_: Any = data["status"]
        if v_ not in HEALTH_STATUS_VALUES:
            v_ = check_health_status(v_)  # raises from_dict's TypeError

        decoded.status = v_
        decoded.version = data["version"]
        v_ = data["time"]
        v_ = parse_timestamp(v_)

        decoded.time = v_
        t_additional_properties = {} if len(data) == 3 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is Health here

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
        "status",
        "version",
        "time",
    }
)
