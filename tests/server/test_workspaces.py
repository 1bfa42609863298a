"""Workspaces through HTTP: creation and resume, the three modes, typing previews, ending, pagination, idempotency."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

import httpx

ADMIN_USER = "user_admin"  # the user id of the server's first-start admin key (the `admin` fixture)


def client_id() -> str:
    return "cust_" + secrets.token_hex(6)


def create(client: httpx.Client, expect: int = 201, **body: Any) -> dict[str, Any]:
    response = client.post("/v1/workspaces", json=body)
    assert response.status_code == expect, response.text
    result: dict[str, Any] = response.json()
    return result


def send(client: httpx.Client, workspace_id: str, content: str, expect: int = 200, **extra: Any) -> dict[str, Any]:
    response = client.post(f"/v1/workspaces/{workspace_id}/messages", json={"content": content, **extra})
    assert response.status_code == expect, response.text
    result: dict[str, Any] = response.json()
    return result


def conversation(client: httpx.Client, workspace_id: str) -> list[tuple[str, str]]:
    response = client.get(f"/v1/workspaces/{workspace_id}/messages", params={"limit": 100})
    assert response.status_code == 200, response.text
    return [(m["role"], m["content"]) for m in response.json()["data"]]


def error_code(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["error"]["code"]


def test_create_then_resume_the_active_workspace_per_client_id(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    cid = client_id()
    first = create(user, client_id=cid, initial_message="Hello there", system_prompt="Be brief.", metadata={"a": 1})
    ws = first["workspace"]
    assert ws["client_id"] == cid
    assert (ws["mode"], ws["status"], ws["model"], ws["ended_at"]) == ("ai", "active", None, None)
    assert (ws["system_prompt"], ws["metadata"], ws["context"]) == ("Be brief.", {"a": 1}, {})
    assert (ws["message_count"], ws["pending_drafts"]) == (2, 0)
    assert [(m["role"], m["content"]) for m in first["messages"]] == [("user", "Hello there"), ("ai", "Hello there")]
    assert (first["pending_approval"], first["draft"]) == (False, None)

    again = create(user, 200, client_id=cid, initial_message="Second", mode="takeover", system_prompt="Other")
    assert again["workspace"]["id"] == ws["id"]
    assert (again["workspace"]["mode"], again["workspace"]["system_prompt"]) == ("ai", "Be brief.")
    assert [m["content"] for m in again["messages"]] == ["Hello there", "Hello there", "Second", "Second"]
    assert again["workspace"]["message_count"] == 4

    resumed = create(user, 200, client_id=cid)
    assert resumed["workspace"]["id"] == ws["id"]
    assert (len(resumed["messages"]), resumed["pending_approval"], resumed["draft"]) == (4, False, None)

    anonymous = create(user)
    assert anonymous["workspace"]["id"] != ws["id"]
    no_body = user.post("/v1/workspaces")
    assert (no_body.status_code, no_body.json()["workspace"]["mode"], no_body.json()["draft"]) == (201, "ai", None)
    assert (anonymous["workspace"]["client_id"], anonymous["messages"]) == (None, [])

    assert user.post(f"/v1/workspaces/{ws['id']}/end").status_code == 200
    fresh = create(user, client_id=cid)
    assert fresh["workspace"]["id"] != ws["id"]
    assert fresh["messages"] == []


def test_by_client_lookup_answers_exists_false_without_an_active_workspace(
    new_user: Callable[[], httpx.Client],
) -> None:
    user = new_user()
    cid = client_id()
    none = user.get("/v1/workspaces/by-client", params={"client_id": cid})
    assert none.status_code == 200
    assert none.json() == {"exists": False, "workspace": None, "messages": []}

    ws = create(user, client_id=cid, initial_message="Hi")["workspace"]
    found = user.get("/v1/workspaces/by-client", params={"client_id": cid}).json()
    assert (found["exists"], found["workspace"]["id"]) == (True, ws["id"])
    assert [(m["role"], m["content"]) for m in found["messages"]] == [("user", "Hi"), ("ai", "Hi")]

    user.post(f"/v1/workspaces/{ws['id']}/end")
    ended = user.get("/v1/workspaces/by-client", params={"client_id": cid}).json()
    assert ended == {"exists": False, "workspace": None, "messages": []}


def test_ai_mode_answers_at_once_with_the_model(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    ws = create(user, model="echo-1")["workspace"]
    result = send(user, ws["id"], "Where is order 1042?", metadata={"page": "/orders"})
    assert (result["mode"], result["pending_approval"], result["draft"]) == ("ai", False, None)
    assert result["user_message"]["role"] == "user"
    assert result["user_message"]["content"] == "Where is order 1042?"
    [answer] = result["responses"]
    assert (answer["role"], answer["content"], answer["draft_id"]) == ("ai", "Where is order 1042?", None)
    assert answer["workspace_id"] == ws["id"]
    assert conversation(user, ws["id"]) == [("user", "Where is order 1042?"), ("ai", "Where is order 1042?")]

    short = send(user, ws["id"], "one two three four", max_tokens=2)
    assert short["responses"][0]["content"] == "one two"
    got = user.get(f"/v1/workspaces/{ws['id']}").json()
    assert (got["message_count"], got["pending_drafts"], got["model"]) == (4, 0, "echo-1")


def test_unknown_model_is_a_404_and_stores_nothing(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    cid = client_id()
    response = user.post("/v1/workspaces", json={"client_id": cid, "model": "no-such-model"})
    assert error_code(response) == (404, "model_not_found")
    assert response.json()["error"]["param"] == "model"
    assert user.get("/v1/workspaces/by-client", params={"client_id": cid}).json()["exists"] is False

    ws = create(user)["workspace"]
    bad = user.post(f"/v1/workspaces/{ws['id']}/messages", json={"content": "hi", "model": "no-such-model"})
    assert error_code(bad) == (404, "model_not_found")
    assert conversation(user, ws["id"]) == []


def test_takeover_stores_only_the_user_message_until_an_agent_answers(
    admin: httpx.Client, new_user: Callable[[], httpx.Client]
) -> None:
    user = new_user()
    created = create(user, mode="takeover", initial_message="I want a human")
    ws = created["workspace"]
    assert ws["mode"] == "takeover"
    assert [(m["role"], m["content"]) for m in created["messages"]] == [("user", "I want a human")]
    assert (created["pending_approval"], created["draft"]) == (False, None)

    result = send(user, ws["id"], "Hello?")
    assert (result["mode"], result["responses"], result["pending_approval"], result["draft"]) == (
        "takeover",
        [],
        False,
        None,
    )
    agent = admin.post(f"/v1/workspaces/{ws['id']}/agent-messages", json={"content": "Dana here, how can I help?"})
    assert agent.status_code == 201, agent.text
    body = agent.json()
    assert (body["role"], body["content"], body["draft_id"], body["workspace_id"]) == (
        "human",
        "Dana here, how can I help?",
        None,
        ws["id"],
    )
    assert conversation(user, ws["id"]) == [
        ("user", "I want a human"),
        ("user", "Hello?"),
        ("human", "Dana here, how can I help?"),
    ]


def test_typing_preview_is_set_by_the_user_and_read_by_managers(
    admin: httpx.Client, new_user: Callable[[], httpx.Client]
) -> None:
    user = new_user()
    ws = create(user)["workspace"]
    path = f"/v1/workspaces/{ws['id']}/typing"
    assert admin.get(path).json() == {"workspace_id": ws["id"], "text": "", "updated_at": None}

    posted = user.post(path, json={"text": "Can you send me the track"})
    assert posted.status_code == 200
    assert posted.json()["text"] == "Can you send me the track"
    assert posted.json()["updated_at"] is not None
    assert admin.get(path).json() == posted.json()
    assert error_code(user.get(path)) == (403, "admin_required")

    send(user, ws["id"], "Can you send me the tracking link?")
    assert admin.get(path).json() == {"workspace_id": ws["id"], "text": "", "updated_at": None}

    user.post(path, json={"text": "abc"})
    cleared = user.post(path, json={"text": ""})
    assert cleared.json() == {"workspace_id": ws["id"], "text": "", "updated_at": None}
    assert admin.get(path).json() == cleared.json()


def test_end_closes_the_workspace_and_later_writes_are_409(
    admin: httpx.Client, new_user: Callable[[], httpx.Client]
) -> None:
    user = new_user()
    ws = create(user, mode="shadow", initial_message="Question one")["workspace"]
    draft_id = admin.get(f"/v1/workspaces/{ws['id']}/drafts").json()["data"][0]["id"]
    user.post(f"/v1/workspaces/{ws['id']}/typing", json={"text": "typing..."})

    ended = user.post(f"/v1/workspaces/{ws['id']}/end")
    assert ended.status_code == 200, ended.text
    body = ended.json()
    assert (body["status"], body["pending_drafts"], body["message_count"]) == ("ended", 0, 1)
    assert body["ended_at"] is not None
    [draft] = admin.get(f"/v1/workspaces/{ws['id']}/drafts").json()["data"]
    assert (draft["id"], draft["status"], draft["decided_by"], draft["reason"]) == (
        draft_id,
        "rejected",
        None,
        "workspace ended",
    )
    assert draft["decided_at"] is not None
    assert admin.get(f"/v1/workspaces/{ws['id']}/typing").json()["text"] == ""

    base = f"/v1/workspaces/{ws['id']}"
    writes = [
        user.post(f"{base}/messages", json={"content": "still there?"}),
        user.post(f"{base}/typing", json={"text": "x"}),
        user.post(f"{base}/end"),
        user.patch(base, json={"metadata": {"x": 1}}),
        admin.patch(base, json={"mode": "ai"}),
        admin.post(f"{base}/agent-messages", json={"content": "hi"}),
        admin.post(f"{base}/drafts/{draft_id}/approve"),
        admin.post(f"{base}/drafts/{draft_id}/reject"),
    ]
    assert [error_code(r) for r in writes] == [(409, "workspace_ended")] * len(writes)
    assert user.get(base).json()["status"] == "ended"
    assert conversation(user, ws["id"]) == [("user", "Question one")]


def test_update_changes_metadata_and_context_and_managers_change_the_mode(
    admin: httpx.Client, new_user: Callable[[], httpx.Client]
) -> None:
    user = new_user()
    ws = create(user, metadata={"a": 1}, context={"plan": "free"})["workspace"]
    path = f"/v1/workspaces/{ws['id']}"
    updated = user.patch(path, json={"metadata": {"b": 2}})
    assert updated.status_code == 200
    assert (updated.json()["metadata"], updated.json()["context"], updated.json()["mode"]) == (
        {"b": 2},
        {"plan": "free"},
        "ai",
    )
    assert error_code(user.patch(path, json={"mode": "ai"})) == (403, "admin_required")

    moved = admin.patch(path, json={"mode": "shadow", "context": {"plan": "pro"}})
    assert moved.status_code == 200
    assert (moved.json()["mode"], moved.json()["context"], moved.json()["metadata"]) == (
        "shadow",
        {"plan": "pro"},
        {"b": 2},
    )
    result = send(user, ws["id"], "now drafted")
    assert (result["pending_approval"], result["responses"]) == (True, [])


def test_message_pages_are_exact_in_both_orders(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    ws = create(user, mode="takeover")["workspace"]
    ids = [send(user, ws["id"], f"m{i}")["user_message"]["id"] for i in range(5)]
    path = f"/v1/workspaces/{ws['id']}/messages"

    pages, after = [], None
    while True:
        page = user.get(path, params={"limit": 2, **({"after": after} if after else {})}).json()
        pages.append(([m["id"] for m in page["data"]], page["has_more"], page["after"]))
        if not page["has_more"]:
            break
        after = page["after"]
    assert pages == [(ids[0:2], True, ids[1]), (ids[2:4], True, ids[3]), (ids[4:5], False, ids[4])]

    desc = user.get(path, params={"limit": 3, "order": "desc"}).json()
    assert ([m["id"] for m in desc["data"]], desc["has_more"], desc["after"]) == (ids[:1:-1], True, ids[2])
    rest = user.get(path, params={"limit": 3, "order": "desc", "after": desc["after"]}).json()
    assert ([m["id"] for m in rest["data"]], rest["has_more"], rest["after"]) == ([ids[1], ids[0]], False, ids[0])
    empty = user.get(path, params={"after": ids[4]}).json()
    assert empty == {"data": [], "has_more": False, "after": None}


def test_workspace_pages_filters_and_newest_first(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    cid = client_id()
    a = create(user, client_id=cid)["workspace"]["id"]
    b = create(user, mode="shadow")["workspace"]["id"]
    c = create(user, mode="takeover")["workspace"]["id"]
    user.post(f"/v1/workspaces/{a}/end")
    d = create(user, client_id=cid)["workspace"]["id"]

    def ids(**params: Any) -> tuple[list[str], bool]:
        page = user.get("/v1/workspaces", params=params).json()
        return [w["id"] for w in page["data"]], page["has_more"]

    assert ids() == ([d, c, b, a], False)
    assert ids(limit=3) == ([d, c, b], True)
    assert ids(limit=3, after=b) == ([a], False)
    assert ids(order="asc", limit=2) == ([a, b], True)
    assert ids(status="ended") == ([a], False)
    assert ids(status="active") == ([d, c, b], False)
    assert ids(mode="shadow") == ([b], False)
    assert ids(client_id=cid) == ([d, a], False)
    assert ids(client_id=cid, status="active", mode="ai") == ([d], False)
    assert ids(client_id=cid, mode="takeover") == ([], False)


def test_idempotent_send_does_it_once_and_replays_the_answer(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    ws = create(user)["workspace"]
    path = f"/v1/workspaces/{ws['id']}/messages"
    headers = {"Idempotency-Key": "send-" + secrets.token_hex(6)}
    first = user.post(path, json={"content": "only once"}, headers=headers)
    second = user.post(path, json={"content": "only once"}, headers=headers)
    assert (first.status_code, second.status_code) == (200, 200)
    assert second.json() == first.json()
    assert second.headers.get("Idempotent-Replayed") == "true"
    assert conversation(user, ws["id"]) == [("user", "only once"), ("ai", "only once")]
    reused = user.post(path, json={"content": "something else"}, headers=headers)
    assert error_code(reused) == (409, "idempotency_key_reused")
    assert len(conversation(user, ws["id"])) == 2
