"""Workspaces through HTTP, the manager side: shadow drafts, approval and rejection, rights, isolation, audit."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

import httpx

from tests.server.test_workspaces import ADMIN_USER, client_id, conversation, create, error_code, send

Users = Callable[[], httpx.Client]


def shadow_draft(user: httpx.Client, content: str) -> tuple[str, dict[str, Any]]:
    """Open a shadow workspace, send `content`, and return the workspace id and the pending draft."""
    ws = create(user, mode="shadow")["workspace"]
    result = send(user, ws["id"], content)
    assert (result["mode"], result["pending_approval"], result["responses"]) == ("shadow", True, [])
    draft: dict[str, Any] = result["draft"]
    assert (draft["status"], draft["content"], draft["original_content"]) == ("pending", content, content)
    assert (draft["reply_to_message_id"], draft["workspace_id"]) == (result["user_message"]["id"], ws["id"])
    assert (draft["decided_at"], draft["decided_by"], draft["reason"], draft["message_id"]) == (None, None, None, None)
    return ws["id"], draft


def audit_entry(admin: httpx.Client, action: str, resource_id: str) -> dict[str, Any]:
    page = admin.get("/v1/admin/audit-log", params={"action": action, "limit": 200})
    assert page.status_code == 200, page.text
    entries: list[dict[str, Any]] = [e for e in page.json()["entries"] if e["resource_id"] == resource_id]
    assert len(entries) == 1, entries
    return entries[0]


def test_shadow_draft_stays_out_of_the_conversation_until_approved(admin: httpx.Client, new_user: Users) -> None:
    user = new_user()
    ws_id, draft = shadow_draft(user, "Where is my order?")
    assert conversation(user, ws_id) == [("user", "Where is my order?")]
    got = user.get(f"/v1/workspaces/{ws_id}").json()
    assert (got["message_count"], got["pending_drafts"]) == (1, 1)

    approved = admin.post(f"/v1/workspaces/{ws_id}/drafts/{draft['id']}/approve")
    assert approved.status_code == 200, approved.text
    decided, message = approved.json()["draft"], approved.json()["message"]
    assert (decided["status"], decided["content"], decided["original_content"]) == (
        "approved",
        "Where is my order?",
        "Where is my order?",
    )
    assert (decided["decided_by"], decided["message_id"], decided["reason"]) == (ADMIN_USER, message["id"], None)
    assert decided["decided_at"] is not None
    assert (message["role"], message["content"], message["draft_id"]) == ("ai", "Where is my order?", draft["id"])
    assert conversation(user, ws_id) == [("user", "Where is my order?"), ("ai", "Where is my order?")]
    assert user.get(f"/v1/workspaces/{ws_id}").json()["pending_drafts"] == 0

    twice = admin.post(f"/v1/workspaces/{ws_id}/drafts/{draft['id']}/approve")
    assert error_code(twice) == (409, "draft_not_pending")
    late_reject = admin.post(f"/v1/workspaces/{ws_id}/drafts/{draft['id']}/reject")
    assert error_code(late_reject) == (409, "draft_not_pending")
    assert conversation(user, ws_id) == [("user", "Where is my order?"), ("ai", "Where is my order?")]

    entry = audit_entry(admin, "draft.approve", draft["id"])
    assert (entry["user_id"], entry["resource"]) == (ADMIN_USER, "draft")
    assert entry["metadata"] == {"workspace_id": ws_id, "message_id": message["id"], "edited": False}


def test_approving_with_an_edit_delivers_the_edit_not_the_original(admin: httpx.Client, new_user: Users) -> None:
    user = new_user()
    ws_id, draft = shadow_draft(user, "Send me the tracking link")
    edited = "Your tracking link is https://track.example.com/1042"
    approved = admin.post(f"/v1/workspaces/{ws_id}/drafts/{draft['id']}/approve", json={"content": edited})
    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert (body["draft"]["content"], body["draft"]["original_content"]) == (edited, "Send me the tracking link")
    assert body["message"]["content"] == edited
    assert conversation(user, ws_id) == [("user", "Send me the tracking link"), ("ai", edited)]
    assert audit_entry(admin, "draft.approve", draft["id"])["metadata"]["edited"] is True


def test_a_rejected_draft_never_appears(admin: httpx.Client, new_user: Users) -> None:
    user = new_user()
    ws_id, draft = shadow_draft(user, "Can I get a refund?")
    rejected = admin.post(f"/v1/workspaces/{ws_id}/drafts/{draft['id']}/reject", json={"reason": "Needs a human."})
    assert rejected.status_code == 200, rejected.text
    body = rejected.json()
    assert body["message"] is None
    assert (body["draft"]["status"], body["draft"]["reason"], body["draft"]["decided_by"]) == (
        "rejected",
        "Needs a human.",
        ADMIN_USER,
    )
    assert body["draft"]["message_id"] is None
    assert conversation(user, ws_id) == [("user", "Can I get a refund?")]
    approve = admin.post(f"/v1/workspaces/{ws_id}/drafts/{draft['id']}/approve")
    assert error_code(approve) == (409, "draft_not_pending")
    assert conversation(user, ws_id) == [("user", "Can I get a refund?")]

    entry = audit_entry(admin, "draft.reject", draft["id"])
    assert (entry["user_id"], entry["resource"], entry["metadata"]) == (
        ADMIN_USER,
        "draft",
        {"workspace_id": ws_id, "reason": "Needs a human."},
    )
    no_reason = shadow_draft(user, "Again")
    plain = admin.post(f"/v1/workspaces/{no_reason[0]}/drafts/{no_reason[1]['id']}/reject")
    assert (plain.status_code, plain.json()["draft"]["reason"]) == (200, None)


def test_shadow_initial_message_and_pending_drafts_survive_a_mode_change(admin: httpx.Client, new_user: Users) -> None:
    user = new_user()
    created = create(user, mode="shadow", initial_message="First question")
    ws_id = created["workspace"]["id"]
    assert created["pending_approval"] is True
    assert created["draft"]["content"] == "First question"
    assert [m["role"] for m in created["messages"]] == ["user"]
    assert created["workspace"]["pending_drafts"] == 1

    changed = admin.patch(f"/v1/workspaces/{ws_id}", json={"mode": "ai"})
    assert (changed.status_code, changed.json()["mode"], changed.json()["pending_drafts"]) == (200, "ai", 1)
    assert send(user, ws_id, "Second question")["responses"][0]["content"] == "Second question"
    approved = admin.post(f"/v1/workspaces/{ws_id}/drafts/{created['draft']['id']}/approve")
    assert approved.status_code == 200
    assert conversation(user, ws_id) == [
        ("user", "First question"),
        ("user", "Second question"),
        ("ai", "Second question"),
        ("ai", "First question"),
    ]

    entry = audit_entry(admin, "workspace.mode_change", ws_id)
    assert (entry["user_id"], entry["resource"], entry["metadata"]) == (
        ADMIN_USER,
        "workspace",
        {"from": "shadow", "to": "ai"},
    )
    same = admin.patch(f"/v1/workspaces/{ws_id}", json={"mode": "ai"})
    assert same.status_code == 200
    audit_entry(admin, "workspace.mode_change", ws_id)  # still exactly one: no change, no entry


def test_drafts_list_pages_and_filters(admin: httpx.Client, new_user: Users) -> None:
    user = new_user()
    ws_id = create(user, mode="shadow")["workspace"]["id"]
    drafts = [send(user, ws_id, f"q{i}")["draft"]["id"] for i in range(4)]
    admin.post(f"/v1/workspaces/{ws_id}/drafts/{drafts[1]}/approve")
    admin.post(f"/v1/workspaces/{ws_id}/drafts/{drafts[2]}/reject")
    path = f"/v1/workspaces/{ws_id}/drafts"

    def page(**params: Any) -> tuple[list[str], bool, str | None]:
        body = admin.get(path, params=params).json()
        return [d["id"] for d in body["data"]], body["has_more"], body["after"]

    assert page() == (drafts, False, drafts[3])
    assert page(limit=3) == (drafts[:3], True, drafts[2])
    assert page(limit=3, after=drafts[2]) == ([drafts[3]], False, drafts[3])
    assert page(order="desc", limit=2) == ([drafts[3], drafts[2]], True, drafts[2])
    assert page(status="pending") == ([drafts[0], drafts[3]], False, drafts[3])
    assert page(status="approved") == ([drafts[1]], False, drafts[1])
    assert page(status="rejected") == ([drafts[2]], False, drafts[2])


def test_manager_actions_need_an_admin_key(admin: httpx.Client, new_user: Users) -> None:
    user = new_user()
    ws_id, draft = shadow_draft(user, "hello")
    base = f"/v1/workspaces/{ws_id}"
    answers = [
        user.patch(base, json={"mode": "shadow"}),
        user.patch(base, json={"mode": "takeover", "metadata": {}}),
        user.get(f"{base}/typing"),
        user.get(f"{base}/drafts"),
        user.post(f"{base}/drafts/{draft['id']}/approve"),
        user.post(f"{base}/drafts/{draft['id']}/reject"),
        user.post(f"{base}/agent-messages", json={"content": "I am not an agent"}),
    ]
    assert [error_code(r) for r in answers] == [(403, "admin_required")] * len(answers)
    got = user.get(base).json()
    assert (got["mode"], got["pending_drafts"], got["metadata"]) == ("shadow", 1, {})
    assert conversation(user, ws_id) == [("user", "hello")]


def test_users_never_see_each_others_workspaces(admin: httpx.Client, new_user: Users) -> None:
    alice, bob = new_user(), new_user()
    cid = client_id()
    ws = create(alice, client_id=cid, initial_message="private")["workspace"]
    base = f"/v1/workspaces/{ws['id']}"
    answers = [
        bob.get(base),
        bob.patch(base, json={"metadata": {"x": 1}}),
        bob.get(f"{base}/messages"),
        bob.post(f"{base}/messages", json={"content": "intrude"}),
        bob.post(f"{base}/typing", json={"text": "intrude"}),
        bob.post(f"{base}/end"),
    ]
    assert [error_code(r) for r in answers] == [(404, "workspace_not_found")] * len(answers)
    assert bob.get("/v1/workspaces/by-client", params={"client_id": cid}).json() == {
        "exists": False,
        "workspace": None,
        "messages": [],
    }
    assert bob.get("/v1/workspaces", params={"client_id": cid}).json() == {"data": [], "has_more": False, "after": None}

    bobs = create(bob, client_id=cid)  # the same client id is another customer of another owner
    assert bobs["workspace"]["id"] != ws["id"]
    assert alice.get(base).json()["status"] == "active"
    assert conversation(alice, ws["id"]) == [("user", "private"), ("ai", "private")]


def test_managers_see_and_act_on_every_owners_workspaces(admin: httpx.Client, new_user: Users) -> None:
    alice, bob = new_user(), new_user()
    cid = "shared_" + secrets.token_hex(6)
    older = create(alice, client_id=cid, initial_message="from alice")["workspace"]["id"]
    newer = create(bob, client_id=cid)["workspace"]["id"]

    assert admin.get(f"/v1/workspaces/{older}").json()["id"] == older
    listed = admin.get("/v1/workspaces", params={"client_id": cid}).json()
    assert [w["id"] for w in listed["data"]] == [newer, older]
    lookup = admin.get("/v1/workspaces/by-client", params={"client_id": cid}).json()
    assert (lookup["exists"], lookup["workspace"]["id"], lookup["messages"]) == (True, newer, [])
    assert conversation(admin, older) == [("user", "from alice"), ("ai", "from alice")]

    agent = admin.post(f"/v1/workspaces/{older}/agent-messages", json={"content": "Agent here"})
    assert agent.status_code == 201
    entry = audit_entry(admin, "workspace.agent_message", older)
    assert (entry["user_id"], entry["metadata"]) == (ADMIN_USER, {"message_id": agent.json()["id"]})
    ended = admin.post(f"/v1/workspaces/{older}/end")
    assert ended.status_code == 200
    assert audit_entry(admin, "workspace.end", older)["metadata"] == {"rejected_drafts": 0}
    assert alice.get(f"/v1/workspaces/{older}").json()["status"] == "ended"
    lookup = admin.get("/v1/workspaces/by-client", params={"client_id": cid}).json()
    assert lookup["workspace"]["id"] == newer


def test_a_draft_of_another_workspace_is_a_404(admin: httpx.Client, new_user: Users) -> None:
    user = new_user()
    ws_a, draft = shadow_draft(user, "a")
    ws_b = create(user, mode="shadow")["workspace"]["id"]
    wrong = admin.post(f"/v1/workspaces/{ws_b}/drafts/{draft['id']}/approve")
    assert error_code(wrong) == (404, "draft_not_found")
    missing = admin.post(f"/v1/workspaces/{ws_a}/drafts/draft_nope/reject")
    assert error_code(missing) == (404, "draft_not_found")
    assert error_code(admin.get("/v1/workspaces/ws_nope/drafts")) == (404, "workspace_not_found")
    assert conversation(user, ws_a) == [("user", "a")]
