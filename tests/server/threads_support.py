"""Helpers for the thread tests: a by-hand SSE parser and small request shortcuts."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx


def parse_sse(text: str) -> list[dict[str, Any]]:
    """Parse a whole event-stream body into events `{id, event, data}` (data decoded as JSON)."""
    return list(iter_events(text.splitlines()))


def iter_events(lines: Iterator[str] | list[str]) -> Iterator[dict[str, Any]]:
    """Parse SSE lines into events as they complete (comments skipped; each event must have all three fields)."""
    fields: dict[str, str] = {}
    for line in lines:
        if line == "":
            if fields:
                assert set(fields) == {"id", "event", "data"}, fields
                yield {"id": int(fields["id"]), "event": fields["event"], "data": json.loads(fields["data"])}
                fields = {}
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        assert name not in fields, f"repeated field {name}"
        fields[name] = value[1:] if value.startswith(" ") else value
    assert not fields, f"unterminated event {fields}"


def check_stream(events: list[dict[str, Any]], first_id: int = 1) -> None:
    """Ids are contiguous from `first_id`, `data.type` equals the event, `data.sequence` equals the id."""
    assert [e["id"] for e in events] == list(range(first_id, first_id + len(events)))
    for event in events:
        assert event["data"]["type"] == event["event"]
        assert event["data"]["sequence"] == event["id"]


def new_thread(client: httpx.Client, **body: Any) -> dict[str, Any]:
    """Create a thread and return it."""
    response = client.post("/v1/threads", json=body or None)
    assert response.status_code == 201, response.text
    thread: dict[str, Any] = response.json()
    return thread


def chat(client: httpx.Client, thread_id: str, text: str | None = "Hello", **body: Any) -> httpx.Response:
    """POST a chat with one user message (or none) and the given extra fields."""
    messages = [] if text is None else [{"role": "user", "content": text}]
    return client.post(f"/v1/threads/{thread_id}/chat", json={"messages": messages, **body})


def start_run(client: httpx.Client, thread_id: str, text: str = "Hello", **body: Any) -> str:
    """Start a streamed chat, read its `run.created` event, drop the connection; return the run id."""
    payload = {"messages": [{"role": "user", "content": text}], **body}
    with client.stream("POST", f"/v1/threads/{thread_id}/chat", json=payload) as response:
        assert response.status_code == 200, response.read()
        first = next(iter_events(response.iter_lines()))
    assert first["event"] == "run.created"
    run_id: str = first["data"]["run_id"]
    return run_id


def wait_run(client: httpx.Client, thread_id: str, run_id: str, timeout: float = 10.0) -> dict[str, Any]:
    """Poll `get_thread_run` until the run has a final status; return it."""
    deadline = time.monotonic() + timeout
    while True:
        run: dict[str, Any] = client.get(f"/v1/threads/{thread_id}/runs/{run_id}").json()
        if run["status"] in ("completed", "cancelled", "failed") or time.monotonic() > deadline:
            return run
        time.sleep(0.02)


def items_asc(client: httpx.Client, thread_id: str) -> list[dict[str, Any]]:
    """Every item of the thread, oldest first."""
    response = client.get(f"/v1/threads/{thread_id}/items", params={"order": "asc", "limit": 100})
    assert response.status_code == 200, response.text
    data: list[dict[str, Any]] = response.json()["data"]
    return data


def text_of(item: dict[str, Any]) -> str:
    """The text of a message item."""
    return "".join(part["text"] for part in item["content"])
