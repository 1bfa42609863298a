"""Liveness."""

from __future__ import annotations

from parley_server.context import Context
from parley_server.ids import now_iso
from parley_server.replies import Reply

VERSION = "0.1.0"


def get_health(ctx: Context) -> Reply:
    """The service is up: its version and clock."""
    return Reply({"status": "ok", "version": VERSION, "time": now_iso()})
