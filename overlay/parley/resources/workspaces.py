"""Workspaces: managed customer conversations answered by AI, drafted for approval, or by humans.

Canonical names follow the other resources; the AiAssist SDK's names work too
(`get`, `get_by_client_id`, `get_messages`, `end_conversation`, `send_typing_preview`), but
unlike that SDK the typing preview and the end of a conversation raise errors instead of
swallowing them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .._call import idempotency_key, json_as
from .._pagination import CURSOR, SyncPage
from .._twins import alias, twin
from .._types import NOT_GIVEN, NotGiven
from ._base import AsyncResource, SyncResource, fields

if TYPE_CHECKING:
    from parley_client.models import (
        DraftDecision,
        TypingPreview,
        Workspace,
        WorkspaceDraft,
        WorkspaceLookup,
        WorkspaceMessage,
        WorkspaceSendResult,
        WorkspaceWithMessages,
    )
    from parley_client.params import JsonObjectParam, MetadataParam, WorkspaceModeParam
    from typing_extensions import Unpack

    from .._types import PostOptions, RequestOptions

SortOrderArg = Literal["asc", "desc"]
AISSIST = "the AiAssist SDK"


class Workspaces(SyncResource):
    """`client.workspaces`: open, read and answer managed conversations; `drafts` for shadow mode."""

    @property
    def drafts(self) -> Drafts:
        """Shadow-mode drafts: `list`, `approve`, `reject` (admin keys)."""
        return Drafts(self._requester)

    def create(
        self,
        *,
        client_id: str | NotGiven = NOT_GIVEN,
        initial_message: str | NotGiven = NOT_GIVEN,
        system_prompt: str | NotGiven = NOT_GIVEN,
        context: JsonObjectParam | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        mode: WorkspaceModeParam | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> WorkspaceWithMessages:
        """Open a workspace, or resume the caller's active one for `client_id` (`create_workspace`).

        With `initial_message`, it is answered as `send_message` would (AI answer, pending draft
        or nothing, by mode). The result has `.workspace`, `.messages`, `.pending_approval`, `.draft`.
        """
        from parley_client.api.workspaces import create_workspace
        from parley_client.models import WorkspaceWithMessages

        body = fields(
            client_id=client_id,
            initial_message=initial_message,
            system_prompt=system_prompt,
            context=context,
            metadata=metadata,
            mode=mode,
            model=model,
            max_tokens=max_tokens,
        )
        kwargs = create_workspace.request_kwargs(
            **fields(body=body or NOT_GIVEN), idempotency_key=idempotency_key(options)
        )
        return self._requester.request(kwargs, options, json_as(WorkspaceWithMessages.decode))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: SortOrderArg | NotGiven = NOT_GIVEN,
        status: Literal["active", "ended"] | NotGiven = NOT_GIVEN,
        mode: WorkspaceModeParam | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Workspace]:
        """One cursor page of workspaces, newest first (`list_workspaces`); admin keys see all."""
        from parley_client.api.workspaces import list_workspaces
        from parley_client.models import WorkspaceList

        args = fields(limit=limit, after=after, order=order, status=status, mode=mode, client_id=client_id)
        return self._requester.paginate(
            list_workspaces.request_kwargs, args, CURSOR, json_as(WorkspaceList.decode), options
        )

    def retrieve(self, workspace_id: str, **options: Unpack[RequestOptions]) -> Workspace:
        """One workspace, active or ended (`get_workspace`)."""
        from parley_client.api.workspaces import get_workspace
        from parley_client.models import Workspace

        return self._requester.request(get_workspace.request_kwargs(workspace_id), options, json_as(Workspace.decode))

    def retrieve_by_client_id(self, client_id: str, **options: Unpack[RequestOptions]) -> WorkspaceLookup:
        """The active workspace for `client_id` (`get_workspace_by_client_id`).

        Always answers: `.exists` is False (and `.workspace` None) when there is none.
        """
        from parley_client.api.workspaces import get_workspace_by_client_id
        from parley_client.models import WorkspaceLookup

        kwargs = get_workspace_by_client_id.request_kwargs(client_id=client_id)
        return self._requester.request(kwargs, options, json_as(WorkspaceLookup.decode))

    def update(
        self,
        workspace_id: str,
        *,
        mode: WorkspaceModeParam | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        context: JsonObjectParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Workspace:
        """Change the mode (admin keys), metadata or context (`update_workspace`)."""
        from parley_client.api.workspaces import update_workspace
        from parley_client.models import Workspace

        body = fields(mode=mode, metadata=metadata, context=context)
        return self._requester.request(
            update_workspace.request_kwargs(workspace_id, body=body), options, json_as(Workspace.decode)
        )

    def send_message(
        self,
        workspace_id: str,
        content: str,
        model: str | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        *,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> WorkspaceSendResult:
        """Send the end customer's message; answered by mode (`send_workspace_message`).

        `ai`: `.responses` holds the AI answer; `shadow`: `.pending_approval` and `.draft`;
        `takeover`: nothing yet (a human answers with `send_agent_message`).
        """
        from parley_client.api.workspaces import send_workspace_message
        from parley_client.models import WorkspaceSendResult

        body = fields(content=content, model=model, max_tokens=max_tokens, metadata=metadata)
        kwargs = send_workspace_message.request_kwargs(
            workspace_id, body=body, idempotency_key=idempotency_key(options)
        )
        return self._requester.request(kwargs, options, json_as(WorkspaceSendResult.decode))

    def list_messages(
        self,
        workspace_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: SortOrderArg | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[WorkspaceMessage]:
        """The delivered messages, oldest first, as a cursor page (`list_workspace_messages`)."""
        from parley_client.api.workspaces import list_workspace_messages
        from parley_client.models import WorkspaceMessageList

        args = fields(workspace_id=workspace_id, limit=limit, after=after, order=order)
        return self._requester.paginate(
            list_workspace_messages.request_kwargs, args, CURSOR, json_as(WorkspaceMessageList.decode), options
        )

    def send_typing_preview(self, workspace_id: str, text: str, **options: Unpack[PostOptions]) -> TypingPreview:
        """Publish what the end customer is typing; `""` clears it (`send_typing_preview`)."""
        from parley_client.api.workspaces import send_typing_preview
        from parley_client.models import TypingPreview

        kwargs = send_typing_preview.request_kwargs(
            workspace_id, body={"text": text}, idempotency_key=idempotency_key(options)
        )
        return self._requester.request(kwargs, options, json_as(TypingPreview.decode))

    def retrieve_typing_preview(self, workspace_id: str, **options: Unpack[RequestOptions]) -> TypingPreview:
        """What the end customer is typing now (`get_typing_preview`; admin keys)."""
        from parley_client.api.workspaces import get_typing_preview
        from parley_client.models import TypingPreview

        return self._requester.request(
            get_typing_preview.request_kwargs(workspace_id), options, json_as(TypingPreview.decode)
        )

    def end(self, workspace_id: str, **options: Unpack[PostOptions]) -> Workspace:
        """End the conversation; pending drafts are rejected (`end_workspace`)."""
        from parley_client.api.workspaces import end_workspace
        from parley_client.models import Workspace

        kwargs = end_workspace.request_kwargs(workspace_id, idempotency_key=idempotency_key(options))
        return self._requester.request(kwargs, options, json_as(Workspace.decode))

    def send_agent_message(self, workspace_id: str, content: str, **options: Unpack[PostOptions]) -> WorkspaceMessage:
        """Answer as a human agent, delivered at once in any mode (`send_agent_message`; admin keys)."""
        from parley_client.api.workspaces import send_agent_message
        from parley_client.models import WorkspaceMessage

        kwargs = send_agent_message.request_kwargs(
            workspace_id, body={"content": content}, idempotency_key=idempotency_key(options)
        )
        return self._requester.request(kwargs, options, json_as(WorkspaceMessage.decode))

    get = alias(retrieve, AISSIST)
    get_by_client_id = alias(retrieve_by_client_id, AISSIST)
    get_messages = alias(list_messages, AISSIST)
    get_typing_preview = alias(retrieve_typing_preview, "the contract (`get_typing_preview`)")
    end_conversation = alias(end, AISSIST)


class Drafts(SyncResource):
    """`client.workspaces.drafts`: AI answers awaiting a manager's decision (shadow mode; admin keys)."""

    def list(
        self,
        workspace_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: SortOrderArg | NotGiven = NOT_GIVEN,
        status: Literal["pending", "approved", "rejected"] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[WorkspaceDraft]:
        """The workspace's drafts, oldest first, as a cursor page (`list_workspace_drafts`)."""
        from parley_client.api.workspaces import list_workspace_drafts
        from parley_client.models import WorkspaceDraftList

        args = fields(workspace_id=workspace_id, limit=limit, after=after, order=order, status=status)
        return self._requester.paginate(
            list_workspace_drafts.request_kwargs, args, CURSOR, json_as(WorkspaceDraftList.decode), options
        )

    def approve(
        self,
        workspace_id: str,
        draft_id: str,
        *,
        content: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> DraftDecision:
        """Deliver a pending draft, edited to `content` if given (`approve_workspace_draft`)."""
        from parley_client.api.workspaces import approve_workspace_draft
        from parley_client.models import DraftDecision

        body = fields(content=content) or NOT_GIVEN
        kwargs = approve_workspace_draft.request_kwargs(
            workspace_id, draft_id, **fields(body=body), idempotency_key=idempotency_key(options)
        )
        return self._requester.request(kwargs, options, json_as(DraftDecision.decode))

    def reject(
        self,
        workspace_id: str,
        draft_id: str,
        *,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> DraftDecision:
        """Discard a pending draft (`reject_workspace_draft`)."""
        from parley_client.api.workspaces import reject_workspace_draft
        from parley_client.models import DraftDecision

        body = fields(reason=reason) or NOT_GIVEN
        kwargs = reject_workspace_draft.request_kwargs(
            workspace_id, draft_id, **fields(body=body), idempotency_key=idempotency_key(options)
        )
        return self._requester.request(kwargs, options, json_as(DraftDecision.decode))


class AsyncWorkspaces(AsyncResource):
    """`client.workspaces` (async)."""

    @property
    def drafts(self) -> AsyncDrafts:
        """Shadow-mode drafts: `list`, `approve`, `reject` (admin keys)."""
        return AsyncDrafts(self._requester)

    create = twin(Workspaces.create)
    list = twin(Workspaces.list)
    retrieve = twin(Workspaces.retrieve)
    retrieve_by_client_id = twin(Workspaces.retrieve_by_client_id)
    update = twin(Workspaces.update)
    send_message = twin(Workspaces.send_message)
    list_messages = twin(Workspaces.list_messages)
    send_typing_preview = twin(Workspaces.send_typing_preview)
    retrieve_typing_preview = twin(Workspaces.retrieve_typing_preview)
    end = twin(Workspaces.end)
    send_agent_message = twin(Workspaces.send_agent_message)

    get = alias(retrieve, AISSIST)
    get_by_client_id = alias(retrieve_by_client_id, AISSIST)
    get_messages = alias(list_messages, AISSIST)
    get_typing_preview = alias(retrieve_typing_preview, "the contract (`get_typing_preview`)")
    end_conversation = alias(end, AISSIST)


class AsyncDrafts(AsyncResource):
    """`client.workspaces.drafts` (async)."""

    list = twin(Drafts.list)
    approve = twin(Drafts.approve)
    reject = twin(Drafts.reject)
