"""Rules about paths, operations and parameters: what a caller must send and what it gets back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .model import Hit, Operation, Parameter, SchemaPair, is_success, show
from .shapes import DOC_KEYS

Operations = dict[tuple[str, str], Operation]


def path_removed(old: Operations, new: Operations) -> Iterator[Hit]:
    """A path none of whose operations is left."""
    kept = {path for _, path in new}
    gone: dict[str, list[Operation]] = {}
    for (_, path), operation in old.items():
        if path not in kept:
            gone.setdefault(path, []).append(operation)
    for operations in gone.values():
        names = ", ".join(operation.label for operation in operations)
        yield Hit(operations[0].path, f"the path was removed, with its operations {names}")


def operation_removed(old: Operations, new: Operations) -> Iterator[Hit]:
    """A method removed from a path that is still there."""
    kept = {path for _, path in new}
    for key, operation in old.items():
        if key not in new and key[1] in kept:
            yield Hit(operation.where, f"the operation {operation.label} was removed")


def operation_added(old: Operations, new: Operations) -> Iterator[Hit]:
    """A new operation (on a new path or not)."""
    for key, operation in new.items():
        if key not in old:
            yield Hit(operation.where, f"new operation {operation.label}")


def operation_id_changed(old: Operation, new: Operation) -> Iterator[Hit]:
    """The same call under another operationId or tag: the HTTP API is unchanged, the generated function moves."""
    if old.node.get("operationId") != new.node.get("operationId"):
        yield Hit("", f"operationId changed from {old.label} to {new.label} (the generated function is renamed)")
    if (old.node.get("tags") or [])[:1] != (new.node.get("tags") or [])[:1]:
        before, after = (old.node.get("tags") or ["none"])[0], (new.node.get("tags") or ["none"])[0]
        yield Hit("", f"tag changed from {before} to {after} (the generated module moves)")


def _alternatives(operation: Operation) -> list[frozenset[tuple[str, frozenset[str]]]]:
    """Each way to authenticate: a set of (scheme, scopes); the empty set means no credentials."""
    found = []
    for requirement in operation.security or [{}]:
        found.append(
            frozenset((_scheme(operation, name), frozenset(scopes or ())) for name, scopes in requirement.items())
        )
    return found


def _scheme(operation: Operation, name: str) -> str:
    """A security scheme by what it is (`http bearer`, `apiKey header X-Key`), not by its name (not on the wire)."""
    schemes = (operation.spec.root.get("components") or {}).get("securitySchemes") or {}
    scheme = operation.spec.resolve(schemes.get(name)) or {}
    parts = [scheme.get(key) for key in ("type", "scheme", "in", "name", "openIdConnectUrl") if scheme.get(key)]
    return " ".join(str(part) for part in parts) if parts else name


def _describe(alternative: frozenset[tuple[str, frozenset[str]]]) -> str:
    if not alternative:
        return "no credentials"
    return " and ".join(
        sorted(
            f"{scheme} with scopes {', '.join(sorted(scopes))}" if scopes else scheme for scheme, scopes in alternative
        )
    )


def _satisfied(alternative: frozenset[Any], options: list[frozenset[Any]]) -> bool:
    """Whether a caller authenticating as `alternative` satisfies one of `options`."""
    return any(
        all(any(scheme == have and scopes <= held for have, held in alternative) for scheme, scopes in option)
        for option in options
    )


def security_requirement_added(old: Operation, new: Operation) -> Iterator[Hit]:
    """A way of authenticating that worked is no longer enough (a requirement added, replaced or narrowed)."""
    now = _alternatives(new)
    for alternative in _alternatives(old):
        if not _satisfied(alternative, now):
            needed = " or ".join(_describe(option) for option in now)
            yield Hit("", f"callers with {_describe(alternative)} are now refused: it needs {needed}")


def security_requirement_removed(old: Operation, new: Operation) -> Iterator[Hit]:
    """A new way of authenticating is accepted (or none is needed any more)."""
    before = _alternatives(old)
    for alternative in _alternatives(new):
        if not _satisfied(alternative, before):
            yield Hit("", f"it now also accepts {_describe(alternative)}")


def success_status_changed(old: Operation, new: Operation) -> Iterator[Hit]:
    """The 2xx status codes an operation answers with changed (a generated client reads only the ones it knows)."""
    before = sorted(status for status in old.responses if is_success(status))
    after = sorted(status for status in new.responses if is_success(status))
    if before != after:
        yield Hit("", f"the success status changed from {', '.join(before) or 'none'} to {', '.join(after) or 'none'}")


def error_status_changed(old: Operation, new: Operation) -> Iterator[Hit]:
    """An error status documented or no longer documented (every error is the one envelope)."""
    before = {status for status in old.responses if not is_success(status)}
    after = {status for status in new.responses if not is_success(status)}
    for status in sorted(after - before):
        yield Hit("", f"now documents a {status} answer")
    for status in sorted(before - after):
        yield Hit("", f"no longer documents a {status} answer")


def request_body_required(old: Operation, new: Operation) -> Iterator[Hit]:
    """A request body that calls without one now need."""
    if new.body is not None and new.body.get("required") and not (old.body is not None and old.body.get("required")):
        yield Hit(
            " request", "a request body is now required" if old.body is None else "the request body is now required"
        )


def request_body_optional(old: Operation, new: Operation) -> Iterator[Hit]:
    """An optional request body added, or a required one made optional."""
    if new.body is not None and not new.body.get("required"):
        if old.body is None:
            yield Hit(" request", "new optional request body")
        elif old.body.get("required"):
            yield Hit(" request", "the request body is now optional")


def request_body_removed(old: Operation, new: Operation) -> Iterator[Hit]:
    """The request body is gone: what callers send is no longer read."""
    if old.body is not None and new.body is None:
        yield Hit(" request", "the request body was removed")


def _media_pairs(old: Operation, new: Operation) -> Iterator[tuple[str, set[str], set[str]]]:
    """(where, old media types, new media types) for the request body and each response both versions have."""
    if old.body is not None and new.body is not None:
        yield " request", set(old.content(old.body)), set(new.content(new.body))
    for status, response in old.responses.items():
        if status in new.responses:
            yield f" {status} response", set(old.content(response)), set(new.content(new.responses[status]))


def media_type_removed(old: Operation, new: Operation) -> Iterator[Hit]:
    """A request or response media type that is no longer there."""
    for where, before, after in _media_pairs(old, new):
        for kind in sorted(before - after):
            yield Hit(where, f"{kind} is no longer {'accepted' if where == ' request' else 'sent'}")


def media_type_added(old: Operation, new: Operation) -> Iterator[Hit]:
    """A request or response media type added."""
    for where, before, after in _media_pairs(old, new):
        for kind in sorted(after - before):
            yield Hit(where, f"{kind} is now {'accepted' if where == ' request' else 'sent too'}")


def response_header_removed(old: Operation, new: Operation) -> Iterator[Hit]:
    """A response header that callers may read is no longer sent."""
    for status, response in old.responses.items():
        if status in new.responses:
            before, after = old.headers(response), new.headers(new.responses[status])
            for key in sorted(set(before) - set(after)):
                yield Hit(f" {status} response", f"the header {before[key][0]} is no longer sent")


def response_header_added(old: Operation, new: Operation) -> Iterator[Hit]:
    """A new response header."""
    for status, response in new.responses.items():
        if status in old.responses:
            before, after = old.headers(old.responses[status]), new.headers(response)
            for key in sorted(set(after) - set(before)):
                yield Hit(f" {status} response", f"new header {after[key][0]}")


def _renamed_parameters(old: Operation, new: Operation) -> dict[tuple[str, str], tuple[str, str]]:
    """A parameter removed and one added in the same place with the same schema: a rename."""
    removed = [key for key in old.parameters if key not in new.parameters]
    added = [key for key in new.parameters if key not in old.parameters]
    if len(removed) != 1 or len(added) != 1 or removed[0][0] != added[0][0]:
        return {}
    before, after = old.parameters[removed[0]], new.parameters[added[0]]
    same_schema = show(_plain(old, before.node.get("schema"))) == show(_plain(new, after.node.get("schema")))
    return {removed[0]: added[0]} if same_schema and before.required == after.required else {}


def _plain(operation: Operation, raw: Any) -> Any:
    node = operation.spec.resolve(raw)
    if isinstance(node, dict):
        return {k: _plain(operation, v) for k, v in node.items() if k not in DOC_KEYS}
    return node


def required_parameter_added(old: Operation, new: Operation) -> Iterator[Hit]:
    """A parameter every call must now send."""
    renamed = set(_renamed_parameters(old, new).values())
    for key, parameter in new.parameters.items():
        if key not in old.parameters and key not in renamed and parameter.required:
            yield Hit(f" {parameter.label}", "new required parameter")


def optional_parameter_added(old: Operation, new: Operation) -> Iterator[Hit]:
    """A new parameter calls may leave out."""
    renamed = set(_renamed_parameters(old, new).values())
    for key, parameter in new.parameters.items():
        if key not in old.parameters and key not in renamed and not parameter.required:
            yield Hit(f" {parameter.label}", "new optional parameter")


def parameter_removed(old: Operation, new: Operation) -> Iterator[Hit]:
    """A parameter that calls send is no longer read."""
    renamed = _renamed_parameters(old, new)
    for key, parameter in old.parameters.items():
        if key not in new.parameters and key not in renamed:
            yield Hit(f" {parameter.label}", "the parameter was removed")


def parameter_renamed(old: Operation, new: Operation) -> Iterator[Hit]:
    """A parameter under another name: calls that send the old name lose it."""
    for before, after in _renamed_parameters(old, new).items():
        parameter = old.parameters[before]
        yield Hit(f" {parameter.label}", f"the parameter was renamed to {new.parameters[after].name}")


def parameter_became_required(old: Parameter, new: Parameter) -> Iterator[Hit]:
    """A parameter calls could leave out is now required."""
    if new.required and not old.required:
        yield Hit("", "the parameter is now required")


def parameter_became_optional(old: Parameter, new: Parameter) -> Iterator[Hit]:
    """A required parameter may now be left out."""
    if old.required and not new.required:
        yield Hit("", "the parameter is now optional")


def documentation_changed(old: Any, new: Any = None) -> Iterator[Hit]:
    """Descriptions, summaries, titles, examples and `deprecated`: read by people, not by clients.

    It reads operations, parameters and schemas alike (a schema pair comes as one argument).
    """
    if isinstance(old, SchemaPair):
        old, new = old.old, old.new
    changed = [key for key in DOC_KEYS if old.node.get(key) != new.node.get(key)]
    if changed:
        yield Hit("", f"{' and '.join(changed)} changed")
    if bool(old.node.get("deprecated")) != bool(new.node.get("deprecated")):
        yield Hit("", "now deprecated" if new.node.get("deprecated") else "no longer deprecated")
