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

from .._call import idempotency_key, json_as
from .._messages import thread_messages
from .._pagination import CURSOR, SyncPage
from .._streams.run import AsyncThreadRunStream
from .._twins import alias, twin
from .._types import NOT_GIVEN, NotGiven, PostOptions
from ._base import AsyncResource, SyncResource, fields, split

if TYPE_CHECKING:
    from parley_client.models import (
        DeletedObject,
        ItemFeedback,
        Thread,
        ThreadRun,
        ThreadRunResult,
    )
    from parley_client.params import (
        FeedbackKindParam,
        JsonObjectParam,
        MetadataParam,
        ThreadStatusParam,
        ToolDefinitionsParam,
    )
    from parley_client.unions import ThreadItem
    from typing_extensions import Unpack

    from .._messages import MessageInput
    from .._requester import AsyncRequester, Requester
    from .._streams.run import ThreadRunStream
    from .._types import RequestOptions

RunStreamT = TypeVar("RunStreamT", bound="ThreadRunStream | AsyncThreadRunStream")
"""What a streamed run answers: `ThreadRunStream` on `Parley`, `AsyncThreadRunStream` on `AsyncParley`."""


class ChatParams(PostOptions, total=False):
    """The keyword arguments of `chat` but `messages` and `stream`: the spec's `ThreadChatRequest` fields."""

    system: str | NotGiven
    tools: ToolDefinitionsParam | NotGiven
    model: str | NotGiven
    max_tokens: int | NotGiven
    temperature: float | NotGiven
    run_config: JsonObjectParam | NotGiven
    metadata: MetadataParam | NotGiven


class ActionParams(PostOptions, total=False):
    """The keyword arguments of `action` but `type` and `stream`: the spec's `ThreadActionRequest` fields."""

    payload: JsonObjectParam | NotGiven
    item_id: str | NotGiven
    model: str | NotGiven


class RetryParams(PostOptions, total=False):
    """The keyword arguments of `retry` but `item_id` and `stream`: the spec's `ThreadRetryRequest` fields."""

    model: str | NotGiven


SortOrderArg = Literal["asc", "desc"]
ASSISTANT_UI = "the assistant-ui client (`ThreadClient`)"


class Threads(SyncResource):
    """`client.threads`: create, list, read, update and delete threads; `client.threads(id)` for one."""

    def __call__(self, thread_id: str) -> ThreadHandle:
        """A handle on one thread (no request is made): `.chat(...)`, `.items.list()`, `.runs(id)`..."""
        return ThreadHandle(self._requester, thread_id)

    def create(
        self,
        *,
        title: str | NotGiven = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> Thread:
        """Create an empty, active thread (`create_thread`)."""
        from parley_client.api.threads import create_thread
        from parley_client.models import Thread

        body = fields(title=title, metadata=metadata) or NOT_GIVEN
        kwargs = create_thread.request_kwargs(**fields(body=body), idempotency_key=idempotency_key(options))
        return self._requester.request(kwargs, options, json_as(Thread.decode))

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: SortOrderArg | NotGiven = NOT_GIVEN,
        status: ThreadStatusParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Thread]:
        """One cursor page of the caller's threads, newest first by default (`list_threads`).

        `for thread in client.threads.list(limit=50)` visits every thread once, fetching the
        following pages (`after=page.after`) as the loop reaches them.
        """
        from parley_client.api.threads import list_threads
        from parley_client.models import ThreadList

        args = fields(limit=limit, after=after, order=order, status=status)
        return self._requester.paginate(list_threads.request_kwargs, args, CURSOR, json_as(ThreadList.decode), options)

    def retrieve(self, thread_id: str, **options: Unpack[RequestOptions]) -> Thread:
        """One thread: status, item count, active run (`get_thread`)."""
        return ThreadHandle(self._requester, thread_id).retrieve(**options)

    def update(
        self,
        thread_id: str,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        status: ThreadStatusParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Thread:
        """Change the title (`None` clears it), metadata (replaced) or status (`update_thread`)."""
        return ThreadHandle(self._requester, thread_id).update(title=title, metadata=metadata, status=status, **options)

    def delete(self, thread_id: str, **options: Unpack[RequestOptions]) -> DeletedObject:
        """Delete the thread with its items, runs and attachments (`delete_thread`)."""
        return ThreadHandle(self._requester, thread_id).delete(**options)


class _ThreadHandle(Generic[RunStreamT]):
    """The methods of a thread handle, written once; `ThreadHandle` is `_ThreadHandle[ThreadRunStream]`."""

    __slots__ = ()
    _requester: Requester
    _thread_id: str

    def retrieve(self, **options: Unpack[RequestOptions]) -> Thread:
        """Get this thread (`get_thread`)."""
        from parley_client.api.threads import get_thread
        from parley_client.models import Thread

        return self._requester.request(get_thread.request_kwargs(self._thread_id), options, json_as(Thread.decode))

    def update(
        self,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        metadata: MetadataParam | NotGiven = NOT_GIVEN,
        status: ThreadStatusParam | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Thread:
        """Change this thread's title, metadata or status (`update_thread`)."""
        from parley_client.api.threads import update_thread
        from parley_client.models import Thread

        body = fields(title=title, metadata=metadata, status=status)
        kwargs = update_thread.request_kwargs(self._thread_id, body=body)
        return self._requester.request(kwargs, options, json_as(Thread.decode))

    def delete(self, **options: Unpack[RequestOptions]) -> DeletedObject:
        """Delete this thread (`delete_thread`)."""
        from parley_client.api.threads import delete_thread
        from parley_client.models import DeletedObject

        kwargs = delete_thread.request_kwargs(self._thread_id)
        return self._requester.request(kwargs, options, json_as(DeletedObject.decode))

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
        kwargs = chat_thread.request_kwargs(self._thread_id, body=body, idempotency_key=idempotency_key(options))
        return cast("RunStreamT | ThreadRunResult", _answer(self._requester, self._thread_id, kwargs, options, stream))

    def cancel(self, **options: Unpack[PostOptions]) -> ThreadRun:
        """Cancel the thread's active run, whichever it is (`cancel_thread_run`).

        `ConflictError` (`no_active_run`) when no run is active. To cancel one run and nothing
        else, use `client.threads(t).runs(run_id).cancel()` (or the stream's `cancel()`): by the
        time this request arrives, the run you meant may have ended and another client's run may
        be the active one.
        """
        from parley_client.api.threads import cancel_thread_run
        from parley_client.models import ThreadRun

        kwargs = cancel_thread_run.request_kwargs(self._thread_id, idempotency_key=idempotency_key(options))
        return self._requester.request(kwargs, options, json_as(ThreadRun.decode))

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
        kwargs = create_item_feedback.request_kwargs(
            self._thread_id, body=body, idempotency_key=idempotency_key(options)
        )
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
        kwargs = run_thread_action.request_kwargs(self._thread_id, body=body, idempotency_key=idempotency_key(options))
        return cast("RunStreamT | ThreadRunResult", _answer(self._requester, self._thread_id, kwargs, options, stream))

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
        kwargs = retry_thread_run.request_kwargs(self._thread_id, body=body, idempotency_key=idempotency_key(options))
        return cast("RunStreamT | ThreadRunResult", _answer(self._requester, self._thread_id, kwargs, options, stream))


class ThreadHandle(SyncResource, _ThreadHandle["ThreadRunStream"]):
    """One thread, by id: `client.threads(thread_id)` (the assistant-ui `ThreadClient`)."""

    __slots__ = ("_thread_id",)

    def __init__(self, requester: Requester, thread_id: str) -> None:
        super().__init__(requester)
        self._thread_id = thread_id

    @property
    def id(self) -> str:
        """The thread's id."""
        return self._thread_id

    @property
    def items(self) -> ThreadItems:
        """The thread's items: `items.list()`."""
        return ThreadItems(self._requester, self._thread_id)

    def runs(self, run_id: str) -> RunHandle:
        """A handle on one run of this thread: `.retrieve()`, `.events()`, `.cancel()`."""
        return RunHandle(self._requester, self._thread_id, run_id)

    chat_sync = alias(_ThreadHandle.chat, ASSISTANT_UI, "chat")
    cancel_sync = alias(_ThreadHandle.cancel, ASSISTANT_UI, "cancel")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._thread_id!r})"


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

    __slots__ = ("_thread_id",)

    def __init__(self, requester: Requester, thread_id: str) -> None:
        super().__init__(requester)
        self._thread_id = thread_id

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: SortOrderArg | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ThreadItem]:
        """One cursor page of the thread's items, newest first by default (`list_thread_items`)."""
        from parley_client.api.threads import list_thread_items
        from parley_client.models import ThreadItemList

        args = fields(thread_id=self._thread_id, limit=limit, after=after, order=order)
        parse = json_as(ThreadItemList.decode)
        return self._requester.paginate(list_thread_items.request_kwargs, args, CURSOR, parse, options)


class _RunHandle(Generic[RunStreamT]):
    """The methods of a run handle, written once; `RunHandle` is `_RunHandle[ThreadRunStream]`."""

    __slots__ = ()
    _requester: Requester
    _thread_id: str
    _run_id: str

    def retrieve(self, **options: Unpack[RequestOptions]) -> ThreadRun:
        """The run: status, model, timing, usage, error, newest event id (`get_thread_run`)."""
        from parley_client.api.threads import get_thread_run
        from parley_client.models import ThreadRun

        kwargs = get_thread_run.request_kwargs(self._thread_id, self._run_id)
        return self._requester.request(kwargs, options, json_as(ThreadRun.decode))

    def cancel(self, **options: Unpack[PostOptions]) -> ThreadRun:
        """Cancel this run if it is still active (`cancel_run`); answers the cancelled run.

        Only this run is touched, whatever else runs on the thread. A run that already ended
        raises `ConflictError` with `code == "run_not_active"` (its message names the run's
        status): nothing was cancelled. `stream.cancel()` on a `ThreadRunStream` does the same
        but answers the ended run instead of raising.
        """
        from parley_client.api.threads import cancel_run
        from parley_client.models import ThreadRun

        kwargs = cancel_run.request_kwargs(self._thread_id, self._run_id, idempotency_key=idempotency_key(options))
        return self._requester.request(kwargs, options, json_as(ThreadRun.decode))

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
        kwargs = stream_thread_run_events.request_kwargs(self._thread_id, self._run_id, **given)
        stream = self._requester.run_stream(kwargs, options, self._thread_id, run_id=self._run_id, after=seen)
        return cast(RunStreamT, stream)


class RunHandle(SyncResource, _RunHandle["ThreadRunStream"]):
    """`client.threads(id).runs(run_id)`: one run of a thread."""

    __slots__ = ("_run_id", "_thread_id")

    def __init__(self, requester: Requester, thread_id: str, run_id: str) -> None:
        super().__init__(requester)
        self._thread_id = thread_id
        self._run_id = run_id

    @property
    def id(self) -> str:
        """The run's id."""
        return self._run_id


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

    create = twin(Threads.create)
    list = twin(Threads.list)
    retrieve = twin(Threads.retrieve)
    update = twin(Threads.update)
    delete = twin(Threads.delete)


class AsyncThreadHandle(AsyncResource):
    """One thread, by id: `client.threads(thread_id)` (async)."""

    __slots__ = ("_thread_id",)

    def __init__(self, requester: AsyncRequester, thread_id: str) -> None:
        super().__init__(requester)
        self._thread_id = thread_id

    @property
    def id(self) -> str:
        """The thread's id."""
        return self._thread_id

    @property
    def items(self) -> AsyncThreadItems:
        """The thread's items: `items.list()`."""
        return AsyncThreadItems(self._requester, self._thread_id)

    def runs(self, run_id: str) -> AsyncRunHandle:
        """A handle on one run of this thread: `.retrieve()`, `.events()`, `.cancel()`."""
        return AsyncRunHandle(self._requester, self._thread_id, run_id)

    retrieve = twin(_ThreadHandle[AsyncThreadRunStream].retrieve)
    update = twin(_ThreadHandle[AsyncThreadRunStream].update)
    delete = twin(_ThreadHandle[AsyncThreadRunStream].delete)
    chat = twin(_ThreadHandle[AsyncThreadRunStream].chat)
    cancel = twin(_ThreadHandle[AsyncThreadRunStream].cancel)
    feedback = twin(_ThreadHandle[AsyncThreadRunStream].feedback)
    action = twin(_ThreadHandle[AsyncThreadRunStream].action)
    retry = twin(_ThreadHandle[AsyncThreadRunStream].retry)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._thread_id!r})"


class AsyncThreadItems(AsyncResource):
    """`client.threads(id).items` (async)."""

    __slots__ = ("_thread_id",)

    def __init__(self, requester: AsyncRequester, thread_id: str) -> None:
        super().__init__(requester)
        self._thread_id = thread_id

    list = twin(ThreadItems.list)


class AsyncRunHandle(AsyncResource):
    """`client.threads(id).runs(run_id)` (async)."""

    __slots__ = ("_run_id", "_thread_id")

    def __init__(self, requester: AsyncRequester, thread_id: str, run_id: str) -> None:
        super().__init__(requester)
        self._thread_id = thread_id
        self._run_id = run_id

    @property
    def id(self) -> str:
        """The run's id."""
        return self._run_id

    retrieve = twin(_RunHandle[AsyncThreadRunStream].retrieve)
    cancel = twin(_RunHandle[AsyncThreadRunStream].cancel)
    events = twin(_RunHandle[AsyncThreadRunStream].events)
