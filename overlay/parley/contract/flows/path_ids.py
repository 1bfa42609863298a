"""An id is one path segment: an encoded slash (`%2F`) in it never reaches another operation.

The SDK sends every path parameter as one percent-encoded segment (`thr_1/items` as
`thr_1%2Fitems`). A server that routes on the decoded path splits it, so
`GET /v1/threads/thr_1%2Fitems` answers thr_1's items, and `POST /v1/threads/thr_1%2Fruns%2Frun_2/cancel`
cancels run_2: a caller that passes on an id it was given reaches an operation it did not ask for.
Only a read is tried here: it must answer 404 (no such thread) or 400 (no such id), never 2xx.
"""

from __future__ import annotations

from parley import APIError, BadRequestError, NotFoundError

from ._base import Flow, FlowContext


def run(ctx: FlowContext) -> None:
    """Create a thread; reading it by an id that embeds `/items` after an encoded slash must find nothing."""
    client = ctx.client
    thread = ctx.call("client.threads.create", client.threads.create, title=f"{ctx.tag} path ids")
    ctx.cleanup(f"client.threads.delete({thread.id!r})", lambda: client.threads.delete(thread.id))
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


FLOW = Flow(
    name="path_ids",
    title="an id holding an encoded slash (%2F) stays one path segment: it reaches no other operation",
    tags=("threads",),
    run=run,
    uses=("create_thread", "get_thread", "delete_thread"),
)
