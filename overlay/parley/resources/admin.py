"""Administration (admin keys only): statistics, administrators, the audit log and API keys.

The ChatServer SDK's names work on `client.admin` (and on the client itself):
`get_platform_stats()`, `list_admins()`, `add_admin(workos_id, email, name)`,
`remove_admin(email)`, `get_audit_log(limit=..., offset=...)`.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal

from .._call import idempotency_key, json_as
from .._pagination import CURSOR, OFFSET, SINGLE_ADMINS, SyncPage
from .._twins import alias, twin
from .._types import NOT_GIVEN, NotGiven
from ._base import AsyncResource, SyncResource, fields

if TYPE_CHECKING:
    from parley_client.models import Admin as AdminModel
    from parley_client.models import ApiKey, ApiKeyWithSecret, AuditLogEntry, DeletedObject, PlatformStats
    from parley_client.params import ApiKeyRoleParam
    from typing_extensions import Unpack

    from .._types import PostOptions, RequestOptions

CHATSERVER = "the ChatServer SDK"


class Admins(SyncResource):
    """`client.admin.admins`: the platform administrators."""

    def list(self, **options: Unpack[RequestOptions]) -> SyncPage[AdminModel]:
        """Every administrator, oldest first, as one page (`list_admins`); `.count` is their number."""
        from parley_client.api.admin import list_admins
        from parley_client.models import AdminList

        return self._requester.paginate(
            list_admins.request_kwargs, {}, SINGLE_ADMINS, json_as(AdminList.decode), options
        )

    def add(
        self, workos_id: str, email: str, name: str | NotGiven = NOT_GIVEN, **options: Unpack[PostOptions]
    ) -> AdminModel:
        """Make the user `workos_id` an administrator (`add_admin`); `ConflictError` if already one."""
        from parley_client.api.admin import add_admin
        from parley_client.models import Admin as AdminModel

        body = fields(workos_id=workos_id, email=email, name=name)
        return self._requester.request(
            add_admin.request_kwargs(body=body, idempotency_key=idempotency_key(options)),
            options,
            json_as(AdminModel.decode),
        )

    def remove(self, email: str, **options: Unpack[RequestOptions]) -> DeletedObject:
        """Remove the administrator with this email (`remove_admin`; the SDK URL-encodes it)."""
        from parley_client.api.admin import remove_admin
        from parley_client.models import DeletedObject

        return self._requester.request(remove_admin.request_kwargs(email), options, json_as(DeletedObject.decode))


class AuditLog(SyncResource):
    """`client.admin.audit_log`: who did what, newest first."""

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        action: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        resource: str | NotGiven = NOT_GIVEN,
        since: datetime.datetime | NotGiven = NOT_GIVEN,
        until: datetime.datetime | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AuditLogEntry]:
        """One offset page of audit entries (`list_audit_log`): `.data` (= `.entries`), `.total`, `.has_more`.

        Iterating it walks the following pages (`offset + len(entries)`) as needed.
        """
        from parley_client.api.admin import list_audit_log
        from parley_client.models import AuditLogPage

        args = fields(
            limit=limit, offset=offset, action=action, user_id=user_id, resource=resource, since=since, until=until
        )
        return self._requester.paginate(
            list_audit_log.request_kwargs, args, OFFSET, json_as(AuditLogPage.decode), options
        )


class ApiKeys(SyncResource):
    """`client.admin.api_keys`: issue, list and revoke API keys."""

    def create(
        self,
        user_id: str,
        name: str,
        *,
        role: ApiKeyRoleParam | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> ApiKeyWithSecret:
        """Issue a key for `user_id` (`create_api_key`); its `.secret` is shown only this once."""
        from parley_client.api.admin import create_api_key
        from parley_client.models import ApiKeyWithSecret

        body = fields(user_id=user_id, name=name, role=role)
        kwargs = create_api_key.request_kwargs(body=body, idempotency_key=idempotency_key(options))
        return self._requester.request(kwargs, options, json_as(ApiKeyWithSecret.decode))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        include_revoked: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ApiKey]:
        """One cursor page of API keys, newest first, without secrets (`list_api_keys`)."""
        from parley_client.api.admin import list_api_keys
        from parley_client.models import ApiKeyList

        args = fields(limit=limit, after=after, order=order, user_id=user_id, include_revoked=include_revoked)
        return self._requester.paginate(list_api_keys.request_kwargs, args, CURSOR, json_as(ApiKeyList.decode), options)

    def revoke(self, key_id: str, **options: Unpack[RequestOptions]) -> ApiKey:
        """Revoke a key at once (`revoke_api_key`); later requests with it answer 401."""
        from parley_client.api.admin import revoke_api_key
        from parley_client.models import ApiKey

        return self._requester.request(revoke_api_key.request_kwargs(key_id), options, json_as(ApiKey.decode))


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

    def stats(self, **options: Unpack[RequestOptions]) -> PlatformStats:
        """Counters over the server's data and its health (`get_platform_stats`)."""
        from parley_client.api.admin import get_platform_stats
        from parley_client.models import PlatformStats

        return self._requester.request(get_platform_stats.request_kwargs(), options, json_as(PlatformStats.decode))

    get_platform_stats = alias(stats, CHATSERVER)
    list_admins = alias(Admins.list, CHATSERVER, "admins.list")
    add_admin = alias(Admins.add, CHATSERVER, "admins.add")
    remove_admin = alias(Admins.remove, CHATSERVER, "admins.remove")
    get_audit_log = alias(AuditLog.list, CHATSERVER, "audit_log.list")


class AsyncAdmins(AsyncResource):
    """`client.admin.admins` (async)."""

    list = twin(Admins.list)
    add = twin(Admins.add)
    remove = twin(Admins.remove)


class AsyncAuditLog(AsyncResource):
    """`client.admin.audit_log` (async)."""

    list = twin(AuditLog.list)


class AsyncApiKeys(AsyncResource):
    """`client.admin.api_keys` (async)."""

    create = twin(ApiKeys.create)
    list = twin(ApiKeys.list)
    revoke = twin(ApiKeys.revoke)


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

    stats = twin(Admin.stats)
    get_platform_stats = twin(Admin.get_platform_stats)
    list_admins = twin(Admin.list_admins)
    add_admin = twin(Admin.add_admin)
    remove_admin = twin(Admin.remove_admin)
    get_audit_log = twin(Admin.get_audit_log)
