"""A streamed completion is recorded in its session, and the session continues and deletes as the spec says."""

from __future__ import annotations

from collections.abc import Sequence

from parley import NotFoundError

from ._base import Flow, FlowContext


def _streamed(ctx: FlowContext, prompt: str, session_id: str | None = None) -> tuple[str, str | None]:
    """Stream one completion (in session `session_id` if given); its text and the session id its chunks name."""
    label = "client.chat.completions.create"
    create = ctx.client.chat.completions.create
    if session_id is None:
        ctx.record(label, model=ctx.model, messages=prompt, stream=True)
        stream = create(model=ctx.model, messages=prompt, stream=True)
    else:
        ctx.record(label, model=ctx.model, messages=prompt, stream=True, session_id=session_id)
        stream = create(model=ctx.model, messages=prompt, stream=True, session_id=session_id)
    with stream:
        chunks = list(stream)
    ctx.check(chunks, "the completion stream carried no chunk before [DONE]")
    ids = {chunk.id for chunk in chunks}
    ctx.check(len(ids) == 1, f"the chunks of one completion carry {len(ids)} different ids: {sorted(ids)[:3]}")
    sessions = {chunk.session_id for chunk in chunks}
    ctx.check(len(sessions) == 1, f"the chunks of one completion name {len(sessions)} sessions: {sorted(sessions)}")
    text = "".join(choice.delta.content or "" for chunk in chunks for choice in chunk.choices if choice.index == 0)
    return text, stream.session_id


def run(ctx: FlowContext) -> None:
    """Stream a completion, find it in its session, continue the session, delete it."""
    client = ctx.client
    first_prompt = f"Say hello to {ctx.tag}."
    text, session_id = _streamed(ctx, first_prompt)
    ctx.check(session_id, "the completion stream named no session (`session_id` on its chunks)")
    assert session_id is not None
    ctx.cleanup(f"client.sessions.delete({session_id!r})", lambda: client.sessions.delete(session_id))

    detail = ctx.call("client.sessions.retrieve", client.sessions.retrieve, session_id)
    ctx.check(detail.session.id == session_id, f"get_session({session_id!r}) answered session {detail.session.id!r}")
    transcript = [(message.role, message.content) for message in detail.messages]
    ctx.check(
        transcript[-2:] == [("user", first_prompt), ("assistant", text)],
        f"session {session_id} does not end with the streamed exchange: expected the user prompt and the "
        f"{len(text)}-character streamed answer, found {_describe(transcript[-2:])}",
    )
    ctx.check(
        detail.session.message_count == len(detail.messages),
        f"session {session_id} counts {detail.session.message_count} messages but lists {len(detail.messages)}",
    )
    indexes = [message.message_index for message in detail.messages]
    ctx.check(indexes == list(range(len(indexes))), f"session {session_id} numbers its messages {indexes}")

    second_prompt = f"And goodbye to {ctx.tag}."
    text2, continued = _streamed(ctx, second_prompt, session_id=session_id)
    ctx.check(continued == session_id, f"a completion with session_id={session_id!r} was recorded in {continued!r}")
    detail = ctx.call("client.sessions.retrieve", client.sessions.retrieve, session_id)
    transcript = [(message.role, message.content) for message in detail.messages]
    ctx.check(
        len(transcript) == 4 and transcript[-2:] == [("user", second_prompt), ("assistant", text2)],
        f"session {session_id} after a second streamed completion: expected 4 messages ending with it, "
        f"found {len(transcript)}: {_describe(transcript)}",
    )

    page = ctx.call("client.sessions.list", client.sessions.list, page_size=20)
    ctx.check(
        any(summary.id == session_id for summary in page.data),
        f"list_sessions (most recently active first) does not show the session {session_id} just used",
    )

    deleted = ctx.call("client.sessions.delete", client.sessions.delete, session_id)
    ctx.check(deleted.id == session_id and deleted.deleted, f"delete_session answered {deleted.to_dict()}")
    try:
        ctx.call("client.sessions.retrieve", client.sessions.retrieve, session_id)
    except NotFoundError:
        return
    ctx.check(False, f"session {session_id} can still be read after delete_session")


def _describe(transcript: Sequence[tuple[str, str]]) -> str:
    return "; ".join(f"{role}: {content[:40]!r}" for role, content in transcript) or "nothing"


FLOW = Flow(
    name="completion_session",
    title="a streamed completion is recorded in its session, which continues and deletes",
    tags=("completions", "sessions"),
    run=run,
    uses=("create_chat_completion", "get_session", "list_sessions", "delete_session"),
)
