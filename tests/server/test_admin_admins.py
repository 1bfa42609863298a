"""Administrators through HTTP: list, add, remove, and the admin rights the directory gives to user keys."""

from __future__ import annotations

import secrets
from collections.abc import Callable

import httpx
import pytest

from tests.live_server import LiveServer

ADMIN_ONLY = [
    ("GET", "/v1/admin/stats", None),
    ("GET", "/v1/admin/admins", None),
    ("POST", "/v1/admin/admins", {"workos_id": "user_x", "email": "x@example.com"}),
    ("DELETE", "/v1/admin/admins/admin%40parley.localhost", None),
    ("GET", "/v1/admin/audit-log", None),
    ("POST", "/v1/admin/api-keys", {"user_id": "user_x", "name": "x"}),
    ("GET", "/v1/admin/api-keys", None),
    ("DELETE", "/v1/admin/api-keys/key_whatever", None),
]


def unique_email() -> str:
    """A fresh address, so tests sharing the server never collide."""
    return f"ops-{secrets.token_hex(4)}@example.com"


@pytest.mark.parametrize(("method", "path", "body"), ADMIN_ONLY)
def test_user_keys_get_403_on_every_admin_operation(
    new_user: Callable[[], httpx.Client], method: str, path: str, body: dict[str, str] | None
) -> None:
    response = new_user().request(method, path, json=body)
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["code"] == "admin_required"
    assert error["type"] == "permission_error"
    assert error["request_id"] == response.headers["x-request-id"]


def test_the_first_start_administrator_is_listed_first(admin: httpx.Client) -> None:
    body = admin.get("/v1/admin/admins").json()
    first = body["admins"][0]
    assert (first["workos_id"], first["email"], first["name"]) == (
        "user_admin",
        "admin@parley.localhost",
        "Administrator",
    )
    assert first["created_by"] is None
    assert first["id"].startswith("adm_")
    assert body["count"] == len(body["admins"])


def test_add_then_list_then_remove(admin: httpx.Client) -> None:
    email, workos_id = unique_email(), "user_" + secrets.token_hex(6)
    added = admin.post("/v1/admin/admins", json={"workos_id": workos_id, "email": email, "name": "Lee Support"})
    assert added.status_code == 201, added.text
    body = added.json()
    assert body == {
        "id": body["id"],
        "workos_id": workos_id,
        "email": email,
        "name": "Lee Support",
        "created_at": body["created_at"],
        "created_by": "user_admin",
    }
    listing = admin.get("/v1/admin/admins").json()
    assert listing["count"] == len(listing["admins"])
    assert listing["admins"][0]["email"] == "admin@parley.localhost"
    assert listing["admins"][-1] == body
    created = [a["created_at"] for a in listing["admins"]]
    assert created == sorted(created)

    removed = admin.delete(f"/v1/admin/admins/{email.replace('@', '%40')}")
    assert removed.status_code == 200, removed.text
    assert removed.json() == {"id": body["id"], "deleted": True}
    assert email not in [a["email"] for a in admin.get("/v1/admin/admins").json()["admins"]]
    again = admin.delete(f"/v1/admin/admins/{email}")
    assert again.status_code == 404
    assert again.json()["error"]["code"] == "admin_not_found"
    assert again.json()["error"]["param"] == "email"


def test_name_defaults_to_empty(admin: httpx.Client) -> None:
    body = admin.post("/v1/admin/admins", json={"workos_id": "user_" + secrets.token_hex(6), "email": unique_email()})
    assert body.json()["name"] == ""


def test_duplicate_email_or_user_is_409_admin_exists(admin: httpx.Client) -> None:
    email, workos_id = unique_email(), "user_" + secrets.token_hex(6)
    assert admin.post("/v1/admin/admins", json={"workos_id": workos_id, "email": email}).status_code == 201
    same_email = admin.post("/v1/admin/admins", json={"workos_id": "user_" + secrets.token_hex(6), "email": email})
    same_user = admin.post("/v1/admin/admins", json={"workos_id": workos_id, "email": unique_email()})
    for response in (same_email, same_user):
        assert response.status_code == 409
        assert response.json()["error"]["code"] == "admin_exists"
        assert response.json()["error"]["type"] == "conflict_error"


def test_an_invalid_email_is_a_400_naming_it(admin: httpx.Client) -> None:
    response = admin.post("/v1/admin/admins", json={"workos_id": "user_z", "email": "not-an-email"})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "email"


def test_an_admin_cannot_remove_itself(admin: httpx.Client) -> None:
    response = admin.delete("/v1/admin/admins/admin%40parley.localhost")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "cannot_remove_self"
    assert "admin@parley.localhost" in [a["email"] for a in admin.get("/v1/admin/admins").json()["admins"]]


def test_directory_membership_grants_and_removes_admin_rights(server: LiveServer, admin: httpx.Client) -> None:
    user_id, email = "user_" + secrets.token_hex(6), unique_email()
    with server.client(server.new_key(user_id)) as user:
        assert user.get("/v1/admin/admins").status_code == 403
        assert admin.post("/v1/admin/admins", json={"workos_id": user_id, "email": email}).status_code == 201
        granted = user.get("/v1/admin/admins")
        assert granted.status_code == 200
        assert email in [a["email"] for a in granted.json()["admins"]]
        # Now an administrator, the user may not remove itself, but the first admin may remove it.
        assert user.delete(f"/v1/admin/admins/{email}").json()["error"]["code"] == "cannot_remove_self"
        assert admin.delete(f"/v1/admin/admins/{email}").status_code == 200
        assert user.get("/v1/admin/admins").status_code == 403
        assert user.get("/v1/admin/stats").status_code == 403


def test_removing_an_admin_keeps_the_rights_of_role_admin_keys(server: LiveServer, admin: httpx.Client) -> None:
    user_id, email = "user_" + secrets.token_hex(6), unique_email()
    role_admin_key = server.new_key(user_id, role="admin")
    user_key = server.new_key(user_id)
    assert admin.post("/v1/admin/admins", json={"workos_id": user_id, "email": email}).status_code == 201
    assert admin.delete(f"/v1/admin/admins/{email}").status_code == 200
    with server.client(role_admin_key) as strong, server.client(user_key) as weak:
        assert strong.get("/v1/admin/admins").status_code == 200
        assert weak.get("/v1/admin/admins").status_code == 403
