from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import new_object
from ..models.system_health_status import (
    SYSTEM_HEALTH_STATUS_VALUES,
    check_system_health_status,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.system_health import SystemHealth


T = TypeVar("T", bound="PlatformStats")


@_attrs_define
class PlatformStats:
    """Platform-wide counters, computed from the server's data at request time. "Today" means since 00:00 UTC."""

    total_users: int
    """ Distinct user ids that own at least one API key. """
    active_users: int
    """ Distinct user ids whose keys made a request today. """
    total_organizations: int
    """ Distinct non-null `org_id` values in the audit log. """
    total_requests: int
    """ Authenticated requests served. """
    requests_today: int
    """ Authenticated requests served today. """
    total_tokens: int
    """ Tokens used by completions, runs and workspace answers. """
    tokens_today: int
    """ Tokens used today. """
    total_mcp_servers: int
    """ MCP servers configured on this server (0 when none). """
    system_health: SystemHealth
    """ The health of the service. """
    total_sessions: int
    """ Recorded completion sessions. """
    total_threads: int
    """ Threads, all owners. """
    total_runs: int
    """ Thread runs ever started. """
    active_runs: int
    """ Thread runs queued or in progress now. """
    total_workspaces: int
    """ Workspaces, active or ended. """
    active_workspaces: int
    """ Workspaces with status `active`. """
    pending_drafts: int
    """ Drafts waiting for a manager's decision, all workspaces. """
    total_api_keys: int
    """ API keys ever issued, revoked ones included. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_users = self.total_users

        active_users = self.active_users

        total_organizations = self.total_organizations

        total_requests = self.total_requests

        requests_today = self.requests_today

        total_tokens = self.total_tokens

        tokens_today = self.tokens_today

        total_mcp_servers = self.total_mcp_servers

        system_health = self.system_health.to_dict()

        total_sessions = self.total_sessions

        total_threads = self.total_threads

        total_runs = self.total_runs

        active_runs = self.active_runs

        total_workspaces = self.total_workspaces

        active_workspaces = self.active_workspaces

        pending_drafts = self.pending_drafts

        total_api_keys = self.total_api_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_users": total_users,
                "active_users": active_users,
                "total_organizations": total_organizations,
                "total_requests": total_requests,
                "requests_today": requests_today,
                "total_tokens": total_tokens,
                "tokens_today": tokens_today,
                "total_mcp_servers": total_mcp_servers,
                "system_health": system_health,
                "total_sessions": total_sessions,
                "total_threads": total_threads,
                "total_runs": total_runs,
                "active_runs": active_runs,
                "total_workspaces": total_workspaces,
                "active_workspaces": active_workspaces,
                "pending_drafts": pending_drafts,
                "total_api_keys": total_api_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.system_health import SystemHealth  # noqa: PLC0415

        d = dict(src_dict)
        total_users = d.pop("total_users")

        active_users = d.pop("active_users")

        total_organizations = d.pop("total_organizations")

        total_requests = d.pop("total_requests")

        requests_today = d.pop("requests_today")

        total_tokens = d.pop("total_tokens")

        tokens_today = d.pop("tokens_today")

        total_mcp_servers = d.pop("total_mcp_servers")

        system_health = SystemHealth.from_dict(d.pop("system_health"))

        total_sessions = d.pop("total_sessions")

        total_threads = d.pop("total_threads")

        total_runs = d.pop("total_runs")

        active_runs = d.pop("active_runs")

        total_workspaces = d.pop("total_workspaces")

        active_workspaces = d.pop("active_workspaces")

        pending_drafts = d.pop("pending_drafts")

        total_api_keys = d.pop("total_api_keys")

        platform_stats = cls(
            total_users=total_users,
            active_users=active_users,
            total_organizations=total_organizations,
            total_requests=total_requests,
            requests_today=requests_today,
            total_tokens=total_tokens,
            tokens_today=tokens_today,
            total_mcp_servers=total_mcp_servers,
            system_health=system_health,
            total_sessions=total_sessions,
            total_threads=total_threads,
            total_runs=total_runs,
            active_runs=active_runs,
            total_workspaces=total_workspaces,
            active_workspaces=active_workspaces,
            pending_drafts=pending_drafts,
            total_api_keys=total_api_keys,
        )

        platform_stats.additional_properties = d
        return platform_stats

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not PlatformStats or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(PlatformStats)
        decoded.total_users = data["total_users"]
        decoded.active_users = data["active_users"]
        decoded.total_organizations = data["total_organizations"]
        decoded.total_requests = data["total_requests"]
        decoded.requests_today = data["requests_today"]
        decoded.total_tokens = data["total_tokens"]
        decoded.tokens_today = data["tokens_today"]
        decoded.total_mcp_servers = data["total_mcp_servers"]
        v_: Any = data["system_health"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_system_health__ = new_object(_MODEL_SystemHealth)
            v_system_health__: Any = v_["status"]
            if v_system_health__ not in SYSTEM_HEALTH_STATUS_VALUES:
                v_system_health__ = check_system_health_status(v_system_health__)  # raises from_dict's TypeError

            o_system_health__.status = v_system_health__
            o_system_health__.circuit_breaker_status = v_["circuit_breaker_status"]
            v_system_health__ = v_["active_agents"]

            o_system_health__.active_agents = v_system_health__
            t_system_health__additional_properties = (
                {} if len(v_) == 3 else {k: x for k, x in v_.items() if k not in _KEYS_system_health}
            )
            o_system_health__.additional_properties = t_system_health__additional_properties

            v_ = o_system_health__
        elif v_ is not UNSET:
            v_ = _MODEL_SystemHealth.from_dict(v_)

        decoded.system_health = v_
        decoded.total_sessions = data["total_sessions"]
        decoded.total_threads = data["total_threads"]
        decoded.total_runs = data["total_runs"]
        decoded.active_runs = data["active_runs"]
        decoded.total_workspaces = data["total_workspaces"]
        decoded.active_workspaces = data["active_workspaces"]
        decoded.pending_drafts = data["pending_drafts"]
        decoded.total_api_keys = data["total_api_keys"]
        t_additional_properties = {} if len(data) == 17 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is PlatformStats here

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
        "total_users",
        "active_users",
        "total_organizations",
        "total_requests",
        "requests_today",
        "total_tokens",
        "tokens_today",
        "total_mcp_servers",
        "system_health",
        "total_sessions",
        "total_threads",
        "total_runs",
        "active_runs",
        "total_workspaces",
        "active_workspaces",
        "pending_drafts",
        "total_api_keys",
    }
)


_KEYS_system_health = frozenset(
    {
        "status",
        "circuit_breaker_status",
        "active_agents",
    }
)


_MODEL_SystemHealth: type[_models.SystemHealth]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_SystemHealth, _linked
    _MODEL_SystemHealth = _models.SystemHealth
    _linked = True
