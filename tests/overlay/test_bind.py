"""Methods bound from the generated typed calls (`parley._bind`), in both flavours.

What a caller sees of a bound method: its name, docstring and signature (the call's arguments,
with `self`, answering the model or the page class); a handle fills its path arguments itself;
a misspelt keyword is a `TypeError` naming it, and nothing is sent (before this, `**options`
took any keyword and the argument was silently dropped). Paging in each style is
tests/overlay/test_pagination.py's.
"""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
from parley import Parley
from parley.resources.threads import AsyncRunHandle, AsyncThreadHandle, RunHandle, ThreadHandle
from parley.resources.workspaces import AsyncWorkspaces, Workspaces

from .conftest import THREAD, Recorder
from .flavours import Flavour, unwrap


def test_a_bound_method_is_named_documented_and_typed_as_written() -> None:
    for cls, answer in ((Workspaces, "Workspace"), (AsyncWorkspaces, "Workspace")):
        method = cls.retrieve
        assert (method.__name__, method.__qualname__) == ("retrieve", f"{cls.__name__}.retrieve")
        assert method.__module__ == "parley.resources.workspaces"
        assert "One workspace" in (method.__doc__ or "")
        signature = inspect.signature(method)
        assert list(signature.parameters)[:2] == ["self", "workspace_id"]
        assert str(signature.return_annotation) == answer
    assert inspect.iscoroutinefunction(AsyncWorkspaces.retrieve) and not inspect.iscoroutinefunction(
        Workspaces.retrieve
    )
    assert str(inspect.signature(Workspaces.list).return_annotation) == "SyncPage[Workspace]"
    assert str(inspect.signature(AsyncWorkspaces.list).return_annotation) == "AsyncPaginator[Workspace]"
    assert Workspaces.get.__name__ == "get" and "Alias of `retrieve`" in (Workspaces.get.__doc__ or "")
    assert Parley.list_sessions.__qualname__ == "Parley.list_sessions"


def test_a_handle_s_methods_take_no_path_argument() -> None:
    for handle in (ThreadHandle, AsyncThreadHandle):
        assert list(inspect.signature(handle.update).parameters)[:2] == ["self", "title"]
    for handle in (RunHandle, AsyncRunHandle):
        assert list(inspect.signature(handle.cancel).parameters) == ["self", "options"]


def test_a_handle_sends_its_own_ids(flavour: Flavour) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={**THREAD, "title": "New"}))
    client = flavour.client(recorder)
    thread = client.threads("thr_1").update(title="New")
    assert thread.title == "New"
    request = recorder.requests[-1]
    assert (request.method, request.url.path, recorder.json()) == ("PATCH", "/v1/threads/thr_1", {"title": "New"})
    assert repr(unwrap(client.threads("thr_1").runs("run_9"))).endswith("('run_9')")


@pytest.mark.parametrize(
    "call",
    [
        lambda client: client.threads.create(tittle="typo"),
        lambda client: client.threads("thr_1").retrieve(timeot=5),
        lambda client: client.workspaces.list(limt=5),
        lambda client: client.attachments.content("att_1", extra_header={"x": "y"}),  # hand-written
        lambda client: client.list_sessions(pagesize=5),  # a ChatServer name on the client
    ],
    ids=["create", "handle", "list", "hand-written", "client-alias"],
)
def test_a_misspelt_keyword_is_a_type_error_naming_it_and_nothing_is_sent(flavour: Flavour, call: Any) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json=THREAD))
    client = flavour.client(recorder)
    with pytest.raises(TypeError, match=r"unexpected keyword argument '(tittle|timeot|limt|extra_header|pagesize)'"):
        call(client)
    assert recorder.count == 0
