"""Liveness."""

from __future__ import annotations

from parley_server.context import Context
from parley_server.ids import now_iso
from parley_server.replies import Reply


def get_health(ctx: Context) -> Reply:
    """The service is up: its version (the `info.version` of the spec it implements) and clock."""
    version = str(ctx.services.contract.document["info"]["version"])
    return Reply({"status": "ok", "version": version, "time": now_iso()})
