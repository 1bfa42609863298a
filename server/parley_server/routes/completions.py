"""OpenAI-compatible chat completions, each recorded in a session.

How the request's fields act (the built-in models are deterministic, see `engine/models.py`):

- `system_prompt` goes before `messages` as a system message, its `{{name}}` placeholders filled from
  `variables` (unknown names stay as written). `developer` messages are system messages by another name.
- `tools` / `tool_choice`: `none` offers no tools; `auto` and `required` offer them all; a named function
  is offered first (a name that is not among `tools` is offered as a function without parameters).
- `response_format` puts a text answer in the requested form (`engine/structured_output.py`: a JSON
  object, or JSON that validates against a `json_schema`); then `max_tokens` (or its newer name
  `max_completion_tokens`; the spec refuses both at once) and `stop` cut it (`engine/shaping.py`).
- `n` gives `n` identical choices; usage counts the completion `n` times, the session records choice 0.
- Fields the spec does not list are refused by the spec's schema before this module runs (400
  `unknown_parameter`), as is `logprobs: true`.
- `temperature`, `top_p`, `seed`, the penalties and `parallel_tool_calls` do not change a deterministic
  answer. `workflow` is recorded in the answer's message metadata; this server runs no server-side
  workflows, tools, settings or MCP servers, so `allowed_tools`, `setting_sources` and `mcp_servers` are
  accepted and have no effect.

Recording: the session is the caller's session named `session_id` (created on first use), else a new
one. Session ids are scoped to the caller, so another user's session with the same id is neither seen
nor appended to. A `session_id` equal to the server's `system_fingerprint` is refused (400): a client
written for the ChatServer protocol, where the fingerprint carried the session id, would otherwise
record all its conversations in one session. When `user` is given and the named session belongs to
another end user, the answer is `404 session_not_found`. A new session belongs to `user` (default: the
API key's user) and `organization_id`; `metadata` is merged into the session's metadata. System and
developer messages are not recorded. The other messages of the request are recorded, except those the
transcript already holds: when the recorded transcript is a prefix of them (a client resending the whole
history) only the rest is new. Then the answer (choice 0) is recorded. Input messages carry their own
token cost, the answer its completion tokens; the session adds the request's prompt tokens to
`tokens_in` and the completion tokens to `tokens_out`.
"""

from __future__ import annotations

import json
import re
import secrets
from typing import Any

from parley_server.context import Context
from parley_server.database import Row
from parley_server.engine import completion_stream, models
from parley_server.engine.completion_format import Envelope, completion_json, tool_calls_json
from parley_server.engine.fingerprint import system_fingerprint
from parley_server.engine.models import Generation
from parley_server.engine.shaping import shape
from parley_server.engine.structured_output import answer_format
from parley_server.engine.tokens import content_text, message_tokens
from parley_server.errors import invalid, not_found
from parley_server.ids import new_id, now_unix
from parley_server.replies import Reply, Result
from parley_server.store import sessions

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}")
_INSTRUCTIONS = ("system", "developer")  # roles that instruct the model; a session records neither


def create_chat_completion(ctx: Context) -> Result:
    """Answer with a built-in model, record the exchange in a session, reply as JSON or as an SSE stream."""
    body: dict[str, Any] = ctx.body
    model_id: str = body["model"]
    messages: list[dict[str, Any]] = body["messages"]
    max_tokens = _token_budget(body)
    choices = int(body.get("n", 1))
    answer = answer_format(body.get("response_format"))
    generation = models.generate(model_id, _prompt(body), tools=_offered_tools(body), max_tokens=max_tokens)
    generation = shape(generation, max_tokens=max_tokens, stop=_stops(body.get("stop")), answer=answer)
    session = _session(ctx, body)
    envelope = Envelope("chatcmpl-" + secrets.token_hex(12), now_unix(), model_id, session["id"], system_fingerprint())
    _record(ctx, session, body, messages, generation, envelope, choices)
    ctx.count_tokens(generation.prompt_tokens + generation.completion_tokens * choices)
    if body.get("stream", False):
        include_usage = bool((body.get("stream_options") or {}).get("include_usage", False))
        return completion_stream.reply(
            envelope, generation, choices, include_usage=include_usage, config=ctx.services.config
        )
    return Reply(completion_json(envelope, generation, choices))


def _token_budget(body: dict[str, Any]) -> int | None:
    """`max_tokens` or `max_completion_tokens` (two names of one limit; the spec refuses both at once)."""
    value = body.get("max_tokens")
    if value is None:
        value = body.get("max_completion_tokens")
    return None if value is None else int(value)  # JSON Schema integers may arrive as `6.0`


def _prompt(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The messages the model sees: `system_prompt` (with `variables` filled in) first, then `messages`."""
    messages: list[dict[str, Any]] = list(body["messages"])
    system_prompt = body.get("system_prompt")
    if system_prompt:
        variables = body.get("variables") or {}
        text = _PLACEHOLDER.sub(lambda match: _variable(variables, match), system_prompt)
        messages.insert(0, {"role": "system", "content": text})
    return messages


def _variable(variables: dict[str, Any], match: re.Match[str]) -> str:
    if match.group(1) not in variables:
        return match.group(0)
    value = variables[match.group(1)]
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _offered_tools(body: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The tools the model may call under `tool_choice` (the named one first)."""
    tools: list[dict[str, Any]] = list(body.get("tools") or [])
    choice = body.get("tool_choice")
    if choice == "none":
        return None
    if isinstance(choice, dict):
        name = choice["function"]["name"]
        named = [tool for tool in tools if tool["function"]["name"] == name][:1]
        if not named:
            named = [{"type": "function", "function": {"name": name}}]
        tools = named + [tool for tool in tools if tool is not named[0]]
    return tools or None


def _stops(stop: Any) -> list[str]:
    if isinstance(stop, str):
        return [stop]
    return list(stop or [])


def _session(ctx: Context, body: dict[str, Any]) -> Row:
    """The caller's session to record into: the one named `session_id` (created on first use) or a new one."""
    session_id = body.get("session_id")
    if session_id == system_fingerprint():
        raise invalid(
            f"Invalid 'session_id': '{session_id}' is this server's system_fingerprint, which names the server "
            "build, not a session; pass the answer's `session_id` to continue a session.",
            param="session_id",
        )
    if session_id is not None:
        row = sessions.find(ctx.db, ctx.user_id, session_id)
        if row is not None:
            if "user" in body and row["user_id"] != body["user"]:
                raise not_found("session", session_id, param="session_id")
            return row
    return sessions.create(
        ctx.db,
        ctx.user_id,
        session_id or new_id("sess"),
        user_id=body.get("user") or ctx.user_id,
        organization_id=body.get("organization_id"),
        metadata={},
    )


def _record(
    ctx: Context,
    session: Row,
    body: dict[str, Any],
    messages: list[dict[str, Any]],
    generation: Generation,
    envelope: Envelope,
    choices: int,
) -> None:
    incoming = [_input_record(message) for message in messages if message["role"] not in _INSTRUCTIONS]
    recorded = [(row["role"], row["content"]) for row in sessions.transcript(ctx.db, ctx.user_id, session["id"])]
    if recorded and [(m.role, m.content) for m in incoming[: len(recorded)]] == recorded:
        incoming = incoming[len(recorded) :]
    answer_meta: dict[str, Any] = {"completion_id": envelope.id, "finish_reason": generation.finish_reason}
    if generation.tool_calls:
        answer_meta["tool_calls"] = tool_calls_json(generation)
    if body.get("workflow"):
        answer_meta["workflow"] = body["workflow"]
    answer = sessions.NewMessage("assistant", generation.text, answer_meta, generation.completion_tokens)
    sessions.record(
        ctx.db,
        session,
        [*incoming, answer],
        model=envelope.model,
        tokens_in=generation.prompt_tokens,
        tokens_out=generation.completion_tokens * choices,
        organization_id=body.get("organization_id"),
        metadata=body.get("metadata"),
    )


def _input_record(message: dict[str, Any]) -> sessions.NewMessage:
    """A request message as a transcript record: its text, and in metadata what the text cannot hold."""
    metadata: dict[str, Any] = {}
    for name in ("name", "tool_call_id", "tool_calls"):
        if message.get(name) is not None:
            metadata[name] = message[name]
    return sessions.NewMessage(message["role"], content_text(message.get("content")), metadata, message_tokens(message))
