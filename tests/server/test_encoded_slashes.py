"""An encoded slash (`%2F`) in a path parameter stays inside its segment (server/parley_server/raw_segments.py).

Starlette routes on the percent-decoded path, so before the fix `GET /v1/threads/<id>%2Fitems`
answered the thread's items, and `POST /v1/threads/<id>%2Fruns%2F<run>/cancel` cancelled the run:
an id with a slash reached another operation. Now such an id is looked up as it is, and is not found.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote, unquote

import httpx
from hypothesis import given
from hypothesis import strategies as st
from parley_server.raw_segments import segmented_path

from .threads_support import new_thread, start_run, wait_run


def test_an_encoded_slash_does_not_reach_another_operation(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    thread_id = new_thread(user)["id"]
    for spelling in ("%2F", "%2f"):
        response = user.get(f"/v1/threads/{thread_id}{spelling}items")
        assert response.status_code == 404, response.text
        error = response.json()["error"]
        assert (error["code"], error["param"]) == ("thread_not_found", "thread_id")
        assert f"'{thread_id}/items'" in error["message"]


def test_a_cancel_through_an_encoded_slash_cancels_nothing(new_user: Callable[[], httpx.Client]) -> None:
    user = new_user()
    thread_id = new_thread(user)["id"]
    run_id = start_run(user, thread_id, "word " * 400)  # about a second of tokens at 2 ms each
    response = user.post(f"/v1/threads/{thread_id}%2Fruns%2F{run_id}/cancel")
    assert response.status_code == 404, response.text
    assert response.json()["error"]["code"] == "thread_not_found"
    assert wait_run(user, thread_id, run_id)["status"] == "completed"


def test_a_model_id_with_a_slash_is_found_either_way(admin: httpx.Client) -> None:
    for path in ("/v1/models/openrouter%2Fauto", "/v1/models/openrouter/auto"):
        response = admin.get(path)
        assert response.status_code == 200, response.text
        assert response.json()["id"] == "openrouter/auto"


def test_a_percent_sign_and_an_encoded_percent_keep_their_meaning(admin: httpx.Client) -> None:
    response = admin.get("/v1/sessions/a%252Fb%2Fc")
    assert response.status_code == 404
    assert "'a%2Fb/c'" in response.json()["error"]["message"]


@given(st.lists(st.text(), min_size=1, max_size=5))
def test_segmented_path_keeps_every_segment_whole(segments: list[str]) -> None:
    routed = segmented_path("/".join(quote(segment, safe="") for segment in segments)).split("/")
    assert [unquote(part) for part in routed] == segments
