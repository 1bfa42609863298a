"""One user cannot see, change or delete another user's threads, sessions or workspaces.

The first user (API_KEY, `client`) creates one of each; the second user (SECOND_KEY, `second`)
must get a 404 for each by id, must not find them in its lists, and must not change them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from parley import APIStatusError, NotFoundError

from ._base import Flow, FlowContext

_LIST_LIMIT = 1000
"""How many of the second user's own threads, sessions or workspaces are searched for the first user's."""


def run(ctx: FlowContext) -> None:
    """Create a thread, a session and a workspace as `client`; `second` must not reach any of them."""
    client, second = ctx.client, ctx.second
    thread = ctx.call("client.threads.create", client.threads.create, title=f"{ctx.tag} isolation")
    ctx.cleanup(f"client.threads.delete({thread.id!r})", lambda: client.threads.delete(thread.id))
    create = client.chat.completions.create
    completion = ctx.call("client.chat.completions.create", create, model=ctx.model, messages=f"Private {ctx.tag}.")
    session_id = completion.session_id
    ctx.cleanup(f"client.sessions.delete({session_id!r})", lambda: client.sessions.delete(session_id))
    opened = ctx.call("client.workspaces.create", client.workspaces.create, client_id=ctx.tag)
    workspace_id = opened.workspace.id
    ctx.cleanup(f"client.workspaces.end({workspace_id!r})", lambda: client.workspaces.end(workspace_id))

    _hidden(ctx, "thread", thread.id, "second.threads.retrieve", second.threads.retrieve, thread.id)
    _hidden(ctx, "thread", thread.id, "second.threads.update", second.threads.update, thread.id, title="taken")
    _hidden(ctx, "thread", thread.id, f"second.threads({thread.id!r}).items.list", second.threads(thread.id).items.list)
    _hidden(ctx, "thread", thread.id, f"second.threads({thread.id!r}).chat", second.threads(thread.id).chat, "Hi")
    _hidden(ctx, "thread", thread.id, "second.threads.delete", second.threads.delete, thread.id)
    _absent(ctx, "thread", thread.id, "second.threads.list(limit=100)", lambda: second.threads.list(limit=100))

    _hidden(ctx, "session", session_id, "second.sessions.retrieve", second.sessions.retrieve, session_id)
    _hidden(ctx, "session", session_id, "second.sessions.delete", second.sessions.delete, session_id)
    _absent(
        ctx, "session", session_id, "second.sessions.list(page_size=100)", lambda: second.sessions.list(page_size=100)
    )

    _hidden(ctx, "workspace", workspace_id, "second.workspaces.retrieve", second.workspaces.retrieve, workspace_id)
    send = second.workspaces.send_message
    _hidden(ctx, "workspace", workspace_id, "second.workspaces.send_message", send, workspace_id, "Hi")
    _absent(
        ctx, "workspace", workspace_id, "second.workspaces.list(limit=100)", lambda: second.workspaces.list(limit=100)
    )
    lookup = ctx.call("second.workspaces.retrieve_by_client_id", second.workspaces.retrieve_by_client_id, ctx.tag)
    ctx.check(not lookup.exists, f"the second user found the first user's workspace {workspace_id} by its client id")

    still = ctx.call("client.threads.retrieve", client.threads.retrieve, thread.id)
    ctx.check(still.title == f"{ctx.tag} isolation", f"the second user changed the first user's thread {thread.id}")
    ctx.call("client.sessions.retrieve", client.sessions.retrieve, session_id)


def _hidden(
    ctx: FlowContext, kind: str, resource_id: str, label: str, method: Callable[..., Any], *args: Any, **kw: Any
) -> None:
    """The second user's call on the first user's resource must answer 404 (the spec's answer for "not yours")."""
    try:
        ctx.call(label, method, *args, **kw)
    except NotFoundError:
        return
    except APIStatusError as exc:
        ctx.check(
            False,
            f"the second user's {label} on the first user's {kind} {resource_id} answered {exc.status_code}, not 404",
        )
    ctx.check(False, f"the second user's {label} reached the first user's {kind} {resource_id} (expected 404)")


def _absent(ctx: FlowContext, kind: str, resource_id: str, call: str, first_page: Callable[[], Iterable[Any]]) -> None:
    """The first user's resource must not be among the second user's own (`call` says how they were listed)."""
    ctx.note(call)
    for index, item in enumerate(first_page()):
        if index >= _LIST_LIMIT:
            return
        ctx.check(getattr(item, "id", None) != resource_id, f"{call} lists the first user's {kind} {resource_id}")


FLOW = Flow(
    name="user_isolation",
    title="one user cannot see, change or delete another user's threads, sessions or workspaces",
    tags=("threads", "sessions", "workspaces"),
    run=run,
    uses=("create_thread", "get_thread", "update_thread", "list_thread_items", "chat_thread", "delete_thread",
          "list_threads", "create_chat_completion", "get_session", "delete_session", "list_sessions",
          "create_workspace", "get_workspace", "send_workspace_message", "list_workspaces",
          "get_workspace_by_client_id", "end_workspace"),
    needs_second=True,
)  # fmt: skip
