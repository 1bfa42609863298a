"""Completion sessions through HTTP: recording, history, pages, filters, update, delete and isolation."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx

STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")


def complete(client: httpx.Client, text: str, **extra: Any) -> dict[str, Any]:
    """One echo-1 completion of a single user message; returns the JSON answer."""
    body = {"model": "echo-1", "messages": [{"role": "user", "content": text}], **extra}
    response = client.post("/v1/chat/completions", json=body)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def transcript(client: httpx.Client, session_id: str) -> list[tuple[int, str, str]]:
    detail = client.get(f"/v1/sessions/{session_id}").json()
    return [(m["message_index"], m["role"], m["content"]) for m in detail["messages"]]


def test_a_completion_is_recorded_in_a_new_session(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    body = {
        "model": "echo-1",
        "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello!"}],
        "metadata": {"ticket": "T-1"},
        "organization_id": "org_9",
    }
    answer = user.post("/v1/chat/completions", json=body).json()
    session_id = answer["session_id"]
    assert re.match(r"^sess_[0-9a-f]{24}$", session_id)
    detail = user.get(f"/v1/sessions/{session_id}").json()
    session = detail["session"]
    assert STAMP.match(session["created_at"])
    assert session == {
        "id": session_id,
        "user_id": session["user_id"],
        "organization_id": "org_9",
        "title": "Hello!",
        "model": "echo-1",
        "agent_type": None,
        "created_at": session["created_at"],
        "updated_at": session["updated_at"],
        "last_message_at": session["updated_at"],
        "message_count": 2,
        "tokens_in": answer["usage"]["prompt_tokens"],
        "tokens_out": answer["usage"]["completion_tokens"],
        "tokens_total": answer["usage"]["total_tokens"],
        "metadata": {"ticket": "T-1"},
        "archived": False,
    }
    assert session["user_id"].startswith("user_")
    user_message, reply = detail["messages"]
    assert user_message == {
        "id": user_message["id"],
        "session_id": session_id,
        "message_index": 0,
        "role": "user",
        "content": "Hello!",
        "metadata": {},
        "tokens": 4,
        "created_at": user_message["created_at"],
        "updated_at": None,
    }
    assert reply["role"] == "assistant"
    assert reply["content"] == "Hello!"
    assert reply["tokens"] == 1
    assert reply["metadata"] == {"completion_id": answer["id"], "finish_reason": "stop"}


def test_history_grows_in_order_whether_or_not_the_client_resends_it(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    first = complete(user, "one", session_id="chat-1")
    assert first["session_id"] == "chat-1"
    assert first["system_fingerprint"].startswith("fp_")  # the server build's, not the session's
    # OpenAI style: the whole conversation again, plus the new message.
    resent = [
        {"role": "user", "content": "one"},
        {"role": "assistant", "content": "one"},
        {"role": "user", "content": "two"},
    ]
    user.post("/v1/chat/completions", json={"model": "echo-1", "messages": resent, "session_id": "chat-1"})
    # ChatServer style: only the new message.
    complete(user, "three", session_id="chat-1")
    assert transcript(user, "chat-1") == [
        (0, "user", "one"),
        (1, "assistant", "one"),
        (2, "user", "two"),
        (3, "assistant", "two"),
        (4, "user", "three"),
        (5, "assistant", "three"),
    ]
    summary = user.get("/v1/sessions/chat-1").json()["session"]
    assert summary["message_count"] == 6
    assert summary["title"] == "one"


def test_tool_exchanges_keep_their_calls_in_metadata(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    tool = {"type": "function", "function": {"name": "now", "parameters": {"type": "object"}}}
    body = {"model": "tools-1", "messages": [{"role": "user", "content": "time?"}], "tools": [tool], "session_id": "t"}
    call = user.post("/v1/chat/completions", json=body).json()["choices"][0]["message"]["tool_calls"][0]
    follow = [
        {"role": "user", "content": "time?"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": call["id"], "content": "noon"},
    ]
    user.post("/v1/chat/completions", json={**body, "messages": follow})
    messages = user.get("/v1/sessions/t").json()["messages"]
    assert [(m["role"], m["content"]) for m in messages] == [
        ("user", "time?"),
        ("assistant", ""),
        ("tool", "noon"),
        ("assistant", "The tool now returned: noon"),
    ]
    assert messages[1]["metadata"]["tool_calls"] == [call]
    assert messages[2]["metadata"] == {"tool_call_id": call["id"]}


def test_another_user_can_neither_see_nor_extend_a_session(new_user: Callable[[], httpx.Client]) -> None:
    alice, mallory = new_user(), new_user()
    session_id = complete(alice, "secret plan")["session_id"]
    for response in (
        mallory.get(f"/v1/sessions/{session_id}"),
        mallory.patch(f"/v1/sessions/{session_id}", json={"title": "mine"}),
        mallory.delete(f"/v1/sessions/{session_id}"),
    ):
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "session_not_found"
    assert mallory.get("/v1/sessions").json()["total"] == 0
    # Passing alice's id records in mallory's own namespace, never in alice's session.
    answer = complete(mallory, "let me in", session_id=session_id)
    assert answer["session_id"] == session_id
    assert transcript(alice, session_id) == [(0, "user", "secret plan"), (1, "assistant", "secret plan")]
    assert transcript(mallory, session_id) == [(0, "user", "let me in"), (1, "assistant", "let me in")]
    assert alice.get(f"/v1/sessions/{session_id}").json()["session"]["title"] == "secret plan"


def test_end_users_scope_sessions(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    alice = complete(user, "from alice", user="alice", session_id="support-1")
    complete(user, "from bob", user="bob")
    complete(user, "from the key's user")
    assert user.get("/v1/sessions/support-1").json()["session"]["user_id"] == "alice"
    listed = user.get("/v1/sessions", params={"user_id": "alice"}).json()
    assert [s["id"] for s in listed["sessions"]] == [alice["session_id"]]
    assert listed["total"] == 1
    assert user.get("/v1/sessions/support-1", params={"user_id": "alice"}).status_code == 200
    assert user.get("/v1/sessions/support-1", params={"user_id": "bob"}).status_code == 404
    # bob cannot continue alice's session by naming it.
    response = user.post(
        "/v1/chat/completions",
        json={
            "model": "echo-1",
            "messages": [{"role": "user", "content": "hi"}],
            "user": "bob",
            "session_id": "support-1",
        },
    )
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "session_not_found"
    assert len(transcript(user, "support-1")) == 2


def test_pages_are_exact_and_most_recently_active_first(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    ids = [complete(user, f"message {n}")["session_id"] for n in range(5)]
    complete(user, "again", session_id=ids[0])  # now the most recently active
    order = [ids[0], ids[4], ids[3], ids[2], ids[1]]

    def page(number: int, size: int = 2, **params: Any) -> dict[str, Any]:
        response = user.get("/v1/sessions", params={"page": number, "page_size": size, **params})
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    seen = []
    for number, has_more in ((1, True), (2, True), (3, False)):
        result = page(number)
        assert (result["total"], result["page"], result["page_size"], result["has_more"]) == (5, number, 2, has_more)
        seen += [s["id"] for s in result["sessions"]]
    assert seen == order
    assert page(4) == {"sessions": [], "total": 5, "page": 4, "page_size": 2, "has_more": False}
    everything = user.get("/v1/sessions").json()
    assert (everything["page"], everything["page_size"], everything["total"]) == (1, 20, 5)
    assert [s["id"] for s in everything["sessions"]] == order

    user.patch(f"/v1/sessions/{ids[2]}", json={"archived": True})
    assert [s["id"] for s in page(1, 10, archived="true")["sessions"]] == [ids[2]]
    unarchived = page(1, 3, archived="false")
    assert unarchived["total"] == 4
    assert unarchived["has_more"] is True
    assert [s["id"] for s in unarchived["sessions"]] == [ids[0], ids[4], ids[3]]


def test_update_changes_only_the_given_fields(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    session_id = complete(user, "draft an email", metadata={"a": 1})["session_id"]
    before = user.get(f"/v1/sessions/{session_id}").json()["session"]
    renamed = user.patch(f"/v1/sessions/{session_id}", json={"title": "Project update email"}).json()
    assert renamed == {**before, "title": "Project update email", "updated_at": renamed["updated_at"]}
    assert renamed["updated_at"] > before["updated_at"]
    changed = user.patch(f"/v1/sessions/{session_id}", json={"archived": True, "metadata": {"b": 2}}).json()
    assert (changed["title"], changed["archived"], changed["metadata"]) == ("Project update email", True, {"b": 2})
    assert user.get(f"/v1/sessions/{session_id}").json()["session"] == changed
    cleared = user.patch(f"/v1/sessions/{session_id}", json={"title": None}).json()
    assert cleared["title"] is None
    # A title set by hand (even to null) is not replaced by the next completion.
    complete(user, "more", session_id=session_id)
    assert user.get(f"/v1/sessions/{session_id}").json()["session"]["title"] is None


def test_delete_makes_the_session_404_everywhere(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    session_id = complete(user, "forget me")["session_id"]
    response = user.delete(f"/v1/sessions/{session_id}")
    assert response.status_code == 200
    assert response.json() == {"id": session_id, "deleted": True}
    for again in (
        user.get(f"/v1/sessions/{session_id}"),
        user.patch(f"/v1/sessions/{session_id}", json={"archived": True}),
        user.delete(f"/v1/sessions/{session_id}"),
    ):
        assert again.status_code == 404
        assert again.json()["error"]["code"] == "session_not_found"
    assert user.get("/v1/sessions").json()["total"] == 0
    # Naming it again starts a fresh session under the same id.
    complete(user, "new start", session_id=session_id)
    assert transcript(user, session_id) == [(0, "user", "new start"), (1, "assistant", "new start")]
