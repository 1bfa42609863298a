"""Liveness, and who is calling."""

from __future__ import annotations

from parley_server.context import Context
from parley_server.ids import now_iso
from parley_server.replies import Reply


def get_health(ctx: Context) -> Reply:
    """The service is up: its version (the `info.version` of the spec it implements) and clock."""
    version = str(ctx.services.contract.document["info"]["version"])
    return Reply({"status": "ok", "version": version, "time": now_iso()})


def get_caller(ctx: Context) -> Reply:
    """The calling key: its id, its user, and the rights it has now (`admin` or `user`)."""
    caller = ctx.caller
    return Reply({"key_id": caller.key_id, "user_id": caller.user_id, "role": "admin" if caller.is_admin else "user"})
