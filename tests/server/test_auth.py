"""Authentication through HTTP: missing, malformed, unknown and revoked keys; keys stored only as hashes."""

from __future__ import annotations

import hashlib
import signal
import sqlite3
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tests.live_server import LiveServer


def assert_401(response: httpx.Response) -> None:
    """A 401 with the envelope, the `WWW-Authenticate` challenge and matching request ids."""
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer realm="parley"'
    error = response.json()["error"]
    assert error["type"] == "authentication_error"
    assert error["code"] == "invalid_api_key"
    assert error["request_id"] == response.headers["x-request-id"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": ""},
        {"Authorization": "Bearer"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer pk_not_a_key_at_all"},
        {"Authorization": "pk_test_without_scheme"},
    ],
)
def test_missing_malformed_or_unknown_keys_are_401(server: LiveServer, headers: dict[str, str]) -> None:
    for method, path in (("GET", "/v1/models"), ("GET", "/v1/admin/stats"), ("POST", "/v1/threads")):
        assert_401(httpx.request(method, server.base_url + path, headers=headers))


def test_the_message_says_what_is_wrong(server: LiveServer) -> None:
    missing = httpx.get(server.base_url + "/v1/models").json()["error"]["message"]
    unknown = httpx.get(server.base_url + "/v1/models", headers={"Authorization": "Bearer pk_x"}).json()
    assert "Missing" in missing
    assert "Invalid or revoked" in unknown["error"]["message"]


def test_the_scheme_is_case_insensitive(server: LiveServer) -> None:
    response = httpx.get(server.base_url + "/v1/models", headers={"Authorization": f"bearer {server.admin_key}"})
    assert response.status_code == 200


def test_health_needs_no_key(server: LiveServer) -> None:
    response = httpx.get(server.base_url + "/v1/health")
    assert response.status_code == 200
    assert response.headers["x-request-id"].startswith("req_")


def test_a_revoked_key_is_401_at_once(server: LiveServer, admin: httpx.Client) -> None:
    created = admin.post("/v1/admin/api-keys", json={"user_id": "user_soon_revoked", "name": "x"}).json()
    with server.client(created["secret"]) as user:
        assert user.get("/v1/models").status_code == 200
        assert admin.delete(f"/v1/admin/api-keys/{created['id']}").status_code == 200
        assert_401(user.get("/v1/models"))
        assert_401(user.post("/v1/threads", json={}))


def test_a_key_with_a_known_prefix_but_wrong_secret_is_401(server: LiveServer) -> None:
    forged = server.admin_key[:12] + "x" * (len(server.admin_key) - 12)
    assert_401(httpx.get(server.base_url + "/v1/models", headers={"Authorization": f"Bearer {forged}"}))


def test_last_used_at_is_recorded(server: LiveServer, admin: httpx.Client) -> None:
    created = admin.post("/v1/admin/api-keys", json={"user_id": "user_last_used", "name": "x"}).json()
    with server.client(created["secret"]) as user:
        user.get("/v1/models")
    [listed] = admin.get("/v1/admin/api-keys", params={"user_id": "user_last_used"}).json()["data"]
    assert listed["last_used_at"] is not None
    assert listed["last_used_at"] >= created["created_at"]


def test_keys_are_stored_hashed(make_server: Callable[..., LiveServer], tmp_path: Path) -> None:
    db_path = tmp_path / "hashed.db"
    live = make_server(db_path=db_path)
    with live.client() as admin:
        issued = admin.post("/v1/admin/api-keys", json={"user_id": "user_h", "name": "h", "role": "admin"}).json()
    live.stop()
    secrets = [live.admin_key, issued["secret"]]
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT * FROM api_keys").fetchall()
        hashes = {row[0] for row in conn.execute("SELECT secret_hash FROM api_keys")}
    assert len(rows) == 2
    cells = [str(cell) for row in rows for cell in row]
    for secret in secrets:
        assert not any(secret in cell for cell in cells)
        assert hashlib.sha256(secret.encode()).hexdigest() in hashes
    # Without an Idempotency-Key no copy of a secret is kept anywhere in the database files.
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("hashed.db*"))
    assert not any(secret.encode() in raw for secret in secrets)


def test_the_first_start_key_survives_a_crash_and_is_not_duplicated(make_server: Callable[..., LiveServer]) -> None:
    live = make_server()
    live.stop(signal.SIGKILL)
    live.start()
    with live.client() as admin:
        keys = admin.get("/v1/admin/api-keys").json()["data"]
    assert [(k["user_id"], k["role"], k["prefix"]) for k in keys] == [("user_admin", "admin", live.admin_key[:12])]


def test_get_caller_tells_a_key_s_rights(server: LiveServer, new_user: Callable[[], httpx.Client]) -> None:
    with server.client() as admin:
        me = admin.get("/v1/me").json()
        assert me["role"] == "admin" and me["key_id"].startswith("key_")
    user = new_user()
    caller = user.get("/v1/me").json()
    assert caller["role"] == "user"
    listed = {key["id"]: key for key in admin_keys(server, caller["user_id"])}
    assert caller["key_id"] in listed and listed[caller["key_id"]]["role"] == "user"
    assert user.get("/v1/admin/stats").status_code == 403
    # A user key of a listed administrator has admin rights, and says so.
    with server.client() as admin:
        added = admin.post(
            "/v1/admin/admins",
            json={"workos_id": caller["user_id"], "email": f"{caller['user_id']}@example.com", "name": "Lee"},
        )
        assert added.status_code == 201, added.text
        try:
            assert user.get("/v1/me").json()["role"] == "admin"
            assert user.get("/v1/admin/stats").status_code == 200
        finally:
            admin.delete(f"/v1/admin/admins/{caller['user_id']}@example.com")
    assert user.get("/v1/me").json()["role"] == "user"
    assert_401(httpx.get(server.base_url + "/v1/me"))


def admin_keys(server: LiveServer, user_id: str) -> list[dict[str, object]]:
    with server.client() as admin:
        keys: list[dict[str, object]] = admin.get("/v1/admin/api-keys", params={"user_id": user_id}).json()["data"]
        return keys
