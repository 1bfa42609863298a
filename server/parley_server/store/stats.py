"""Platform statistics: counters over every area's tables, computed at request time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from parley_server.database import Database
from parley_server.store import usage

_ACTIVE_RUN = "('queued', 'in_progress')"


def platform_stats(db: Database, pending: Callable[[int], dict[tuple[str, str], tuple[int, int]]]) -> dict[str, Any]:
    """Return the spec's `PlatformStats`, counted from the data as it is now.

    `pending(stored_seq)` gives the usage counted in memory that this snapshot of the database does
    not hold yet (see `UsageMeter`), `(day, user_id) -> (requests, tokens)`; it is added in.
    """
    today = usage.today()
    totals = db.one(
        "SELECT COALESCE(SUM(requests), 0) AS requests, COALESCE(SUM(tokens), 0) AS tokens FROM usage_daily"
    )
    daily = db.one(
        "SELECT COALESCE(SUM(requests), 0) AS requests, COALESCE(SUM(tokens), 0) AS tokens FROM usage_daily"
        " WHERE day = ?",
        (today,),
    )
    assert totals is not None and daily is not None
    unstored = pending(usage.flushed_seq(db))
    active = usage.users_with_requests(db, today) | {
        user for (day, user), (r, _) in unstored.items() if day == today and r
    }
    return {
        "total_users": _count(db, "SELECT COUNT(DISTINCT user_id) FROM api_keys"),
        "active_users": len(active),
        "total_organizations": _count(db, "SELECT COUNT(DISTINCT org_id) FROM audit_log WHERE org_id IS NOT NULL"),
        "total_requests": totals["requests"] + sum(r for r, _ in unstored.values()),
        "requests_today": daily["requests"] + sum(r for (day, _), (r, _) in unstored.items() if day == today),
        "total_tokens": totals["tokens"] + sum(t for _, t in unstored.values()),
        "tokens_today": daily["tokens"] + sum(t for (day, _), (_, t) in unstored.items() if day == today),
        # The server configures no MCP servers of its own (requests may name some; none is kept).
        "total_mcp_servers": 0,
        "system_health": _system_health(db),
        "total_sessions": _count(db, "SELECT COUNT(*) FROM chat_sessions"),
        "total_threads": _count(db, "SELECT COUNT(*) FROM threads"),
        "total_runs": _count(db, "SELECT COUNT(*) FROM thread_runs"),
        "active_runs": _count(db, f"SELECT COUNT(*) FROM thread_runs WHERE status IN {_ACTIVE_RUN}"),
        "total_workspaces": _count(db, "SELECT COUNT(*) FROM workspaces"),
        "active_workspaces": _count(db, "SELECT COUNT(*) FROM workspaces WHERE status = 'active'"),
        "pending_drafts": _count(db, "SELECT COUNT(*) FROM workspace_drafts WHERE status = 'pending'"),
        "total_api_keys": _count(db, "SELECT COUNT(*) FROM api_keys"),
    }


def _system_health(db: Database) -> dict[str, Any]:
    """Healthy: the built-in models have no upstream, so there is no circuit breaker that could open."""
    models = db.all(f"SELECT DISTINCT model FROM thread_runs WHERE status IN {_ACTIVE_RUN} ORDER BY model")
    return {"status": "healthy", "circuit_breaker_status": None, "active_agents": [row["model"] for row in models]}


def _count(db: Database, sql: str, args: tuple[Any, ...] = ()) -> int:
    value = db.scalar(sql, args)
    return int(value or 0)
