"""An `Idempotency-Key` replay answers the first answer and creates nothing new; another body is a 409."""

from __future__ import annotations

import uuid

from parley import APIStatusError

from ._base import Flow, FlowContext
from ._http import expect_json


def run(ctx: FlowContext) -> None:
    """Replay create_thread, chat_thread and create_chat_completion with their keys; reuse a key for another body."""
    client = ctx.client
    title = f"{ctx.tag} idempotency"
    key = str(uuid.uuid4())
    first = ctx.call("client.threads.create", client.threads.create, title=title, idempotency_key=key)
    ctx.cleanup(f"client.threads.delete({first.id!r})", lambda: client.threads.delete(first.id))
    again = ctx.call("client.threads.create", client.threads.create, title=title, idempotency_key=key)
    if again.id != first.id:
        ctx.cleanup(f"client.threads.delete({again.id!r})", lambda: client.threads.delete(again.id))
    ctx.check(
        again.id == first.id,
        f"create_thread replayed with Idempotency-Key {key} created a second thread ({first.id}, then {again.id})",
    )
    ctx.check(again.to_dict() == first.to_dict(), "create_thread's replay answered other fields than the first answer")
    page = ctx.call("client.threads.list", client.threads.list, limit=100)
    mine = [thread.id for thread in page.data if thread.title == title]
    ctx.check(mine == [first.id], f"after a replayed create_thread the caller has threads {mine} titled {title!r}")
    _marked_as_replay(ctx)

    handle = client.threads(first.id)
    chat_key = str(uuid.uuid4())
    prompt = f"Hello once from {ctx.tag}."
    label = f"client.threads({first.id!r}).chat"
    result = ctx.call(label, handle.chat, prompt, model=ctx.model, stream=False, idempotency_key=chat_key)
    replay = ctx.call(label, handle.chat, prompt, model=ctx.model, stream=False, idempotency_key=chat_key)
    ctx.check(
        replay.run.id == result.run.id,
        f"chat_thread replayed with its Idempotency-Key started a second run ({result.run.id}, then {replay.run.id})",
    )
    items = ctx.call(f"{label.removesuffix('.chat')}.items.list", handle.items.list, limit=100)
    ctx.check(
        len(items.data) == len(result.items),
        f"after a replayed chat_thread the thread holds {len(items.data)} items, the run added {len(result.items)}",
    )

    try:
        ctx.call(label, handle.chat, prompt + " Twice.", model=ctx.model, stream=False, idempotency_key=chat_key)
    except APIStatusError as exc:
        ctx.check(
            exc.status_code in (409, 422),
            f"reusing an Idempotency-Key for another body answered {exc.status_code}, not 409 (or 422)",
        )
    else:
        ctx.check(False, "reusing an Idempotency-Key for another chat_thread body was accepted, not a 409")

    completion_key = str(uuid.uuid4())
    create = client.chat.completions.create
    answer = ctx.call(
        "client.chat.completions.create", create, model=ctx.model, messages=prompt, idempotency_key=completion_key
    )
    ctx.cleanup(f"client.sessions.delete({answer.session_id!r})", lambda: client.sessions.delete(answer.session_id))
    repeat = ctx.call(
        "client.chat.completions.create", create, model=ctx.model, messages=prompt, idempotency_key=completion_key
    )
    if repeat.session_id != answer.session_id:
        ctx.cleanup(f"client.sessions.delete({repeat.session_id!r})", lambda: client.sessions.delete(repeat.session_id))
    ctx.check(
        (repeat.id, repeat.session_id) == (answer.id, answer.session_id),
        f"create_chat_completion replayed with its Idempotency-Key answered completion {repeat.id} in session "
        f"{repeat.session_id}, the first answer was {answer.id} in {answer.session_id}",
    )
    session = ctx.call("client.sessions.retrieve", client.sessions.retrieve, answer.session_id)
    ctx.check(
        len(session.messages) == 2,
        f"after a replayed completion its session holds {len(session.messages)} messages, not 2",
    )


def _marked_as_replay(ctx: FlowContext) -> None:
    """On the wire, a replay says so (`Idempotent-Replayed: true`) and a first answer does not."""
    http = ctx.raw("client")
    key = str(uuid.uuid4())
    body = {"title": f"{ctx.tag} replay header"}
    first = http.request("POST", "/v1/threads", json_body=body, headers={"Idempotency-Key": key})
    thread_id = str(expect_json("create_thread", first, 201)["id"])
    ctx.cleanup(f"DELETE /v1/threads/{thread_id}", lambda: http.request("DELETE", f"/v1/threads/{thread_id}"))
    replay = http.request("POST", "/v1/threads", json_body=body, headers={"Idempotency-Key": key})
    expect_json("create_thread", replay, 201)
    what = f"create_thread (POST /v1/threads) with Idempotency-Key {key}"
    ctx.check(
        first.headers.get("idempotent-replayed") is None,
        f"{what}: the first answer says Idempotent-Replayed: {first.headers.get('idempotent-replayed')}",
    )
    ctx.check(
        replay.headers.get("idempotent-replayed") == "true",
        f"{what}: the replay has no `Idempotent-Replayed: true` header (it has "
        f"{replay.headers.get('idempotent-replayed')!r}); the spec marks every replay with it",
    )


FLOW = Flow(
    name="idempotent_replay",
    title="an Idempotency-Key replay answers the first answer and creates nothing new",
    tags=("threads", "completions"),
    run=run,
    uses=("create_thread", "list_threads", "chat_thread", "list_thread_items", "create_chat_completion",
          "get_session", "delete_thread", "delete_session"),
)  # fmt: skip
