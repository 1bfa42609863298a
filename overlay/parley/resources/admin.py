"""Administration (admin keys only): statistics, administrators, the audit log and API keys.

The ChatServer SDK's names work on `client.admin` (and on the client itself):
`get_platform_stats()`, `list_admins()`, `add_admin(workos_id, email, name)`,
`remove_admin(email)`, `get_audit_log(limit=..., offset=...)`. Each method is the generated typed
call of its operation (`parley_client.calls.admin`).
"""

from __future__ import annotations

from parley_client.calls import admin as calls

from .._bind import abind, bind
from .._twins import alias
from ._base import AsyncResource, SyncResource

CHATSERVER = "the ChatServer SDK"


class Admins(SyncResource):
    """`client.admin.admins`: the platform administrators."""

    list = bind(calls.list_admins)
    add = bind(calls.add_admin)
    remove = bind(calls.remove_admin)


class AuditLog(SyncResource):
    """`client.admin.audit_log`: who did what, newest first."""

    list = bind(calls.list_audit_log)


class ApiKeys(SyncResource):
    """`client.admin.api_keys`: issue, list and revoke API keys."""

    create = bind(calls.create_api_key)
    list = bind(calls.list_api_keys)
    revoke = bind(calls.revoke_api_key)


class Admin(SyncResource):
    """`client.admin`: platform administration (admin keys; user keys get `PermissionDeniedError`)."""

    @property
    def admins(self) -> Admins:
        """Administrators: `list`, `add`, `remove`."""
        return Admins(self._requester)

    @property
    def audit_log(self) -> AuditLog:
        """The audit log: `list`."""
        return AuditLog(self._requester)

    @property
    def api_keys(self) -> ApiKeys:
        """API keys: `create`, `list`, `revoke`."""
        return ApiKeys(self._requester)

    stats = bind(calls.get_platform_stats)

    get_platform_stats = alias(stats, CHATSERVER, "stats")
    list_admins = alias(Admins.list, CHATSERVER, "admins.list")
    add_admin = alias(Admins.add, CHATSERVER, "admins.add")
    remove_admin = alias(Admins.remove, CHATSERVER, "admins.remove")
    get_audit_log = alias(AuditLog.list, CHATSERVER, "audit_log.list")


class AsyncAdmins(AsyncResource):
    """`client.admin.admins` (async)."""

    list = abind(calls.list_admins)
    add = abind(calls.add_admin)
    remove = abind(calls.remove_admin)


class AsyncAuditLog(AsyncResource):
    """`client.admin.audit_log` (async)."""

    list = abind(calls.list_audit_log)


class AsyncApiKeys(AsyncResource):
    """`client.admin.api_keys` (async)."""

    create = abind(calls.create_api_key)
    list = abind(calls.list_api_keys)
    revoke = abind(calls.revoke_api_key)


class AsyncAdmin(AsyncResource):
    """`client.admin` (async)."""

    @property
    def admins(self) -> AsyncAdmins:
        """Administrators: `list`, `add`, `remove`."""
        return AsyncAdmins(self._requester)

    @property
    def audit_log(self) -> AsyncAuditLog:
        """The audit log: `list`."""
        return AsyncAuditLog(self._requester)

    @property
    def api_keys(self) -> AsyncApiKeys:
        """API keys: `create`, `list`, `revoke`."""
        return AsyncApiKeys(self._requester)

    stats = abind(calls.get_platform_stats)

    get_platform_stats = alias(stats, CHATSERVER, "stats")
    list_admins = alias(AsyncAdmins.list, CHATSERVER, "admins.list")
    add_admin = alias(AsyncAdmins.add, CHATSERVER, "admins.add")
    remove_admin = alias(AsyncAdmins.remove, CHATSERVER, "admins.remove")
    get_audit_log = alias(AsyncAuditLog.list, CHATSERVER, "audit_log.list")
