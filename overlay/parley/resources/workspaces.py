"""Workspaces: managed customer conversations answered by AI, drafted for approval, or by humans.

Canonical names follow the other resources; the AiAssist SDK's names work too
(`get`, `get_by_client_id`, `get_messages`, `end_conversation`, `send_typing_preview`), but
unlike that SDK the typing preview and the end of a conversation raise errors instead of
swallowing them. Each method is the generated typed call of its operation (`parley_client.calls`).
"""

from __future__ import annotations

from parley_client.calls import workspaces as calls

from .._bind import abind, bind
from .._twins import alias
from ._base import AsyncResource, SyncResource

AISSIST = "the AiAssist SDK"
CONTRACT = "the contract (`get_typing_preview`)"


class Workspaces(SyncResource):
    """`client.workspaces`: open, read and answer managed conversations; `drafts` for shadow mode."""

    @property
    def drafts(self) -> Drafts:
        """Shadow-mode drafts: `list`, `approve`, `reject` (admin keys)."""
        return Drafts(self._requester)

    create = bind(calls.create_workspace)
    list = bind(calls.list_workspaces)
    retrieve = bind(calls.get_workspace)
    retrieve_by_client_id = bind(calls.get_workspace_by_client_id)
    update = bind(calls.update_workspace)
    send_message = bind(calls.send_workspace_message)
    list_messages = bind(calls.list_workspace_messages)
    send_typing_preview = bind(calls.send_typing_preview)
    retrieve_typing_preview = bind(calls.get_typing_preview)
    end = bind(calls.end_workspace)
    send_agent_message = bind(calls.send_agent_message)

    get = alias(retrieve, AISSIST, "retrieve")
    get_by_client_id = alias(retrieve_by_client_id, AISSIST, "retrieve_by_client_id")
    get_messages = alias(list_messages, AISSIST, "list_messages")
    get_typing_preview = alias(retrieve_typing_preview, CONTRACT, "retrieve_typing_preview")
    end_conversation = alias(end, AISSIST, "end")


class Drafts(SyncResource):
    """`client.workspaces.drafts`: AI answers awaiting a manager's decision (shadow mode; admin keys)."""

    list = bind(calls.list_workspace_drafts)
    approve = bind(calls.approve_workspace_draft)
    reject = bind(calls.reject_workspace_draft)


class AsyncWorkspaces(AsyncResource):
    """`client.workspaces` (async)."""

    @property
    def drafts(self) -> AsyncDrafts:
        """Shadow-mode drafts: `list`, `approve`, `reject` (admin keys)."""
        return AsyncDrafts(self._requester)

    create = abind(calls.create_workspace)
    list = abind(calls.list_workspaces)
    retrieve = abind(calls.get_workspace)
    retrieve_by_client_id = abind(calls.get_workspace_by_client_id)
    update = abind(calls.update_workspace)
    send_message = abind(calls.send_workspace_message)
    list_messages = abind(calls.list_workspace_messages)
    send_typing_preview = abind(calls.send_typing_preview)
    retrieve_typing_preview = abind(calls.get_typing_preview)
    end = abind(calls.end_workspace)
    send_agent_message = abind(calls.send_agent_message)

    get = alias(retrieve, AISSIST, "retrieve")
    get_by_client_id = alias(retrieve_by_client_id, AISSIST, "retrieve_by_client_id")
    get_messages = alias(list_messages, AISSIST, "list_messages")
    get_typing_preview = alias(retrieve_typing_preview, CONTRACT, "retrieve_typing_preview")
    end_conversation = alias(end, AISSIST, "end")


class AsyncDrafts(AsyncResource):
    """`client.workspaces.drafts` (async)."""

    list = abind(calls.list_workspace_drafts)
    approve = abind(calls.approve_workspace_draft)
    reject = abind(calls.reject_workspace_draft)
