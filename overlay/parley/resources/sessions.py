"""Recorded completion sessions (`list_sessions`, `get_session`, `update_session`, `delete_session`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from parley_client.api.sessions import delete_session, get_session, list_sessions, update_session
from parley_client.models.chat_session_detail import ChatSessionDetail
from parley_client.models.chat_session_list import ChatSessionList
from parley_client.models.chat_session_summary import ChatSessionSummary
from parley_client.models.chat_session_update_request import ChatSessionUpdateRequest
from parley_client.models.deleted_object import DeletedObject

from .._pagination import PAGE_NUMBER, SyncPage
from .._types import NOT_GIVEN, NotGiven
from ._base import AsyncResource, SyncResource, alias, async_twin, fields, json_as, page_twin

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._types import RequestOptions

_session_list = json_as(ChatSessionList.from_dict)
_session_detail = json_as(ChatSessionDetail.from_dict)
_session = json_as(ChatSessionSummary.from_dict)
_deleted = json_as(DeletedObject.from_dict)


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
        args = fields(user_id=user_id, page=page, page_size=page_size, archived=archived)
        return self._client._paginate(list_sessions._get_kwargs, args, PAGE_NUMBER, _session_list, options)

    def retrieve(
        self, session_id: str, *, user_id: str | NotGiven = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> ChatSessionDetail:
        """A session's summary and every recorded message, oldest first (`get_session`).

        With `user_id`, the session must belong to that end user (else `NotFoundError`).
        """
        kwargs = get_session._get_kwargs(session_id, **fields(user_id=user_id))
        return self._client._request(kwargs, options, _session_detail)

    def update(
        self,
        session_id: str,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ChatSessionSummary:
        """Rename, archive or annotate a session (`update_session`); `title=None` clears the title."""
        body = ChatSessionUpdateRequest.from_dict(fields(title=title, archived=archived, metadata=metadata))
        return self._client._request(update_session._get_kwargs(session_id, body=body), options, _session)

    def delete(self, session_id: str, **options: Unpack[RequestOptions]) -> DeletedObject:
        """Delete a session and every message recorded in it (`delete_session`)."""
        return self._client._request(delete_session._get_kwargs(session_id), options, _deleted)

    get = alias(retrieve, "the ChatServer SDK (`get_session`)")


class AsyncSessions(AsyncResource):
    """The recorded history of completion conversations (`client.sessions`, async)."""

    list = page_twin(Sessions.list)
    retrieve = async_twin(Sessions.retrieve)
    update = async_twin(Sessions.update)
    delete = async_twin(Sessions.delete)
    get = alias(retrieve, "the ChatServer SDK (`get_session`)")
