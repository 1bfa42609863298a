"""The public signatures are typed: no `Any` but where the contract itself says "any JSON".

The walk starts from `parley.__all__` and the resources of both clients (as `test_docstrings`
meets them: properties, nested resources, and the handles `threads(id)` and `.runs(id)` give),
and reads every public method's and property's signature, every public class's annotated
attributes, and the constructors users call (the clients, the errors). Annotations are evaluated
as type checkers see them (a module's `if TYPE_CHECKING:` names included), through type aliases,
unions, generics, `Unpack[...]` of options and the fields of the SDK's own `TypedDict`s. It stops
at the generated models (their types are the generator's, decided by the spec).
"""

from __future__ import annotations

import ast
import functools
import importlib
import importlib.util
import inspect
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

import parley
from parley import AsyncParley, Parley

from .test_docstrings import Surface, public_members

ANY_JSON = {
    "metadata": "spec `Metadata`: free-form key/value data the server stores and returns unchanged",
    "context": "spec `JsonObject`: free-form data injected into the AI's context",
    "payload": "spec `JsonObject`: an action's data",
    "run_config": "spec `JsonObject`: free-form settings passed to the run",
    "variables": "spec `JsonObject`: values for a workflow's or system prompt's variables",
    "mcp_servers": "spec `McpServers`: a map of `JsonObject`s",
    "parameters": "spec `JsonObject`: a JSON Schema of a tool's arguments",
    "schema": "spec `ChatJsonSchema.schema` (`JsonObject`): the JSON Schema a structured answer follows",
    "args": "spec `ToolCallPart.args` (`JsonObject`): a tool call's arguments",
    "result": "spec `ToolResultPart.result`: any JSON (no schema)",
    "extra_body": "JSON fields the caller adds to a request body, outside the spec by definition",
    "raw": "the generated list model a page wraps: its class depends on the list, pages are generic in the item",
}
"""Where `Any` is allowed, by parameter, field or attribute name, and why."""

ITERATION = ("__iter__", "__next__", "__aiter__", "__anext__")


def _type_checking_names(module: types.ModuleType) -> dict[str, Any]:
    """The names a module defines only for type checkers (its `if TYPE_CHECKING:` blocks, run here).

    An import from another SDK module takes the names that module has for type checkers too.
    """
    namespace = dict(vars(module))
    package = module.__name__ if hasattr(module, "__path__") else module.__name__.rpartition(".")[0]
    for node in ast.walk(ast.parse(inspect.getsource(module))):
        if not (isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"):
            continue
        for statement in node.body:
            if isinstance(statement, ast.ImportFrom) and (statement.level or statement.module.startswith("parley.")):
                source = importlib.util.resolve_name("." * statement.level + (statement.module or ""), package)
                importlib.import_module(source)
                names = namespace_of(source)
                for alias in statement.names:
                    namespace[alias.asname or alias.name] = names[alias.name]
            else:  # the test reads the SDK as mypy does
                exec(compile(ast.Module(body=[statement], type_ignores=[]), module.__name__, "exec"), namespace)
    return namespace


@functools.cache
def namespace_of(module_name: str) -> dict[str, Any]:
    return _type_checking_names(sys.modules[module_name])


def hints(obj: Any, module_name: str) -> dict[str, Any]:
    """`obj`'s annotations, evaluated as type checkers see them."""
    if not typing.is_typeddict(obj):
        return typing.get_type_hints(obj, globalns=namespace_of(module_name), include_extras=True)
    found = {}
    for name, ref in obj.__annotations__.items():  # a field's module is the class that declares it
        module = getattr(ref, "__forward_module__", None) or module_name
        found[name] = eval(ref.__forward_arg__, namespace_of(module)) if isinstance(ref, typing.ForwardRef) else ref
    return found


class Walk:
    """Every `Any` reached, as `where: path`."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.seen: set[int] = set()
        self.read: list[str] = []
        self.allowed: set[str] = set()

    def annotation(self, where: str, name: str, tp: Any) -> None:
        if tp is Any:
            if name in ANY_JSON:
                self.allowed.add(name)
            else:
                self.found.append(f"{where}.{name}")
            return
        if isinstance(tp, typing.TypeVar):
            if tp.__bound__ is not None:
                self.annotation(where, name, tp.__bound__)
            for constraint in tp.__constraints__:
                self.annotation(where, name, constraint)
            return
        if typing.is_typeddict(tp):
            if id(tp) in self.seen:
                return
            self.seen.add(id(tp))
            for field, field_tp in hints(tp, tp.__module__).items():
                self.annotation(tp.__qualname__, field, field_tp)
            return
        for arg in typing.get_args(tp):
            if not isinstance(arg, (str, int, bool, type(None), type(...))) or arg is Any:
                self.annotation(where, name, arg)

    def function(self, where: str, function: Callable[..., Any]) -> None:
        self.read.append(where)
        original = inspect.unwrap(function)
        signature = getattr(function, "__signature__", None)
        annotations = hints(original, original.__module__)
        if signature is not None and isinstance(signature.return_annotation, str):  # an async twin's own return
            namespace = {**namespace_of(original.__module__), **vars(parley)}
            annotations["return"] = eval(signature.return_annotation, namespace)
        for name, tp in annotations.items():
            self.annotation(where, name, tp)


def sdk_classes() -> dict[type, str]:
    surface = Surface()
    clients = {Parley: Parley(base_url="http://parley.invalid", api_key="k")}
    clients[AsyncParley] = AsyncParley(base_url="http://parley.invalid", api_key="k")
    for name in parley.__all__:
        value = getattr(parley, name)
        if inspect.isclass(value):
            surface.visit(value, name, clients.get(value))
    return surface.classes


def test_the_public_signatures_have_no_any_but_the_contracts_any_json() -> None:
    walk = Walk()
    for cls in sdk_classes():
        path = cls.__qualname__
        if typing.is_typeddict(cls):
            walk.annotation(path, "", cls)
            continue
        for klass in reversed(cls.__mro__):
            if klass.__module__.startswith("parley"):
                for attribute, tp in hints(klass, klass.__module__).items():
                    if not attribute.startswith("_"):
                        walk.annotation(path, attribute, tp)
        protocol = {name: getattr(cls, name) for name in ITERATION if inspect.isfunction(getattr(cls, name, None))}
        for name, member in {**public_members(cls), **protocol}.items():
            if isinstance(member, (property, functools.cached_property)):
                walk.function(f"{path}.{name}", member.fget if isinstance(member, property) else member.func)
            elif inspect.isfunction(member):
                walk.function(f"{path}.{name}", member)
        if (cls in (Parley, AsyncParley) or issubclass(cls, BaseException)) and inspect.isfunction(cls.__init__):
            walk.function(f"{path}.__init__", cls.__init__)
    assert walk.found == []
    assert walk.allowed == set(ANY_JSON)  # each exception is still needed
    assert len(walk.read) > 250 and "AsyncThreadHandle.chat" in walk.read and "ThreadRunStream.__iter__" in walk.read


def test_the_walk_sees_an_any_and_reads_type_checking_names() -> None:
    walk = Walk()

    def sloppy(self: object, data: dict[str, Any], metadata: dict[str, Any]) -> list[Any]:
        raise NotImplementedError

    walk.function("example", sloppy)
    assert walk.found == ["example.data", "example.return"]  # `metadata` is one of the contract's any-JSON
    from parley.resources.chat import CompletionParams

    walk.annotation("create", "params", CompletionParams)
    assert walk.found == ["example.data", "example.return"]
    assert "MessageInput" in namespace_of("parley._messages")
