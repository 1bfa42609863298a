"""The typed calls of the `threads` operations (written by tools/sdk_calls.py; `make generate`)."""

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

    from ..models import DeletedObject, Thread, ThreadRun
    from ..params import (
        JsonObjectParam,
        MetadataParam,
        ThreadStatusParam,
        ToolDefinitionsParam,
    )
    from ..unions import ThreadItem


class ChatThreadKeywords(PostOptions, total=False):
    """The keyword arguments of `threads(id).chat` but `messages` and `stream`: the spec's `ThreadChatRequest` fields."""

    system: str | NotGiven
    tools: ToolDefinitionsParam | NotGiven
    model: str | NotGiven
    max_tokens: int | NotGiven
    temperature: float | NotGiven
    run_config: JsonObjectParam | NotGiven
    metadata: MetadataParam | NotGiven


class RunThreadActionKeywords(PostOptions, total=False):
    """The keyword arguments of `threads(id).action` but `type` and `stream`: the spec's `ThreadActionRequest` fields."""

    payload: JsonObjectParam | NotGiven
    item_id: str | NotGiven
    model: str | NotGiven


class RetryThreadRunKeywords(PostOptions, total=False):
    """The keyword arguments of `threads(id).retry` but `item_id` and `stream`: the spec's `ThreadRetryRequest` fields."""

    model: str | NotGiven


def create_thread(
    *,
    title: str | NotGiven = NOT_GIVEN,
    metadata: MetadataParam | NotGiven = NOT_GIVEN,
    **options: Unpack[PostOptions],
) -> Call[Thread]:
    """Create an empty, active thread (`create_thread`)."""
    checked(options, PostOptions, "create_thread()")
    from ..api.threads import create_thread as operation
    from ..models import Thread

    body = fields(title=title, metadata=metadata)
    return Call(
        operation.request_kwargs(**fields(body=body or NOT_GIVEN), idempotency_key=idempotency_key(options)),
        options,
        Thread.decode,
    )


def list_threads(
    *,
    limit: int | NotGiven = NOT_GIVEN,
    after: str | NotGiven = NOT_GIVEN,
    order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
    status: ThreadStatusParam | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> PageCall[Thread]:
    """One cursor page of the caller's threads, newest first by default (`list_threads`).

    `for thread in client.threads.list(limit=50)` visits every thread once, fetching the
    following pages (`after=page.after`) as the loop reaches them.
    """
    checked(options, RequestOptions, "list_threads()")
    from ..api.threads import list_threads as operation
    from ..models import ThreadList

    return PageCall(
        operation.request_kwargs,
        fields(limit=limit, after=after, order=order, status=status),
        ThreadList.decode,
        options,
        "data",
        "after",
    )


def get_thread(
    thread_id: str,
    **options: Unpack[RequestOptions],
) -> Call[Thread]:
    """One thread: status, item count, active run (`get_thread`)."""
    checked(options, RequestOptions, "get_thread()")
    from ..api.threads import get_thread as operation
    from ..models import Thread

    return Call(operation.request_kwargs(thread_id), options, Thread.decode)


def update_thread(
    thread_id: str,
    *,
    title: str | None | NotGiven = NOT_GIVEN,
    metadata: MetadataParam | NotGiven = NOT_GIVEN,
    status: ThreadStatusParam | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> Call[Thread]:
    """Change the title (`None` clears it), metadata (replaced) or status (`update_thread`)."""
    checked(options, RequestOptions, "update_thread()")
    from ..api.threads import update_thread as operation
    from ..models import Thread

    body = fields(title=title, metadata=metadata, status=status)
    return Call(operation.request_kwargs(thread_id, body=body), options, Thread.decode)


def delete_thread(
    thread_id: str,
    **options: Unpack[RequestOptions],
) -> Call[DeletedObject]:
    """Delete the thread with its items, runs and attachments (`delete_thread`)."""
    checked(options, RequestOptions, "delete_thread()")
    from ..api.threads import delete_thread as operation
    from ..models import DeletedObject

    return Call(operation.request_kwargs(thread_id), options, DeletedObject.decode)


def list_thread_items(
    thread_id: str,
    *,
    limit: int | NotGiven = NOT_GIVEN,
    after: str | NotGiven = NOT_GIVEN,
    order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
    **options: Unpack[RequestOptions],
) -> PageCall[ThreadItem]:
    """One cursor page of the thread's items, newest first by default (`list_thread_items`)."""
    checked(options, RequestOptions, "list_thread_items()")
    from ..api.threads import list_thread_items as operation
    from ..models import ThreadItemList

    return PageCall(
        operation.request_kwargs,
        fields(thread_id=thread_id, limit=limit, after=after, order=order),
        ThreadItemList.decode,
        options,
        "data",
        "after",
    )


def cancel_thread_run(
    thread_id: str,
    **options: Unpack[PostOptions],
) -> Call[ThreadRun]:
    """Cancel the thread's active run, whichever it is (`cancel_thread_run`).

    `ConflictError` (`no_active_run`) when no run is active. To cancel one run and nothing
    else, use `client.threads(t).runs(run_id).cancel()` (or the stream's `cancel()`): by the
    time this request arrives, the run you meant may have ended and another client's run may
    be the active one.
    """
    checked(options, PostOptions, "cancel_thread_run()")
    from ..api.threads import cancel_thread_run as operation
    from ..models import ThreadRun

    return Call(
        operation.request_kwargs(thread_id, idempotency_key=idempotency_key(options)), options, ThreadRun.decode
    )


def get_thread_run(
    thread_id: str,
    run_id: str,
    **options: Unpack[RequestOptions],
) -> Call[ThreadRun]:
    """The run: status, model, timing, usage, error, newest event id (`get_thread_run`)."""
    checked(options, RequestOptions, "get_thread_run()")
    from ..api.threads import get_thread_run as operation
    from ..models import ThreadRun

    return Call(operation.request_kwargs(thread_id, run_id), options, ThreadRun.decode)


def cancel_run(
    thread_id: str,
    run_id: str,
    **options: Unpack[PostOptions],
) -> Call[ThreadRun]:
    """Cancel this run if it is still active (`cancel_run`); answers the cancelled run.

    Only this run is touched, whatever else runs on the thread. A run that already ended
    raises `ConflictError` with `code == "run_not_active"` (its message names the run's
    status): nothing was cancelled. `stream.cancel()` on a `ThreadRunStream` does the same
    but answers the ended run instead of raising.
    """
    checked(options, PostOptions, "cancel_run()")
    from ..api.threads import cancel_run as operation
    from ..models import ThreadRun

    return Call(
        operation.request_kwargs(thread_id, run_id, idempotency_key=idempotency_key(options)), options, ThreadRun.decode
    )
