"""An id is one path segment: an encoded slash (`%2F`) in it never reaches another operation.

The SDK sends every path parameter as one percent-encoded segment (`thr_1/items` as
`thr_1%2Fitems`). A server that routes on the decoded path splits it, so
`GET /v1/threads/thr_1%2Fitems` answers thr_1's items, and `POST /v1/threads/thr_1%2Fruns%2Frun_2/cancel`
cancels run_2: a caller that passes on an id it was given reaches an operation it did not ask for.
Only a read is tried here: it must answer 404 (no such thread) or 400 (no such id), never 2xx.
And a child is found only under its own parent: a run read through another thread of the same
user (`/v1/threads/<other>/runs/<run>`) is 404, as a server that looks runs up by id alone fails.
"""

from __future__ import annotations

from parley import APIError, BadRequestError, NotFoundError

from ._base import Flow, FlowContext


def run(ctx: FlowContext) -> None:
    """A run is found only under its thread; an id embedding `/items` after an encoded slash finds nothing."""
    client = ctx.client
    thread = ctx.call("client.threads.create", client.threads.create, title=f"{ctx.tag} path ids")
    ctx.cleanup(f"client.threads.delete({thread.id!r})", lambda: client.threads.delete(thread.id))
    _run_under_its_thread(ctx, thread.id)
    split_id = thread.id + "/items"
    try:
        ctx.call("client.threads.retrieve", client.threads.retrieve, split_id)
    except (NotFoundError, BadRequestError):
        return
    except APIError as exc:
        ctx.check(
            False,
            f"get_thread of the id {split_id!r} (sent as one segment, {split_id.replace('/', '%2F')!r}) did not "
            "answer 404: the server split the id at its encoded slash and answered list_thread_items "
            f"(GET /v1/threads/{{thread_id}}/items) instead ({exc})",
        )
    ctx.check(False, f"get_thread of the id {split_id!r} answered a thread: expected 404, no such thread")


def _run_under_its_thread(ctx: FlowContext, thread_id: str) -> None:
    """A run of one thread, read through another thread of the same user, must not be found."""
    client = ctx.client
    other = ctx.call("client.threads.create", client.threads.create, title=f"{ctx.tag} other thread")
    ctx.cleanup(f"client.threads.delete({other.id!r})", lambda: client.threads.delete(other.id))
    ctx.record(f"client.threads({thread_id!r}).chat", "Hello", model=ctx.model, stream=False)
    run = client.threads(thread_id).chat("Hello", model=ctx.model, stream=False).run
    elsewhere = client.threads(other.id).runs(run.id)
    try:
        found = ctx.call(f"client.threads({other.id!r}).runs({run.id!r}).retrieve", elsewhere.retrieve)
    except NotFoundError:
        return
    ctx.check(
        False,
        f"run {run.id} of thread {thread_id} was found under thread {other.id} (thread_id {found.thread_id!r}): "
        "get_thread_run must look the run up in the thread the path names, and answer 404",
    )


FLOW = Flow(
    name="path_ids",
    title="an id holding an encoded slash (%2F) stays one segment, and a run is found only under its own thread",
    tags=("threads",),
    run=run,
    uses=("create_thread", "get_thread", "delete_thread", "chat_thread", "get_thread_run"),
)
