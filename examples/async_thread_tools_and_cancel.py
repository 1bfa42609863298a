"""Async thread chat with tools, auth headers from an async function, and a cancelled chat.

The assistant-ui sync-server client's scenario (`client.threads(id).chat(...)`, `cancel()`), on
`AsyncParley`:

1. the auth headers come from an `async` function, awaited before every request;
2. a chat in assistant-ui messages offers a tool; the model calls it, the tool's result goes
   back as a `tool-result` part, and the model answers from it;
3. a long chat streams in a task while another coroutine cancels the thread's run.

    PARLEY_BASE_URL=http://127.0.0.1:8000 PARLEY_API_KEY=<key> python examples/async_thread_tools_and_cancel.py
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from _common import LONG_MODEL, TOOLS_MODEL, check, run
from parley import AsyncParley
from parley.resources.threads import AsyncThreadHandle

TOOLS = {  # assistant-ui's tool map: {name: {description, parameters}}
    "get_weather": {
        "description": "Get the current weather for a location",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["location"],
        },
    }
}

token_fetches = 0


async def auth_headers() -> dict[str, str]:
    """Called and awaited before every request: ask your identity provider for a fresh token here."""
    global token_fetches
    token_fetches += 1
    await asyncio.sleep(0)  # stands for the call to the token service
    return {"Authorization": f"Bearer {os.environ['PARLEY_API_KEY']}"}


async def chat_with_a_tool(client: AsyncParley) -> None:
    """The model calls `get_weather`; its result goes back in an assistant-ui `tool-result` part."""
    thread = client.threads((await client.threads.create(title="Weather")).id)
    messages = [{"role": "user", "content": [{"type": "text", "text": "What's the weather in San Francisco?"}]}]
    stream = await thread.chat(messages, system="You are a helpful assistant.", tools=TOOLS, model=TOOLS_MODEL)
    called = await stream.until_done()
    call = called.items[-1]
    check(call.type == "tool_call", f"the model did not call a tool (last item: {call.type})")
    print(f"tool call: {call.tool_name}({call.args.to_dict()}) id {call.tool_call_id}")

    result = {
        "role": "tool",
        "content": [
            {
                "type": "tool-result",
                "toolCallId": call.tool_call_id,
                "toolName": call.tool_name,
                "result": {"temperature": 72, "condition": "sunny"},
                "isError": False,
            }
        ],
    }
    stream = await thread.chat([result], tools=TOOLS, model=TOOLS_MODEL)
    answer = "".join([text async for text in stream.text_stream])
    print(f"assistant: {answer}")
    check("72" in answer and "sunny" in answer, f"the answer does not use the tool's result: {answer!r}")

    kinds = [item.type async for item in thread.items.list(order="asc")]
    print(f"items: {', '.join(kinds)}")
    check(kinds == ["user_message", "tool_call", "tool_result", "assistant_message"], f"unexpected items {kinds}")


async def read_until_cancelled(stream: Any, started: asyncio.Event) -> tuple[str, Any]:
    """Collect a run's text; set `started` once some has arrived; answer the text and the final event."""
    text, final = [], None
    async for event in stream:
        if event.type == "item.delta" and event.delta.type == "text":
            text.append(event.delta.text)
            if len(text) == 5:
                started.set()
        final = event
    return "".join(text), final


async def cancel_a_chat(thread: AsyncThreadHandle) -> None:
    """A long chat streams in a task; meanwhile `thread.cancel()` ends the thread's active run."""
    stream = await thread.chat("Tell me a very long story.", model=LONG_MODEL, max_tokens=2000)
    started = asyncio.Event()
    chat_task = asyncio.create_task(read_until_cancelled(stream, started))
    await asyncio.wait_for(started.wait(), timeout=30)

    cancelled = await thread.cancel()  # as assistant-ui's `await thread.cancel()`
    text, final = await chat_task  # the stream ends with the run's last event
    print(f"cancelled run {cancelled.id}: {cancelled.status}; the stream ended with {final.type}")
    print(f"partial answer: {text.strip()[:60]} …")
    check(cancelled.status == "cancelled", f"the run is {cancelled.status}, not cancelled")
    check(final.type == "run.cancelled", f"the stream ended with {final.type}, not run.cancelled")


async def main() -> None:
    """Run the three parts with one client."""
    async with AsyncParley(headers=auth_headers) as client:  # the function's headers win over any api_key
        await chat_with_a_tool(client)
        thread = client.threads((await client.threads.create(title="Long story")).id)
        await cancel_a_chat(thread)
    print(f"the async header function ran {token_fetches} times, once per request")
    check(token_fetches >= 7, f"the header function ran only {token_fetches} times")


if __name__ == "__main__":
    run(main)
