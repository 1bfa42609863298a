"""PLACEHOLDER: replaced by the area implementation."""

from parley_server.context import Context
from parley_server.errors import ApiError
from parley_server.replies import Reply, Result
from parley_server.store import audit, keys


def get_platform_stats(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "get_platform_stats is not implemented yet.")


def list_admins(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "list_admins is not implemented yet.")


def add_admin(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "add_admin is not implemented yet.")


def remove_admin(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "remove_admin is not implemented yet.")


def list_audit_log(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "list_audit_log is not implemented yet.")


def create_api_key(ctx: Context) -> Result:
    """Issue a key for `user_id` with `role` (default `user`); the secret is in this answer only."""
    ctx.caller.require_admin()
    row, secret = keys.insert_key(
        ctx.db,
        user_id=ctx.field("user_id"),
        name=ctx.field("name"),
        role=ctx.field("role", "user"),
        created_by=ctx.user_id,
    )
    audit.record(ctx, "api_key.create", "api_key", row["id"], {"user_id": row["user_id"], "role": row["role"]})
    return Reply({**keys.key_json(row), "secret": secret}, status=201)


def list_api_keys(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "list_api_keys is not implemented yet.")


def revoke_api_key(ctx: Context) -> Result:
    """Placeholder."""
    raise ApiError(500, "not_implemented", "revoke_api_key is not implemented yet.")

