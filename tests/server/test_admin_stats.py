"""Platform statistics through HTTP: every counter follows the real data of a server of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from tests.live_server import LiveServer

COUNTERS_AT_START = {
    "total_users": 1,
    "total_organizations": 0,
    "total_tokens": 0,
    "tokens_today": 0,
    "total_mcp_servers": 0,
    "system_health": {"status": "healthy", "circuit_breaker_status": None, "active_agents": []},
    "total_sessions": 0,
    "total_threads": 0,
    "total_runs": 0,
    "active_runs": 0,
    "total_workspaces": 0,
    "active_workspaces": 0,
    "pending_drafts": 0,
    "total_api_keys": 1,
}


def stats(admin: httpx.Client) -> dict[str, Any]:
    """Read the stats (this request is itself counted)."""
    response = admin.get("/v1/admin/stats")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_counters_follow_keys_users_requests_and_tokens(make_server: Callable[..., LiveServer]) -> None:
    live = make_server()
    with live.client() as admin:
        first = stats(admin)
        assert {k: first[k] for k in COUNTERS_AT_START} == COUNTERS_AT_START
        assert (first["total_requests"], first["requests_today"], first["active_users"]) == (1, 1, 1)
        httpx.get(live.base_url + "/v1/health")  # unauthenticated: not counted
        httpx.get(live.base_url + "/v1/models")  # 401: not counted
        alice_key = live.new_key("user_alice")
        bob = admin.post("/v1/admin/api-keys", json={"user_id": "user_bob", "name": "b"}).json()
        assert admin.delete(f"/v1/admin/api-keys/{bob['id']}").status_code == 200
        with live.client(alice_key) as alice:
            message = {"role": "user", "content": "hi there"}
            completion = alice.post("/v1/chat/completions", json={"model": "echo-1", "messages": [message]})
            assert completion.status_code == 200, completion.text
            assert alice.get("/v1/admin/stats").status_code == 403  # counted: the key was valid
        body = stats(admin)
    # admin: stats, new_key, create, revoke, stats; alice: completion, stats (403).
    assert (body["total_requests"], body["requests_today"]) == (7, 7)
    assert (body["total_users"], body["active_users"], body["total_api_keys"]) == (3, 2, 3)
    tokens = completion.json()["usage"]["total_tokens"]
    assert tokens > 0
    assert (body["total_tokens"], body["tokens_today"]) == (tokens, tokens)
    assert body["total_sessions"] == 1


def test_counters_follow_threads_runs_and_workspaces(make_server: Callable[..., LiveServer]) -> None:
    live = make_server(token_delay=0.02)
    with live.client() as admin, live.client(live.new_key("user_carol")) as carol:
        thread_id = carol.post("/v1/threads", json={}).json()["id"]
        carol.post("/v1/threads", json={})
        done = carol.post(
            f"/v1/threads/{thread_id}/chat", json={"messages": [{"role": "user", "content": "one"}], "stream": False}
        )
        assert done.status_code == 200, done.text
        words = " ".join(["word"] * 40)
        body = {"messages": [{"role": "user", "content": words}], "model": "echo-1"}
        with carol.stream("POST", f"/v1/threads/{thread_id}/chat", json=body) as running:
            assert running.status_code == 200
            lines = running.iter_lines()
            next(lines)
            during = stats(admin)
            assert any("run.completed" in line for line in lines)
        assert (during["total_threads"], during["total_runs"], during["active_runs"]) == (2, 2, 1)
        assert during["system_health"]["active_agents"] == ["echo-1"]

        carol.post("/v1/workspaces", json={"mode": "shadow", "initial_message": "where is my order?"})
        ended = carol.post("/v1/workspaces", json={}).json()["workspace"]["id"]
        assert carol.post(f"/v1/workspaces/{ended}/end", json={}).status_code == 200
        after = stats(admin)
    assert (after["total_runs"], after["active_runs"]) == (2, 0)
    assert after["system_health"]["active_agents"] == []
    assert (after["total_workspaces"], after["active_workspaces"], after["pending_drafts"]) == (2, 1, 1)
    assert after["total_tokens"] > 0
