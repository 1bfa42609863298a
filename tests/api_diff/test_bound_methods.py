"""Methods made by `twin`, `alias`, `bind` and `abind` in class bodies are read as the functions they make."""

from __future__ import annotations

from pathlib import Path

import griffe
import pytest
from parley import _twins

from tools.apidiff import bound_methods, snapshot
from tools.apidiff.changes import compare
from tools.apidiff.surface import Surface, load_directory

from .packages import Edits, write

HELPERS = '''
"""Stand-ins for parley._twins and parley._bind: only their names matter to a static reader."""


def twin(method):
    return method


def async_twin(method):
    return method


def page_twin(method):
    return method


def alias(method, origin, name=None):
    return method


def bind(call, path=0):
    return call


def abind(call, path=0):
    return call
'''

CALLS_INIT = '''
"""Typed calls."""

from typing import Generic, TypeVar

T = TypeVar("T")


class Call(Generic[T]):
    """One answer."""


class PageCall(Generic[T]):
    """A list."""
'''

CALLS = '''
"""The calls of `things`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import Call, PageCall

if TYPE_CHECKING:
    from ..models import Thing


def get_thing(thing_id: str, *, expand: bool = False, **options: object) -> Call[Thing]:
    """Read one thing."""


def list_things(*, limit: int = 20, **options: object) -> PageCall[Thing]:
    """List the things."""


def rename_thing(thing_id: str, name: str, *, force: bool = False, **options: object) -> Call[Thing]:
    """Rename one thing."""
'''

RESOURCES = '''
"""Resources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from parley_client.calls import things as calls

from ._helpers import abind, alias, async_twin, bind, page_twin, twin

if TYPE_CHECKING:
    from parley_client.models import Thing

T = TypeVar("T")
S = TypeVar("S")


class SyncPage(Generic[T]):
    """A page."""


class Stream(Generic[T]):
    """A stream."""


class AsyncStream(Generic[T]):
    """An async stream."""


class Things:
    """`client.things`."""

    retrieve = bind(calls.get_thing)
    list = bind(calls.list_things)
    get = alias(retrieve, "the old SDK", "retrieve")
    fetch_thing = alias(bind(calls.get_thing), "the old SDK", "retrieve")

    def count(self, status: str = "all", *, exact: bool = False) -> int:
        """Count the things."""
        return 0

    def pages(self, *, limit: int = 20) -> SyncPage[Thing]:
        """Walk the things."""


class AsyncThings:
    """`client.things` (async)."""

    retrieve = abind(calls.get_thing)
    list = abind(calls.list_things)
    get = alias(retrieve, "the old SDK", "retrieve")
    fetch_thing = alias(abind(calls.get_thing), "the old SDK", "retrieve")
    count = twin(Things.count)
    pages = twin(Things.pages)
    old_count = async_twin(Things.count)
    old_pages = page_twin(Things.pages)


class _Handle(Generic[S]):
    def watch(self, *, since: int = 0) -> Stream[Thing]:
        """Watch one thing."""


class ThingHandle(_Handle["Stream[Thing]"]):
    """`client.things.handle(id)`."""

    rename = bind(calls.rename_thing, 1)
    rename_again = alias(rename, "the old SDK", "rename")


class AsyncThingHandle:
    """`client.things.handle(id)` (async)."""

    rename = abind(calls.rename_thing, path=1)
    watch = twin(_Handle[AsyncStream].watch)
    missing = twin(Nowhere.watch)
    not_a_function = bind(calls.Call)
    bad_path = bind(calls.rename_thing, 9)
    keyword_path = bind(calls.get_thing, path=2)
'''

FILES = {
    "overlay/parley/_helpers.py": HELPERS,
    "overlay/parley/resources.py": RESOURCES,
    "generated/parley_client/calls/__init__.py": CALLS_INIT,
    "generated/parley_client/calls/things.py": CALLS,
}


def load(root: Path, replace: Edits | None = None) -> Surface:
    return load_directory(write(root, replace, add=FILES))


@pytest.fixture(scope="module")
def resources(tmp_path_factory: pytest.TempPathFactory) -> griffe.Module:
    module = load(tmp_path_factory.mktemp("bound"))["parley"]["resources"]
    assert isinstance(module, griffe.Module)
    return module


def method(module: griffe.Module, path: str) -> griffe.Function:
    found = module[path]
    assert isinstance(found, griffe.Function), f"{path} is read as a {found.kind.value}"
    return found


def signature(function: griffe.Function) -> list[tuple[str, str, str | None]]:
    """(name, kind, default) of each parameter."""
    return [
        (parameter.name, parameter.kind.value, None if parameter.default is None else str(parameter.default))
        for parameter in function.parameters
    ]


POK, KW, VARKW = "positional or keyword", "keyword-only", "variadic keyword"


def test_bind_is_self_then_the_call_s_parameters_answering_the_model(resources: griffe.Module) -> None:
    retrieve = method(resources, "Things.retrieve")
    assert signature(retrieve) == [
        ("self", POK, None),
        ("thing_id", POK, None),
        ("expand", KW, "False"),
        ("options", VARKW, "{}"),
    ]
    assert str(retrieve.returns) == "Thing"
    assert "async" not in retrieve.labels
    assert retrieve.docstring is not None and retrieve.docstring.value == "Read one thing."


def test_bind_of_a_page_call_answers_a_sync_page(resources: griffe.Module) -> None:
    listed = method(resources, "Things.list")
    assert signature(listed) == [("self", POK, None), ("limit", KW, "20"), ("options", VARKW, "{}")]
    assert str(listed.returns) == "SyncPage[Thing]"
    assert "async" not in listed.labels


def test_abind_is_awaited_and_answers_the_model(resources: griffe.Module) -> None:
    retrieve = method(resources, "AsyncThings.retrieve")
    assert signature(retrieve) == signature(method(resources, "Things.retrieve"))
    assert str(retrieve.returns) == "Thing"
    assert "async" in retrieve.labels


def test_abind_of_a_page_call_answers_an_async_paginator_unawaited(resources: griffe.Module) -> None:
    listed = method(resources, "AsyncThings.list")
    assert signature(listed) == [("self", POK, None), ("limit", KW, "20"), ("options", VARKW, "{}")]
    assert str(listed.returns) == "AsyncPaginator[Thing]"
    assert "async" not in listed.labels
    assert listed.docstring is not None and listed.docstring.value == "List the things."


def test_bind_with_a_path_count_leaves_the_handle_s_parameters_out(resources: griffe.Module) -> None:
    expected = [("self", POK, None), ("name", POK, None), ("force", KW, "False"), ("options", VARKW, "{}")]
    rename = method(resources, "ThingHandle.rename")
    assert signature(rename) == expected
    assert (str(rename.returns), "async" in rename.labels) == ("Thing", False)
    arename = method(resources, "AsyncThingHandle.rename")  # `path=1`
    assert signature(arename) == expected
    assert (str(arename.returns), "async" in arename.labels) == ("Thing", True)


def test_twin_is_the_sync_method_awaited(resources: griffe.Module) -> None:
    count = method(resources, "AsyncThings.count")
    assert signature(count) == [("self", POK, None), ("status", POK, "'all'"), ("exact", KW, "False")]
    assert str(count.returns) == "int"
    assert "async" in count.labels
    assert count.docstring is not None and count.docstring.value == "Count the things."


def test_twin_of_a_list_method_answers_an_async_paginator_unawaited(resources: griffe.Module) -> None:
    pages = method(resources, "AsyncThings.pages")
    assert signature(pages) == [("self", POK, None), ("limit", KW, "20")]
    assert str(pages.returns) == "AsyncPaginator[Thing]"
    assert "async" not in pages.labels


def test_twin_of_a_subscripted_class_names_the_async_classes(resources: griffe.Module) -> None:
    watch = method(resources, "AsyncThingHandle.watch")
    assert signature(watch) == [("self", POK, None), ("since", KW, "0")]
    assert str(watch.returns) == "AsyncStream[Thing]"
    assert "async" in watch.labels


def test_the_0_1_0_twins_are_read_as_twins(resources: griffe.Module) -> None:
    old_count, old_pages = method(resources, "AsyncThings.old_count"), method(resources, "AsyncThings.old_pages")
    assert (signature(old_count), str(old_count.returns), "async" in old_count.labels) == (
        signature(method(resources, "AsyncThings.count")),
        "int",
        True,
    )
    assert (str(old_pages.returns), "async" in old_pages.labels) == ("AsyncPaginator[Thing]", False)


def test_alias_is_its_method_under_another_name(resources: griffe.Module) -> None:
    for alias, target in [
        ("Things.get", "Things.retrieve"),
        ("AsyncThings.get", "AsyncThings.retrieve"),
        ("ThingHandle.rename_again", "ThingHandle.rename"),
        ("Things.fetch_thing", "Things.retrieve"),  # alias(bind(calls.op)): the alias of a call bound in place
        ("AsyncThings.fetch_thing", "AsyncThings.retrieve"),
    ]:
        made, original = method(resources, alias), method(resources, target)
        assert signature(made) == signature(original), alias
        assert (str(made.returns), made.labels) == (str(original.returns), original.labels), alias


def test_a_target_that_cannot_be_found_stays_an_attribute(resources: griffe.Module) -> None:
    for name in ("missing", "not_a_function", "bad_path", "keyword_path"):
        assert isinstance(resources[f"AsyncThingHandle.{name}"], griffe.Attribute), name


def test_the_async_names_are_those_of_the_sdk() -> None:
    assert bound_methods.ASYNC_NAMES == _twins._ASYNC_NAMES


def test_a_call_losing_a_parameter_breaks_the_methods_bound_to_it(tmp_path: Path) -> None:
    old = load(tmp_path / "old")
    new = load(
        tmp_path / "new", {"generated/parley_client/calls/things.py": ("get_thing(thing_id: str, *", "get_thing(*")}
    )
    breaking = {(change.path, change.message) for change in compare(old, new) if change.severity == "BREAKING"}
    removed = "the parameter was removed"
    assert breaking == {
        ("parley_client.calls.things.get_thing(thing_id)", removed),
        ("parley.resources.Things.retrieve(thing_id)", removed),
        ("parley.resources.Things.get(thing_id)", removed),
        ("parley.resources.AsyncThings.retrieve(thing_id)", removed),
        ("parley.resources.AsyncThings.get(thing_id)", removed),
        ("parley.resources.Things.fetch_thing(thing_id)", removed),
        ("parley.resources.AsyncThings.fetch_thing(thing_id)", removed),
    }


def test_a_bound_method_gaining_a_required_parameter_after_its_path_ones_breaks(tmp_path: Path) -> None:
    old = load(tmp_path / "old")
    edit = {"generated/parley_client/calls/things.py": ("name: str, *, force", "name: str, reason: str, *, force")}
    breaking = {(c.path, c.message) for c in compare(old, load(tmp_path / "new", edit)) if c.severity == "BREAKING"}
    added = "new required parameter"
    assert breaking == {
        ("parley_client.calls.things.rename_thing(reason)", added),
        ("parley.resources.ThingHandle.rename(reason)", added),
        ("parley.resources.ThingHandle.rename_again(reason)", added),
        ("parley.resources.AsyncThingHandle.rename(reason)", added),
    }


def test_a_sync_method_gaining_a_required_parameter_breaks_its_twin(tmp_path: Path) -> None:
    old = load(tmp_path / "old")
    new = load(tmp_path / "new", {"overlay/parley/resources.py": ("*, since: int = 0)", "*, since: int)")})
    breaking = {(change.path, change.message) for change in compare(old, new) if change.severity == "BREAKING"}
    required = "the parameter is now required"
    assert breaking == {
        ("parley.resources.AsyncThingHandle.watch(since)", required),
        ("parley.resources.ThingHandle.watch(since)", required),  # inherited from the private `_Handle`
    }


def test_a_snapshot_of_unexpanded_methods_compares_with_the_expanded_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A snapshot written before this step (methods as attributes, as 0.1.0's is) is read as functions too."""
    with monkeypatch.context() as patched:
        patched.setattr(bound_methods, "expand", lambda surface: [])
        unexpanded = load(tmp_path / "old")
        assert isinstance(unexpanded["parley"]["resources.AsyncThings.count"], griffe.Attribute)
        snapshot.dump(unexpanded, tmp_path / "api.json.gz")
    released = snapshot.load(tmp_path / "api.json.gz")
    assert isinstance(released["parley"]["resources.AsyncThings.count"], griffe.Function)
    assert compare(released, load(tmp_path / "new")) == []
