"""Every public class, method and property of the SDK has a docstring, and `help()` shows it.

The public surface is walked the way a user meets it: the names of `parley.__all__`, then every
resource reachable from `Parley()` and `AsyncParley()` (properties such as `client.chat`, nested
ones such as `client.chat.completions`, and the handles that `client.threads(id)` and
`.runs(run_id)` return), and the public methods and properties of each class on the way,
inherited ones from the SDK's own base classes included.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import pydoc
import re
from typing import Any

import parley
import parley.contract
import pytest
from parley import AsyncParley, Parley
from parley.resources._base import AsyncResource, SyncResource

DESCRIPTORS = (property, functools.cached_property)
RESOURCE_MODULES = ("admin", "attachments", "chat", "models", "sessions", "threads", "workspaces")


def doc(obj: Any) -> str:
    """The object's own docstring (not one inherited from a base class), stripped."""
    return (getattr(obj, "__doc__", None) or "").strip()


def sdk_module(cls: type) -> bool:
    return cls.__module__ == "parley" or cls.__module__.startswith("parley.")


def public_members(cls: type) -> dict[str, Any]:
    """The public attributes of `cls` and of its SDK base classes (the nearest definition wins)."""
    found: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        if sdk_module(klass):
            for name, value in vars(klass).items():
                if not name.startswith("_") or name == "__call__":
                    found[name] = value
    return found


def is_documentable(value: Any) -> bool:
    return isinstance(value, DESCRIPTORS) or inspect.isfunction(value)


class Surface:
    """The public classes met from `parley.__all__` and the clients, with every member that lacks a doc."""

    def __init__(self) -> None:
        self.classes: dict[type, str] = {}
        self.missing: list[str] = []

    def visit(self, cls: type, path: str, instance: Any = None) -> None:
        if cls in self.classes:
            return
        self.classes[cls] = path
        if not doc(cls):
            self.missing.append(path)
        for name, value in public_members(cls).items():
            if is_documentable(value) and not doc(value):
                self.missing.append(f"{path}.{name}")
            if instance is not None:
                self.follow(instance, name, value, path)

    def follow(self, instance: Any, name: str, value: Any, path: str) -> None:
        """Walk into resources: those a property gives, and the handles `threads(id)` / `runs(id)` give."""
        if isinstance(value, DESCRIPTORS):
            child = getattr(instance, name)
            if isinstance(child, (SyncResource, AsyncResource)):
                self.visit(type(child), f"{path}.{name}", child)
        elif inspect.isfunction(value) and str(inspect.signature(value).return_annotation).endswith("Handle"):
            child = getattr(instance, name)("id_1")  # a handle makes no request
            self.visit(type(child), f"{path}(id)" if name == "__call__" else f"{path}.{name}(id)", child)


@pytest.fixture(scope="module")
def surface() -> Surface:
    found = Surface()
    clients = {
        Parley: Parley(base_url="http://parley.invalid", api_key="k"),
        AsyncParley: AsyncParley(base_url="http://parley.invalid", api_key="k"),
    }
    for name in parley.__all__:
        value = getattr(parley, name)
        if inspect.isclass(value):
            found.visit(value, name, clients.get(value))
        elif callable(value) and not doc(value):
            found.missing.append(name)
    return found


def test_the_package_has_a_docstring() -> None:
    assert doc(parley)


def test_every_public_class_method_and_property_has_a_docstring(surface: Surface) -> None:
    assert surface.missing == []


def test_the_walk_reaches_every_resource_class(surface: Surface) -> None:
    defined = set()
    for module_name in RESOURCE_MODULES:
        module = importlib.import_module(f"parley.resources.{module_name}")
        defined |= {
            value
            for value in vars(module).values()
            if inspect.isclass(value)
            and value.__module__ == module.__name__
            and issubclass(value, (SyncResource, AsyncResource))
        }
    assert defined - set(surface.classes) == set()
    assert len(surface.classes) > 50


def test_help_shows_each_docstring(surface: Surface) -> None:
    """`help(cls)` renders the first line of the class's docstring and of each member's."""
    unseen = []
    for cls, path in surface.classes.items():
        text = pydoc.plain(pydoc.render_doc(cls))  # what help(cls) prints
        documented = {"": cls} | {name: v for name, v in public_members(cls).items() if is_documentable(v)}
        for name, value in documented.items():
            first_line = doc(value).splitlines()[0] if doc(value) else ""
            if first_line and first_line not in text:
                unseen.append(f"{path}.{name}" if name else path)
    assert unseen == []


def test_async_signatures_name_the_async_return_classes(surface: Surface) -> None:
    """`help()` on an async method shows what it returns: `AsyncPaginator`, `AsyncStream`, ..."""
    sync_names = re.compile(r"(?<!Async)\b(SyncPage|Stream|ThreadRunStream)\b")
    wrong = []
    for cls, path in surface.classes.items():
        if cls is AsyncParley or issubclass(cls, AsyncResource):
            for name, value in public_members(cls).items():
                if inspect.isfunction(value) and sync_names.search(str(inspect.signature(value).return_annotation)):
                    wrong.append(f"{path}.{name} -> {inspect.signature(value).return_annotation}")
    assert wrong == []
    assert str(inspect.signature(AsyncParley.list_models).return_annotation) == "AsyncPaginator[Model]"


def test_the_contract_harness_documents_its_public_names() -> None:
    missing = []
    for info in pkgutil.walk_packages(parley.contract.__path__, "parley.contract."):
        if info.name.endswith("__main__"):
            continue  # running it is its only job
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isclass(value) or inspect.isfunction(value):
                if not doc(value):
                    missing.append(f"{info.name}.{name}")
                members = vars(value).items() if inspect.isclass(value) else ()
                missing += [
                    f"{info.name}.{name}.{member}"
                    for member, attribute in members
                    if not member.startswith("_") and is_documentable(attribute) and not doc(attribute)
                ]
    assert missing == []
