"""Threads through HTTP: create, list (cursor pages), get, update (status rules), delete, isolation."""

from __future__ import annotations

from tests.server.threads_support import chat, items_asc, new_thread, start_run, wait_run

THREAD_KEYS = {
    "id",
    "title",
    "status",
    "metadata",
    "created_at",
    "updated_at",
    "last_message_at",
    "active_run_id",
    "item_count",
}


def test_create_and_get(new_user):
    user = new_user()
    created = new_thread(user, title="Refund for order 4417", metadata={"customer_id": "cus_4417"})
    assert set(created) == THREAD_KEYS
    assert created["id"].startswith("thr_")
    assert created["title"] == "Refund for order 4417"
    assert created["status"] == "active"
    assert created["metadata"] == {"customer_id": "cus_4417"}
    assert created["created_at"] == created["updated_at"]
    assert created["created_at"].endswith("Z")
    assert (created["last_message_at"], created["active_run_id"], created["item_count"]) == (None, None, 0)
    assert user.get(f"/v1/threads/{created['id']}").json() == created

    bare = user.post("/v1/threads")
    assert bare.status_code == 201
    assert (bare.json()["title"], bare.json()["metadata"]) == (None, {})


def test_list_pages_in_both_orders(new_user):
    user = new_user()
    ids = [new_thread(user, title=f"t{i}")["id"] for i in range(5)]

    first = user.get("/v1/threads", params={"limit": 2}).json()
    assert [t["id"] for t in first["data"]] == [ids[4], ids[3]]
    assert (first["has_more"], first["after"]) == (True, ids[3])
    second = user.get("/v1/threads", params={"limit": 2, "after": first["after"]}).json()
    assert [t["id"] for t in second["data"]] == [ids[2], ids[1]]
    assert (second["has_more"], second["after"]) == (True, ids[1])
    third = user.get("/v1/threads", params={"limit": 2, "after": second["after"]}).json()
    assert [t["id"] for t in third["data"]] == [ids[0]]
    assert (third["has_more"], third["after"]) == (False, ids[0])
    empty = user.get("/v1/threads", params={"after": ids[0]}).json()
    assert empty == {"data": [], "has_more": False, "after": None}

    asc = user.get("/v1/threads", params={"order": "asc", "limit": 3}).json()
    assert [t["id"] for t in asc["data"]] == ids[:3]
    assert asc["has_more"] is True
    rest = user.get("/v1/threads", params={"order": "asc", "limit": 3, "after": asc["after"]}).json()
    assert ([t["id"] for t in rest["data"]], rest["has_more"]) == (ids[3:], False)

    everything = user.get("/v1/threads").json()
    assert ([t["id"] for t in everything["data"]], everything["has_more"]) == (ids[::-1], False)


def test_list_filters_by_status(new_user):
    user = new_user()
    kept = new_thread(user)["id"]
    closed = new_thread(user)["id"]
    assert user.patch(f"/v1/threads/{closed}", json={"status": "closed"}).status_code == 200
    assert [t["id"] for t in user.get("/v1/threads", params={"status": "closed"}).json()["data"]] == [closed]
    assert [t["id"] for t in user.get("/v1/threads", params={"status": "active"}).json()["data"]] == [kept]
    assert user.get("/v1/threads", params={"status": "locked"}).json()["data"] == []


def test_update_fields(new_user):
    user = new_user()
    thread = new_thread(user, title="Old", metadata={"a": 1})
    url = f"/v1/threads/{thread['id']}"

    renamed = user.patch(url, json={"title": "New"}).json()
    assert (renamed["title"], renamed["metadata"], renamed["status"]) == ("New", {"a": 1}, "active")
    assert renamed["updated_at"] > thread["updated_at"]
    assert renamed["created_at"] == thread["created_at"]

    replaced = user.patch(url, json={"metadata": {"b": 2}}).json()
    assert (replaced["title"], replaced["metadata"]) == ("New", {"b": 2})

    cleared = user.patch(url, json={"title": None}).json()
    assert cleared["title"] is None
    assert user.get(url).json() == cleared


def test_locked_and_closed_threads_take_no_runs(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    url = f"/v1/threads/{thread_id}"
    for status in ("locked", "closed"):
        assert user.patch(url, json={"status": status}).json()["status"] == status
        for response in (
            chat(user, thread_id, stream=False),
            user.post(f"{url}/actions", json={"type": "go", "stream": False}),
        ):
            assert response.status_code == 409
            assert response.json()["error"]["code"] == f"thread_{status}"
    assert user.patch(url, json={"status": "active"}).status_code == 200
    assert chat(user, thread_id, stream=False).json()["run"]["status"] == "completed"
    assert user.get(url).json()["item_count"] == 2


def test_locking_needs_no_active_run(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    url = f"/v1/threads/{thread_id}"
    run = chat(user, thread_id, model="lorem-1", max_tokens=20, stream=False, text="x")
    assert run.status_code == 200  # a finished run is no obstacle
    run_id = start_run(user, thread_id, model="lorem-1", max_tokens=5000)
    assert user.get(url).json()["active_run_id"] == run_id
    locked = user.patch(url, json={"status": "locked"})
    assert (locked.status_code, locked.json()["error"]["code"]) == (409, "run_active")
    same = user.patch(url, json={"status": "active", "title": "still running"})
    assert (same.status_code, same.json()["active_run_id"]) == (200, run_id)
    assert user.post(f"{url}/cancel").json()["status"] == "cancelled"
    assert user.patch(url, json={"status": "locked"}).json()["status"] == "locked"


def test_delete_removes_everything(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    url = f"/v1/threads/{thread_id}"
    run_id = chat(user, thread_id, stream=False).json()["run"]["id"]
    attachment = user.post(
        "/v1/attachments", files={"file": ("a.txt", b"hi", "text/plain")}, data={"thread_id": thread_id}
    )
    assert attachment.status_code == 201

    deleted = user.delete(url)
    assert (deleted.status_code, deleted.json()) == (200, {"id": thread_id, "deleted": True})
    for response in (
        user.get(url),
        user.patch(url, json={"title": "x"}),
        user.delete(url),
        user.get(f"{url}/items"),
        chat(user, thread_id),
        user.post(f"{url}/cancel"),
        user.get(f"{url}/runs/{run_id}"),
        user.get(f"{url}/runs/{run_id}/events"),
        user.post(f"{url}/feedback", json={"item_ids": ["item_x"], "kind": "positive"}),
        user.post(f"{url}/actions", json={"type": "go"}),
        user.post(f"{url}/retry", json={"item_id": "item_x"}),
    ):
        assert response.status_code == 404, response.request.url
        assert response.json()["error"]["code"] == "thread_not_found"
    assert user.get(f"/v1/attachments/{attachment.json()['id']}").status_code == 404
    assert thread_id not in [t["id"] for t in user.get("/v1/threads").json()["data"]]


def test_another_user_sees_nothing(new_user):
    owner, other = new_user(), new_user()
    thread_id = new_thread(owner, title="mine")["id"]
    url = f"/v1/threads/{thread_id}"
    result = chat(owner, thread_id, stream=False).json()
    run_id, item_id = result["run"]["id"], result["items"][0]["id"]

    for response in (
        other.get(url),
        other.patch(url, json={"title": "theirs"}),
        other.delete(url),
        other.get(f"{url}/items"),
        chat(other, thread_id),
        other.post(f"{url}/cancel"),
        other.get(f"{url}/runs/{run_id}"),
        other.get(f"{url}/runs/{run_id}/events"),
        other.post(f"{url}/feedback", json={"item_ids": [item_id], "kind": "negative"}),
        other.post(f"{url}/actions", json={"type": "go"}),
        other.post(f"{url}/retry", json={"item_id": item_id}),
    ):
        assert (response.status_code, response.json()["error"]["code"]) == (404, "thread_not_found")
    assert other.get("/v1/threads").json()["data"] == []
    assert owner.get(url).json()["title"] == "mine"
    assert [i["feedback"] for i in items_asc(owner, thread_id)] == [None, None]


def test_run_of_another_thread_is_not_found(new_user):
    user = new_user()
    first, second = new_thread(user)["id"], new_thread(user)["id"]
    run_id = chat(user, first, stream=False).json()["run"]["id"]
    for path in (f"/v1/threads/{second}/runs/{run_id}", f"/v1/threads/{second}/runs/{run_id}/events"):
        response = user.get(path)
        assert (response.status_code, response.json()["error"]["code"]) == (404, "run_not_found")
    assert wait_run(user, first, run_id)["status"] == "completed"


def test_thread_counts_items_and_last_message(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    result = chat(user, thread_id, stream=False).json()
    thread = user.get(f"/v1/threads/{thread_id}").json()
    assert thread["item_count"] == 2
    assert thread["last_message_at"] == result["items"][-1]["created_at"]
    assert thread["active_run_id"] is None
