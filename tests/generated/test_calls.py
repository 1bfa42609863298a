"""`parley_client.calls`: the typed call of every operation the SDK binds, carried out by plain httpx.

The calls are written from openapi.yaml by tools/sdk_calls.py: path parameters positional, query
parameters and body fields keyword-only and typed, a list's page style read from its answer. Here
they are held to the spec, carried out against the reference server without the SDK (a create,
a list walked to its end by the `PageCall` alone), and the hook is shown to stop on a table entry
the spec does not back.
"""

from __future__ import annotations

import inspect
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from parley_client import calls
from parley_client.calls import NOT_GIVEN, Call, PageCall, admin, sessions, threads, workspaces

from tests.live_server import LiveServer
from tools import sdk_calls

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
TABLE = yaml.safe_load((ROOT / "tools" / "sdk_calls.yaml").read_text())
OPERATIONS = sdk_calls.operations(SPEC)
CALLED = [
    (module, name) for module, entries in TABLE.items() for name, entry in entries.items() if "keywords" not in entry
]


@pytest.mark.parametrize(("module", "name"), CALLED, ids=[name for _, name in CALLED])
def test_each_call_takes_its_path_parameters_in_order_then_the_rest_by_keyword(module: str, name: str) -> None:
    function = getattr(__import__(f"parley_client.calls.{module}", fromlist=[name]), name)
    _, path, operation = OPERATIONS[name]
    parameters = inspect.signature(function).parameters
    path_names = [part[1:-1] for part in path.split("/") if part.startswith("{")]
    positional = [p.name for p in parameters.values() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    assert positional[: len(path_names)] == path_names
    assert positional[len(path_names) :] == TABLE[module][name].get("positional", [])
    query = (
        {p["name"] for p in map(lambda node: sdk_calls.resolve(SPEC, node), operation["parameters"])}
        - {"Idempotency-Key"}
        - set(path_names)
    )
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    fields = set(sdk_calls.resolve(SPEC, body).get("properties", {})) if body else set()
    assert set(parameters) - set(path_names) - {"options"} == query | fields
    options = parameters["options"].annotation
    assert options == ("Unpack[PostOptions]" if "post" == OPERATIONS[name][0] else "Unpack[RequestOptions]")


def test_a_call_sends_nothing_and_leaves_out_what_was_not_given() -> None:
    call = workspaces.send_workspace_message("ws_1", "Hello", idempotency_key="k-1", timeout=3.0)
    assert isinstance(call, Call)
    assert (call.kwargs["method"], call.kwargs["url"], call.kwargs["json"]) == (
        "post",
        "/v1/workspaces/ws_1/messages",
        {"content": "Hello"},
    )
    assert call.kwargs["headers"]["Idempotency-Key"] == "k-1" and call.options == {
        "idempotency_key": "k-1",
        "timeout": 3.0,
    }
    other = workspaces.send_workspace_message("ws_1", "Hello")
    assert (
        other.kwargs["headers"]["Idempotency-Key"]
        != workspaces.send_workspace_message("ws_1", "Hello").kwargs["headers"]["Idempotency-Key"]
    ), "a fresh key per call"
    assert sessions.update_session("s_1", title=None).kwargs["json"] == {"title": None}  # None is JSON null
    assert sessions.update_session("s_1", title=NOT_GIVEN).kwargs["json"] == {}


def test_list_calls_carry_their_page_style_from_the_spec() -> None:
    styles = {
        "threads": (threads.list_threads(), "data", "after"),
        "sessions": (sessions.list_sessions(), "sessions", "page"),
        "audit log": (admin.list_audit_log(), "entries", "offset"),
        "admins": (admin.list_admins(), "admins", None),
        "models": (calls.models.list_models(), "data", None),
    }
    for what, (call, items, following) in styles.items():
        assert isinstance(call, PageCall), what
        assert (call.items, call.following) == (items, following), what


def test_a_wrong_argument_is_refused_before_anything_is_built() -> None:
    with pytest.raises(TypeError, match="colour"):
        threads.create_thread(colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        threads.get_thread()  # type: ignore[call-arg]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path_factory.mktemp("calls") / "parley.db").start()
    try:
        yield live
    finally:
        live.stop()


def send(http: httpx.Client, call: Call[Any]) -> Any:
    response = http.request(**call.kwargs)
    response.raise_for_status()
    return call.decode(response.json())


def test_calls_carried_out_by_plain_httpx_create_and_walk_a_list_to_its_end(server: LiveServer) -> None:
    key = server.new_key(f"user_{uuid.uuid4().hex[:12]}")
    with httpx.Client(base_url=server.base_url, headers={"Authorization": f"Bearer {key}"}) as http:
        made = [send(http, threads.create_thread(title=f"t{index}")) for index in range(5)]
        assert [thread.title for thread in made] == [f"t{index}" for index in range(5)]
        pages = threads.list_threads(limit=2, order="asc")
        args, seen = dict(pages.args), []
        while True:
            page = pages.decode(http.request(**pages.build(**args)).json())
            seen += [thread.id for thread in getattr(page, pages.items)]
            if not page.has_more:
                break
            args[pages.following] = page.after
        assert seen == [thread.id for thread in made]


def test_the_hook_stops_on_an_entry_the_spec_does_not_back(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no operation get_nothing"):
        sdk_calls.render(SPEC, "threads", {"get_nothing": {"doc": "Nothing."}}, set())
    with pytest.raises(SystemExit, match=r"positional \['colour'\] are not its fields"):
        sdk_calls.render(SPEC, "threads", {"create_thread": {"doc": "A thread.", "positional": ["colour"]}}, set())
    with pytest.raises(SystemExit, match=r"exclude \['colour'\] are not its fields"):
        sdk_calls.render(
            SPEC, "threads", {"chat_thread": {"doc": "Chat.", "keywords": "K", "exclude": ["colour"]}}, set()
        )
