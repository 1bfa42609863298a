"""Thread features through HTTP: tool calls, feedback, actions, retry, attachments, idempotent chats."""

from __future__ import annotations

import json

from tests.server.threads_support import chat, check_stream, items_asc, new_thread, parse_sse, text_of

WEATHER = {
    "get_weather": {
        "description": "The weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    }
}


def test_tool_call_round_trip(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    response = chat(user, thread_id, "What is the weather in Paris?", model="tools-1", tools=WEATHER)
    events = parse_sse(response.text)
    check_stream(events)
    assert [e["event"] for e in events] == [
        "run.created",
        "item.done",
        "progress.update",
        "item.created",
        *["item.delta"] * (len(events) - 6),
        "item.done",
        "run.completed",
    ]
    assert events[2]["data"]["text"] == "Calling get_weather..."
    started, call = events[3]["data"]["item"], events[-2]["data"]["item"]
    assert (started["type"], started["status"], started["args"]) == ("tool_call", "in_progress", {})
    assert (call["id"], call["status"], call["tool_name"]) == (started["id"], "completed", "get_weather")
    assert call["tool_call_id"].startswith("call_")
    assert set(call["args"]) == {"city"}
    deltas = [e["data"]["delta"] for e in events if e["event"] == "item.delta"]
    assert all(d["type"] == "tool_call_args" and d["tool_call_id"] == call["tool_call_id"] for d in deltas)
    assert json.loads("".join(d["args_text"] for d in deltas)) == call["args"]

    result = {
        "role": "tool",
        "content": [
            {
                "type": "tool_result",
                "tool_call_id": call["tool_call_id"],
                "tool_name": "get_weather",
                "result": "sunny, 21 C",
            }
        ],
    }
    answer = user.post(
        f"/v1/threads/{thread_id}/chat",
        json={"messages": [result], "model": "tools-1", "tools": WEATHER, "stream": False},
    ).json()
    assert [i["type"] for i in answer["items"]] == ["tool_result", "assistant_message"]
    assert text_of(answer["items"][1]) == "The tool get_weather returned: sunny, 21 C"
    assert [i["type"] for i in items_asc(user, thread_id)] == [
        "user_message",
        "tool_call",
        "tool_result",
        "assistant_message",
    ]


def test_feedback(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    user_item, answer = chat(user, thread_id, stream=False).json()["items"]
    url = f"/v1/threads/{thread_id}/feedback"

    created = user.post(url, json={"item_ids": [answer["id"]], "kind": "positive", "comment": "Quick."})
    assert created.status_code == 201
    body = created.json()
    assert body["id"].startswith("fb_")
    assert body | {"id": None, "created_at": None} == {
        "id": None,
        "thread_id": thread_id,
        "item_ids": [answer["id"]],
        "kind": "positive",
        "comment": "Quick.",
        "created_at": None,
    }
    assert [i["feedback"] for i in items_asc(user, thread_id)] == [None, "positive"]

    newer = user.post(url, json={"item_ids": [answer["id"], user_item["id"]], "kind": "negative"}).json()
    assert newer["comment"] is None
    assert [i["feedback"] for i in items_asc(user, thread_id)] == ["negative", "negative"]

    missing = user.post(url, json={"item_ids": [user_item["id"], "item_nope"], "kind": "positive"})
    assert missing.status_code == 404
    assert (missing.json()["error"]["code"], missing.json()["error"]["param"]) == ("item_not_found", "item_ids.1")
    assert [i["feedback"] for i in items_asc(user, thread_id)] == ["negative", "negative"]


def test_action(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    answer = chat(user, thread_id, stream=False).json()["items"][1]
    url = f"/v1/threads/{thread_id}/actions"
    body = {"type": "approve_refund", "payload": {"order_id": "4417"}, "item_id": answer["id"], "stream": False}
    result = user.post(url, json=body).json()
    assert result["run"]["kind"] == "action"
    action, reply = result["items"]
    assert (action["type"], action["run_id"], action["action_type"]) == ("action", None, "approve_refund")
    assert (action["payload"], action["source_item_id"]) == ({"order_id": "4417"}, answer["id"])
    assert (reply["run_id"], reply["status"]) == (result["run"]["id"], "completed")
    assert text_of(reply) == '[action approve_refund] {"order_id": "4417"}'

    streamed = parse_sse(user.post(url, json={"type": "ping"}).text)
    check_stream(streamed)
    assert [e["event"] for e in streamed[:3]] == ["run.created", "item.done", "item.created"]
    assert streamed[1]["data"]["item"] | {"id": None, "created_at": None} == {
        "id": None,
        "thread_id": thread_id,
        "run_id": None,
        "created_at": None,
        "type": "action",
        "feedback": None,
        "action_type": "ping",
        "payload": {},
        "source_item_id": None,
    }
    assert streamed[-1]["event"] == "run.completed"

    unknown = user.post(url, json={"type": "ping", "item_id": "item_nope"})
    assert (unknown.status_code, unknown.json()["error"]["code"]) == (404, "item_not_found")
    assert len(items_asc(user, thread_id)) == 6


def test_retry(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    first = chat(user, thread_id, "first", stream=False).json()["items"]
    chat(user, thread_id, "second", stream=False)
    url = f"/v1/threads/{thread_id}/retry"

    not_user = user.post(url, json={"item_id": first[1]["id"]})
    assert (not_user.status_code, not_user.json()["error"]["code"]) == (409, "not_a_user_message")
    unknown = user.post(url, json={"item_id": "item_nope"})
    assert (unknown.status_code, unknown.json()["error"]["code"]) == (404, "item_not_found")
    bad_model = user.post(url, json={"item_id": first[0]["id"], "model": "nope"})
    assert (bad_model.status_code, bad_model.json()["error"]["code"]) == (404, "model_not_found")
    assert len(items_asc(user, thread_id)) == 4  # every check happens before anything is deleted

    result = user.post(url, json={"item_id": first[0]["id"], "stream": False}).json()
    assert result["run"]["kind"] == "retry"
    assert [(i["type"], i["run_id"], text_of(i)) for i in result["items"]] == [
        ("assistant_message", result["run"]["id"], "first")
    ]
    assert items_asc(user, thread_id) == [first[0], result["items"][0]]

    streamed = parse_sse(user.post(url, json={"item_id": first[0]["id"]}).text)
    check_stream(streamed)
    assert [e["event"] for e in streamed[:2]] == ["run.created", "item.created"]
    assert [i["id"] for i in items_asc(user, thread_id)] == [first[0]["id"], streamed[1]["data"]["item"]["id"]]


def test_attachments_must_be_the_callers(new_user):
    owner, other = new_user(), new_user()
    thread_id = new_thread(owner)["id"]
    mine = owner.post("/v1/attachments", files={"file": ("a.txt", b"hi", "text/plain")}).json()["id"]
    theirs = other.post("/v1/attachments", files={"file": ("b.txt", b"yo", "text/plain")}).json()["id"]
    message = {"role": "user", "content": "see file", "attachment_ids": [mine, theirs]}
    refused = owner.post(f"/v1/threads/{thread_id}/chat", json={"messages": [message]})
    assert refused.status_code == 404
    assert (refused.json()["error"]["code"], refused.json()["error"]["param"]) == (
        "attachment_not_found",
        "messages.0.attachment_ids.1",
    )
    assert owner.get(f"/v1/threads/{thread_id}").json()["item_count"] == 0

    message["attachment_ids"] = [mine]
    result = owner.post(f"/v1/threads/{thread_id}/chat", json={"messages": [message], "stream": False}).json()
    assert result["items"][0]["attachment_ids"] == [mine]


def test_idempotent_chat_starts_one_run(new_user):
    user = new_user()
    thread_id = new_thread(user)["id"]
    url = f"/v1/threads/{thread_id}/chat"
    body = {"messages": [{"role": "user", "content": "once"}], "stream": False}
    headers = {"Idempotency-Key": "chat-once"}
    first = user.post(url, json=body, headers=headers)
    again = user.post(url, json=body, headers=headers)
    assert again.status_code == 200
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert len(items_asc(user, thread_id)) == 2

    streamed_body = {"messages": [{"role": "user", "content": "twice"}]}
    streamed = parse_sse(user.post(url, json=streamed_body, headers={"Idempotency-Key": "chat-stream"}).text)
    replayed = user.post(url, json=streamed_body, headers={"Idempotency-Key": "chat-stream"})
    assert replayed.headers["Idempotent-Replayed"] == "true"
    assert parse_sse(replayed.text) == streamed
    assert len(items_asc(user, thread_id)) == 4

    reused = user.post(url, json=body | {"model": "lorem-1"}, headers=headers)
    assert (reused.status_code, reused.json()["error"]["code"]) == (409, "idempotency_key_reused")
