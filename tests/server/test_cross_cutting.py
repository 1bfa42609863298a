"""The endpoint layer through HTTP: request ids, the envelope, 404/405, body errors, idempotency, rate limit."""

from __future__ import annotations

import secrets
from collections.abc import Callable

import httpx
import pytest

from tests.live_server import LiveServer


def error_of(response: httpx.Response, status: int) -> dict[str, str]:
    """Check the status and the envelope (with the header's request id); return the error object."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, str] = response.json()["error"]
    assert error["request_id"] == response.headers["x-request-id"]
    assert set(error) == {"type", "message", "code", "param", "request_id"}
    return error


def test_every_response_has_a_fresh_request_id(server: LiveServer, admin: httpx.Client) -> None:
    responses = [
        httpx.get(server.base_url + "/v1/health"),
        admin.get("/v1/models"),
        admin.get("/v1/admin/admins"),
        admin.get("/v1/nowhere"),
        admin.put("/v1/models"),
        admin.get("/v1/attachments/att_missing"),
        httpx.get(server.base_url + "/v1/models"),
    ]
    ids = [r.headers["x-request-id"] for r in responses]
    assert all(i.startswith("req_") and len(i) == 20 for i in ids)
    assert len(set(ids)) == len(ids)


def test_unknown_path_is_a_404_envelope(admin: httpx.Client) -> None:
    error = error_of(admin.get("/v1/nowhere"), 404)
    assert (error["type"], error["code"]) == ("not_found_error", "route_not_found")
    error_of(admin.post("/v2/chat/completions", json={}), 404)


def test_wrong_method_is_a_405_with_allow(admin: httpx.Client) -> None:
    response = admin.put("/v1/threads", json={})
    error = error_of(response, 405)
    assert error["code"] == "method_not_allowed"
    assert {m.strip() for m in response.headers["allow"].split(",")} >= {"GET", "POST"}
    deleted = admin.delete("/v1/admin/stats")
    error_of(deleted, 405)
    assert "DELETE" not in deleted.headers["allow"]
    assert "GET" in deleted.headers["allow"]


def test_body_errors_are_400_naming_the_problem(admin: httpx.Client) -> None:
    path = "/v1/admin/api-keys"
    json_headers = {"Content-Type": "application/json"}
    bad_json = error_of(admin.post(path, content=b'{"user_id": ', headers=json_headers), 400)
    assert bad_json["code"] == "invalid_json"
    not_utf8 = error_of(admin.post(path, content=b'{"user_id": "\xff\xfe"}', headers=json_headers), 400)
    assert not_utf8["code"] == "invalid_json"
    assert "UTF-8" in not_utf8["message"]
    nan = error_of(admin.post(path, content=b'{"user_id": NaN, "name": "x"}', headers=json_headers), 400)
    assert nan["code"] == "invalid_json"
    wrong_type = admin.post(
        path, content=b"user_id=x&name=y", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert error_of(wrong_type, 400)["code"] == "unsupported_content_type"
    assert "application/x-www-form-urlencoded" in wrong_type.json()["error"]["message"]
    assert error_of(admin.post(path), 400)["code"] == "missing_body"
    not_object = error_of(admin.post(path, json=["user_id"]), 400)
    assert not_object["type"] == "invalid_request_error"


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"name": "x"}, "user_id"),
        ({"user_id": "", "name": "x"}, "user_id"),
        ({"user_id": "u", "name": "x", "role": "owner"}, "role"),
        ({"user_id": "u", "name": "x" * 129}, "name"),
    ],
)
def test_schema_violations_name_the_field(admin: httpx.Client, body: dict[str, object], param: str) -> None:
    error = error_of(admin.post("/v1/admin/api-keys", json=body), 400)
    assert error["param"] == param
    assert param in error["message"]


def test_nested_schema_violations_name_the_dotted_path(admin: httpx.Client) -> None:
    body = {"model": "echo-1", "messages": [{"role": "user", "content": 5}]}
    error = error_of(admin.post("/v1/chat/completions", json=body), 400)
    assert error["param"] == "messages.0.content"
    second = {"model": "echo-1", "messages": [{"role": "user", "content": "hi"}, {"role": "system"}]}
    assert error_of(admin.post("/v1/chat/completions", json=second), 400)["param"] == "messages.1.content"


def test_query_and_header_parameters_are_validated(admin: httpx.Client) -> None:
    assert error_of(admin.get("/v1/admin/api-keys", params={"limit": 101}), 400)["param"] == "limit"
    assert error_of(admin.get("/v1/admin/api-keys", params={"order": "sideways"}), 400)["param"] == "order"
    bad_key = admin.post(
        "/v1/admin/api-keys", json={"user_id": "u", "name": "x"}, headers={"Idempotency-Key": "has space"}
    )
    assert error_of(bad_key, 400)["param"] == "Idempotency-Key"


def test_idempotent_replay_of_a_key_creates_one_key_and_withholds_the_secret(admin: httpx.Client) -> None:
    """The secret is never stored, so a replay cannot repeat it: it says which key was made, and how to recover."""
    user_id = "user_idem_" + secrets.token_hex(4)
    body = {"user_id": user_id, "name": "once"}
    headers = {"Idempotency-Key": "idem-" + secrets.token_hex(8)}
    first = admin.post("/v1/admin/api-keys", json=body, headers=headers)
    second = admin.post("/v1/admin/api-keys", json=body, headers=headers)
    assert first.status_code == 201
    assert "idempotent-replayed" not in first.headers
    error = error_of(second, 409)
    assert (error["code"], error["param"]) == ("api_key_secret_not_replayable", "Idempotency-Key")
    assert first.json()["id"] in error["message"]
    assert first.json()["secret"] not in second.text
    assert second.headers["x-request-id"] != first.headers["x-request-id"]
    assert len(admin.get("/v1/admin/api-keys", params={"user_id": user_id}).json()["data"]) == 1
    assert admin.get("/v1/admin/audit-log", params={"action": "api_key.create"}).json()["entries"][0]["metadata"] == {
        "user_id": user_id,
        "role": "user",
    }

    reused = admin.post("/v1/admin/api-keys", json={**body, "name": "other"}, headers=headers)
    error = error_of(reused, 409)
    assert (error["code"], error["param"]) == ("idempotency_key_reused", "Idempotency-Key")
    assert len(admin.get("/v1/admin/api-keys", params={"user_id": user_id}).json()["data"]) == 1


def test_a_failed_request_is_not_remembered(admin: httpx.Client) -> None:
    email, workos_id = f"idem-{secrets.token_hex(4)}@example.com", "user_" + secrets.token_hex(6)
    headers = {"Idempotency-Key": "idem-" + secrets.token_hex(8)}
    body = {"workos_id": workos_id, "email": email}
    assert admin.post("/v1/admin/admins", json=body).status_code == 201
    assert error_of(admin.post("/v1/admin/admins", json=body, headers=headers), 409)["code"] == "admin_exists"
    assert admin.delete(f"/v1/admin/admins/{email}").status_code == 200
    retried = admin.post("/v1/admin/admins", json=body, headers=headers)
    assert retried.status_code == 201
    assert "idempotent-replayed" not in retried.headers


def test_idempotency_keys_belong_to_their_user(new_user: Callable[[], httpx.Client]) -> None:
    headers = {"Idempotency-Key": "shared-key"}
    first = new_user().post("/v1/attachments", files={"file": ("a.txt", b"one")}, headers=headers)
    second = new_user().post("/v1/attachments", files={"file": ("b.txt", b"two")}, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] != second.json()["id"]
    assert "idempotent-replayed" not in second.headers


def test_the_rate_limit_answers_429_with_retry_after(make_server: Callable[..., LiveServer]) -> None:
    live = make_server(extra=["--rate-limit", "5"])
    other_key = live.new_key("user_other")  # this request is the admin key's first of five
    with live.client() as admin, live.client(other_key) as other:
        assert [admin.get("/v1/models").status_code for _ in range(4)] == [200] * 4
        limited = admin.get("/v1/models")
        error = error_of(limited, 429)
        assert (error["type"], error["code"]) == ("rate_limit_error", "rate_limited")
        assert 1 <= int(limited.headers["retry-after"]) <= 60
        assert error_of(admin.get("/v1/admin/stats"), 429)["code"] == "rate_limited"
        assert other.get("/v1/models").status_code == 200
        assert httpx.get(live.base_url + "/v1/health").status_code == 200


def test_a_path_id_that_breaks_its_schema_is_a_404(admin: httpx.Client) -> None:
    long_id = "a" * 129
    for response, code, param in (
        (admin.get(f"/v1/attachments/{long_id}"), "attachment_not_found", "attachment_id"),
        (admin.get(f"/v1/attachments/{long_id}/content"), "attachment_not_found", "attachment_id"),
        (admin.delete(f"/v1/admin/api-keys/{long_id}"), "api_key_not_found", "key_id"),
        (admin.delete(f"/v1/admin/admins/{'a' * 255}"), "admin_not_found", "email"),
    ):
        error = error_of(response, 404)
        assert (error["code"], error["param"]) == (code, param)
