"""Admin operations: platform stats, administrators, the audit log and API keys (admin rights only)."""

from __future__ import annotations

from typing import Any

from parley_server.context import Context
from parley_server.errors import NotFound, conflict
from parley_server.ids import parse_iso
from parley_server.replies import Reply, Result
from parley_server.store import audit, keys, stats
from parley_server.streams import StreamRegistry

# Bounds for `since`/`until` values whose UTC form falls outside the years 1..9999.
_BEFORE_ALL = ""
_AFTER_ALL = "~"


def get_platform_stats(ctx: Context) -> Result:
    """Counters over the server's data, computed now, and the service's health."""
    ctx.caller.require_admin()
    return Reply(stats.platform_stats(ctx.db, ctx.services.meter.pending))


def list_admins(ctx: Context) -> Result:
    """Every administrator, oldest first, with their count."""
    ctx.caller.require_admin()
    admins = [keys.admin_json(row) for row in keys.list_admins(ctx.db)]
    return Reply({"admins": admins, "count": len(admins)})


def add_admin(ctx: Context) -> Result:
    """Make the user `workos_id` an administrator (409 `admin_exists` when the email or user already is)."""
    ctx.caller.require_admin()
    workos_id, email = ctx.field("workos_id"), ctx.field("email")
    if keys.admin_conflicts(ctx.db, workos_id=workos_id, email=email):
        raise conflict("admin_exists", f"'{email}' (user '{workos_id}') is already an administrator.", param="email")
    name = ctx.field("name", "")
    row = keys.insert_admin(ctx.db, workos_id=workos_id, email=email, name=name, created_by=ctx.user_id)
    ctx.audit("admin.add", "admin", row["id"], {"email": email, "workos_id": workos_id})
    return Reply(keys.admin_json(row), status=201)


def remove_admin(ctx: Context) -> Result:
    """Remove the administrator with this email; never the caller's own user (409 `cannot_remove_self`)."""
    ctx.caller.require_admin()
    email = ctx.params["email"]
    row = keys.find_admin_by_email(ctx.db, email)
    if row is None:
        raise NotFound("admin_not_found", f"No administrator with email '{email}'.", param="email")
    if row["workos_id"] == ctx.user_id:
        raise conflict("cannot_remove_self", "An administrator cannot remove itself.", param="email")
    keys.delete_admin(ctx.db, row["id"])
    ctx.audit("admin.remove", "admin", row["id"], {"email": email, "workos_id": row["workos_id"]})
    return Reply({"id": row["id"], "deleted": True})


def list_audit_log(ctx: Context) -> Result:
    """An offset page of audit entries, newest first, filtered by action, user, resource and time."""
    ctx.caller.require_admin()
    params = ctx.params
    limit, offset = params["limit"], params["offset"]
    filters: dict[str, str] = {name: params[name] for name in ("action", "user_id", "resource") if name in params}
    since = _timestamp(params["since"]) if "since" in params else None
    until = _timestamp(params["until"]) if "until" in params else None
    rows, total = audit.page(ctx.db, filters=filters, since=since, until=until, limit=limit, offset=min(offset, 2**62))
    entries = [audit.entry_json(row) for row in rows]
    has_more = offset + len(entries) < total
    return Reply({"entries": entries, "total": total, "limit": limit, "offset": offset, "has_more": has_more})


def create_api_key(ctx: Context) -> Result:
    """Issue a key for `user_id` with `role` (default `user`); the secret is in this answer only.

    The secret is never stored, not even for an idempotent replay: a replay of this request (same
    `Idempotency-Key`) answers 409 `api_key_secret_not_replayable` naming the key it created.
    """
    ctx.caller.require_admin()
    row, secret = keys.insert_key(
        ctx.db,
        user_id=ctx.field("user_id"),
        name=ctx.field("name"),
        role=ctx.field("role", "user"),
        created_by=ctx.user_id,
    )
    ctx.audit("api_key.create", "api_key", row["id"], {"user_id": row["user_id"], "role": row["role"]})
    replay = conflict(
        "api_key_secret_not_replayable",
        f"This Idempotency-Key already created API key '{row['id']}' (user '{row['user_id']}', role "
        f"'{row['role']}'). Its secret was shown once, in that answer, and is not stored; if it was lost, "
        f"revoke {row['id']} and create a new key.",
        param="Idempotency-Key",
    )
    return Reply({**keys.key_json(row), "secret": secret}, status=201, replay=replay)


def list_api_keys(ctx: Context) -> Result:
    """A cursor page of keys (never their secrets), maybe one user's, revoked ones only on request."""
    ctx.caller.require_admin()
    page = keys.page(ctx.db, ctx.params.get("user_id"), ctx.params["include_revoked"], ctx.params)
    page["data"] = [_with_last_use(ctx, key) for key in page["data"]]
    return Reply(page)


def revoke_api_key(ctx: Context) -> Result:
    """Revoke a key at once, ending its open streams (404 when unknown or revoked; 409 `cannot_revoke_self`)."""
    ctx.caller.require_admin()
    key_id = ctx.params["key_id"]
    if key_id == ctx.caller.key_id:
        raise conflict("cannot_revoke_self", "An API key cannot revoke itself; use another admin key.", param="key_id")
    row = keys.revoke_key(ctx.db, key_id)
    if row is None:
        raise NotFound("api_key_not_found", f"No active API key with id '{key_id}'.", param="key_id")
    ctx.audit("api_key.revoke", "api_key", key_id, {"user_id": row["user_id"], "role": row["role"]})
    streams = ctx.services.streams
    ctx.db.after_commit(lambda: _end_streams(streams, key_id))
    return Reply(_with_last_use(ctx, keys.key_json(row)))


def _with_last_use(ctx: Context, key: dict[str, Any]) -> dict[str, Any]:
    """The key with the latest use this server saw, also one the usage meter has not written yet."""
    seen = ctx.services.meter.last_use(key["id"])
    if seen is not None and (key["last_used_at"] is None or seen > key["last_used_at"]):
        key["last_used_at"] = seen
    return key


def _end_streams(streams: StreamRegistry, key_id: str) -> None:
    streams.revoke(key_id)


def _timestamp(value: str) -> str:
    """An RFC 3339 date-time as a stored timestamp (UTC, microseconds, `Z`), comparable as text."""
    try:
        return parse_iso(value).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
    except OverflowError:
        # Only years 0001 and 9999 with an offset can leave the datetime range when moved to UTC.
        return _BEFORE_ALL if value.startswith("0001") else _AFTER_ALL
