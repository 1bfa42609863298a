"""The audit log through HTTP: what is recorded, offset pages with a true total, filters, time windows."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from tests.live_server import LiveServer


@pytest.fixture
def fresh(make_server: Callable[..., LiveServer]) -> Iterator[tuple[LiveServer, httpx.Client]]:
    """A server of its own, so the audit log holds only this test's entries."""
    live = make_server()
    with live.client() as admin:
        yield live, admin


@pytest.fixture
def actor(server: LiveServer) -> Iterator[tuple[str, httpx.Client]]:
    """A fresh admin user on the shared server: filtering the log by its id gives only this test's entries."""
    user_id = "user_auditor_" + secrets.token_hex(6)
    with server.client(server.new_key(user_id, role="admin")) as client:
        yield user_id, client


def audit(admin: httpx.Client, **params: Any) -> dict[str, Any]:
    """Read one page of the audit log."""
    response = admin.get("/v1/admin/audit-log", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_every_key_and_admin_change_is_recorded_newest_first(fresh: tuple[LiveServer, httpx.Client]) -> None:
    _, admin = fresh
    assert audit(admin) == {"entries": [], "total": 0, "limit": 50, "offset": 0, "has_more": False}
    created = admin.post("/v1/admin/api-keys", json={"user_id": "user_a", "name": "a"})
    added = admin.post("/v1/admin/admins", json={"workos_id": "user_b", "email": "b@example.com"})
    removed = admin.delete("/v1/admin/admins/b%40example.com")
    revoked = admin.delete(f"/v1/admin/api-keys/{created.json()['id']}")
    assert all(r.status_code in (200, 201) for r in (created, added, removed, revoked))

    page = audit(admin)
    assert page["total"] == 4
    assert [(e["action"], e["resource"], e["resource_id"]) for e in page["entries"]] == [
        ("api_key.revoke", "api_key", created.json()["id"]),
        ("admin.remove", "admin", added.json()["id"]),
        ("admin.add", "admin", added.json()["id"]),
        ("api_key.create", "api_key", created.json()["id"]),
    ]
    assert [e["request_id"] for e in page["entries"]] == [
        r.headers["x-request-id"] for r in (revoked, removed, added, created)
    ]
    assert all(e["user_id"] == "user_admin" and e["org_id"] is None for e in page["entries"])
    assert page["entries"][2]["metadata"] == {"email": "b@example.com", "workos_id": "user_b"}
    assert page["entries"][3]["metadata"] == {"user_id": "user_a", "role": "user"}
    stamps = [e["timestamp"] for e in page["entries"]]
    assert stamps == sorted(stamps, reverse=True)


def test_refused_and_read_only_requests_leave_no_entry(
    server: LiveServer, actor: tuple[str, httpx.Client], new_user: Callable[[], httpx.Client]
) -> None:
    user_id, admin = actor
    admin.post("/v1/admin/admins", json={"workos_id": user_id, "email": f"{user_id}@example.com"})
    assert audit(admin, user_id=user_id)["total"] == 1
    admin.get("/v1/admin/stats")
    admin.get("/v1/admin/admins")
    admin.get("/v1/admin/api-keys")
    admin.delete(f"/v1/admin/admins/{user_id}%40example.com")  # 409: itself
    admin.delete("/v1/admin/api-keys/key_unknown")  # 404
    admin.post("/v1/admin/api-keys", json={"user_id": "", "name": "x"})  # 400
    new_user().post("/v1/admin/admins", json={"workos_id": "user_c", "email": "c@example.com"})  # 403
    assert [e["action"] for e in audit(admin, user_id=user_id)["entries"]] == ["admin.add"]
    assert audit(admin, user_id="user_c")["total"] == 0


def test_offset_pages_carry_a_true_total(actor: tuple[str, httpx.Client]) -> None:
    me, admin = actor
    ids = [admin.post("/v1/admin/api-keys", json={"user_id": f"user_{i}", "name": "k"}).json()["id"] for i in range(5)]
    newest_first = list(reversed(ids))
    first = audit(admin, user_id=me, limit=2)
    assert [e["resource_id"] for e in first["entries"]] == newest_first[:2]
    assert (first["total"], first["limit"], first["offset"], first["has_more"]) == (5, 2, 0, True)
    middle = audit(admin, user_id=me, limit=2, offset=2)
    assert [e["resource_id"] for e in middle["entries"]] == newest_first[2:4]
    assert middle["has_more"] is True
    last = audit(admin, user_id=me, limit=2, offset=4)
    assert [e["resource_id"] for e in last["entries"]] == newest_first[4:]
    assert (last["total"], last["has_more"]) == (5, False)
    beyond = audit(admin, user_id=me, limit=2, offset=50)
    assert (beyond["entries"], beyond["total"], beyond["offset"], beyond["has_more"]) == ([], 5, 50, False)
    huge = audit(admin, user_id=me, offset=2**70)
    assert (huge["entries"], huge["total"], huge["has_more"]) == ([], 5, False)


def test_filters_combine(fresh: tuple[LiveServer, httpx.Client]) -> None:
    live, admin = fresh
    admin.post("/v1/admin/api-keys", json={"user_id": "user_d", "name": "d", "role": "admin"})
    admin.post("/v1/admin/admins", json={"workos_id": "user_e", "email": "e@example.com"})
    with live.client(live.new_key("user_e")) as other_admin:
        other_admin.post("/v1/admin/admins", json={"workos_id": "user_f", "email": "f@example.com"})
    assert audit(admin, action="admin.add")["total"] == 2
    assert audit(admin, resource="api_key")["total"] == 2
    by_e = audit(admin, user_id="user_e")
    assert [(e["action"], e["metadata"]["email"]) for e in by_e["entries"]] == [("admin.add", "f@example.com")]
    assert audit(admin, action="admin.add", user_id="user_admin")["total"] == 1
    assert audit(admin, action="admin.add", resource="api_key")["total"] == 0
    assert audit(admin, action="no.such.action") == {
        "entries": [],
        "total": 0,
        "limit": 50,
        "offset": 0,
        "has_more": False,
    }


def test_since_is_inclusive_and_until_exclusive(actor: tuple[str, httpx.Client]) -> None:
    me, admin = actor
    admin.post("/v1/admin/api-keys", json={"user_id": "user_g", "name": "g"})
    time.sleep(0.01)
    admin.post("/v1/admin/api-keys", json={"user_id": "user_h", "name": "h"})
    older, newer = reversed(audit(admin, user_id=me)["entries"])

    def ids(**params: str) -> list[str]:
        return [e["id"] for e in audit(admin, user_id=me, **params)["entries"]]

    assert ids(since=older["timestamp"]) == [newer["id"], older["id"]]
    assert ids(since=newer["timestamp"]) == [newer["id"]]
    assert ids(until=newer["timestamp"]) == [older["id"]]
    assert ids(until=older["timestamp"]) == []
    assert ids(since=older["timestamp"], until=newer["timestamp"]) == [older["id"]]
    # The same instant in another offset selects the same entries.
    newer_at = datetime.fromisoformat(newer["timestamp"].replace("Z", "+00:00"))
    shifted = newer_at.astimezone(timezone(timedelta(hours=5, minutes=30))).isoformat()
    assert ids(since=shifted) == [newer["id"]]


def test_since_after_until_is_an_empty_page_and_extreme_dates_work(actor: tuple[str, httpx.Client]) -> None:
    me, admin = actor
    admin.post("/v1/admin/api-keys", json={"user_id": "user_i", "name": "i"})
    assert audit(admin, user_id=me)["total"] == 1
    empty = audit(admin, user_id=me, since="2000-01-02T00:00:00Z", until="2000-01-01T00:00:00Z")
    assert (empty["entries"], empty["total"], empty["has_more"]) == ([], 0, False)
    assert audit(admin, user_id=me, since="0001-01-01T00:00:00+01:00")["total"] == 1
    assert audit(admin, user_id=me, until="9999-12-31T23:59:59-23:59")["total"] == 1
    assert audit(admin, user_id=me, since="9999-12-31T23:59:59-23:59")["total"] == 0
    assert audit(admin, user_id=me, until="0001-01-01T00:00:00+01:00")["total"] == 0


def test_bad_parameters_are_400_naming_them(admin: httpx.Client) -> None:
    for params, param in (
        ({"since": "yesterday"}, "since"),
        ({"until": "2026-02-30T00:00:00Z"}, "until"),
        ({"limit": 201}, "limit"),
        ({"offset": -1}, "offset"),
    ):
        response = admin.get("/v1/admin/audit-log", params=params)
        assert response.status_code == 400, params
        assert response.json()["error"]["param"] == param
