"""One client shared by many threads (sync) or tasks (async), against the reference server.

Each worker creates its own thread, streams a chat on it and reads its items, all at once through
one `Parley` (16 OS threads) or one `AsyncParley` (32 tasks on one loop): every worker must get
exactly its own run's events, in order, and its own items; no request may be sent twice (each
create has its own `Idempotency-Key`). One stream read by two consumers at once is refused.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from parley import AsyncParley, Parley, ParleyError

from tests.live_server import LiveServer

WORKERS_SYNC = 16
WORKERS_ASYNC = 32


def check_worker(index: int, thread_id: str, events: list[Any], texts: list[str]) -> None:
    assert [event.sequence for event in events] == list(range(1, len(events) + 1)), index
    assert {event.run_id for event in events} == {events[0].run_id}
    assert events[-1].type == "run.completed"
    assert f"worker {index} says hi" in texts[0], (index, texts)


def test_one_sync_client_shared_by_threads(live_server: LiveServer) -> None:
    key = live_server.new_key("user_concurrent_sync")
    start = threading.Barrier(WORKERS_SYNC)
    with Parley(base_url=live_server.base_url, api_key=key, max_retries=0) as client:

        def work(index: int) -> tuple[str, list[Any], list[str]]:
            start.wait()
            thread = client.threads.create(title=f"worker {index}")
            events = list(client.threads(thread.id).chat(f"worker {index} says hi", model="echo-1"))
            items = client.threads(thread.id).items.list(order="asc")
            return thread.id, events, [item.content[0].text for item in items if item.type == "user_message"]

        with ThreadPoolExecutor(WORKERS_SYNC) as pool:
            results = list(pool.map(work, range(WORKERS_SYNC)))
        for index, (thread_id, events, texts) in enumerate(results):
            check_worker(index, thread_id, events, texts)
        titles = [thread.title for thread in client.threads.list(limit=100)]
        assert sorted(titles) == sorted(f"worker {index}" for index in range(WORKERS_SYNC))


def test_one_async_client_shared_by_tasks(live_server: LiveServer) -> None:
    key = live_server.new_key("user_concurrent_async")

    async def main() -> None:
        async with AsyncParley(base_url=live_server.base_url, api_key=key, max_retries=0) as client:

            async def work(index: int) -> tuple[str, list[Any], list[str]]:
                thread = await client.threads.create(title=f"worker {index}")
                stream = await client.threads(thread.id).chat(f"worker {index} says hi", model="echo-1")
                events = [event async for event in stream]
                items = await client.threads(thread.id).items.list(order="asc")
                return thread.id, events, [item.content[0].text for item in items.data if item.type == "user_message"]

            results = await asyncio.gather(*(work(index) for index in range(WORKERS_ASYNC)))
            for index, (thread_id, events, texts) in enumerate(results):
                check_worker(index, thread_id, events, texts)
            titles = [thread.title async for thread in client.threads.list(limit=100)]
            assert sorted(titles) == sorted(f"worker {index}" for index in range(WORKERS_ASYNC))

    asyncio.run(main())


def test_one_async_stream_read_by_two_tasks_at_once_is_refused(live_server: LiveServer) -> None:
    key = live_server.new_key("user_concurrent_reader")

    async def main() -> None:
        async with AsyncParley(base_url=live_server.base_url, api_key=key, max_retries=0) as client:
            thread = await client.threads.create(title="two readers")
            stream = await client.threads(thread.id).chat("hi", model="echo-1")
            first = stream.__aiter__()
            await anext(first)  # the first reader is mid-way

            with pytest.raises(ParleyError, match="already being iterated"):
                async for _ in stream:
                    pass
            rest = [event async for event in first]
            assert rest[-1].type == "run.completed"

    asyncio.run(main())
