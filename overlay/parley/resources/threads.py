"""Threads: stateful conversations whose runs answer, stream, cancel and resume.

`client.threads` creates, lists, reads, updates and deletes threads; `client.threads(thread_id)`
is a handle on one thread (no request is made) with its items, runs and the operations that
start runs (`chat`, `action`, `retry`), as the assistant-ui client has it.

`ThreadHandle` and `RunHandle` are generic in the run stream class they answer: the synchronous
client's handles are `ThreadHandle[ThreadRunStream]`; the async handles' methods are twins of
`ThreadHandle[AsyncThreadRunStream]`'s, so type checkers see `AsyncThreadRunStream` there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast, overload

from parley_client.calls import threads as calls

from .._bind import abind, bind
from .._call import idempotency_key, json_as
from .._messages import thread_messages
from .._streams.run import AsyncThreadRunStream
from .._twins import alias, twin
from .._types import NOT_GIVEN, NotGiven, PostOptions
from ._base import AsyncResource, Handle, SyncResource, fields, split

if TYPE_CHECKING:
    from parley_client.models import (
        ItemFeedback,
        ThreadRunResult,
    )
    from parley_client.params import (
        FeedbackKindParam,
    )
    from typing_extensions import Unpack

    from .._messages import MessageInput
    from .._requester import Requester
    from .._streams.run import ThreadRunStream
    from .._types import RequestOptions

RunStreamT = TypeVar("RunStreamT", bound="ThreadRunStream | AsyncThreadRunStream")
"""What a streamed run answers: `ThreadRunStream` on `Parley`, `AsyncThreadRunStream` on `AsyncParley`."""


ChatParams = calls.ChatThreadKeywords
ActionParams = calls.RunThreadActionKeywords
RetryParams = calls.RetryThreadRunKeywords
ASSISTANT_UI = "the assistant-ui client (`ThreadClient`)"


class Threads(SyncResource):
    """`client.threads`: create, list, read, update and delete threads; `client.threads(id)` for one."""

    def __call__(self, thread_id: str) -> ThreadHandle:
        """A handle on one thread (no request is made): `.chat(...)`, `.items.list()`, `.runs(id)`..."""
        return ThreadHandle(self._requester, thread_id)

    create = bind(calls.create_thread)
    list = bind(calls.list_threads)
    retrieve = bind(calls.get_thread)
    update = bind(calls.update_thread)
    delete = bind(calls.delete_thread)


class _ThreadHandle(Generic[RunStreamT]):
    """The methods of a thread handle, written once; `ThreadHandle` is `_ThreadHandle[ThreadRunStream]`."""

    __slots__ = ()
    _requester: Requester
    _path: tuple[str, ...]

    @overload
    def chat(
        self, messages: str | Iterable[MessageInput] = (), *, stream: Literal[True] = True, **params: Unpack[ChatParams]
    ) -> RunStreamT: ...
    @overload
    def chat(
        self, messages: str | Iterable[MessageInput] = (), *, stream: Literal[False], **params: Unpack[ChatParams]
    ) -> ThreadRunResult: ...
    @overload
    def chat(
        self, messages: str | Iterable[MessageInput] = (), *, stream: bool, **params: Unpack[ChatParams]
    ) -> RunStreamT | ThreadRunResult: ...
    def chat(
        self, messages: str | Iterable[MessageInput] = (), *, stream: bool = True, **params: Unpack[ChatParams]
    ) -> RunStreamT | ThreadRunResult:
        """Append `messages` and run the assistant (`chat_thread`): a stream of the run's events.

        `messages` may be a string, or strings, dicts (snake_case, OpenAI or assistant-ui
        camelCase shape) and message models; empty runs the assistant on the thread as it is.
        `tools` is the assistant-ui map `{name: {description, parameters}}`. A key the spec does
        not know, in a message too, is sent for the server to refuse with a `BadRequestError`
        naming it. While a run is active this raises `ConflictError` (code `run_active`).

        Answers a `ThreadRunStream` (the spec's default, `stream: true`): iterate it for the typed
        events, read `.run_id` at once, `.until_done()` for the finished run and its items; it
        resumes by itself after a dropped connection. With `stream=False` the request waits for
        the run to end and answers the `ThreadRunResult` (the run and the items it added).
        """
        from parley_client.api.threads import chat_thread

        options, body = split(params, ChatParams, "chat")
        body = {"messages": thread_messages(messages), **body, "stream": stream}
        kwargs = chat_thread.request_kwargs(self._path[0], body=body, idempotency_key=idempotency_key(options))
        return cast("RunStreamT | ThreadRunResult", _answer(self._requester, self._path[0], kwargs, options, stream))

    def feedback(
        self,
        item_ids: str | Sequence[str],
        kind: FeedbackKindParam,
        *,
        comment: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> ItemFeedback:
        """Rate one or more items of this thread (`create_item_feedback`)."""
        from parley_client.api.threads import create_item_feedback
        from parley_client.models import ItemFeedback

        body = fields(item_ids=[item_ids] if isinstance(item_ids, str) else item_ids, kind=kind, comment=comment)
        kwargs = create_item_feedback.request_kwargs(self._path[0], body=body, idempotency_key=idempotency_key(options))
        return self._requester.request(kwargs, options, json_as(ItemFeedback.decode))

    @overload
    def action(self, type: str, *, stream: Literal[True] = True, **params: Unpack[ActionParams]) -> RunStreamT: ...
    @overload
    def action(self, type: str, *, stream: Literal[False], **params: Unpack[ActionParams]) -> ThreadRunResult: ...
    @overload
    def action(self, type: str, *, stream: bool, **params: Unpack[ActionParams]) -> RunStreamT | ThreadRunResult: ...
    def action(self, type: str, *, stream: bool = True, **params: Unpack[ActionParams]) -> RunStreamT | ThreadRunResult:
        """Record an action (ChatKit custom action) and run the assistant on it (`run_thread_action`).

        Answers a `ThreadRunStream` of the run's events, or with `stream=False` the finished
        `ThreadRunResult` (as `chat`).
        """
        from parley_client.api.threads import run_thread_action

        options, body = split(params, ActionParams, "action")
        body = {"type": type, **body, "stream": stream}
        kwargs = run_thread_action.request_kwargs(self._path[0], body=body, idempotency_key=idempotency_key(options))
        return cast("RunStreamT | ThreadRunResult", _answer(self._requester, self._path[0], kwargs, options, stream))

    @overload
    def retry(self, item_id: str, *, stream: Literal[True] = True, **params: Unpack[RetryParams]) -> RunStreamT: ...
    @overload
    def retry(self, item_id: str, *, stream: Literal[False], **params: Unpack[RetryParams]) -> ThreadRunResult: ...
    @overload
    def retry(self, item_id: str, *, stream: bool, **params: Unpack[RetryParams]) -> RunStreamT | ThreadRunResult: ...
    def retry(
        self, item_id: str, *, stream: bool = True, **params: Unpack[RetryParams]
    ) -> RunStreamT | ThreadRunResult:
        """Delete every item after the user message `item_id` and answer it again (`retry_thread_run`).

        Answers a `ThreadRunStream` of the run's events, or with `stream=False` the finished
        `ThreadRunResult` (as `chat`).
        """
        from parley_client.api.threads import retry_thread_run

        options, body = split(params, RetryParams, "retry")
        body = {"item_id": item_id, **body, "stream": stream}
        kwargs = retry_thread_run.request_kwargs(self._path[0], body=body, idempotency_key=idempotency_key(options))
        return cast("RunStreamT | ThreadRunResult", _answer(self._requester, self._path[0], kwargs, options, stream))


class ThreadHandle(Handle, SyncResource, _ThreadHandle["ThreadRunStream"]):
    """One thread, by id: `client.threads(thread_id)` (the assistant-ui `ThreadClient`)."""

    __slots__ = ()

    @property
    def items(self) -> ThreadItems:
        """The thread's items: `items.list()`."""
        return ThreadItems(self._requester, *self._path)

    def runs(self, run_id: str) -> RunHandle:
        """A handle on one run of this thread: `.retrieve()`, `.events()`, `.cancel()`."""
        return RunHandle(self._requester, *self._path, run_id)

    retrieve = bind(calls.get_thread, 1)
    update = bind(calls.update_thread, 1)
    delete = bind(calls.delete_thread, 1)
    cancel = bind(calls.cancel_thread_run, 1)
    chat_sync = alias(_ThreadHandle.chat, ASSISTANT_UI, "chat")
    cancel_sync = alias(cancel, ASSISTANT_UI, "cancel")


def _answer(
    requester: Requester, thread_id: str, kwargs: Mapping[str, Any], options: PostOptions, stream: bool
) -> ThreadRunStream | ThreadRunResult:
    """A run request's answer: its stream, or with `stream=False` the finished run."""
    from parley_client.models import ThreadRunResult

    if stream:
        return requester.run_stream(kwargs, options, thread_id)
    return requester.request(kwargs, options, json_as(ThreadRunResult.decode))


class ThreadItems(SyncResource):
    """`client.threads(id).items`: the thread's items."""

    __slots__ = ()

    list = bind(calls.list_thread_items, 1)


class _RunHandle(Generic[RunStreamT]):
    """The methods of a run handle, written once; `RunHandle` is `_RunHandle[ThreadRunStream]`."""

    __slots__ = ()
    _requester: Requester
    _path: tuple[str, ...]

    def events(
        self,
        *,
        last_event_id: str | NotGiven = NOT_GIVEN,
        after: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> RunStreamT:
        """Follow the run's events after `last_event_id` (or `after`; all by default): `stream_thread_run_events`.

        Replays the stored events, then follows the run live until it ends, as a `ThreadRunStream`
        (which resumes by itself after a dropped connection). Use it to re-attach to a run, e.g.
        from another process: `client.threads(t).runs(run_id).events(last_event_id=seen)`.
        """
        from parley_client.api.threads import stream_thread_run_events

        seen = _sequence(last_event_id, after)
        given = fields(last_event_id=last_event_id, after=after)
        kwargs = stream_thread_run_events.request_kwargs(self._path[0], self._path[1], **given)
        stream = self._requester.run_stream(kwargs, options, self._path[0], run_id=self._path[1], after=seen)
        return cast(RunStreamT, stream)


class RunHandle(Handle, SyncResource, _RunHandle["ThreadRunStream"]):
    """`client.threads(id).runs(run_id)`: one run of a thread."""

    __slots__ = ()

    retrieve = bind(calls.get_thread_run, 2)
    cancel = bind(calls.cancel_run, 2)


def _sequence(last_event_id: str | NotGiven, after: int | NotGiven) -> int:
    """The sequence number after which a re-attached stream starts (`Last-Event-ID` wins, as on the server)."""
    if isinstance(last_event_id, str):
        if not (last_event_id.isascii() and last_event_id.isdigit()):
            raise ValueError(f"last_event_id must be a string of digits, got {last_event_id!r}")
        return int(last_event_id)
    return 0 if isinstance(after, NotGiven) else int(after)


class AsyncThreads(AsyncResource):
    """`client.threads` (async): create, list, read, update and delete threads."""

    def __call__(self, thread_id: str) -> AsyncThreadHandle:
        """A handle on one thread (no request is made): `.chat(...)`, `.items.list()`, `.runs(id)`..."""
        return AsyncThreadHandle(self._requester, thread_id)

    create = abind(calls.create_thread)
    list = abind(calls.list_threads)
    retrieve = abind(calls.get_thread)
    update = abind(calls.update_thread)
    delete = abind(calls.delete_thread)


class AsyncThreadHandle(Handle, AsyncResource):
    """One thread, by id: `client.threads(thread_id)` (async)."""

    __slots__ = ()

    @property
    def items(self) -> AsyncThreadItems:
        """The thread's items: `items.list()`."""
        return AsyncThreadItems(self._requester, *self._path)

    def runs(self, run_id: str) -> AsyncRunHandle:
        """A handle on one run of this thread: `.retrieve()`, `.events()`, `.cancel()`."""
        return AsyncRunHandle(self._requester, *self._path, run_id)

    retrieve = abind(calls.get_thread, 1)
    update = abind(calls.update_thread, 1)
    delete = abind(calls.delete_thread, 1)
    cancel = abind(calls.cancel_thread_run, 1)
    chat = twin(_ThreadHandle[AsyncThreadRunStream].chat)
    feedback = twin(_ThreadHandle[AsyncThreadRunStream].feedback)
    action = twin(_ThreadHandle[AsyncThreadRunStream].action)
    retry = twin(_ThreadHandle[AsyncThreadRunStream].retry)


class AsyncThreadItems(AsyncResource):
    """`client.threads(id).items` (async)."""

    __slots__ = ()

    list = abind(calls.list_thread_items, 1)


class AsyncRunHandle(Handle, AsyncResource):
    """`client.threads(id).runs(run_id)` (async)."""

    __slots__ = ()

    retrieve = abind(calls.get_thread_run, 2)
    cancel = abind(calls.cancel_run, 2)
    events = twin(_RunHandle[AsyncThreadRunStream].events)
