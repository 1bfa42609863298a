"""docs/api.md is what `tools/api_reference.py` writes from the package, and says what the code does."""

from __future__ import annotations

import contextlib
import inspect
from typing import Any

import pytest

from tests.overlay.test_coverage import CANONICAL
from tools.api_reference import OUTPUT, render
from tools.api_surface import Operations, Surface, is_resource_class, operations_called


@pytest.fixture(scope="module")
def surface() -> Surface:
    return Surface()


def test_docs_api_md_is_current() -> None:
    assert OUTPUT.read_text() == render(), "docs/api.md is out of date: run `make docs` and commit it"


def test_every_operation_is_called_by_a_documented_method(surface: Surface) -> None:
    called = {entry.operation_id for _, entry in operations_called(surface.tree)}
    assert sorted(Operations.load().ids - called) == []


class CallLog:
    """Wraps a client: records each (class, method name) called through it, following resources."""

    def __init__(self, target: Any, log: list[tuple[type, str]], owner: Any = None, name: str = "") -> None:
        self._target, self._log, self._owner, self._name = target, log, owner, name

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        return CallLog(value, self._log, self._target, name) if callable(value) or _is_resource(value) else value

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if inspect.ismethod(self._target):
            self._log.append((type(self._owner), self._name))
        else:
            self._log.append((type(self._target), "__call__"))
        result = self._target(*args, **kwargs)
        return CallLog(result, self._log) if _is_resource(result) else result


def _is_resource(value: Any) -> bool:
    return is_resource_class(type(value))


def documented(surface: Surface, cls: type, name: str) -> str | None:
    for resource in surface.tree:
        for owner, methods in ((resource.sync, resource.methods), (resource.asynchronous, resource.async_methods)):
            if owner is cls and name in methods:
                return methods[name].operation_id
    raise AssertionError(f"{cls.__name__}.{name} is not in docs/api.md")


@pytest.mark.parametrize("operation_id", sorted(CANONICAL))
def test_the_canonical_method_is_documented_with_its_operation(surface: Surface, operation_id: str) -> None:
    """tests/overlay/test_coverage.py's canonical call of each operation: its method carries that operationId."""
    for client in (surface.sync_client, surface.async_client):
        log: list[tuple[type, str]] = []
        with contextlib.suppress(Exception):
            result = CANONICAL[operation_id](CallLog(client, log))
            if inspect.iscoroutine(result):
                result.close()
        cls, name = log[-1]
        assert documented(surface, cls, name) == operation_id, (cls.__name__, name)
