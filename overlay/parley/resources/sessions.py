"""Recorded completion sessions (`list_sessions`, `get_session`, `update_session`, `delete_session`).

Each method is the generated typed call of its operation (`parley_client.calls.sessions`).
"""

from __future__ import annotations

from parley_client.calls import sessions as calls

from .._bind import abind, bind
from .._twins import alias
from ._base import AsyncResource, SyncResource

CHATSERVER = "the ChatServer SDK (`get_session`)"


class Sessions(SyncResource):
    """The recorded history of completion conversations (`client.sessions`)."""

    list = bind(calls.list_sessions)
    retrieve = bind(calls.get_session)
    update = bind(calls.update_session)
    delete = bind(calls.delete_session)
    get = alias(retrieve, CHATSERVER, "retrieve")


class AsyncSessions(AsyncResource):
    """The recorded history of completion conversations (`client.sessions`, async)."""

    list = abind(calls.list_sessions)
    retrieve = abind(calls.get_session)
    update = abind(calls.update_session)
    delete = abind(calls.delete_session)
    get = alias(retrieve, CHATSERVER, "retrieve")
