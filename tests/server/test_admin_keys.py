"""API keys through HTTP: issue, list (cursor pages, filters), revoke, and what a revoked key gets."""

from __future__ import annotations

import re
import secrets

import httpx

from tests.live_server import LiveServer


def issue(admin: httpx.Client, user_id: str, name: str = "k", role: str = "user") -> dict[str, str]:
    """Create a key and return the answer's body."""
    response = admin.post("/v1/admin/api-keys", json={"user_id": user_id, "name": name, "role": role})
    assert response.status_code == 201, response.text
    body: dict[str, str] = response.json()
    return body


def test_create_answers_the_key_with_its_secret_once(server: LiveServer, admin: httpx.Client) -> None:
    user_id = "user_" + secrets.token_hex(6)
    body = issue(admin, user_id, "support-widget")
    assert re.match(r"^key_[0-9a-f]{24}$", body["id"])
    assert body["secret"].startswith("pk_")
    assert body["prefix"] == body["secret"][:12]
    assert (body["name"], body["user_id"], body["role"]) == ("support-widget", user_id, "user")
    assert body["last_used_at"] is None
    assert body["revoked_at"] is None
    listed = admin.get("/v1/admin/api-keys", params={"user_id": user_id}).json()["data"]
    assert listed == [{k: v for k, v in body.items() if k != "secret"}]
    with server.client(body["secret"]) as user:
        assert user.get("/v1/models").status_code == 200


def test_list_pages_newest_first_and_filters_by_user(admin: httpx.Client) -> None:
    user_id = "user_" + secrets.token_hex(6)
    ids = [issue(admin, user_id, f"k{i}")["id"] for i in range(5)]
    first = admin.get("/v1/admin/api-keys", params={"user_id": user_id, "limit": 2}).json()
    assert [k["id"] for k in first["data"]] == [ids[4], ids[3]]
    assert first["has_more"] is True
    assert first["after"] == ids[3]
    second = admin.get("/v1/admin/api-keys", params={"user_id": user_id, "limit": 2, "after": first["after"]}).json()
    assert [k["id"] for k in second["data"]] == [ids[2], ids[1]]
    third = admin.get("/v1/admin/api-keys", params={"user_id": user_id, "limit": 2, "after": second["after"]}).json()
    assert [k["id"] for k in third["data"]] == [ids[0]]
    assert third["has_more"] is False
    ascending = admin.get("/v1/admin/api-keys", params={"user_id": user_id, "order": "asc"}).json()
    assert [k["id"] for k in ascending["data"]] == ids
    assert all("secret" not in k for k in ascending["data"])
    empty = admin.get("/v1/admin/api-keys", params={"user_id": "user_nobody_" + secrets.token_hex(4)}).json()
    assert empty == {"data": [], "has_more": False, "after": None}


def test_revoke_answers_401_at_once_and_hides_the_key_unless_asked(server: LiveServer, admin: httpx.Client) -> None:
    user_id = "user_" + secrets.token_hex(6)
    body = issue(admin, user_id)
    with server.client(body["secret"]) as user:
        assert user.get("/v1/models").status_code == 200
        revoked = admin.delete(f"/v1/admin/api-keys/{body['id']}")
        assert revoked.status_code == 200, revoked.text
        assert revoked.json()["id"] == body["id"]
        assert revoked.json()["revoked_at"] is not None
        assert revoked.json()["last_used_at"] is not None
        refused = user.get("/v1/models")
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "invalid_api_key"
    assert admin.get("/v1/admin/api-keys", params={"user_id": user_id}).json()["data"] == []
    listed = admin.get("/v1/admin/api-keys", params={"user_id": user_id, "include_revoked": "true"}).json()["data"]
    assert listed == [revoked.json()]
    again = admin.delete(f"/v1/admin/api-keys/{body['id']}")
    assert again.status_code == 404
    assert again.json()["error"]["code"] == "api_key_not_found"
    assert again.json()["error"]["param"] == "key_id"


def test_unknown_key_is_404(admin: httpx.Client) -> None:
    response = admin.delete("/v1/admin/api-keys/key_doesnotexist")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "api_key_not_found"


def test_a_key_cannot_revoke_itself(server: LiveServer, admin: httpx.Client) -> None:
    own = next(
        k
        for k in admin.get("/v1/admin/api-keys", params={"user_id": "user_admin", "limit": 100}).json()["data"]
        if k["prefix"] == server.admin_key[:12]
    )
    response = admin.delete(f"/v1/admin/api-keys/{own['id']}")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "cannot_revoke_self"
    assert admin.get("/v1/models").status_code == 200


def test_a_role_admin_key_can_revoke_another_admin_key(server: LiveServer, admin: httpx.Client) -> None:
    first = issue(admin, "user_" + secrets.token_hex(6), role="admin")
    second = issue(admin, "user_" + secrets.token_hex(6), role="admin")
    with server.client(first["secret"]) as strong:
        assert strong.delete(f"/v1/admin/api-keys/{second['id']}").status_code == 200
    with server.client(second["secret"]) as gone:
        assert gone.get("/v1/admin/stats").status_code == 401


def test_bad_list_parameters_are_400_naming_them(admin: httpx.Client) -> None:
    for params, param in (
        ({"limit": 0}, "limit"),
        ({"limit": "x"}, "limit"),
        ({"include_revoked": "yes"}, "include_revoked"),
    ):
        response = admin.get("/v1/admin/api-keys", params=params)
        assert response.status_code == 400, params
        assert response.json()["error"]["param"] == param


def test_role_must_be_user_or_admin(admin: httpx.Client) -> None:
    response = admin.post("/v1/admin/api-keys", json={"user_id": "user_x", "name": "x", "role": "root"})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "role"
