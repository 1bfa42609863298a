"""The typed calls of the `workspaces` operations (written by tools/sdk_calls.py; `make generate`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from . import (
    NOT_GIVEN,
    Call,
    NotGiven,
    PageCall,
    PostOptions,
    RequestOptions,
    checked,
    fields,
    idempotency_key,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..models import (
        DraftDecision,
        TypingPreview,
        Workspace,
        WorkspaceDraft,
        WorkspaceLookup,
        WorkspaceMessage,
        WorkspaceSendResult,
        WorkspaceWithMessages,
    )
    from ..params import JsonObjectParam, MetadataParam, WorkspaceModeParam


def create_workspace(
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
) -> Call[WorkspaceWithMessages]:
    """Open a workspace, or resume the caller's active one for `client_id` (`create_workspace`).

    With `initial_message`, it is answered as `send_message` would (AI answer, pending draft
    or nothing, by mode). The result has `.workspace`, `.messages`, `.pending_approval`, `.draft`.
    """
    checked(options, PostOptions, "create_workspace()")
    from ..api.workspaces import create_workspace as operation
    from ..models import WorkspaceWithMessages

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
    return Call(
        operation.request_kwargs(**fields(body=body or NOT_GIVEN), idempotency_key=idempotency_key(options)),
        options,
        WorkspaceWithMessages.decode,
    )


def list_workspaces(
    *,
    limit: int | NotGiven = NOT_GIVEN,
    after: str | NotGiven = NOT_GIVEN,
    order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
    status: Literal["active", "ended"] | NotGiven = NOT_GIVEN,
    mode: WorkspaceModeParam | NotGiven = NOT_GIVEN,
    client_id: str | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> PageCall[Workspace]:
    """One cursor page of workspaces, newest first (`list_workspaces`); admin keys see all."""
    checked(options, RequestOptions, "list_workspaces()")
    from ..api.workspaces import list_workspaces as operation
    from ..models import WorkspaceList

    return PageCall(
        operation.request_kwargs,
        fields(limit=limit, after=after, order=order, status=status, mode=mode, client_id=client_id),
        WorkspaceList.decode,
        options,
        "data",
        "after",
    )


def get_workspace(
    workspace_id: str,
    **options: Unpack[RequestOptions],
) -> Call[Workspace]:
    """One workspace, active or ended (`get_workspace`)."""
    checked(options, RequestOptions, "get_workspace()")
    from ..api.workspaces import get_workspace as operation
    from ..models import Workspace

    return Call(operation.request_kwargs(workspace_id), options, Workspace.decode)


def get_workspace_by_client_id(
    client_id: str,
    **options: Unpack[RequestOptions],
) -> Call[WorkspaceLookup]:
    """The active workspace for `client_id` (`get_workspace_by_client_id`).

    Always answers: `.exists` is False (and `.workspace` None) when there is none.
    """
    checked(options, RequestOptions, "get_workspace_by_client_id()")
    from ..api.workspaces import get_workspace_by_client_id as operation
    from ..models import WorkspaceLookup

    return Call(operation.request_kwargs(**fields(client_id=client_id)), options, WorkspaceLookup.decode)


def update_workspace(
    workspace_id: str,
    *,
    mode: WorkspaceModeParam | NotGiven = NOT_GIVEN,
    metadata: MetadataParam | NotGiven = NOT_GIVEN,
    context: JsonObjectParam | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> Call[Workspace]:
    """Change the mode (admin keys), metadata or context (`update_workspace`)."""
    checked(options, RequestOptions, "update_workspace()")
    from ..api.workspaces import update_workspace as operation
    from ..models import Workspace

    body = fields(mode=mode, metadata=metadata, context=context)
    return Call(operation.request_kwargs(workspace_id, body=body), options, Workspace.decode)


def send_workspace_message(
    workspace_id: str,
    content: str,
    model: str | NotGiven = NOT_GIVEN,
    max_tokens: int | NotGiven = NOT_GIVEN,
    *,
    metadata: MetadataParam | NotGiven = NOT_GIVEN,
    **options: Unpack[PostOptions],
) -> Call[WorkspaceSendResult]:
    """Send the end customer's message; answered by mode (`send_workspace_message`).

    `ai`: `.responses` holds the AI answer; `shadow`: `.pending_approval` and `.draft`;
    `takeover`: nothing yet (a human answers with `send_agent_message`).
    """
    checked(options, PostOptions, "send_workspace_message()")
    from ..api.workspaces import send_workspace_message as operation
    from ..models import WorkspaceSendResult

    body = fields(content=content, model=model, max_tokens=max_tokens, metadata=metadata)
    return Call(
        operation.request_kwargs(workspace_id, body=body, idempotency_key=idempotency_key(options)),
        options,
        WorkspaceSendResult.decode,
    )


def list_workspace_messages(
    workspace_id: str,
    *,
    limit: int | NotGiven = NOT_GIVEN,
    after: str | NotGiven = NOT_GIVEN,
    order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> PageCall[WorkspaceMessage]:
    """The delivered messages, oldest first, as a cursor page (`list_workspace_messages`)."""
    checked(options, RequestOptions, "list_workspace_messages()")
    from ..api.workspaces import list_workspace_messages as operation
    from ..models import WorkspaceMessageList

    return PageCall(
        operation.request_kwargs,
        fields(workspace_id=workspace_id, limit=limit, after=after, order=order),
        WorkspaceMessageList.decode,
        options,
        "data",
        "after",
    )


def send_typing_preview(
    workspace_id: str,
    text: str,
    **options: Unpack[PostOptions],
) -> Call[TypingPreview]:
    """Publish what the end customer is typing; `""` clears it (`send_typing_preview`)."""
    checked(options, PostOptions, "send_typing_preview()")
    from ..api.workspaces import send_typing_preview as operation
    from ..models import TypingPreview

    body = fields(text=text)
    return Call(
        operation.request_kwargs(workspace_id, body=body, idempotency_key=idempotency_key(options)),
        options,
        TypingPreview.decode,
    )


def get_typing_preview(
    workspace_id: str,
    **options: Unpack[RequestOptions],
) -> Call[TypingPreview]:
    """What the end customer is typing now (`get_typing_preview`; admin keys)."""
    checked(options, RequestOptions, "get_typing_preview()")
    from ..api.workspaces import get_typing_preview as operation
    from ..models import TypingPreview

    return Call(operation.request_kwargs(workspace_id), options, TypingPreview.decode)


def end_workspace(
    workspace_id: str,
    **options: Unpack[PostOptions],
) -> Call[Workspace]:
    """End the conversation; pending drafts are rejected (`end_workspace`)."""
    checked(options, PostOptions, "end_workspace()")
    from ..api.workspaces import end_workspace as operation
    from ..models import Workspace

    return Call(
        operation.request_kwargs(workspace_id, idempotency_key=idempotency_key(options)), options, Workspace.decode
    )


def send_agent_message(
    workspace_id: str,
    content: str,
    **options: Unpack[PostOptions],
) -> Call[WorkspaceMessage]:
    """Answer as a human agent, delivered at once in any mode (`send_agent_message`; admin keys)."""
    checked(options, PostOptions, "send_agent_message()")
    from ..api.workspaces import send_agent_message as operation
    from ..models import WorkspaceMessage

    body = fields(content=content)
    return Call(
        operation.request_kwargs(workspace_id, body=body, idempotency_key=idempotency_key(options)),
        options,
        WorkspaceMessage.decode,
    )


def list_workspace_drafts(
    workspace_id: str,
    *,
    limit: int | NotGiven = NOT_GIVEN,
    after: str | NotGiven = NOT_GIVEN,
    order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
    status: Literal["pending", "approved", "rejected"] | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> PageCall[WorkspaceDraft]:
    """The workspace's drafts, oldest first, as a cursor page (`list_workspace_drafts`)."""
    checked(options, RequestOptions, "list_workspace_drafts()")
    from ..api.workspaces import list_workspace_drafts as operation
    from ..models import WorkspaceDraftList

    return PageCall(
        operation.request_kwargs,
        fields(workspace_id=workspace_id, limit=limit, after=after, order=order, status=status),
        WorkspaceDraftList.decode,
        options,
        "data",
        "after",
    )


def approve_workspace_draft(
    workspace_id: str,
    draft_id: str,
    *,
    content: str | NotGiven = NOT_GIVEN,
    **options: Unpack[PostOptions],
) -> Call[DraftDecision]:
    """Deliver a pending draft, edited to `content` if given (`approve_workspace_draft`)."""
    checked(options, PostOptions, "approve_workspace_draft()")
    from ..api.workspaces import approve_workspace_draft as operation
    from ..models import DraftDecision

    body = fields(content=content)
    return Call(
        operation.request_kwargs(
            workspace_id, draft_id, **fields(body=body or NOT_GIVEN), idempotency_key=idempotency_key(options)
        ),
        options,
        DraftDecision.decode,
    )


def reject_workspace_draft(
    workspace_id: str,
    draft_id: str,
    *,
    reason: str | NotGiven = NOT_GIVEN,
    **options: Unpack[PostOptions],
) -> Call[DraftDecision]:
    """Discard a pending draft (`reject_workspace_draft`)."""
    checked(options, PostOptions, "reject_workspace_draft()")
    from ..api.workspaces import reject_workspace_draft as operation
    from ..models import DraftDecision

    body = fields(reason=reason)
    return Call(
        operation.request_kwargs(
            workspace_id, draft_id, **fields(body=body or NOT_GIVEN), idempotency_key=idempotency_key(options)
        ),
        options,
        DraftDecision.decode,
    )
