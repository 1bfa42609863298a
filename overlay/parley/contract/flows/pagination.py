"""Lists walked page by page on the raw answers: every item once, none missing, in the spec's order.

Each flow creates more items than a page holds (`PAGE` per page), then follows the list the way
the spec says, reading each answer itself: the SDK's pager would hide a page that repeats the
previous one or a cursor that never moves. Three styles, as the spec has them:

- cursor pages (`limit`, `after`, `order` -> `data`, `has_more`, `after`): threads, thread items,
  workspaces, workspace messages, and with an admin key API keys and shadow-mode drafts; each in
  the default order the spec gives its `order` parameter and in the other one;
- page numbers (`page`, `page_size` -> `total`, `has_more`): sessions, most recently active first;
- offsets (`limit`, `offset` -> `total`, `has_more`): the audit log, newest first (admin key).

The items of a list are the flow's own wherever a filter allows it (one thread's items, one
client id's workspaces, one end user's sessions, one user's keys, one administrator's audit
entries). Threads have no such filter: with an admin key they are listed as a user made for the
flow; without one, in API_KEY's own list, where the flow checks its items among the others.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from ._base import Flow, FlowContext, FlowFailure, Key
from ._http import RawHTTP, expect_json

PAGE = 2
"""Items per page while walking: every list below holds five or six, so three pages with two boundaries."""
COUNT = 5
"""Items each flow creates in a list (thread items and workspace messages come in pairs: six)."""
_SLACK_PAGES = 30
"""Pages walked in a shared list (API_KEY's threads) before the flow's own items count as missing."""


def _post(http: RawHTTP, operation: str, path: str, body: Any, status: int = 201) -> Any:
    answer = http.request("POST", path, json_body=body, headers={"Idempotency-Key": str(uuid.uuid4())})
    return expect_json(operation, answer, status)


def _opposite(order: str) -> str:
    return "asc" if order == "desc" else "desc"


def _default_order(ctx: FlowContext, operation: str) -> str:
    op = ctx.server.spec.by_id().get(operation)
    order = dict(op.defaults).get("order") if op is not None else None
    if order not in ("asc", "desc"):
        raise FlowFailure(f"the spec gives {operation}'s `order` parameter no default (asc or desc)")
    return str(order)


def walk_cursor(
    http: RawHTTP,
    operation: str,
    path: str,
    created: list[str],
    *,
    order: str | None,
    default_order: str,
    params: dict[str, Any] | None = None,
    shared: bool = False,
) -> None:
    """Follow `after` from the first page to the last; the flow's `created` ids (oldest first) come once, in order.

    `order` None sends no `order` (the spec's default, `default_order`, applies). With `shared` the
    list holds other items too: the walk stops once every created id was seen, and only their
    relative order is judged.
    """
    direction = order or default_order
    what = f"{operation} (order={order or f'default, {default_order} in the spec'}, limit={PAGE})"
    expected = created if direction == "asc" else list(reversed(created))
    seen: list[str] = []
    stamps: list[tuple[str, str]] = []
    cursors: set[str] = set()
    after: str | None = None
    limit_pages = (len(created) // PAGE + 2) + (_SLACK_PAGES if shared else 0)
    for page in range(1, limit_pages + 1):
        query = {**(params or {}), "limit": PAGE}
        query.update({"order": order} if order else {})
        query.update({"after": after} if after else {})
        body = http.get_json(operation, path, query)
        data = body.get("data")
        if not isinstance(data, list):
            raise FlowFailure(f"{what}: page {page} has no `data` list")
        ids = [str(item.get("id")) for item in data]
        where = f"page {page}" + (f" (after={after})" if after else "")
        if len(ids) > PAGE:
            raise FlowFailure(f"{what}: {where} holds {len(ids)} items, more than limit={PAGE}")
        repeated = [item for item in ids if item in seen]
        if repeated:
            raise FlowFailure(
                f"{what}: {where} repeats {', '.join(repeated)} from an earlier page "
                "(the server ignores `after`, or its pages overlap)"
            )
        if body.get("after") != (ids[-1] if ids else None):
            raise FlowFailure(
                f"{what}: {where} answers after={body.get('after')!r}, not the id of its last item "
                f"({ids[-1] if ids else None!r})"
            )
        seen += ids
        stamps += [(str(item.get("created_at")), str(item.get("id"))) for item in data]
        if not body.get("has_more") or (shared and set(created) <= set(seen)):
            break
        if not ids:
            raise FlowFailure(f"{what}: {where} is empty but says has_more: true")
        if body["after"] in cursors:
            raise FlowFailure(f"{what}: {where} answers cursor {body['after']!r} again: the walk would never end")
        cursors.add(body["after"])
        after = body["after"]
    else:
        raise FlowFailure(f"{what}: still has_more after {limit_pages} pages")
    missing = [item for item in created if item not in seen]
    if missing:
        raise FlowFailure(
            f"{what}: {', '.join(missing)} never came while walking the pages "
            f"(dropped at a page boundary?); came: {', '.join(seen[-len(created) - 2 :])}"
        )
    mine = [item for item in seen if item in set(created)]
    if mine != expected:
        raise FlowFailure(
            f"{what}: the items came as {', '.join(mine)}; in the spec's order "
            f"(creation time, {'oldest' if direction == 'asc' else 'newest'} first) they are {', '.join(expected)}"
        )
    ordered = sorted(stamps, key=_instant, reverse=direction == "desc")
    if stamps != ordered:
        raise FlowFailure(f"{what}: the walked items are not sorted by created_at ({direction})")
    if not shared and len(seen) != len(created):
        extra = [item for item in seen if item not in set(created)]
        raise FlowFailure(f"{what}: the list holds {', '.join(extra)}, which the flow did not create")


def _instant(stamp: tuple[str, str]) -> tuple[Any, str]:
    """(created_at as a datetime, id): the spec's sort key ("by `created_at`, ties broken by id")."""
    from dateutil.parser import isoparse

    try:
        return isoparse(stamp[0]), stamp[1]
    except ValueError:
        raise FlowFailure(f"item {stamp[1]} has created_at {stamp[0]!r}, not an RFC 3339 date-time") from None


def _both_orders(ctx: FlowContext, http: RawHTTP, operation: str, path: str, created: list[str], **kwargs: Any) -> None:
    default = _default_order(ctx, operation)
    walk_cursor(http, operation, path, created, order=None, default_order=default, **kwargs)
    walk_cursor(http, operation, path, created, order=_opposite(default), default_order=default, **kwargs)


def run_cursor(ctx: FlowContext) -> None:
    """Walk threads, thread items, workspaces and workspace messages (and with an admin key keys and drafts)."""
    http = ctx.raw("client")
    owner = _isolated_user(ctx) if "admin" in ctx.server.keys else None
    lister = ctx.raw(owner) if owner is not None else http
    threads = [
        str(_post(lister, "create_thread", "/v1/threads", {"title": f"{ctx.tag} page {index}"})["id"])
        for index in range(COUNT)
    ]
    for thread_id in threads:
        ctx.cleanup(f"DELETE /v1/threads/{thread_id}", _deleter(lister, f"/v1/threads/{thread_id}"))
    shared = owner is None
    if shared:
        default = _default_order(ctx, "list_threads")
        walk_cursor(lister, "list_threads", "/v1/threads", threads, order=None, default_order=default, shared=True)
        ctx.notes.append("list_threads walked in API_KEY's own list (pass --admin-key to walk an isolated user's)")
    else:
        _both_orders(ctx, lister, "list_threads", "/v1/threads", threads)

    thread_id = threads[0]
    items: list[str] = []
    for turn in range(3):
        body = {"messages": [{"role": "user", "content": f"Turn {turn} of {ctx.tag}."}], "model": ctx.model}
        result = _post(lister, "chat_thread", f"/v1/threads/{thread_id}/chat", {**body, "stream": False}, 200)
        items += [str(item["id"]) for item in result.get("items") or []]
    _both_orders(ctx, lister, "list_thread_items", f"/v1/threads/{thread_id}/items", items)

    client_id = f"{ctx.tag}-pages"
    workspaces = []
    for _ in range(COUNT):
        opened = _post(http, "create_workspace", "/v1/workspaces", {"client_id": client_id, "model": ctx.model})
        workspace_id = str(opened["workspace"]["id"])
        workspaces.append(workspace_id)
        _post(http, "end_workspace", f"/v1/workspaces/{workspace_id}/end", None, 200)
    _both_orders(ctx, http, "list_workspaces", "/v1/workspaces", workspaces, params={"client_id": client_id})

    opened = _post(http, "create_workspace", "/v1/workspaces", {"client_id": f"{ctx.tag}-chat", "model": ctx.model})
    conversation = str(opened["workspace"]["id"])
    ctx.cleanup(f"POST /v1/workspaces/{conversation}/end", _ender(http, conversation))
    messages: list[str] = []
    for turn in range(3):
        sent = _post(
            http, "send_workspace_message", f"/v1/workspaces/{conversation}/messages", {"content": f"Q{turn}"}, 200
        )
        messages += [str(sent["user_message"]["id"]), *(str(answer["id"]) for answer in sent.get("responses") or [])]
    _both_orders(ctx, http, "list_workspace_messages", f"/v1/workspaces/{conversation}/messages", messages)

    if "admin" in ctx.server.keys:
        _admin_lists(ctx, http)


def _admin_lists(ctx: FlowContext, http: RawHTTP) -> None:
    """API keys of one user, and the drafts of one shadow-mode workspace (both need admin rights to list)."""
    admin = ctx.raw("admin")
    user_id = f"{ctx.tag}-keys"
    keys = []
    for index in range(COUNT):
        issued = _post(admin, "create_api_key", "/v1/admin/api-keys", {"user_id": user_id, "name": f"page {index}"})
        keys.append(str(issued["id"]))
        ctx.cleanup(f"DELETE /v1/admin/api-keys/{issued['id']}", _deleter(admin, f"/v1/admin/api-keys/{issued['id']}"))
    _both_orders(ctx, admin, "list_api_keys", "/v1/admin/api-keys", keys, params={"user_id": user_id})

    body = {"client_id": f"{ctx.tag}-drafts", "mode": "shadow", "model": ctx.model}
    workspace_id = str(_post(http, "create_workspace", "/v1/workspaces", body)["workspace"]["id"])
    ctx.cleanup(f"POST /v1/workspaces/{workspace_id}/end", _ender(http, workspace_id))
    drafts = []
    for index in range(COUNT):
        sent = _post(
            http, "send_workspace_message", f"/v1/workspaces/{workspace_id}/messages", {"content": f"D{index}"}, 200
        )
        if not (sent.get("draft") or {}).get("id"):
            raise FlowFailure(f"send_workspace_message in shadow mode answered no draft: {sent}")
        drafts.append(str(sent["draft"]["id"]))
    path = f"/v1/workspaces/{workspace_id}/drafts"
    _both_orders(ctx, admin, "list_workspace_drafts", path, drafts)


def _isolated_user(ctx: FlowContext) -> Key:
    """A user key issued for this flow with the admin key (revoked at the end): its lists hold only what it made."""
    admin = ctx.raw("admin")
    issued = _post(admin, "create_api_key", "/v1/admin/api-keys", {"user_id": f"{ctx.tag}-lists", "name": ctx.tag})
    ctx.cleanup(f"DELETE /v1/admin/api-keys/{issued['id']}", _deleter(admin, f"/v1/admin/api-keys/{issued['id']}"))
    return Key("isolated", "PARLEY_CONTRACT_LIST_KEY", str(issued["secret"]), role="user", user_id=f"{ctx.tag}-lists")


def run_pages(ctx: FlowContext) -> None:
    """Five sessions of one end user, walked two per page: `total`, `has_more`, every session once, newest first."""
    http = ctx.raw("client")
    user = f"{ctx.tag}-sessions"
    sessions = []
    for index in range(COUNT):
        body = {"model": ctx.model, "messages": [{"role": "user", "content": f"Session {index}"}], "user": user}
        answer = _post(http, "create_chat_completion", "/v1/chat/completions", body, 200)
        sessions.append(str(answer["session_id"]))
        ctx.cleanup(
            f"DELETE /v1/sessions/{answer['session_id']}", _deleter(http, f"/v1/sessions/{answer['session_id']}")
        )
    if len(set(sessions)) != COUNT:
        raise FlowFailure(f"{COUNT} completions without session_id were recorded in {len(set(sessions))} sessions")
    expected = list(reversed(sessions))  # most recently active first
    what = f"list_sessions (user_id={user!r}, page_size={PAGE})"
    seen: list[str] = []
    pages = (COUNT + PAGE - 1) // PAGE
    for page in range(1, pages + 2):
        body = http.get_json("list_sessions", "/v1/sessions", {"user_id": user, "page": page, "page_size": PAGE})
        ids = [str(item.get("id")) for item in body.get("sessions") or []]
        want = expected[(page - 1) * PAGE : page * PAGE]
        if body.get("total") != COUNT:
            raise FlowFailure(f"{what}: page {page} says total {body.get('total')}, the user has {COUNT} sessions")
        repeated = [item for item in ids if item in seen]
        if repeated:
            raise FlowFailure(
                f"{what}: page {page} repeats {', '.join(repeated)} from an earlier page (`page` ignored?)"
            )
        if ids != want:
            raise FlowFailure(f"{what}: page {page} holds {ids}; most recently active first, page {page} is {want}")
        more = (page - 1) * PAGE + len(ids) < COUNT
        if body.get("has_more") is not more:
            raise FlowFailure(f"{what}: page {page} says has_more {body.get('has_more')}, expected {more}")
        seen += ids


def run_offsets(ctx: FlowContext) -> None:
    """Five audit entries of one administrator made for the flow, walked two at a time by offset, newest first."""
    admin = ctx.raw("admin")
    auditor = f"{ctx.tag}-auditor"
    issued = _post(
        admin, "create_api_key", "/v1/admin/api-keys", {"user_id": auditor, "name": ctx.tag, "role": "admin"}
    )
    ctx.cleanup(f"DELETE /v1/admin/api-keys/{issued['id']}", _deleter(admin, f"/v1/admin/api-keys/{issued['id']}"))
    acting = ctx.raw(
        Key("auditor", "PARLEY_CONTRACT_AUDITOR_KEY", str(issued["secret"]), role="admin", user_id=auditor)
    )
    keys = []
    for index in range(COUNT):
        made = _post(
            acting, "create_api_key", "/v1/admin/api-keys", {"user_id": f"{ctx.tag}-audited", "name": str(index)}
        )
        keys.append(str(made["id"]))
        ctx.cleanup(f"DELETE /v1/admin/api-keys/{made['id']}", _deleter(admin, f"/v1/admin/api-keys/{made['id']}"))
    what = f"list_audit_log (user_id={auditor!r}, limit={PAGE})"
    seen: list[str] = []
    resources: list[str] = []
    for offset in range(0, COUNT + PAGE, PAGE):
        body = admin.get_json(
            "list_audit_log", "/v1/admin/audit-log", {"user_id": auditor, "limit": PAGE, "offset": offset}
        )
        entries = body.get("entries") or []
        ids = [str(entry.get("id")) for entry in entries]
        if body.get("total") != COUNT:
            raise FlowFailure(
                f"{what}: offset {offset} says total {body.get('total')}; the administrator did {COUNT} things"
            )
        repeated = [item for item in ids if item in seen]
        if repeated:
            raise FlowFailure(f"{what}: offset {offset} repeats {', '.join(repeated)} (`offset` ignored?)")
        if len(ids) != max(0, min(PAGE, COUNT - offset)):
            raise FlowFailure(f"{what}: offset {offset} holds {len(ids)} entries of {COUNT}")
        more = offset + len(ids) < COUNT
        if body.get("has_more") is not more:
            raise FlowFailure(f"{what}: offset {offset} says has_more {body.get('has_more')}, expected {more}")
        seen += ids
        resources += [str(entry.get("resource_id")) for entry in entries]
    newest_first = list(reversed(keys))
    if resources != newest_first:
        raise FlowFailure(
            f"{what}: the entries are about {', '.join(resources)}; "
            f"newest first, they are about {', '.join(newest_first)}"
        )


def _deleter(http: RawHTTP, path: str) -> Callable[[], object]:
    return lambda: http.request("DELETE", path)


def _ender(http: RawHTTP, workspace_id: str) -> Callable[[], object]:
    return lambda: http.request(
        "POST", f"/v1/workspaces/{workspace_id}/end", headers={"Idempotency-Key": str(uuid.uuid4())}
    )


CURSOR = Flow(
    name="cursor_pages",
    title="cursor lists walked page by page: every item once, none missing, in the spec's order (both orders)",
    tags=("threads", "workspaces"),
    run=run_cursor,
    uses=("create_thread", "list_threads", "chat_thread", "list_thread_items", "create_workspace", "end_workspace",
          "list_workspaces", "send_workspace_message", "list_workspace_messages"),
)  # fmt: skip
PAGES = Flow(
    name="page_numbers",
    title="sessions walked by page number: total, has_more, every session once, most recently active first",
    tags=("sessions",),
    run=run_pages,
    uses=("create_chat_completion", "list_sessions", "delete_session"),
)
OFFSETS = Flow(
    name="offset_pages",
    title="the audit log walked by offset: total, has_more, every entry once, newest first",
    tags=("admin",),
    run=run_offsets,
    needs_admin=True,
    uses=("create_api_key", "list_audit_log", "revoke_api_key"),
)
