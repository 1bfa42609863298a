from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..models.system_health_status import (
    SYSTEM_HEALTH_STATUS_VALUES,
    SystemHealthStatus,
    check_system_health_status,
)

T = TypeVar("T", bound="SystemHealth")


@_attrs_define
class SystemHealth:
    """The health of the service."""

    status: SystemHealthStatus
    """ `degraded` when a model upstream is failing (its circuit breaker is open); `healthy` otherwise. """
    circuit_breaker_status: None | str
    """ The state of the upstream circuit breaker (e.g. `closed`, `open`); null when the server has none. """
    active_agents: list[str]
    """ The models running at least one active run right now. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        circuit_breaker_status: None | str
        circuit_breaker_status = self.circuit_breaker_status

        active_agents = self.active_agents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "circuit_breaker_status": circuit_breaker_status,
                "active_agents": active_agents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_system_health_status(d.pop("status"))

        def _parse_circuit_breaker_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        circuit_breaker_status = _parse_circuit_breaker_status(d.pop("circuit_breaker_status"))

        active_agents = cast(list[str], d.pop("active_agents"))

        system_health = cls(
            status=status,
            circuit_breaker_status=circuit_breaker_status,
            active_agents=active_agents,
        )

        system_health.additional_properties = d
        return system_health

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not SystemHealth or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(SystemHealth)
        v_: Any = data["status"]
        if v_ not in SYSTEM_HEALTH_STATUS_VALUES:
            v_ = check_system_health_status(v_)  # raises from_dict's TypeError

        decoded.status = v_
        decoded.circuit_breaker_status = data["circuit_breaker_status"]
        v_ = data["active_agents"]

        decoded.active_agents = v_
        t_additional_properties = {} if len(data) == 3 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is SystemHealth here

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
        "circuit_breaker_status",
        "active_agents",
    }
)
