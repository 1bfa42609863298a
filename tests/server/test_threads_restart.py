"""Threads survive restarts; a crash in the middle of a run leaves it failed, with every stored item intact."""

from __future__ import annotations

import signal

from tests.server.threads_support import chat, check_stream, items_asc, iter_events, new_thread, parse_sse, text_of


def test_restart_keeps_threads_items_and_runs(make_server):
    live = make_server()
    with live.client() as client:
        thread = new_thread(client, title="kept")
        result = chat(client, thread["id"], "remember me", stream=False).json()
        events = parse_sse(client.get(f"/v1/threads/{thread['id']}/runs/{result['run']['id']}/events").text)
    live.stop()

    again = make_server(db_path=live.db_path, admin_key=live.admin_key)
    with again.client() as client:
        assert client.get(f"/v1/threads/{thread['id']}").json()["title"] == "kept"
        assert items_asc(client, thread["id"]) == result["items"]
        assert client.get(f"/v1/threads/{thread['id']}/runs/{result['run']['id']}").json() == result["run"]
        assert parse_sse(client.get(f"/v1/threads/{thread['id']}/runs/{result['run']['id']}/events").text) == events
        assert chat(client, thread["id"], "still here", stream=False).json()["run"]["status"] == "completed"


def test_crash_mid_run_leaves_it_failed(make_server):
    live = make_server(token_delay=0.005)
    with live.client() as client:
        thread_id = new_thread(client)["id"]
        payload = {"messages": [{"role": "user", "content": "go"}], "model": "lorem-1", "max_tokens": 5000}
        with client.stream("POST", f"/v1/threads/{thread_id}/chat", json=payload) as response:
            stream = iter_events(response.iter_lines())
            seen = [next(stream) for _ in range(30)]
            live.stop(signal.SIGKILL)
    run_id = seen[0]["data"]["run_id"]

    again = make_server(db_path=live.db_path, admin_key=live.admin_key)
    with again.client() as client:
        run = client.get(f"/v1/threads/{thread_id}/runs/{run_id}").json()
        assert run["status"] == "failed"
        assert (run["error"]["code"], run["error"]["type"]) == ("server_restarted", "api_error")
        assert run["ended_at"] is not None
        assert client.get(f"/v1/threads/{thread_id}").json()["active_run_id"] is None

        events = parse_sse(client.get(f"/v1/threads/{thread_id}/runs/{run_id}/events").text)
        check_stream(events)
        assert events[:30] == seen  # nothing the client saw was lost
        assert [e["event"] for e in events[-2:]] == ["item.done", "run.failed"]
        assert events[-1]["data"]["error"] == run["error"]
        assert events[-1]["data"]["run"] == run
        deltas = "".join(e["data"]["delta"]["text"] for e in events if e["event"] == "item.delta")
        user_item, answer = items_asc(client, thread_id)
        assert user_item == seen[1]["data"]["item"]
        assert (answer["status"], text_of(answer)) == ("incomplete", deltas)
        assert events[-2]["data"]["item"] == answer
        assert run["usage"]["completion_tokens"] == sum(e["event"] == "item.delta" for e in events)

        assert chat(client, thread_id, "after the crash", stream=False).json()["run"]["status"] == "completed"
