"""Pages: `.data`, `.has_more`, their own fields, lazy iteration over every following page, and
servers whose pages go round in circles (sync and async: the `flavour` fixture)."""

from __future__ import annotations

import asyncio
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from parley import APIError, AsyncPage, AsyncPaginator

from tests.live_server import LiveServer

from .conftest import THREAD, Recorder, mock_async_client
from .flavours import Flavour, unwrap

N = 23


def thread(i: int) -> dict[str, Any]:
    return THREAD | {"id": f"thr_{i:03d}"}


def session(i: int) -> dict[str, Any]:
    return {
        "id": f"sess_{i:03d}", "user_id": "u", "organization_id": None, "title": None, "model": None,
        "agent_type": None, "created_at": "2026-11-22T09:30:00Z", "updated_at": "2026-11-22T09:30:00Z",
        "last_message_at": None, "message_count": 0, "tokens_in": 0, "tokens_out": 0, "tokens_total": 0,
        "metadata": {}, "archived": False,
    }  # fmt: skip


def entry(i: int) -> dict[str, Any]:
    return {
        "id": f"aud_{i:03d}", "timestamp": "2026-11-22T09:30:00Z", "user_id": None, "org_id": None,
        "action": "api_key.create", "resource": None, "resource_id": None, "metadata": {}, "request_id": None,
    }  # fmt: skip


def cursor_server(request: httpx.Request) -> httpx.Response:
    limit = int(request.url.params.get("limit", "20"))
    after = request.url.params.get("after")
    start = 0 if after is None else int(after.removeprefix("thr_")) + 1
    data = [thread(i) for i in range(start, min(start + limit, N))]
    return httpx.Response(
        200, json={"data": data, "has_more": start + limit < N, "after": data[-1]["id"] if data else None}
    )


def page_number_server(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params.get("page", "1"))
    size = int(request.url.params.get("page_size", "20"))
    start = (page - 1) * size
    sessions = [session(i) for i in range(start, min(start + size, N))]
    return httpx.Response(
        200,
        json={"sessions": sessions, "total": N, "page": page, "page_size": size, "has_more": start + len(sessions) < N},
    )


def offset_server(request: httpx.Request) -> httpx.Response:
    limit = int(request.url.params.get("limit", "50"))
    offset = int(request.url.params.get("offset", "0"))
    entries = [entry(i) for i in range(offset, min(offset + limit, N))]
    return httpx.Response(
        200,
        json={"entries": entries, "total": N, "limit": limit, "offset": offset, "has_more": offset + len(entries) < N},
    )


def test_cursor_pages_visit_every_item_once_lazily(flavour: Flavour) -> None:
    recorder = Recorder(cursor_server)
    page = flavour.client(recorder).threads.list(limit=10)
    assert isinstance(unwrap(page), flavour.Page) and len(page.data) == 10 and page.has_more
    assert page.after == "thr_009" and recorder.count == 1
    seen = []
    for item in page:
        seen.append(item.id)
        if len(seen) == 10:
            assert recorder.count == 1  # the second page is fetched only when the loop reaches it
        if len(seen) == 11:
            assert recorder.count == 2
    assert seen == [f"thr_{i:03d}" for i in range(N)]
    assert recorder.count == 3
    assert [r.url.params.get("after") for r in recorder.requests] == [None, "thr_009", "thr_019"]
    assert {r.url.params["limit"] for r in recorder.requests} == {"10"}


def test_page_number_pages(flavour: Flavour) -> None:
    recorder = Recorder(page_number_server)
    page = flavour.client(recorder).sessions.list("u", page_size=5)
    assert (page.total, page.page, page.page_size, page.has_more) == (N, 1, 5, True)
    assert page.data == page.sessions and len(page) == 5
    assert [s.id for s in page] == [f"sess_{i:03d}" for i in range(N)]
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2", "3", "4", "5"]
    assert {r.url.params["user_id"] for r in recorder.requests} == {"u"}


def test_offset_pages(flavour: Flavour) -> None:
    recorder = Recorder(offset_server)
    page = flavour.client(recorder).admin.audit_log.list(limit=10, action="api_key.create")
    assert (page.total, page.offset, page.limit) == (N, 0, 10) and page.data == page.entries
    assert [e.id for e in page] == [f"aud_{i:03d}" for i in range(N)]
    assert [r.url.params["offset"] for r in recorder.requests] == ["0", "10", "20"]
    assert {r.url.params["action"] for r in recorder.requests} == {"api_key.create"}


def test_iter_pages_and_next_page(flavour: Flavour) -> None:
    recorder = Recorder(cursor_server)
    first = flavour.client(recorder).threads.list(limit=20)
    assert first.has_next_page() and first.next_page_args() == {"limit": 20, "after": "thr_019"}
    second = first.get_next_page()
    assert [t.id for t in second.data] == ["thr_020", "thr_021", "thr_022"]
    assert not second.has_more and not second.has_next_page() and second.next_page_args() is None
    with pytest.raises(LookupError):
        second.get_next_page()
    assert [len(p.data) for p in first.iter_pages()] == [20, 3]
    assert [len(p.data) for p in first.iter_pages()] == [20, 3]  # walking again fetches again: no circle
    assert len(list(first)) == N
    assert repr(second) == f"{flavour.Page.__name__}(3 Thread, has_more=False)"


def test_a_server_that_repeats_its_page_raises_rather_than_loop(flavour: Flavour) -> None:
    def stuck(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [thread(1)], "has_more": True, "after": "thr_001"})

    recorder = Recorder(stuck)
    seen = []
    with pytest.raises(APIError, match="all seen on earlier pages") as caught:
        for item in flavour.client(recorder).threads.list():
            seen.append(item.id)
    assert seen == ["thr_001"] and recorder.count == 2
    assert caught.value.request.url.params["after"] == "thr_001"


def test_a_page_number_server_that_ignores_the_page_raises(flavour: Flavour) -> None:
    def first_page_only(request: httpx.Request) -> httpx.Response:
        sessions = [session(i) for i in range(2)]
        return httpx.Response(200, json={"sessions": sessions, "total": 9, "page": 1, "page_size": 2, "has_more": True})

    recorder = Recorder(first_page_only)
    with pytest.raises(APIError, match="round in circles"):
        list(flavour.client(recorder).sessions.list())
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2"]


@pytest.mark.parametrize(
    "empty_page",
    [
        lambda n: {"data": [], "has_more": True, "after": f"cursor_{n}"},  # a new cursor each time: walked forever
        lambda n: {"data": [], "has_more": True, "after": None},
        lambda n: {"sessions": [], "total": 40, "page": n + 1, "page_size": 20, "has_more": True},  # ended silently
        lambda n: {"entries": [], "total": 40, "offset": 0, "limit": 20, "has_more": True},
    ],
    ids=["cursor-new-each-time", "cursor-none", "page-numbers", "offsets"],
)
def test_an_empty_page_that_says_more_follow_raises_rather_than_walk_forever_or_end(
    flavour: Flavour, empty_page: Any
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        assert len(recorder.requests) <= 10, "the pager walked on through empty pages"
        return httpx.Response(200, json=empty_page(len(recorder.requests)))

    recorder = Recorder(answer)
    client = flavour.client(recorder)
    lists = {
        "data": (client.threads.list, {"limit": 5}),
        "sessions": (client.sessions.list, {"page_size": 5}),
        "entries": (client.admin.audit_log.list, {"limit": 5}),
    }
    ((listed, sized),) = (lists[key] for key in empty_page(0) if key in lists)
    with pytest.raises(APIError, match=r"^The list cannot go on: the server answered the first page with no items "):
        list(listed())
    page = listed(**sized)
    assert page.data == [] and page.has_next_page()
    with pytest.raises(APIError, match=r"answered the page \{'(limit|page_size)': 5\} with no items but has_more=true"):
        page.get_next_page()
    assert recorder.count == 2


def test_an_empty_list(flavour: Flavour) -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"data": [], "has_more": False, "after": None}))
    page = flavour.client(recorder).threads.list()
    assert list(page) == [] and page.data == [] and not page.has_more
    assert repr(page) == f"{flavour.Page.__name__}(0 item, has_more=False)"


def test_single_piece_lists_are_pages_too(flavour: Flavour) -> None:
    models = {"object": "list", "data": [{
        "id": "echo-1", "object": "model", "created": 1, "owned_by": "parley", "provider": "parley",
        "context_length": 8192, "capabilities": ["chat"], "description": None, "available": True,
    }]}  # fmt: skip
    recorder = Recorder(lambda r: httpx.Response(200, json=models))
    page = flavour.client(recorder).models.list()
    assert [m.id for m in page] == ["echo-1"] and page.object == "list" and not page.has_next_page()


def test_an_async_paginator_fetches_nothing_before_it_is_awaited_or_iterated() -> None:
    recorder = Recorder(cursor_server)

    async def main() -> tuple[list[str], list[int]]:
        client = mock_async_client(recorder)
        paginator = client.threads.list(limit=10)
        assert isinstance(paginator, AsyncPaginator) and recorder.count == 0
        ids: list[str] = []
        counts: list[int] = []
        async for item in paginator:
            ids.append(item.id)
            counts.append(recorder.count)
        page = await client.threads.list(limit=20)
        assert isinstance(page, AsyncPage) and len(page.data) == 20
        return ids, counts

    ids, counts = asyncio.run(main())
    assert ids == [f"thr_{i:03d}" for i in range(N)]
    assert counts == [1] * 10 + [2] * 10 + [3] * 3


# -- a server whose cursor repeats (bug: auto-pagination yielded t4, t3, t4, t3 and stopped silently) --


class RepeatingServer(LiveServer):
    """The reference server behind `repeating_server.py` (an ASGI wrapper that breaks the thread cursor)."""

    def __init__(self, db_path: Path, mode: str) -> None:
        super().__init__(db_path)
        self.mode = mode

    def command(self) -> list[str]:
        script = str(Path(__file__).with_name("repeating_server.py"))
        return [sys.executable, script, "--mode", self.mode, "--port", str(self.port), "--db", str(self.db_path)]


@pytest.fixture(scope="module", params=["same_page", "stale_cursor"])
def repeating(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RepeatingServer]:
    server = RepeatingServer(tmp_path_factory.mktemp("repeating") / "parley.db", request.param).start()
    try:
        yield server
    finally:
        server.stop()


def test_a_repeated_cursor_or_a_page_already_seen_raises_a_parley_error(
    flavour: Flavour, repeating: RepeatingServer
) -> None:
    client = flavour.client(base_url=repeating.base_url, api_key=repeating.new_key(f"u_{uuid.uuid4().hex[:8]}"))
    created = [client.threads.create(title=f"t{i}").id for i in range(6)]
    seen: list[str] = []
    expected = "repeated a cursor" if repeating.mode == "stale_cursor" else "all seen on earlier pages"
    with pytest.raises(APIError, match=expected) as caught:
        for thread in client.threads.list(limit=2):
            seen.append(thread.id)
    newest_first = created[::-1]
    assert seen == newest_first[: len(seen)] and len(set(seen)) == len(seen)  # nothing twice
    assert len(seen) == (4 if repeating.mode == "stale_cursor" else 2)
    assert "/v1/threads" in str(caught.value)
