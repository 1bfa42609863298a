"""Recorded completion sessions (`list_sessions`, `get_session`, `update_session`, `delete_session`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._call import json_as
from .._pagination import PAGE_NUMBER, SyncPage
from .._twins import alias, twin
from .._types import NOT_GIVEN, NotGiven
from ._base import AsyncResource, SyncResource, fields

if TYPE_CHECKING:
    from parley_client.models import ChatSessionDetail, ChatSessionSummary, DeletedObject
    from parley_client.params import MetadataParam
    from typing_extensions import Unpack

    from .._types import RequestOptions


class Sessions(SyncResource):
    """The recorded history of completion conversations (`client.sessions`)."""

    def list(
        self,
        user_id: str | NotGiven = NOT_GIVEN,
        *,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ChatSessionSummary]:
        """One page of sessions, most recently active first (`list_sessions`).

        The page has `.data` (= `.sessions`), `.total`, `.page`, `.page_size` and `.has_more`;
        iterating it walks the following pages (`page + 1`) as needed.
        """
        from parley_client.api.sessions import list_sessions
        from parley_client.models import ChatSessionList

        args = fields(user_id=user_id, page=page, page_size=page_size, archived=archived)
        parse = json_as(ChatSessionList.decode)
        return self._requester.paginate(list_sessions.request_kwargs, args, PAGE_NUMBER, parse, options)

    def retrieve(
        self, session_id: str, *, user_id: str | NotGiven = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> ChatSessionDetail:
        """A session's summary and every recorded message, oldest first (`get_session`).

        With `user_id`, the session must belong to that end user (else `NotFoundError`).
        """
        from parley_client.api.sessions import get_session
        from parley_client.models import ChatSessionDetail

        kwargs = get_session.request_kwargs(session_id, **fields(user_id=user_id))
        return self._requester.request(kwargs, options, json_as(ChatSessionDetail.decode))

    def update(
        self,
        session_id: str,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ChatSessionSummary:
        """Rename, archive or annotate a session (`update_session`); `title=None` clears the title."""
        from parley_client.api.sessions import update_session
        from parley_client.models import ChatSessionSummary

        body = fields(title=title, archived=archived, metadata=metadata)
        kwargs = update_session.request_kwargs(session_id, body=body)
        return self._requester.request(kwargs, options, json_as(ChatSessionSummary.decode))

    def delete(self, session_id: str, **options: Unpack[RequestOptions]) -> DeletedObject:
        """Delete a session and every message recorded in it (`delete_session`)."""
        from parley_client.api.sessions import delete_session
        from parley_client.models import DeletedObject

        return self._requester.request(
            delete_session.request_kwargs(session_id), options, json_as(DeletedObject.decode)
        )

    get = alias(retrieve, "the ChatServer SDK (`get_session`)")


class AsyncSessions(AsyncResource):
    """The recorded history of completion conversations (`client.sessions`, async)."""

    list = twin(Sessions.list)
    retrieve = twin(Sessions.retrieve)
    update = twin(Sessions.update)
    delete = twin(Sessions.delete)
    get = alias(retrieve, "the ChatServer SDK (`get_session`)")
