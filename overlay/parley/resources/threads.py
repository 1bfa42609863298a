"""Threads: stateful conversations whose runs answer, stream, cancel and resume.

`client.threads` creates, lists, reads, updates and deletes threads; `client.threads(thread_id)`
is a handle on one thread (no request is made) with its items, runs and the operations that
start runs (`chat`, `action`, `retry`), as the assistant-ui client has it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from parley_client.api.threads import (
    cancel_thread_run,
    chat_thread,
    create_item_feedback,
    create_thread,
    delete_thread,
    get_thread,
    get_thread_run,
    list_thread_items,
    list_threads,
    retry_thread_run,
    run_thread_action,
    update_thread,
)
from parley_client.models.action_item import ActionItem
from parley_client.models.assistant_message_item import AssistantMessageItem
from parley_client.models.deleted_object import DeletedObject
from parley_client.models.item_feedback import ItemFeedback
from parley_client.models.item_feedback_request import ItemFeedbackRequest
from parley_client.models.thread import Thread
from parley_client.models.thread_action_request import ThreadActionRequest
from parley_client.models.thread_chat_request import ThreadChatRequest
from parley_client.models.thread_create_request import ThreadCreateRequest
from parley_client.models.thread_item_list import ThreadItemList
from parley_client.models.thread_list import ThreadList
from parley_client.models.thread_retry_request import ThreadRetryRequest
from parley_client.models.thread_run import ThreadRun
from parley_client.models.thread_run_result import ThreadRunResult
from parley_client.models.thread_update_request import ThreadUpdateRequest
from parley_client.models.tool_call_item import ToolCallItem
from parley_client.models.tool_result_item import ToolResultItem
from parley_client.models.user_message_item import UserMessageItem

from .._call import idempotency_key
from .._messages import MessageInput, thread_messages
from .._pagination import CURSOR, SyncPage
from .._types import NOT_GIVEN, NotGiven
from ._base import AsyncResource, SyncResource, alias, async_twin, fields, json_as, page_twin

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._client import AsyncParley, Parley
    from .._run_stream import AsyncThreadRunStream, ThreadRunStream
    from .._types import PostOptions, RequestOptions

ThreadItem = UserMessageItem | AssistantMessageItem | ToolCallItem | ToolResultItem | ActionItem
"""One item of a thread, by `type`."""

ThreadStatusArg = Literal["active", "locked", "closed"]
SortOrderArg = Literal["asc", "desc"]

_thread = json_as(Thread.from_dict)
_thread_list = json_as(ThreadList.from_dict)
_item_list = json_as(ThreadItemList.from_dict)
_deleted = json_as(DeletedObject.from_dict)
_run = json_as(ThreadRun.from_dict)
_run_result = json_as(ThreadRunResult.from_dict)
_feedback = json_as(ItemFeedback.from_dict)


def _update_body(title: Any, metadata: Any, status: Any) -> ThreadUpdateRequest:
    return ThreadUpdateRequest.from_dict(fields(title=title, metadata=metadata, status=status))


class Threads(SyncResource):
    """`client.threads`: create, list, read, update and delete threads; `client.threads(id)` for one."""

    def __call__(self, thread_id: str) -> ThreadHandle:
        """A handle on one thread (no request is made): `.chat(...)`, `.items.list()`, `.runs(id)`..."""
        return ThreadHandle(self._client, thread_id)

    def create(
        self,
        *,
        title: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> Thread:
        """Create an empty, active thread (`create_thread`)."""
        given = fields(title=title, metadata=metadata)
        body = ThreadCreateRequest.from_dict(given) if given else NOT_GIVEN
        kwargs = create_thread._get_kwargs(**fields(body=body), idempotency_key=idempotency_key(options))
        return self._client._request(kwargs, options, _thread)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        order: SortOrderArg | NotGiven = NOT_GIVEN,
        status: ThreadStatusArg | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Thread]:
        """One cursor page of the caller's threads, newest first by default (`list_threads`).

        `for thread in client.threads.list(limit=50)` visits every thread once, fetching the
        following pages (`after=page.after`) as the loop reaches them.
        """
        args = fields(limit=limit, after=after, order=order, status=status)
        return self._client._paginate(list_threads._get_kwargs, args, CURSOR, _thread_list, options)

    def retrieve(self, thread_id: str, **options: Unpack[RequestOptions]) -> Thread:
        """One thread: status, item count, active run (`get_thread`)."""
        return self._client._request(get_thread._get_kwargs(thread_id), options, _thread)

    def update(
        self,
        thread_id: str,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        status: ThreadStatusArg | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Thread:
        """Change the title (`None` clears it), metadata (replaced) or status (`update_thread`)."""
        kwargs = update_thread._get_kwargs(thread_id, body=_update_body(title, metadata, status))
        return self._client._request(kwargs, options, _thread)

    def delete(self, thread_id: str, **options: Unpack[RequestOptions]) -> DeletedObject:
        """Delete the thread with its items, runs and attachments (`delete_thread`)."""
        return self._client._request(delete_thread._get_kwargs(thread_id), options, _deleted)


class ThreadHandle(SyncResource):
    """One thread, by id: `client.threads(thread_id)` (the assistant-ui `ThreadClient`)."""

    __slots__ = ("_thread_id",)

    def __init__(self, client: Parley, thread_id: str) -> None:
        super().__init__(client)
        self._thread_id = thread_id

    @property
    def id(self) -> str:
        """The thread's id."""
        return self._thread_id

    @property
    def items(self) -> ThreadItems:
        """The thread's items: `items.list()`."""
        return ThreadItems(self._client, self._thread_id)

    def runs(self, run_id: str) -> RunHandle:
        """A handle on one run of this thread: `.retrieve()`, `.events()`."""
        return RunHandle(self._client, self._thread_id, run_id)

    def retrieve(self, **options: Unpack[RequestOptions]) -> Thread:
        """Get this thread (`get_thread`)."""
        return self._client._request(get_thread._get_kwargs(self._thread_id), options, _thread)

    def update(
        self,
        *,
        title: str | NotGiven | None = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        status: ThreadStatusArg | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Thread:
        """Change this thread's title, metadata or status (`update_thread`)."""
        kwargs = update_thread._get_kwargs(self._thread_id, body=_update_body(title, metadata, status))
        return self._client._request(kwargs, options, _thread)

    def delete(self, **options: Unpack[RequestOptions]) -> DeletedObject:
        """Delete this thread (`delete_thread`)."""
        return self._client._request(delete_thread._get_kwargs(self._thread_id), options, _deleted)

    @overload
    def chat(
        self,
        messages: str | Iterable[MessageInput] = (),
        *,
        system: str | NotGiven = NOT_GIVEN,
        tools: Mapping[str, Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        stream: Literal[True] = True,
        run_config: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> ThreadRunStream: ...
    @overload
    def chat(
        self,
        messages: str | Iterable[MessageInput] = (),
        *,
        system: str | NotGiven = NOT_GIVEN,
        tools: Mapping[str, Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        stream: Literal[False],
        run_config: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> ThreadRunResult: ...
    @overload
    def chat(
        self,
        messages: str | Iterable[MessageInput] = (),
        *,
        system: str | NotGiven = NOT_GIVEN,
        tools: Mapping[str, Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        stream: bool,
        run_config: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> ThreadRunStream | ThreadRunResult: ...
    def chat(
        self,
        messages: str | Iterable[MessageInput] = (),
        *,
        system: str | NotGiven = NOT_GIVEN,
        tools: Mapping[str, Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        stream: bool = True,
        run_config: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> ThreadRunStream | ThreadRunResult:
        """Append `messages` and run the assistant (`chat_thread`): a stream of the run's events.

        `messages` may be a string, or strings, dicts (snake_case, OpenAI or assistant-ui
        camelCase shape) and message models; empty runs the assistant on the thread as it is.
        `tools` is the assistant-ui map `{name: {description, parameters}}`. While a run is
        active this raises `ConflictError` (code `run_active`).

        Answers a `ThreadRunStream` (the spec's default, `stream: true`): iterate it for the typed
        events, read `.run_id` at once, `.until_done()` for the finished run and its items; it
        resumes by itself after a dropped connection. With `stream=False` the request waits for
        the run to end and answers the `ThreadRunResult` (the run and the items it added).
        """
        body = fields(
            messages=thread_messages(messages),
            system=system,
            tools=tools,
            model=model,
            max_tokens=max_tokens,
            temperature=temperature,
            stream=stream,
            run_config=run_config,
            metadata=metadata,
        )
        kwargs = chat_thread._get_kwargs(
            self._thread_id, body=ThreadChatRequest.from_dict(body), idempotency_key=idempotency_key(options)
        )
        if stream:
            return self._client._run_stream(kwargs, options, self._thread_id)
        return self._client._request(kwargs, options, _run_result)

    def cancel(self, **options: Unpack[PostOptions]) -> ThreadRun:
        """Cancel the thread's active run (`cancel_thread_run`); `ConflictError` (`no_active_run`) when none."""
        kwargs = cancel_thread_run._get_kwargs(self._thread_id, idempotency_key=idempotency_key(options))
        return self._client._request(kwargs, options, _run)

    def feedback(
        self,
        item_ids: str | Sequence[str],
        kind: Literal["positive", "negative"],
        *,
        comment: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PostOptions],
    ) -> ItemFeedback:
        """Rate one or more items of this thread (`create_item_feedback`)."""
        ids = [item_ids] if isinstance(item_ids, str) else list(item_ids)
        body = ItemFeedbackRequest.from_dict(fields(item_ids=ids, kind=kind, comment=comment))
        kwargs = create_item_feedback._get_kwargs(self._thread_id, body=body, idempotency_key=idempotency_key(options))
        return self._client._request(kwargs, options, _feedback)

    @overload
    def action(
        self,
        type: str,
        *,
        payload: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        item_id: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        stream: Literal[True] = True,
        **options: Unpack[PostOptions],
    ) -> ThreadRunStream: ...
    @overload
    def action(
        self,
        type: str,
        *,
        payload: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        item_id: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        stream: Literal[False],
        **options: Unpack[PostOptions],
    ) -> ThreadRunResult: ...
    @overload
    def action(
        self,
        type: str,
        *,
        payload: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        item_id: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        stream: bool,
        **options: Unpack[PostOptions],
    ) -> ThreadRunStream | ThreadRunResult: ...
    def action(
        self,
        type: str,
        *,
        payload: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        item_id: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        stream: bool = True,
        **options: Unpack[PostOptions],
    ) -> ThreadRunStream | ThreadRunResult:
        """Record an action (ChatKit custom action) and run the assistant on it (`run_thread_action`).

        Answers a `ThreadRunStream` of the run's events, or with `stream=False` the finished
        `ThreadRunResult` (as `chat`).
        """
        body = ThreadActionRequest.from_dict(
            fields(type=type, payload=payload, item_id=item_id, model=model, stream=stream)
        )
        kwargs = run_thread_action._get_kwargs(self._thread_id, body=body, idempotency_key=idempotency_key(options))
        if stream:
            return self._client._run_stream(kwargs, options, self._thread_id)
        return self._client._request(kwargs, options, _run_result)

    @overload
    def retry(
        self,
        item_id: str,
        *,
        model: str | NotGiven = NOT_GIVEN,
        stream: Literal[True] = True,
        **options: Unpack[PostOptions],
    ) -> ThreadRunStream: ...
    @overload
    def retry(
        self, item_id: str, *, model: str | NotGiven = NOT_GIVEN, stream: Literal[False], **options: Unpack[PostOptions]
    ) -> ThreadRunResult: ...
    @overload
    def retry(
        self, item_id: str, *, model: str | NotGiven = NOT_GIVEN, stream: bool, **options: Unpack[PostOptions]
    ) -> ThreadRunStream | ThreadRunResult: ...
    def retry(
        self,
        item_id: str,
        *,
        model: str | NotGiven = NOT_GIVEN,
        stream: bool = True,
        **options: Unpack[PostOptions],
    ) -> ThreadRunStream | ThreadRunResult:
        """Delete every item after the user message `item_id` and answer it again (`retry_thread_run`).

        Answers a `ThreadRunStream` of the run's events, or with `stream=False` the finished
        `ThreadRunResult` (as `chat`).
        """
        body = ThreadRetryRequest.from_dict(fields(item_id=item_id, model=model, stream=stream))
        kwargs = retry_thread_run._get_kwargs(self._thread_id, body=body, idempotency_key=idempotency_key(options))
        if stream:
            return self._client._run_stream(kwargs, options, self._thread_id)
        return self._client._request(kwargs, options, _run_result)

    chat_sync = alias(chat, "the assistant-ui client (`ThreadClient.chat_sync`)")
    cancel_sync = alias(cancel, "the assistant-ui client (`ThreadClient.cancel_sync`)")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._thread_id!r})"


class ThreadItems(SyncResource):
    """`client.threads(id).items`: the thread's items."""

    __slots__ = ("_thread_id",)

    def __init__(self, client: Parley, thread_id: str) -> None:
        super().__init__(client)
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
        args = fields(thread_id=self._thread_id, limit=limit, after=after, order=order)
        return self._client._paginate(list_thread_items._get_kwargs, args, CURSOR, _item_list, options)


class RunHandle(SyncResource):
    """`client.threads(id).runs(run_id)`: one run of a thread."""

    __slots__ = ("_run_id", "_thread_id")

    def __init__(self, client: Parley, thread_id: str, run_id: str) -> None:
        super().__init__(client)
        self._thread_id = thread_id
        self._run_id = run_id

    @property
    def id(self) -> str:
        """The run's id."""
        return self._run_id

    def retrieve(self, **options: Unpack[RequestOptions]) -> ThreadRun:
        """The run: status, model, timing, usage, error, newest event id (`get_thread_run`)."""
        return self._client._request(get_thread_run._get_kwargs(self._thread_id, self._run_id), options, _run)

    def events(
        self,
        *,
        last_event_id: str | NotGiven = NOT_GIVEN,
        after: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> ThreadRunStream:
        """Follow the run's events after `last_event_id` (or `after`; all by default): `stream_thread_run_events`.

        Replays the stored events, then follows the run live until it ends, as a `ThreadRunStream`
        (which resumes by itself after a dropped connection). Use it to re-attach to a run, e.g.
        from another process: `client.threads(t).runs(run_id).events(last_event_id=seen)`.
        """
        from parley_client.api.threads import stream_thread_run_events  # imports 9 frame models: only when used

        kwargs = stream_thread_run_events._get_kwargs(
            self._thread_id, self._run_id, **fields(last_event_id=last_event_id, after=after)
        )
        seen = _sequence(last_event_id, after)
        return self._client._run_stream(kwargs, options, self._thread_id, run_id=self._run_id, after=seen)


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
        return AsyncThreadHandle(self._client, thread_id)

    create = async_twin(Threads.create)
    list = page_twin(Threads.list)
    retrieve = async_twin(Threads.retrieve)
    update = async_twin(Threads.update)
    delete = async_twin(Threads.delete)


class AsyncThreadHandle(AsyncResource):
    """One thread, by id: `client.threads(thread_id)` (async)."""

    __slots__ = ("_thread_id",)

    def __init__(self, client: AsyncParley, thread_id: str) -> None:
        super().__init__(client)
        self._thread_id = thread_id

    @property
    def id(self) -> str:
        """The thread's id."""
        return self._thread_id

    @property
    def items(self) -> AsyncThreadItems:
        """The thread's items: `items.list()`."""
        return AsyncThreadItems(self._client, self._thread_id)

    def runs(self, run_id: str) -> AsyncRunHandle:
        """A handle on one run of this thread: `.retrieve()`, `.events()`."""
        return AsyncRunHandle(self._client, self._thread_id, run_id)

    retrieve = async_twin(ThreadHandle.retrieve)
    update = async_twin(ThreadHandle.update)
    delete = async_twin(ThreadHandle.delete)
    cancel = async_twin(ThreadHandle.cancel)
    feedback = async_twin(ThreadHandle.feedback)

    if TYPE_CHECKING:

        @overload
        async def chat(
            self,
            messages: str | Iterable[MessageInput] = (),
            *,
            system: str | NotGiven = NOT_GIVEN,
            tools: Mapping[str, Mapping[str, Any]] | NotGiven = NOT_GIVEN,
            model: str | NotGiven = NOT_GIVEN,
            max_tokens: int | NotGiven = NOT_GIVEN,
            temperature: float | NotGiven = NOT_GIVEN,
            stream: Literal[True] = True,
            run_config: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            **options: Unpack[PostOptions],
        ) -> AsyncThreadRunStream: ...

        @overload
        async def chat(
            self,
            messages: str | Iterable[MessageInput] = (),
            *,
            system: str | NotGiven = NOT_GIVEN,
            tools: Mapping[str, Mapping[str, Any]] | NotGiven = NOT_GIVEN,
            model: str | NotGiven = NOT_GIVEN,
            max_tokens: int | NotGiven = NOT_GIVEN,
            temperature: float | NotGiven = NOT_GIVEN,
            stream: Literal[False],
            run_config: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            **options: Unpack[PostOptions],
        ) -> ThreadRunResult: ...

        @overload
        async def chat(
            self,
            messages: str | Iterable[MessageInput] = (),
            *,
            system: str | NotGiven = NOT_GIVEN,
            tools: Mapping[str, Mapping[str, Any]] | NotGiven = NOT_GIVEN,
            model: str | NotGiven = NOT_GIVEN,
            max_tokens: int | NotGiven = NOT_GIVEN,
            temperature: float | NotGiven = NOT_GIVEN,
            stream: bool,
            run_config: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            **options: Unpack[PostOptions],
        ) -> AsyncThreadRunStream | ThreadRunResult: ...

        async def chat(self, *args: Any, **kwargs: Any) -> Any:
            """For type checkers: the overloads above (the body is the sync method's, awaited)."""

        @overload
        async def action(
            self,
            type: str,
            *,
            payload: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            item_id: str | NotGiven = NOT_GIVEN,
            model: str | NotGiven = NOT_GIVEN,
            stream: Literal[True] = True,
            **options: Unpack[PostOptions],
        ) -> AsyncThreadRunStream: ...

        @overload
        async def action(
            self,
            type: str,
            *,
            payload: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            item_id: str | NotGiven = NOT_GIVEN,
            model: str | NotGiven = NOT_GIVEN,
            stream: Literal[False],
            **options: Unpack[PostOptions],
        ) -> ThreadRunResult: ...

        @overload
        async def action(
            self,
            type: str,
            *,
            payload: Mapping[str, Any] | NotGiven = NOT_GIVEN,
            item_id: str | NotGiven = NOT_GIVEN,
            model: str | NotGiven = NOT_GIVEN,
            stream: bool,
            **options: Unpack[PostOptions],
        ) -> AsyncThreadRunStream | ThreadRunResult: ...

        async def action(self, *args: Any, **kwargs: Any) -> Any:
            """For type checkers: the overloads above (the body is the sync method's, awaited)."""

        @overload
        async def retry(
            self,
            item_id: str,
            *,
            model: str | NotGiven = NOT_GIVEN,
            stream: Literal[True] = True,
            **options: Unpack[PostOptions],
        ) -> AsyncThreadRunStream: ...

        @overload
        async def retry(
            self,
            item_id: str,
            *,
            model: str | NotGiven = NOT_GIVEN,
            stream: Literal[False],
            **options: Unpack[PostOptions],
        ) -> ThreadRunResult: ...

        @overload
        async def retry(
            self, item_id: str, *, model: str | NotGiven = NOT_GIVEN, stream: bool, **options: Unpack[PostOptions]
        ) -> AsyncThreadRunStream | ThreadRunResult: ...

        async def retry(self, *args: Any, **kwargs: Any) -> Any:
            """For type checkers: the overloads above (the body is the sync method's, awaited)."""

    else:
        chat = async_twin(ThreadHandle.chat)
        action = async_twin(ThreadHandle.action)
        retry = async_twin(ThreadHandle.retry)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._thread_id!r})"


class AsyncThreadItems(AsyncResource):
    """`client.threads(id).items` (async)."""

    __slots__ = ("_thread_id",)

    def __init__(self, client: AsyncParley, thread_id: str) -> None:
        super().__init__(client)
        self._thread_id = thread_id

    list = page_twin(ThreadItems.list)


class AsyncRunHandle(AsyncResource):
    """`client.threads(id).runs(run_id)` (async)."""

    __slots__ = ("_run_id", "_thread_id")

    def __init__(self, client: AsyncParley, thread_id: str, run_id: str) -> None:
        super().__init__(client)
        self._thread_id = thread_id
        self._run_id = run_id

    @property
    def id(self) -> str:
        """The run's id."""
        return self._run_id

    retrieve = async_twin(RunHandle.retrieve)

    if TYPE_CHECKING:

        async def events(
            self,
            *,
            last_event_id: str | NotGiven = NOT_GIVEN,
            after: int | NotGiven = NOT_GIVEN,
            **options: Unpack[RequestOptions],
        ) -> AsyncThreadRunStream:
            """For type checkers (the body is the sync method's, awaited)."""
    else:
        events = async_twin(RunHandle.events)
