"""Revoking a key ends its open streams; cancelling names the run it means.

Rows of issue 15's table: a key revoked while its stream was open streamed on (302 more events);
cancelling after one's own run ended cancelled another client's run (the API only cancelled "the
thread's active run").
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from tests.live_server import LiveServer

Servers = Callable[..., LiveServer]


def _frames(answer: httpx.Response) -> Iterator[tuple[str, str, str]]:
    """(id, event, data) of each SSE frame, as they arrive."""
    buffer = ""
    for text in answer.iter_text():
        buffer += text
        while "\n\n" in buffer:
            raw, buffer = buffer.split("\n\n", 1)
            fields = dict(line.split(": ", 1) for line in raw.split("\n") if ": " in line and not line.startswith(":"))
            if fields:
                yield fields.get("id", ""), fields.get("event", "message"), fields.get("data", "")


def _key_id(live: LiveServer, secret: str) -> str:
    with live.client() as admin:
        keys = admin.get("/v1/admin/api-keys").json()["data"]
    return next(key["id"] for key in keys if key["prefix"] == secret[:12])


def _revoke_after(live: LiveServer, key_id: str, seconds: float, revoked_at: list[float]) -> threading.Thread:
    def revoke() -> None:
        time.sleep(seconds)
        with live.client() as admin:
            assert admin.delete(f"/v1/admin/api-keys/{key_id}").status_code == 200
        revoked_at.append(time.monotonic())

    thread = threading.Thread(target=revoke)
    thread.start()
    return thread


@pytest.fixture
def paced(make_server: Servers) -> LiveServer:
    """A server whose long answers take their full 2 s."""
    return make_server(token_delay=0.005)


def test_revoking_a_key_ends_its_completion_stream_with_an_error_frame(paced: LiveServer) -> None:
    secret = paced.new_key("user_revoked_c")
    body = {"model": "lorem-1", "messages": [{"role": "user", "content": "go"}], "max_tokens": 4000, "stream": True}
    revoked_at: list[float] = []
    frames: list[str] = []
    with paced.client(secret) as client, client.stream("POST", "/v1/chat/completions", json=body) as answer:
        assert answer.status_code == 200
        revoker = _revoke_after(paced, _key_id(paced, secret), 0.3, revoked_at)
        for _, _, data in _frames(answer):
            frames.append(data)
        ended = time.monotonic()
    revoker.join()
    assert ended - revoked_at[0] < 1.0, f"the stream ended {ended - revoked_at[0]:.2f} s after the revocation"
    assert frames[-1] == "[DONE]"
    error = json.loads(frames[-2])["error"]
    assert (error["type"], error["code"]) == ("authentication_error", "api_key_revoked")
    assert len(frames) < 4000, "the stream ran to its end"


def test_revoking_a_key_ends_its_run_stream_with_an_error_event_and_the_run_goes_on(paced: LiveServer) -> None:
    secret = paced.new_key("user_revoked_r")
    other = paced.new_key("user_revoked_r")  # the same user's second key may still follow the run
    revoked_at: list[float] = []
    events: list[tuple[str, str, str]] = []
    with paced.client(secret) as client:
        thread = client.post("/v1/threads", json={}).json()
        body = {"messages": [{"role": "user", "content": "go"}], "model": "lorem-1", "max_tokens": 4000}
        with client.stream("POST", f"/v1/threads/{thread['id']}/chat", json=body) as answer:
            assert answer.status_code == 200
            run_id = answer.headers["X-Run-Id"]
            revoker = _revoke_after(paced, _key_id(paced, secret), 0.3, revoked_at)
            events.extend(_frames(answer))
            ended = time.monotonic()
    revoker.join()
    assert ended - revoked_at[0] < 1.0
    last_id, kind, data = events[-1]
    assert kind == "error"
    payload = json.loads(data)
    assert payload["error"]["code"] == "api_key_revoked"
    assert payload["allow_retry"] is False
    # The frame repeats the last delivered id, so resuming from it loses nothing.
    assert last_id == events[-2][0] and payload["sequence"] == int(last_id)
    with paced.client(other) as client:
        resumed = client.get(
            f"/v1/threads/{thread['id']}/runs/{run_id}/events", headers={"Last-Event-ID": last_id}, timeout=30
        )
    ids = [int(frame_id) for frame_id, _, _ in _frames(resumed)]
    assert ids[0] == int(last_id) + 1
    assert ids == list(range(ids[0], ids[0] + len(ids)))


def test_another_keys_streams_go_on(paced: LiveServer) -> None:
    kept, revoked = paced.new_key("user_kept"), paced.new_key("user_gone")
    body = {"model": "lorem-1", "messages": [{"role": "user", "content": "go"}], "max_tokens": 300, "stream": True}
    revoked_at: list[float] = []
    with paced.client(kept) as client, client.stream("POST", "/v1/chat/completions", json=body) as answer:
        revoker = _revoke_after(paced, _key_id(paced, revoked), 0.2, revoked_at)
        frames = [data for _, _, data in _frames(answer)]
    revoker.join()
    assert frames[-1] == "[DONE]"
    assert not any('"error"' in frame for frame in frames)


def _run(client: httpx.Client, thread_id: str, max_tokens: int, stream: bool) -> httpx.Response:
    body = {"messages": [{"role": "user", "content": "go"}], "model": "lorem-1", "max_tokens": max_tokens}
    return client.post(f"/v1/threads/{thread_id}/chat", json={**body, "stream": stream})


def test_cancelling_an_ended_run_is_a_409_and_leaves_the_active_run_alone(paced: LiveServer) -> None:
    with paced.client() as first, paced.client() as second:
        thread = first.post("/v1/threads", json={}).json()
        ended = _run(first, thread["id"], 5, stream=False).json()["run"]
        assert ended["status"] == "completed"
        request = second.build_request(
            "POST",
            f"/v1/threads/{thread['id']}/chat",
            json={"messages": [], "model": "lorem-1", "max_tokens": 4000},
        )
        active = second.send(request, stream=True)
        try:
            active_id = active.headers["X-Run-Id"]
            late = first.post(f"/v1/threads/{thread['id']}/runs/{ended['id']}/cancel")
            still = first.get(f"/v1/threads/{thread['id']}/runs/{active_id}").json()
            mine = second.post(f"/v1/threads/{thread['id']}/runs/{active_id}/cancel")
            again = second.post(f"/v1/threads/{thread['id']}/runs/{active_id}/cancel")
        finally:
            active.close()
    assert late.status_code == 409, late.text
    error = late.json()["error"]
    assert (error["code"], error["param"]) == ("run_not_active", "run_id")
    assert "completed" in error["message"]
    assert still["status"] in ("queued", "in_progress")
    assert mine.status_code == 200, mine.text
    assert mine.json()["id"] == active_id and mine.json()["status"] == "cancelled"
    assert again.status_code == 409
    assert "cancelled" in again.json()["error"]["message"]


def test_cancel_run_answers_404_for_a_run_of_another_thread_or_user(paced: LiveServer) -> None:
    stranger = paced.client(paced.new_key("user_stranger"))
    with paced.client() as owner, stranger:
        thread = owner.post("/v1/threads", json={}).json()
        other = owner.post("/v1/threads", json={}).json()
        run = _run(owner, thread["id"], 5, stream=False).json()["run"]
        wrong_thread = owner.post(f"/v1/threads/{other['id']}/runs/{run['id']}/cancel")
        theirs = stranger.post(f"/v1/threads/{thread['id']}/runs/{run['id']}/cancel")
        unknown = owner.post(f"/v1/threads/{thread['id']}/runs/run_nope/cancel")
    assert wrong_thread.status_code == 404
    assert wrong_thread.json()["error"]["code"] == "run_not_found"
    assert theirs.status_code == 404
    assert theirs.json()["error"]["code"] == "thread_not_found"
    assert unknown.status_code == 404


def test_cancel_run_is_idempotent_with_a_key(paced: LiveServer) -> None:
    with paced.client() as client:
        thread = client.post("/v1/threads", json={}).json()
        request = client.build_request(
            "POST", f"/v1/threads/{thread['id']}/chat", json={"messages": [], "model": "lorem-1", "max_tokens": 4000}
        )
        active = client.send(request, stream=True)
        try:
            run_id = active.headers["X-Run-Id"]
            path = f"/v1/threads/{thread['id']}/runs/{run_id}/cancel"
            first = client.post(path, headers={"Idempotency-Key": "cancel-1"})
            replay = client.post(path, headers={"Idempotency-Key": "cancel-1"})
        finally:
            active.close()
    assert first.status_code == 200
    assert replay.status_code == 200
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.json() == first.json()
