"""The typed calls of the `sessions` operations (written by tools/sdk_calls.py; `make generate`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import (
    NOT_GIVEN,
    Call,
    NotGiven,
    PageCall,
    RequestOptions,
    checked,
    fields,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..models import (
        ChatSessionDetail,
        ChatSessionSummary,
        DeletedObject,
    )
    from ..params import MetadataParam


def list_sessions(
    user_id: str | NotGiven = NOT_GIVEN,
    *,
    page: int | NotGiven = NOT_GIVEN,
    page_size: int | NotGiven = NOT_GIVEN,
    archived: bool | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> PageCall[ChatSessionSummary]:
    """One page of sessions, most recently active first (`list_sessions`).

    The page has `.data` (= `.sessions`), `.total`, `.page`, `.page_size` and `.has_more`;
    iterating it walks the following pages (`page + 1`) as needed.
    """
    checked(options, RequestOptions, "list_sessions()")
    from ..api.sessions import list_sessions as operation
    from ..models import ChatSessionList

    return PageCall(
        operation.request_kwargs,
        fields(user_id=user_id, page=page, page_size=page_size, archived=archived),
        ChatSessionList.decode,
        options,
        "sessions",
        "page",
    )


def get_session(
    session_id: str,
    *,
    user_id: str | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> Call[ChatSessionDetail]:
    """A session's summary and every recorded message, oldest first (`get_session`).

    With `user_id`, the session must belong to that end user (else `NotFoundError`).
    """
    checked(options, RequestOptions, "get_session()")
    from ..api.sessions import get_session as operation
    from ..models import ChatSessionDetail

    return Call(operation.request_kwargs(session_id, **fields(user_id=user_id)), options, ChatSessionDetail.decode)


def update_session(
    session_id: str,
    *,
    title: str | None | NotGiven = NOT_GIVEN,
    archived: bool | NotGiven = NOT_GIVEN,
    metadata: MetadataParam | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> Call[ChatSessionSummary]:
    """Rename, archive or annotate a session (`update_session`); `title=None` clears the title."""
    checked(options, RequestOptions, "update_session()")
    from ..api.sessions import update_session as operation
    from ..models import ChatSessionSummary

    body = fields(title=title, archived=archived, metadata=metadata)
    return Call(operation.request_kwargs(session_id, body=body), options, ChatSessionSummary.decode)


def delete_session(
    session_id: str,
    **options: Unpack[RequestOptions],
) -> Call[DeletedObject]:
    """Delete a session and every message recorded in it (`delete_session`)."""
    checked(options, RequestOptions, "delete_session()")
    from ..api.sessions import delete_session as operation
    from ..models import DeletedObject

    return Call(operation.request_kwargs(session_id), options, DeletedObject.decode)
