"""A tour of Parley: every area of the API, live, against the server at $PARLEY_BASE_URL.

    make demo      # starts a reference server on a free port and runs this tour against it
    PARLEY_BASE_URL=http://127.0.0.1:8000 PARLEY_API_KEY=<an admin key> python examples/tour.py

Models; a completion and a streamed one; the session that recorded them; a thread chat whose
tool call is answered; a cancelled run; a workspace in shadow mode whose draft a manager
approves; the admin statistics and audit log. The key must be an admin key (for the last two).
"""

from __future__ import annotations

import json
import textwrap
import time
import uuid
from typing import Any

from _common import CHAT_MODEL, LONG_MODEL, TOOLS_MODEL, check, run
from parley import Parley

WEATHER_TOOL = {  # tools as the assistant-ui client passes them: {name: {description, parameters}}
    "get_weather": {
        "description": "The current weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    }
}


def heading(title: str) -> None:
    """Print a section title."""
    print(f"\n== {title}")


def short(text: object, width: int = 70) -> str:
    """`text` on one line, cut to `width` characters."""
    return textwrap.shorten(str(text), width, placeholder=" …")


def models(client: Parley) -> str:
    """The model catalogue."""
    heading("Models")
    catalogue = client.models.list()
    available = [model.id for model in catalogue if model.available]
    print(f"  {len(catalogue.data)} models listed; available on this server: {', '.join(available)}")
    check(CHAT_MODEL in available, f"the model {CHAT_MODEL} is not available")
    return f"{len(catalogue.data)} listed, {len(available)} available"


def completions(client: Parley) -> tuple[str, str]:
    """A chat completion, then a streamed one printed token by token; both recorded in one session."""
    heading("Completions")
    answer = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello, Parley!"}],
        user="tour-user",
    )
    text = answer.choices[0].message.content
    print(f"  {CHAT_MODEL} answered {text!r} ({answer.usage.total_tokens} tokens)")

    print(f"  {LONG_MODEL}, streamed: ", end="", flush=True)
    stream = client.chat.completions.create(
        model=LONG_MODEL,
        messages="Tell me a story.",
        max_tokens=20,
        stream=True,
        session_id=answer.session_id,  # continue the session the first answer opened
        user="tour-user",
    )
    tokens = 0
    for token in stream.text_stream:  # each token as soon as it arrives
        print(token, end="", flush=True)
        tokens += 1
    final = stream.get_final_completion()  # the chunks, assembled
    print(f"\n  {tokens} tokens streamed, finish_reason {final.choices[0].finish_reason!r}")
    check(final.choices[0].message.content, "the streamed completion has no text")
    check(stream.session_id == answer.session_id, "the streamed completion did not continue the session")
    return f"{text!r} answered, {tokens} tokens streamed", answer.session_id


def session(client: Parley, session_id: str) -> str:
    """The session that recorded both completions, and its history."""
    heading("Sessions")
    detail = client.sessions.retrieve(session_id)
    summary = detail.session
    print(f"  session {summary.id} {summary.title!r}: {summary.message_count} messages, {summary.tokens_total} tokens")
    for message in detail.messages:
        print(f"    {message.role:<10} {short(message.content, 60)}")
    check(len(detail.messages) == 4, f"the session holds {len(detail.messages)} messages, not 4")
    return f"{summary.id} holds {len(detail.messages)} messages"


def describe(event: Any) -> str:
    """A few words on one thread-run event."""
    if event.type in ("item.created", "item.done"):
        return event.item.type
    if event.type == "item.delta":
        delta = event.delta
        return repr(delta.text if delta.type == "text" else delta.args_text)
    if event.type == "progress.update":
        return event.text
    run = getattr(event, "run", None)
    return run.status if run is not None else ""


def thread_with_a_tool(client: Parley) -> str:
    """A thread chat, streamed: the model calls a tool, the tool's result is sent back, the model answers."""
    heading("Threads")
    thread = client.threads(client.threads.create(title="Weather in Paris").id)
    stream = thread.chat("What's the weather in Paris?", model=TOOLS_MODEL, tools=WEATHER_TOOL)
    print(f"  thread {thread.id}, run {stream.run_id}; its events as they arrive:")
    for event in stream:
        print(f"    {event.type:<16} {describe(event)}")
    call = stream.until_done().items[-1]  # the items the run added: the user message, then the tool call
    check(call.type == "tool_call", f"the model did not call the tool (last item: {call.type})")
    print(f"  {TOOLS_MODEL} called {call.tool_name}({json.dumps(call.args.to_dict())})")

    weather = {"temperature_c": 18, "sky": "sunny"}  # what your code found out
    result = {"type": "tool-result", "toolCallId": call.tool_call_id, "toolName": call.tool_name, "result": weather}
    print(f"  sent the tool's result: {json.dumps(weather)}")
    print("  the assistant, streamed: ", end="", flush=True)
    stream = thread.chat([{"role": "tool", "content": [result]}], model=TOOLS_MODEL, tools=WEATHER_TOOL)
    for token in stream.text_stream:
        print(token, end="", flush=True)
    print()

    kinds = [item.type for item in thread.items.list(order="asc")]
    print(f"  items, oldest first: {', '.join(kinds)}")
    check(kinds == ["user_message", "tool_call", "tool_result", "assistant_message"], f"unexpected items {kinds}")
    return f"{call.tool_name} called and answered; {len(kinds)} items"


def cancelled_run(client: Parley) -> str:
    """A long run, cancelled while it streams; its partial answer is kept."""
    heading("Cancelling a run")
    thread = client.threads(client.threads.create(title="A long story").id)
    stream = thread.chat("Tell me everything.", model=LONG_MODEL, max_tokens=2000)
    print(f"  run {stream.run_id}: ", end="", flush=True)
    for count, token in enumerate(stream.text_stream, start=1):
        print(token, end="", flush=True)
        if count == 8:
            break  # leaving the loop only closes the connection: the run goes on
    run = stream.cancel()  # cancel_thread_run: now the run ends
    answer = thread.items.list().data[0]  # newest first: the assistant's partial answer
    words = len(answer.content[0].text.split())
    print(f" …\n  cancelled: run {run.status}, its answer {answer.status} ({words} words)")
    check(run.status == "cancelled", f"the run ended {run.status}, not cancelled")
    check(answer.status == "incomplete", f"the partial answer is {answer.status}, not incomplete")
    return f"{run.id} cancelled mid-stream"


def shadow_workspace(client: Parley) -> str:
    """A managed conversation in shadow mode: the AI drafts, a manager approves, the customer gets it."""
    heading("Workspaces")
    opened = client.workspaces.create(
        client_id=f"customer-{uuid.uuid4().hex[:6]}",
        mode="shadow",  # every AI answer waits for a manager's approval
        system_prompt="You are ACME's support agent.",
        initial_message="I want a refund for order 4417.",
    )
    workspace, draft = opened.workspace, opened.draft
    print(f"  workspace {workspace.id} for {workspace.client_id}, mode {workspace.mode}")
    check(opened.pending_approval and draft is not None, "the AI's answer is not waiting for approval")
    print(f"  the AI's answer waits as draft {draft.id}: {short(draft.content, 50)!r}")

    decision = client.workspaces.drafts.approve(
        workspace.id, draft.id, content="Your refund for order 4417 is on its way."
    )
    print(f"  a manager approved it, edited: draft {decision.draft.status}")
    for message in client.workspaces.list_messages(workspace.id):
        print(f"    {message.role:<5} {message.content}")
    ended = client.workspaces.end(workspace.id)
    print(f"  conversation {ended.status}")
    check(decision.message is not None, "the approved draft was not delivered")
    return f"{workspace.id}: draft approved and delivered"


def admin(client: Parley) -> str:
    """Platform statistics and the audit log (admin keys only)."""
    heading("Admin")
    stats = client.admin.stats()
    print(
        f"  requests {stats.total_requests}, tokens {stats.total_tokens}, sessions {stats.total_sessions}, "
        f"threads {stats.total_threads}, runs {stats.total_runs}, workspaces {stats.total_workspaces}, "
        f"health {stats.system_health.status}"
    )
    log = client.admin.audit_log.list(limit=5)
    print(f"  audit log, newest first ({log.total} entries):")
    for entry in log.data:
        print(f"    {entry.timestamp:%H:%M:%S}  {entry.action:<16} {entry.resource_id}  by {entry.user_id}")
    actions = [entry.action for entry in log.data]
    check("draft.approve" in actions, f"the approval is not in the audit log ({actions})")
    return f"{stats.total_requests} requests; audit log: {', '.join(actions[:2])}"


def main() -> None:
    """Visit every area, then print a summary."""
    started = time.monotonic()
    with Parley() as client:  # base URL and key from $PARLEY_BASE_URL and $PARLEY_API_KEY
        print(f"Parley tour against {client.base_url}")
        summary = {"models": models(client)}
        summary["completions"], session_id = completions(client)
        summary["sessions"] = session(client, session_id)
        summary["threads"] = thread_with_a_tool(client)
        summary["cancel"] = cancelled_run(client)
        summary["workspaces"] = shadow_workspace(client)
        summary["admin"] = admin(client)

    heading("Summary")
    for area, outcome in summary.items():
        print(f"  {area:<12} {outcome}")
    print(f"  every area answered, in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    run(main)
