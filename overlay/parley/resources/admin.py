"""Administration (admin keys only): statistics, administrators, the audit log and API keys.

The ChatServer SDK's names work on `client.admin` (and on the client itself):
`get_platform_stats()`, `list_admins()`, `add_admin(workos_id, email, name)`,
`remove_admin(email)`, `get_audit_log(limit=..., offset=...)`.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal

from parley_client.api.admin import (
    add_admin,
    create_api_key,
    get_platform_stats,
    list_admins,
    list_api_keys,
    list_audit_log,
    remove_admin,
    revoke_api_key,
)
from parley_client.models.add_admin_request import AddAdminRequest
from parley_client.models.admin import Admin as AdminModel
from parley_client.models.admin_list import AdminList
from parley_client.models.api_key import ApiKey
from parley_client.models.api_key_create_request import ApiKeyCreateRequest
from parley_client.models.api_key_list import ApiKeyList
from parley_client.models.api_key_with_secret import ApiKeyWithSecret
from parley_client.models.audit_log_entry import AuditLogEntry
from parley_client.models.audit_log_page import AuditLogPage
from parley_client.models.deleted_object import DeletedObject
from parley_client.models.platform_stats import PlatformStats

from .._call import idempotency_key
from .._pagination import CURSOR, OFFSET, SINGLE_ADMINS, SyncPage
from .._types import NOT_GIVEN, NotGiven
from ._base import AsyncResource, SyncResource, async_twin, fields, json_as, page_twin

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import PostOptions, RequestOptions

_stats = json_as(PlatformStats.from_dict)
_admin_list = json_as(AdminList.from_dict)
_admin = json_as(AdminModel.from_dict)
_deleted = json_as(DeletedObject.from_dict)
_audit_page = json_as(AuditLogPage.from_dict)
_key_with_secret = json_as(ApiKeyWithSecret.from_dict)
_key_list = json_as(ApiKeyList.from_dict)
_key = json_as(ApiKey.from_dict)


class Admins(SyncResource):
    """`client.admin.admins`: the platform administrators."""

    def list(self, **options: Unpack[RequestOptions]) -> SyncPage[AdminModel]:
        """Every administrator, oldest first, as one page (`list_admins`); `.count` is their number."""
        return self._client._paginate(list_admins._get_kwargs, {}, SINGLE_ADMINS, _admin_list, options)

    def add(
        self, workos_id: str, email: str, name: str | NotGiven = NOT_GIVEN, **options: Unpack[PostOptions]
    ) -> AdminModel:
        """Make the user `workos_id` an administrator (`add_admin`); `ConflictError` if already one."""
        body = AddAdminRequest.from_dict(fields(workos_id=workos_id, email=email, name=name))
        return self._client._request(
            add_admin._get_kwargs(body=body, idempotency_key=idempotency_key(options)), options, _admin
        )

    def remove(self, email: str, **options: Unpack[RequestOptions]) -> DeletedObject:
        """Remove the administrator with this email (`remove_admin`; the SDK URL-encodes it)."""
        return self._client._request(remove_admin._get_kwargs(email), options, _deleted)


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
        args = fields(
            limit=limit, offset=offset, action=action, user_id=user_id, resource=resource, since=since, until=until
        )
        return self._client._paginate(list_audit_log._get_kwargs, args, OFFSET, _audit_page, options)


class ApiKeys(SyncResource):
    """`client.admin.api_keys`: issue, list and revoke API keys."""

    def create(
        self,
        user_id: str,
        name: str,
        *,
        role: Literal["user", "admin"] | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> ApiKeyWithSecret:
        """Issue a key for `user_id` (`create_api_key`); its `.secret` is shown only this once."""
        body = ApiKeyCreateRequest.from_dict(fields(user_id=user_id, name=name, role=role))
        kwargs = create_api_key._get_kwargs(body=body, idempotency_key=idempotency_key(options))
        return self._client._request(kwargs, options, _key_with_secret)

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
        args = fields(limit=limit, after=after, order=order, user_id=user_id, include_revoked=include_revoked)
        return self._client._paginate(list_api_keys._get_kwargs, args, CURSOR, _key_list, options)

    def revoke(self, key_id: str, **options: Unpack[RequestOptions]) -> ApiKey:
        """Revoke a key at once (`revoke_api_key`); later requests with it answer 401."""
        return self._client._request(revoke_api_key._get_kwargs(key_id), options, _key)


class Admin(SyncResource):
    """`client.admin`: platform administration (admin keys; user keys get `PermissionDeniedError`)."""

    @property
    def admins(self) -> Admins:
        """Administrators: `list`, `add`, `remove`."""
        return Admins(self._client)

    @property
    def audit_log(self) -> AuditLog:
        """The audit log: `list`."""
        return AuditLog(self._client)

    @property
    def api_keys(self) -> ApiKeys:
        """API keys: `create`, `list`, `revoke`."""
        return ApiKeys(self._client)

    def stats(self, **options: Unpack[RequestOptions]) -> PlatformStats:
        """Counters over the server's data and its health (`get_platform_stats`)."""
        return self._client._request(get_platform_stats._get_kwargs(), options, _stats)

    def get_platform_stats(self, **options: Unpack[RequestOptions]) -> PlatformStats:
        """Alias of `stats` (the ChatServer SDK's name)."""
        return self.stats(**options)

    def list_admins(self, **options: Unpack[RequestOptions]) -> SyncPage[AdminModel]:
        """Alias of `admins.list` (the ChatServer SDK's name)."""
        return self.admins.list(**options)

    def add_admin(
        self, workos_id: str, email: str, name: str | NotGiven = NOT_GIVEN, **options: Unpack[PostOptions]
    ) -> AdminModel:
        """Alias of `admins.add` (the ChatServer SDK's name and arguments)."""
        return self.admins.add(workos_id, email, name, **options)

    def remove_admin(self, email: str, **options: Unpack[RequestOptions]) -> DeletedObject:
        """Alias of `admins.remove` (the ChatServer SDK's name)."""
        return self.admins.remove(email, **options)

    def get_audit_log(
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
        """Alias of `audit_log.list` (the ChatServer SDK's name and arguments)."""
        return self.audit_log.list(
            limit=limit,
            offset=offset,
            action=action,
            user_id=user_id,
            resource=resource,
            since=since,
            until=until,
            **options,
        )


class AsyncAdmins(AsyncResource):
    """`client.admin.admins` (async)."""

    list = page_twin(Admins.list)
    add = async_twin(Admins.add)
    remove = async_twin(Admins.remove)


class AsyncAuditLog(AsyncResource):
    """`client.admin.audit_log` (async)."""

    list = page_twin(AuditLog.list)


class AsyncApiKeys(AsyncResource):
    """`client.admin.api_keys` (async)."""

    create = async_twin(ApiKeys.create)
    list = page_twin(ApiKeys.list)
    revoke = async_twin(ApiKeys.revoke)


class AsyncAdmin(AsyncResource):
    """`client.admin` (async)."""

    @property
    def admins(self) -> AsyncAdmins:
        """Administrators: `list`, `add`, `remove`."""
        return AsyncAdmins(self._client)

    @property
    def audit_log(self) -> AsyncAuditLog:
        """The audit log: `list`."""
        return AsyncAuditLog(self._client)

    @property
    def api_keys(self) -> AsyncApiKeys:
        """API keys: `create`, `list`, `revoke`."""
        return AsyncApiKeys(self._client)

    stats = async_twin(Admin.stats)
    get_platform_stats = async_twin(Admin.get_platform_stats)
    list_admins = page_twin(Admin.list_admins)
    add_admin = async_twin(Admin.add_admin)
    remove_admin = async_twin(Admin.remove_admin)
    get_audit_log = page_twin(Admin.get_audit_log)
