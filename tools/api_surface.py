"""The public surface of `parley`, read from the live package: what `tools/api_reference.py` documents.

Two walks, both from the code as it runs:

- the **resource tree**: a `Parley` and an `AsyncParley` are built over a transport that sends
  nothing, and every public property and handle (`client.threads(thread_id)`) whose value is a
  resource object is followed, so each resource class is found with the path a user types;
- the **operation of each method**: every API method (one that takes `**options`) is called once,
  with placeholder arguments, and the transport records the request it was about to send and
  stops it. The request's method and path, matched against `openapi.yaml`, name the operationId
  the method calls: what the code does, not what its docstring says. When the docstring names
  an operationId too, the two must agree, or this raises `SurfaceError`.

Helper classes (streams, pages, errors) are not called: the operationIds their methods call are
the ones their docstrings name.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
BASE_URL = "http://parley.invalid"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
PLACEHOLDER_FILE = ("notes.txt", b"placeholder")


class SurfaceError(Exception):
    """The package and its documentation disagree (named in the message)."""


class _Sent(Exception):
    """Raised by the recording transport instead of sending: the request is in `.request`."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(f"{request.method} {request.url.path}")
        self.request = request


def _stop(request: httpx.Request) -> httpx.Response:
    raise _Sent(request)


@dataclass(frozen=True)
class Operations:
    """The spec's operations, matched by HTTP method and path."""

    routes: tuple[tuple[str, re.Pattern[str], str], ...]

    @classmethod
    def load(cls, spec: Path = SPEC) -> Operations:
        """Every operation of `spec` as (method, path pattern, operationId)."""
        doc = yaml.safe_load(spec.read_text())
        routes = []
        for path, item in doc["paths"].items():
            pattern = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$")
            found = [method for method in HTTP_METHODS if method in item]
            routes += [(method.upper(), pattern, item[method]["operationId"]) for method in found]
        return cls(tuple(routes))

    @cached_property
    def ids(self) -> frozenset[str]:
        """Every operationId."""
        return frozenset(operation_id for _, _, operation_id in self.routes)

    def match(self, request: httpx.Request) -> str:
        """The operationId of `request` (`SurfaceError` when the spec has no such operation)."""
        path = request.url.path
        for method, pattern, operation_id in self.routes:
            if method == request.method and pattern.match(path):
                return operation_id
        raise SurfaceError(f"{request.method} {path} is not an operation of openapi.yaml")

    def named_in(self, text: str) -> list[str]:
        """The operationIds `text` names in backticks, in order."""
        return [name for name in re.findall(r"`([a-z][a-z0-9_]*)`", text) if name in self.ids]


@dataclass
class Method:
    """One public method (or property) of a class, as documented."""

    name: str
    function: Any
    kind: str
    """`method`, `async method`, `property` or `handle` (returns a resource, sends nothing)."""
    operation_id: str | None = None
    leads_to: str | None = None
    """For a property or handle of the resource tree: the path of the resource it gives."""


@dataclass
class Resource:
    """A resource class and its async twin, with the expression that reaches them."""

    path: str
    sync: type
    asynchronous: type | None
    methods: dict[str, Method] = field(default_factory=dict)
    async_methods: dict[str, Method] = field(default_factory=dict)


def public_names(cls: type) -> list[str]:
    """The public attributes `cls` defines (its own and inherited from parley classes), in source order."""
    names: list[str] = []
    for klass in reversed(cls.__mro__):
        if not klass.__module__.startswith("parley"):
            continue
        for name in vars(klass):
            if (not name.startswith("_") or name == "__call__") and name not in names:
                names.append(name)
    return names


def unwrap(value: Any) -> Any:
    """The function behind a property, cached_property or plain attribute."""
    if isinstance(value, property):
        return value.fget
    if isinstance(value, cached_property):
        return value.func
    return value


def member(cls: type, name: str) -> Method | None:
    """`cls.name` as a documented member, or None for a plain value (a constant)."""
    static = inspect.getattr_static(cls, name)
    function = unwrap(static)
    if isinstance(static, (property, cached_property)):
        return Method(name, function, "property")
    if not callable(function) or isinstance(function, type):
        return None
    is_async = inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(inspect.unwrap(function))
    return Method(name, function, "async method" if is_async else "method")


def is_api_method(function: Any) -> bool:
    """Whether `function` sends a request: it takes `**options` (or passes `**kwargs` on to one that does)."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(parameter.kind is parameter.VAR_KEYWORD for parameter in parameters)


def handle_class(function: Any) -> type | None:
    """The resource class a method returns without a request (`threads(thread_id)`), if it does."""
    returned = getattr(function, "__annotations__", {}).get("return")
    head = returned.split("[", 1)[0].strip() if isinstance(returned, str) else ""  # `Handle[Stream]` → `Handle`
    if not head.isidentifier():
        return None
    found = getattr(function, "__globals__", {}).get(head)
    return found if isinstance(found, type) and is_resource_class(found) else None


def is_resource_class(cls: type) -> bool:
    """A class of the resource tree: defined in `parley`, not exported (streams, pages, clients are)."""
    import parley

    return cls.__module__.startswith("parley.") and cls.__name__ not in parley.__all__


def placeholder(parameter: inspect.Parameter) -> Any:
    """A value of the right shape for a required argument (the request is never sent)."""
    annotation = str(parameter.annotation)
    if parameter.name == "file" or "File" in annotation:
        return PLACEHOLDER_FILE
    literal = re.match(r"Literal\[(.+?)[,\]]", annotation)
    if literal:
        return ast.literal_eval(literal[1])
    if re.fullmatch(r"int( \| \w+)*", annotation):
        return 1
    if annotation.startswith("float"):
        return 1.0
    if annotation == "bool":
        return True
    return "x"


def placeholder_call(function: Any, target: Any) -> Any:
    """Call `function` on `target` with a placeholder for each required argument."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    parameters = list(inspect.signature(function).parameters.values())
    for parameter in parameters[1:]:  # after self
        optional = parameter.default is not parameter.empty
        if optional or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = placeholder(parameter)
        else:
            args.append(placeholder(parameter))
    return function(target, *args, **kwargs)


class Surface:
    """The resource tree of both clients, each API method with the operationId it calls."""

    def __init__(self, operations: Operations | None = None) -> None:
        import parley

        self.operations = operations or Operations.load()
        self.sync_client = parley.Parley(
            base_url=BASE_URL,
            api_key="pk_docs",
            max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(_stop)),
        )
        self.async_client = parley.AsyncParley(
            base_url=BASE_URL,
            api_key="pk_docs",
            max_retries=0,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(_stop)),
        )

    @cached_property
    def tree(self) -> list[Resource]:
        """The clients, then every resource reachable from them, in the order a reader meets them."""
        found: list[Resource] = []
        self._walk("client", self.sync_client, self.async_client, found)
        resolve_aliases(found)
        return found

    def _walk(self, path: str, sync: Any, asynchronous: Any, found: list[Resource], depth: int = 8) -> None:
        resource = Resource(path, type(sync), type(asynchronous) if asynchronous is not None else None)
        found.append(resource)
        children: list[tuple[str, Any, Any]] = []
        for target, methods in ((sync, resource.methods), (asynchronous, resource.async_methods)):
            if target is None:
                continue
            for name in public_names(type(target)):
                entry = member(type(target), name)
                if entry is None:
                    continue
                child = self._classify(target, entry)
                methods[name] = entry
                if child is not None:
                    entry.leads_to = self._child_path(path, entry)
                    if target is sync:
                        children.append((entry.leads_to, child, self._twin(asynchronous, entry)))
        if depth > 0:
            for child_path, child_sync, child_async in children:
                self._walk(child_path, child_sync, child_async, found, depth - 1)

    def _classify(self, target: Any, entry: Method) -> Any:
        """Fill in `entry`'s kind and operationId; the child resource it leads to, if any."""
        if entry.kind == "property":
            value = getattr(target, entry.name)
            return value if is_resource_class(type(value)) else None
        if handle_class(entry.function) is not None:
            entry.kind = "handle"
            return placeholder_call(entry.function, target)
        if is_api_method(entry.function):
            entry.operation_id = self.observe(entry.function, target)
            self._check_docstring(type(target), entry)
        return None

    def _twin(self, asynchronous: Any, entry: Method) -> Any:
        if asynchronous is None:
            return None
        if entry.kind == "property":
            return getattr(asynchronous, entry.name)
        return placeholder_call(getattr(type(asynchronous), entry.name), asynchronous)

    @staticmethod
    def _child_path(path: str, entry: Method) -> str:
        if entry.kind == "property":
            return f"{path}.{entry.name}"
        parameters = [name for name in inspect.signature(entry.function).parameters][1:]
        call = f"({', '.join(parameters)})"
        return path + call if entry.name == "__call__" else f"{path}.{entry.name}{call}"

    def observe(self, function: Callable[..., Any], target: Any) -> str | None:
        """The operationId `function` sends when called on `target` (None when it sends nothing)."""
        try:
            result = placeholder_call(function, target)
            if inspect.isawaitable(result):
                asyncio.run(_await(result))
        except _Sent as sent:
            return self.operations.match(sent.request)
        except TypeError:  # `**kwargs` passed on: the docstring says what it is an alias of
            return None
        return None

    def _check_docstring(self, cls: type, entry: Method) -> None:
        named = self.operations.named_in(inspect.getdoc(entry.function) or "")
        if named and entry.operation_id is not None and named[0] != entry.operation_id:
            raise SurfaceError(
                f"{cls.__name__}.{entry.name} calls {entry.operation_id} but its docstring says {named[0]}"
            )
        if entry.operation_id is None and named:
            entry.operation_id = named[0]


async def _await(result: Any) -> Any:
    return await result


def resolve_aliases(tree: list[Resource]) -> None:
    """Give each alias that could not be called on its own (`**kwargs` passed on) its target's operationId.

    Its docstring starts with "Alias of `target`": a method of the same class, or a path from the
    client (`chat.completions.create`).
    """
    by_path = {resource.path: resource for resource in tree}
    for resource in tree:
        for methods in (resource.methods, resource.async_methods):
            for entry in methods.values():
                found = re.match(r"Alias of `([\w.]+)`", inspect.getdoc(entry.function) or "")
                if entry.operation_id is not None or found is None:
                    continue
                owner, _, name = found[1].rpartition(".")
                target = by_path.get(f"client.{owner}") if owner else resource
                aliased = target.methods.get(name) if target is not None else None
                if aliased is None:
                    raise SurfaceError(f"{resource.sync.__name__}.{entry.name}: no method {found[1]} to be an alias of")
                entry.operation_id = aliased.operation_id


def operations_called(tree: list[Resource]) -> Iterator[tuple[Resource, Method]]:
    """Every documented method that calls an operation, with its resource."""
    for resource in tree:
        for methods in (resource.methods, resource.async_methods):
            for entry in methods.values():
                if entry.operation_id is not None:
                    yield resource, entry
