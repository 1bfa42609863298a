"""Thread runs through HTTP: streamed and awaited chats, one run at a time, cancel, disconnect, resume."""

from __future__ import annotations

import time

from tests.server.threads_support import (
    chat,
    check_stream,
    items_asc,
    iter_events,
    new_thread,
    parse_sse,
    start_run,
    text_of,
    wait_run,
)

RUN_KEYS = {
    "id",
    "thread_id",
    "kind",
    "status",
    "model",
    "created_at",
    "started_at",
    "ended_at",
    "error",
    "usage",
    "last_event_id",
}


def test_streamed_chat(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    response = chat(user, thread_id, "Hello there, friend", system="Be brief.")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(response.text)
    check_stream(events)
    types = [e["event"] for e in events]
    assert types == [
        "run.created",
        "item.done",
        "item.created",
        "item.delta",
        "item.delta",
        "item.delta",
        "item.done",
        "run.completed",
    ]

    created = events[0]["data"]["run"]
    assert set(created) == RUN_KEYS
    assert (created["status"], created["kind"], created["model"], created["last_event_id"]) == (
        "queued",
        "chat",
        "echo-1",
        "1",
    )
    assert (created["started_at"], created["usage"]) == (None, None)
    user_item = events[1]["data"]["item"]
    assert (user_item["type"], user_item["run_id"], user_item["attachment_ids"]) == ("user_message", None, [])
    assert user_item["content"] == [{"type": "text", "text": "Hello there, friend"}]
    started = events[2]["data"]["item"]
    assert (started["type"], started["status"], started["content"]) == ("assistant_message", "in_progress", [])
    deltas = [e["data"] for e in events if e["event"] == "item.delta"]
    assert {d["item_id"] for d in deltas} == {started["id"]}
    assert "".join(d["delta"]["text"] for d in deltas) == "Hello there, friend"
    done = events[-2]["data"]["item"]
    assert (done["id"], done["status"], text_of(done)) == (started["id"], "completed", "Hello there, friend")
    run = events[-1]["data"]["run"]
    assert (run["status"], run["last_event_id"], run["error"]) == ("completed", "8", None)
    assert run["usage"]["completion_tokens"] == 3
    assert run["usage"]["total_tokens"] == run["usage"]["prompt_tokens"] + 3

    assert items_asc(user, thread_id) == [user_item, done]
    assert user.get(f"/v1/threads/{thread_id}/runs/{run['id']}").json() == run
    replay = parse_sse(user.get(f"/v1/threads/{thread_id}/runs/{run['id']}/events").text)
    assert replay == events


def test_awaited_chat(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    messages = [
        {"role": "system", "content": "Be kind."},
        {
            "role": "user",
            "content": [{"type": "text", "text": "Hi"}, {"type": "image", "image": "https://x.test/a.png"}],
        },
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "Looking"},
                {"type": "tool_call", "tool_call_id": "c1", "tool_name": "look", "args": {"q": 1}},
            ],
        },
        {
            "role": "tool",
            "content": [{"type": "tool_result", "tool_call_id": "c1", "tool_name": "look", "result": {"ok": True}}],
        },
        {"role": "user", "content": "Echo me"},
    ]
    response = user.post(f"/v1/threads/{thread_id}/chat", json={"messages": messages, "stream": False})
    assert response.status_code == 200
    result = response.json()
    assert result["run"]["status"] == "completed"
    kinds = [(i["type"], i["run_id"]) for i in result["items"]]
    run_id = result["run"]["id"]
    assert kinds == [
        ("user_message", None),
        ("assistant_message", None),
        ("tool_call", None),
        ("tool_result", None),
        ("user_message", None),
        ("assistant_message", run_id),
    ]
    assert result["items"][0]["content"][1] == {"type": "image", "image": "https://x.test/a.png"}
    assert result["items"][2] | {"id": None, "created_at": None} == {
        "id": None,
        "thread_id": thread_id,
        "run_id": None,
        "created_at": None,
        "type": "tool_call",
        "feedback": None,
        "tool_call_id": "c1",
        "tool_name": "look",
        "args": {"q": 1},
        "status": "completed",
    }
    assert (result["items"][3]["result"], result["items"][3]["is_error"]) == ({"ok": True}, False)
    assert text_of(result["items"][-1]) == "Echo me"
    assert items_asc(user, thread_id) == result["items"]


def test_one_active_run_per_thread(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    run_id = start_run(user, thread_id, model="lorem-1", max_tokens=5000)
    for response in (
        chat(user, thread_id),
        user.post(f"/v1/threads/{thread_id}/actions", json={"type": "go"}),
    ):
        assert (response.status_code, response.json()["error"]["code"]) == (409, "run_active")
    assert user.get(f"/v1/threads/{thread_id}").json()["active_run_id"] == run_id
    assert user.post(f"/v1/threads/{thread_id}/cancel").json()["id"] == run_id
    again = user.post(f"/v1/threads/{thread_id}/cancel")
    assert (again.status_code, again.json()["error"]["code"]) == (409, "no_active_run")
    assert chat(user, thread_id, stream=False).json()["run"]["status"] == "completed"


def test_unknown_and_unavailable_models(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    for model, status, code in (("no-such-model", 404, "model_not_found"), ("gpt-4o", 422, "upstream_not_configured")):
        response = chat(user, thread_id, model=model)
        assert response.status_code == status
        assert (response.json()["error"]["code"], response.json()["error"]["param"]) == (code, "model")
    assert user.get(f"/v1/threads/{thread_id}").json()["item_count"] == 0


def test_cancel_stops_a_streaming_run_within_100_ms(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    payload = {"messages": [{"role": "user", "content": "go"}], "model": "lorem-1", "max_tokens": 5000}
    with user.stream("POST", f"/v1/threads/{thread_id}/chat", json=payload) as response:
        stream = iter_events(response.iter_lines())
        events = []
        for event in stream:
            events.append(event)
            if event["event"] == "item.delta" and len(events) >= 20:
                break
        cancelled = user.post(f"/v1/threads/{thread_id}/cancel")
        answered = time.monotonic()
        events.extend(stream)
        ended = time.monotonic()
    assert ended - answered < 0.1
    assert cancelled.status_code == 200
    run = cancelled.json()
    assert (run["status"], run["error"]) == ("cancelled", None)
    check_stream(events)
    assert [e["event"] for e in events[-2:]] == ["item.done", "run.cancelled"]
    assert events[-1]["data"]["run"] == run
    assert run["last_event_id"] == str(events[-1]["id"])
    partial = events[-2]["data"]["item"]
    deltas = "".join(e["data"]["delta"]["text"] for e in events if e["event"] == "item.delta")
    assert (partial["status"], text_of(partial)) == ("incomplete", deltas)
    assert run["usage"]["completion_tokens"] == sum(e["event"] == "item.delta" for e in events) < 5000

    time.sleep(0.2)  # nothing is written after the cancel answer
    assert user.get(f"/v1/threads/{thread_id}/runs/{run['id']}").json() == run
    assert items_asc(user, thread_id)[-1] == partial
    assert parse_sse(user.get(f"/v1/threads/{thread_id}/runs/{run['id']}/events").text) == events


def test_closing_the_stream_does_not_stop_the_run(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    run_id = start_run(user, thread_id, model="lorem-1", max_tokens=150)
    run = wait_run(user, thread_id, run_id)
    assert run["status"] == "completed"
    assert run["usage"]["completion_tokens"] == 150
    answer = items_asc(user, thread_id)[-1]
    assert (answer["run_id"], answer["status"], len(text_of(answer).split())) == (run_id, "completed", 150)


def test_items_show_a_run_in_progress(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    run_id = start_run(user, thread_id, model="lorem-1", max_tokens=5000)
    time.sleep(0.1)
    newest = user.get(f"/v1/threads/{thread_id}/items", params={"limit": 1}).json()["data"][0]
    assert (newest["run_id"], newest["status"]) == (run_id, "in_progress")
    assert text_of(newest).startswith("Lorem ipsum")
    progress = user.get(f"/v1/threads/{thread_id}/runs/{run_id}").json()
    assert progress["status"] == "in_progress"
    assert progress["usage"]["completion_tokens"] > 0
    user.post(f"/v1/threads/{thread_id}/cancel")


def test_resume_after_a_dropped_connection(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    payload = {"messages": [{"role": "user", "content": "go"}], "model": "lorem-1", "max_tokens": 120}
    with user.stream("POST", f"/v1/threads/{thread_id}/chat", json=payload) as response:
        seen = []
        for event in iter_events(response.iter_lines()):
            seen.append(event)
            if event["id"] == 10:
                break
    run_id = seen[0]["data"]["run_id"]
    url = f"/v1/threads/{thread_id}/runs/{run_id}/events"

    resumed = parse_sse(user.get(url, headers={"Last-Event-ID": "10"}).text)
    check_stream(resumed, first_id=11)
    assert resumed[-1]["event"] == "run.completed"
    whole = seen + resumed
    check_stream(whole)
    text = "".join(e["data"]["delta"]["text"] for e in whole if e["event"] == "item.delta")
    assert text_of(whole[-2]["data"]["item"]) == text
    assert len(text.split()) == 120

    # after the run has finished: the same frames again, from any point; the header wins over `after`
    assert parse_sse(user.get(url).text) == whole
    assert parse_sse(user.get(url, params={"after": 50}).text) == whole[50:]
    assert parse_sse(user.get(url, params={"after": 3}, headers={"Last-Event-ID": "100"}).text) == whole[100:]
    assert user.get(url, headers={"Last-Event-ID": str(len(whole))}).text == ""
    assert user.get(url, headers={"Last-Event-ID": "99999999999999999999"}).text == ""


def test_a_second_follower_gets_the_same_events(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    payload = {"messages": [{"role": "user", "content": "go"}], "model": "lorem-1", "max_tokens": 60}
    with user.stream("POST", f"/v1/threads/{thread_id}/chat", json=payload) as response:
        stream = iter_events(response.iter_lines())
        first = next(stream)
        follower = user.get(f"/v1/threads/{thread_id}/runs/{first['data']['run_id']}/events")
        own = [first, *stream]
    check_stream(own)
    assert parse_sse(follower.text) == own


def test_delete_during_a_run_ends_its_stream(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    payload = {"messages": [{"role": "user", "content": "go"}], "model": "lorem-1", "max_tokens": 5000}
    with user.stream("POST", f"/v1/threads/{thread_id}/chat", json=payload) as response:
        stream = iter_events(response.iter_lines())
        events = [next(stream) for _ in range(5)]
        assert user.delete(f"/v1/threads/{thread_id}").status_code == 200
        events.extend(stream)
    check_stream(events)
    assert [e["event"] for e in events[-2:]] == ["item.done", "run.cancelled"]
    run_id = events[0]["data"]["run_id"]
    assert user.get(f"/v1/threads/{thread_id}/runs/{run_id}").status_code == 404
