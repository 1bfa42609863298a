"""A streamed chat completion as OpenAI sends one, read on the wire and through the SDK.

On the wire: `200 text/event-stream`; unnamed events whose data are `chat.completion.chunk`
objects sharing one id; at least one choice finishing; with `stream_options.include_usage` a
chunk carrying `usage`; then `data: [DONE]`, last and once. Through the SDK: the same stream
parses into chunks. Streamed or not, `usage.total_tokens` is `prompt_tokens + completion_tokens`.
This flow needs nothing but `/v1/chat/completions` (and a model), so it also runs against
OpenAI-compatible servers that implement only completions and models.
"""

from __future__ import annotations

import json
import uuid

from ._base import Flow, FlowContext


def run(ctx: FlowContext) -> None:
    """Stream one completion raw and one through the SDK; judge the frames."""
    http = ctx.raw("client")
    body = {
        "model": ctx.model,
        "messages": [{"role": "user", "content": f"Stream a greeting to {ctx.tag}."}],
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    response, events = http.post_events("/v1/chat/completions", body, headers={"Idempotency-Key": str(uuid.uuid4())})
    what = "create_chat_completion (POST /v1/chat/completions, stream: true)"
    content_type = response.headers.get("content-type", "")
    ctx.check(
        response.status_code == 200 and content_type.startswith("text/event-stream"),
        f"{what} answered {response.status_code} {content_type or '(no content type)'}, not 200 text/event-stream",
    )
    ctx.check(events, f"{what} sent no event")
    ctx.check(
        [event.data for event in events].count("[DONE]") == 1 and events[-1].data == "[DONE]",
        f"{what} did not end with exactly one `data: [DONE]` "
        f"(last frames: {[event.data[:40] for event in events[-2:]]})",
    )
    chunks = []
    for index, event in enumerate(events[:-1]):
        ctx.check(event.event == "message", f"{what}: frame {index} is a named event ({event.event!r}), not unnamed")
        try:
            chunk = json.loads(event.data)
        except ValueError:
            ctx.check(False, f"{what}: frame {index} is not JSON: {event.data[:80]!r}")
        ctx.check(
            isinstance(chunk, dict) and chunk.get("object") == "chat.completion.chunk",
            f"{what}: frame {index} is not a chat.completion.chunk: {event.data[:120]}",
        )
        chunks.append(chunk)
    ctx.check(chunks, f"{what}: no chunk before [DONE]")
    ids = {chunk.get("id") for chunk in chunks}
    ctx.check(len(ids) == 1, f"{what}: the chunks of one completion carry {len(ids)} ids: {sorted(map(str, ids))[:3]}")
    finished = [choice for chunk in chunks for choice in chunk.get("choices") or [] if choice.get("finish_reason")]
    ctx.check(finished, f"{what}: no choice ever finished (no finish_reason in any chunk)")
    usages = [chunk["usage"] for chunk in chunks if chunk.get("usage")]
    ctx.check(usages, f"{what} with stream_options.include_usage: no chunk carried usage")
    adds_up(ctx, what, usages[-1])

    create = ctx.client.chat.completions.create
    ctx.record("client.chat.completions.create", model=ctx.model, messages="Hello!", stream=True)
    with create(model=ctx.model, messages="Hello!", stream=True) as stream:
        parsed = list(stream)
    ctx.check(parsed, "the SDK read no chunk from a streamed completion")
    ctx.check(len({chunk.id for chunk in parsed}) == 1, "the SDK read chunks of several completions from one stream")
    answer = ctx.call("client.chat.completions.create", create, model=ctx.model, messages="Hello!")
    adds_up(ctx, "create_chat_completion (POST /v1/chat/completions)", answer.usage.to_dict())


def adds_up(ctx: FlowContext, what: str, usage: object) -> None:
    """`usage` (a dict) must say `total_tokens = prompt_tokens + completion_tokens`, as OpenAI's does."""
    counts = usage if isinstance(usage, dict) else {}
    prompt, completion, total = (counts.get(name) for name in ("prompt_tokens", "completion_tokens", "total_tokens"))
    adds = isinstance(prompt, int) and isinstance(completion, int) and total == prompt + completion
    ctx.check(
        adds and isinstance(total, int),
        f"{what}: usage says total_tokens {total}, but prompt_tokens {prompt} + completion_tokens {completion}",
    )


FLOW = Flow(
    name="completion_stream",
    title="a streamed completion sends OpenAI's frames: one id, a finish, usage, then [DONE] once; usage adds up",
    tags=("completions",),
    run=run,
    uses=("create_chat_completion",),
)
