"""Recorded completion sessions: page-numbered list, detail with transcript, rename/archive/annotate, delete.

Every lookup is scoped to the caller's user (the owner); the optional `user_id` parameters narrow it
further to one end user (the completions' `user`).
"""

from __future__ import annotations

from typing import Any

from parley_server.context import Context
from parley_server.database import Row
from parley_server.errors import not_found
from parley_server.replies import Reply, Result
from parley_server.store import idempotency, sessions


def list_sessions(ctx: Context) -> Result:
    """One page of the caller's sessions, most recently active first (`has_more` per the spec's formula)."""
    page: int = ctx.params["page"]
    page_size: int = ctx.params["page_size"]
    rows, total = sessions.page(
        ctx.db,
        ctx.user_id,
        user_id=ctx.params.get("user_id"),
        archived=ctx.params.get("archived"),
        page=page,
        page_size=page_size,
    )
    return Reply(
        {
            "sessions": [sessions.summary_json(row) for row in rows],
            "total": total,
            "page": page,
            "page_size": page_size,
            "has_more": (page - 1) * page_size + len(rows) < total,
        }
    )


def get_session(ctx: Context) -> Result:
    """The session and every recorded message, oldest first."""
    session = _session(ctx, end_user=ctx.params.get("user_id"))
    messages = sessions.transcript(ctx.db, ctx.user_id, session["id"])
    return Reply({"session": sessions.summary_json(session), "messages": [sessions.message_json(m) for m in messages]})


def update_session(ctx: Context) -> Result:
    """Change the given `title`, `archived` and `metadata` (replaced whole); the rest stays."""
    session = _session(ctx)
    body: dict[str, Any] = ctx.body if isinstance(ctx.body, dict) else {}
    changes: dict[str, Any] = {name: body[name] for name in ("title", "archived", "metadata") if name in body}
    return Reply(sessions.summary_json(sessions.update(ctx.db, session, changes)))


def delete_session(ctx: Context) -> Result:
    """Delete the session and its messages, everywhere: afterwards it is `404`, and no stored answer mentions it.

    Every stored idempotent answer about it goes too; the deleted bytes are overwritten and the WAL
    file is emptied after the commit.
    """
    session_id: str = ctx.params["session_id"]
    if not sessions.delete(ctx.db, ctx.user_id, session_id):
        raise not_found("session", session_id, param="session_id")
    idempotency.forget_subject(ctx.db, ctx.user_id, session_id)
    ctx.db.scrub_after_commit()
    return Reply({"id": session_id, "deleted": True})


def _session(ctx: Context, *, end_user: str | None = None) -> Row:
    """The caller's session named by the path (of `end_user`, when given), else `404 session_not_found`."""
    session_id: str = ctx.params["session_id"]
    row = sessions.find(ctx.db, ctx.user_id, session_id)
    if row is None or (end_user is not None and row["user_id"] != end_user):
        raise not_found("session", session_id, param="session_id")
    return row
