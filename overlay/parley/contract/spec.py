"""The contract the harness checks against: where openapi.yaml is, and its operations, tags and links."""

from __future__ import annotations

import importlib.resources
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import HarnessError

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def spec_path() -> Path:
    """Find the openapi.yaml the package was built from, or the one at the root of a source checkout.

    The wheel carries it as `parley_server/openapi.yaml` (the `parley` distribution always installs
    that package; it is located here, not imported), and may carry it as `parley/contract/openapi.yaml`.
    """
    shipped = importlib.resources.files("parley.contract").joinpath("openapi.yaml")
    if shipped.is_file():
        return Path(str(shipped))
    server = importlib.util.find_spec("parley_server")
    for location in (server.submodule_search_locations or []) if server is not None else []:
        candidate = Path(location) / "openapi.yaml"
        if candidate.is_file():
            return candidate
    return Path(__file__).resolve().parents[3] / "openapi.yaml"


def config_path(name: str) -> Path:
    """A file of the shipped schemathesis configuration (`admin.toml`, `user.toml`, `hooks.py`)."""
    return Path(str(importlib.resources.files("parley.contract").joinpath("config").joinpath(name)))


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec: its id, method, path, tags, links, the rights it needs, its request example."""

    operation_id: str
    method: str
    path: str
    tags: tuple[str, ...]
    links_to: frozenset[str]
    roles: frozenset[str] = frozenset()
    """Roles its security requirement names (`bearerAuth: [admin]`): a key needs one of them."""
    defaults: tuple[tuple[str, Any], ...] = ()
    """(parameter name, default) of its query parameters that declare a default."""
    request_example: Any = None
    """The (first) example of its JSON request body, if any."""

    @property
    def label(self) -> str:
        """How schemathesis names it: `GET /v1/threads/{thread_id}`."""
        return f"{self.method} {self.path}"


@dataclass(frozen=True, slots=True)
class Spec:
    """The parts of an OpenAPI document the harness needs."""

    path: Path
    title: str
    version: str
    operations: tuple[Operation, ...]

    @property
    def tags(self) -> frozenset[str]:
        """Every tag used by an operation."""
        return frozenset(tag for op in self.operations for tag in op.tags)

    def by_label(self) -> dict[str, Operation]:
        """Operations by their schemathesis label."""
        return {op.label: op for op in self.operations}

    def by_id(self) -> dict[str, Operation]:
        """Operations by operationId."""
        return {op.operation_id: op for op in self.operations}

    def methods(self, path: str) -> frozenset[str]:
        """The methods the spec declares on `path`."""
        return frozenset(op.method for op in self.operations if op.path == path)


def load_spec(path: Path) -> Spec:
    """Read and check an OpenAPI 3 document (YAML or JSON); `HarnessError` says what is wrong with it."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise HarnessError(f"bad spec: cannot read {path}: {exc.strerror or exc}") from None
    document = _parse(path, text)
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        raise HarnessError(f"bad spec: {path} is not an OpenAPI 3 document (no `openapi: 3.x` field)")
    paths = document.get("paths")
    if not isinstance(paths, dict) or not paths:
        raise HarnessError(f"bad spec: {path} defines no paths")
    operations = []
    resolve = _resolver(document)
    default_security = document.get("security")
    for route, item in paths.items():
        if not isinstance(item, dict):
            raise HarnessError(f"bad spec: {path}: path {route!r} is not an object")
        shared = item.get("parameters") or []
        for method in _METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                parameters = [resolve(each) for each in [*shared, *(op.get("parameters") or [])]]
                security = op.get("security", default_security)
                operations.append(_operation(path, route, method, op, parameters, security, resolve))
    if not operations:
        raise HarnessError(f"bad spec: {path} defines no operations")
    info = document.get("info")
    info = info if isinstance(info, dict) else {}
    return Spec(path, str(info.get("title", "")), str(info.get("version", "")), tuple(operations))


def _parse(path: Path, text: str) -> Any:
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except ValueError as exc:
            raise HarnessError(f"bad spec: {path} is not valid JSON: {exc}") from None
    import yaml  # a dependency of schemathesis (the `contract` extra); only needed here

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise HarnessError(f"bad spec: {path} is not valid YAML: {exc}") from None


def _operation(
    path: Path,
    route: str,
    method: str,
    op: dict[str, Any],
    parameters: list[Any],
    security: Any,
    resolve: Any,
) -> Operation:
    operation_id = op.get("operationId")
    if not isinstance(operation_id, str) or not operation_id:
        raise HarnessError(f"bad spec: {path}: {method.upper()} {route} has no operationId")
    links: set[str] = set()
    for response in (op.get("responses") or {}).values():
        for link in ((resolve(response) or {}).get("links") or {}).values():
            if isinstance(link, dict) and isinstance(link.get("operationId"), str):
                links.add(link["operationId"])
    tags = tuple(str(tag) for tag in op.get("tags") or ())
    roles = {
        str(role)
        for requirement in (security if isinstance(security, list) else [])
        if isinstance(requirement, dict)
        for scopes in requirement.values()
        if isinstance(scopes, list)
        for role in scopes
    }
    defaults = []
    for parameter in parameters:
        if isinstance(parameter, dict) and parameter.get("in") == "query":
            schema = resolve(parameter.get("schema")) or {}
            if isinstance(schema, dict) and "default" in schema:
                defaults.append((str(parameter.get("name")), schema["default"]))
    return Operation(
        operation_id,
        method.upper(),
        route,
        tags,
        frozenset(links),
        frozenset(roles),
        tuple(defaults),
        _request_example(resolve(op.get("requestBody"))),
    )


def _request_example(body: Any) -> Any:
    media = ((body or {}).get("content") or {}).get("application/json") if isinstance(body, dict) else None
    if not isinstance(media, dict):
        return None
    if "example" in media:
        return media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict):
        for example in examples.values():
            if isinstance(example, dict) and "value" in example:
                return example["value"]
    return None


def _resolver(document: dict[str, Any]) -> Any:
    """Follow local `$ref`s (`#/components/...`), also when a `$ref` sits in a schema with siblings."""

    def resolve(node: Any, depth: int = 0) -> Any:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
            if depth > 32:
                raise HarnessError(f"bad spec: $ref chain too deep at {node['$ref']}")
            target: Any = document
            for part in node["$ref"][2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    raise HarnessError(f"bad spec: unresolvable $ref {node['$ref']}")
                target = target[part]
            siblings = {key: value for key, value in node.items() if key != "$ref"}
            node = {**target, **siblings} if isinstance(target, dict) and siblings else target
            depth += 1
        return node

    return resolve
