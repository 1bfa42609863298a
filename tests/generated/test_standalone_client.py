"""The generated client works on its own, as its users import it, against the reference server.

No overlay here: `parley_client.AuthenticatedClient` and the generated operation modules, `sync`,
`sync_detailed` and `asyncio`, against a real server process on a loopback port. A create with a
body, a get, a list, an update, a documented error (answered, not raised, as the generator does)
and a completion; each answer is checked for its content, not only its type.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from parley_client import AuthenticatedClient
from parley_client.api.completions import create_chat_completion
from parley_client.api.models import list_models
from parley_client.api.threads import create_thread, get_thread, list_threads, update_thread
from parley_client.models import (
    ChatCompletion,
    ChatCompletionRequest,
    ErrorResponse,
    Metadata,
    Thread,
    ThreadCreateRequest,
    ThreadList,
    ThreadUpdateRequest,
)

from tests.live_server import LiveServer


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path_factory.mktemp("standalone") / "parley.db").start()
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture
def client(server: LiveServer) -> Iterator[AuthenticatedClient]:
    key = server.new_key(f"user_{uuid.uuid4().hex[:12]}")
    with AuthenticatedClient(base_url=server.base_url, token=key, raise_on_unexpected_status=True) as authenticated:
        yield authenticated


def recent(moment: datetime) -> bool:
    return abs(datetime.now(timezone.utc) - moment) < timedelta(minutes=5)


def test_create_get_list_update_and_a_documented_error_with_sync(client: AuthenticatedClient) -> None:
    metadata = Metadata.from_dict({"ticket": "T-1"})
    created = create_thread.sync(client=client, body=ThreadCreateRequest(title="Refund", metadata=metadata))
    assert isinstance(created, Thread)
    assert (created.title, created.status, created.metadata["ticket"], created.item_count) == (
        "Refund",
        "active",
        "T-1",
        0,
    )
    assert created.id.startswith("thr_") and recent(created.created_at) and created.created_at.tzinfo is not None

    detailed = get_thread.sync_detailed(created.id, client=client)
    assert detailed.status_code == 200 and detailed.headers["x-request-id"]
    assert isinstance(detailed.parsed, Thread) and detailed.parsed == created

    listed = list_threads.sync(client=client, limit=10)
    assert isinstance(listed, ThreadList)
    assert [thread.id for thread in listed.data] == [created.id] and listed.has_more is False

    updated = update_thread.sync(created.id, client=client, body=ThreadUpdateRequest(title="Refund #2"))
    assert isinstance(updated, Thread) and (updated.id, updated.title) == (created.id, "Refund #2")

    missing = get_thread.sync_detailed("thr_missing", client=client)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, ErrorResponse)
    assert missing.parsed.error.type == "not_found_error" and missing.parsed.error.code == "thread_not_found"
    assert missing.parsed.error.request_id == missing.headers["x-request-id"]


def test_the_same_with_asyncio(client: AuthenticatedClient) -> None:
    async def scenario() -> None:
        created = await create_thread.asyncio(client=client, body=ThreadCreateRequest(title="Async"))
        assert isinstance(created, Thread) and created.title == "Async"
        fetched = await get_thread.asyncio(created.id, client=client)
        assert fetched == created
        detailed = await list_threads.asyncio_detailed(client=client)
        assert detailed.status_code == 200 and isinstance(detailed.parsed, ThreadList)
        assert [thread.id for thread in detailed.parsed.data] == [created.id]
        missing = await get_thread.asyncio("thr_missing", client=client)
        assert isinstance(missing, ErrorResponse) and missing.error.type == "not_found_error"

    asyncio.run(scenario())


def test_models_and_a_completion(client: AuthenticatedClient) -> None:
    catalogue = list_models.sync(client=client)
    assert catalogue is not None and not isinstance(catalogue, ErrorResponse)
    assert catalogue.object == "list" and "echo-1" in [model.id for model in catalogue.data]
    request = ChatCompletionRequest.from_dict(
        {"model": "echo-1", "messages": [{"role": "user", "content": "Hello there"}]}
    )
    completion = create_chat_completion.sync(client=client, body=request)
    assert isinstance(completion, ChatCompletion)
    assert completion.object == "chat.completion" and completion.model == "echo-1"
    assert completion.choices[0].message.role == "assistant" and "Hello there" in str(completion.choices[0].message.content)
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens


def test_the_generated_package_is_the_one_under_test(root: Path) -> None:
    import parley_client

    assert Path(parley_client.__file__).resolve().is_relative_to(root / "generated" / "parley_client")
