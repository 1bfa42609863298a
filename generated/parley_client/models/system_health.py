from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_health_status import SystemHealthStatus, check_system_health_status

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
