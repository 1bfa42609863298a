"""What the database keeps: never a key's secret, nothing of a deleted thread or session, no idempotency forever.

Row of issue 15's table: the idempotency table kept `create_api_key`'s answer with the plaintext
secret, and the titles, metadata and message text of threads and sessions after they were deleted;
nothing expired it.
"""

from __future__ import annotations

import secrets
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.live_server import LiveServer

Servers = Callable[..., LiveServer]


def _files(db_path: Path) -> bytes:
    """Every byte the server keeps on disk: the database, its WAL and shared-memory files."""
    return b"".join(path.read_bytes() for path in sorted(db_path.parent.glob(db_path.name + "*")))


def _idempotency_rows(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        count: int = conn.execute("SELECT COUNT(*) FROM idempotency").fetchone()[0]
        return count


def test_an_issued_secret_is_never_stored_and_a_replay_says_so(make_server: Servers) -> None:
    live = make_server()
    body = {"user_id": "user_sec", "name": "ci", "role": "user"}
    with live.client() as admin:
        first = admin.post("/v1/admin/api-keys", json=body, headers={"Idempotency-Key": "mint-1"})
        secret = first.json()["secret"]
        on_disk_while_running = _files(live.db_path)
        replay = admin.post("/v1/admin/api-keys", json=body, headers={"Idempotency-Key": "mint-1"})
        other_body = admin.post("/v1/admin/api-keys", json={**body, "name": "x"}, headers={"Idempotency-Key": "mint-1"})
        keys = admin.get("/v1/admin/api-keys", params={"user_id": "user_sec"}).json()["data"]
        works = live.client(secret).get("/v1/models").status_code
    live.stop()
    assert first.status_code == 201
    assert secret.encode() not in on_disk_while_running
    assert secret.encode() not in _files(live.db_path)
    # The replay does not create a second key, and says where the first one is and why no secret comes back.
    assert replay.status_code == 409, replay.text
    error = replay.json()["error"]
    assert error["code"] == "api_key_secret_not_replayable"
    assert error["param"] == "Idempotency-Key"
    assert first.json()["id"] in error["message"]
    assert "revoke" in error["message"].lower()
    assert secret not in replay.text
    assert error["request_id"] == replay.headers["X-Request-Id"]
    assert other_body.status_code == 409
    assert other_body.json()["error"]["code"] == "idempotency_key_reused"
    assert len(keys) == 1
    assert works == 200


@pytest.mark.parametrize("restart", [False, True], ids=["running", "after-restart"])
def test_a_deleted_thread_leaves_nothing_behind(make_server: Servers, restart: bool) -> None:
    live = make_server()
    title, meta, said = (f"{name}-{secrets.token_hex(8)}" for name in ("TITLE", "META", "SAID"))
    with live.client() as client:
        headers = {"Idempotency-Key": secrets.token_hex(8)}
        thread = client.post("/v1/threads", json={"title": title, "metadata": {"m": meta}}, headers=headers).json()
        chat_body = {"messages": [{"role": "user", "content": said}], "stream": False}
        headers = {"Idempotency-Key": secrets.token_hex(8)}
        ran = client.post(f"/v1/threads/{thread['id']}/chat", json=chat_body, headers=headers)
        assert ran.status_code == 200, ran.text
        patched = client.patch(f"/v1/threads/{thread['id']}", json={"title": title + "-2"})
        assert patched.status_code == 200
        assert title.encode() in _files(live.db_path)
        assert client.delete(f"/v1/threads/{thread['id']}").status_code == 200
        assert client.get(f"/v1/threads/{thread['id']}").status_code == 404
    if restart:
        live.stop()
    kept = _files(live.db_path)
    for text in (title, meta, said):
        assert text.encode() not in kept, f"{text} is still in the database files"
    assert _idempotency_rows(live.db_path) == 0


def test_a_deleted_session_leaves_nothing_behind(make_server: Servers) -> None:
    live = make_server()
    said, meta = f"SAID-{secrets.token_hex(8)}", f"META-{secrets.token_hex(8)}"
    with live.client() as client:
        body = {"model": "echo-1", "messages": [{"role": "user", "content": said}], "metadata": {"m": meta}}
        answer = client.post("/v1/chat/completions", json=body, headers={"Idempotency-Key": secrets.token_hex(8)})
        session_id = answer.json()["session_id"]
        assert said.encode() in _files(live.db_path)
        assert client.delete(f"/v1/sessions/{session_id}").status_code == 200
    live.stop()
    kept = _files(live.db_path)
    assert said.encode() not in kept
    assert meta.encode() not in kept
    assert _idempotency_rows(live.db_path) == 0


def test_other_idempotency_entries_survive_a_delete(make_server: Servers) -> None:
    live = make_server()
    with live.client() as client:
        kept = client.post("/v1/threads", json={"title": "kept"}, headers={"Idempotency-Key": "k-kept"}).json()
        gone = client.post("/v1/threads", json={"title": "gone"}, headers={"Idempotency-Key": "k-gone"}).json()
        assert client.delete(f"/v1/threads/{gone['id']}").status_code == 200
        replay = client.post("/v1/threads", json={"title": "kept"}, headers={"Idempotency-Key": "k-kept"})
    assert replay.headers.get("Idempotent-Replayed") == "true"
    assert replay.json()["id"] == kept["id"]
    assert _idempotency_rows(live.db_path) == 1


def test_idempotency_entries_expire_and_are_purged(make_server: Servers) -> None:
    live = make_server(extra=["--idempotency-ttl", "2"])
    with live.client() as client:
        first = client.post("/v1/threads", json={"title": "t"}, headers={"Idempotency-Key": "ttl-1"}).json()
        assert _idempotency_rows(live.db_path) == 1
        deadline = time.monotonic() + 10
        while _idempotency_rows(live.db_path) and time.monotonic() < deadline:
            time.sleep(0.25)
        assert _idempotency_rows(live.db_path) == 0
        again = client.post("/v1/threads", json={"title": "t"}, headers={"Idempotency-Key": "ttl-1"})
    assert again.status_code == 201
    assert again.json()["id"] != first["id"]
