"""Breaking changes (griffe's check) and additions between two versions of the public API.

A change is reported under each public path a user reaches it by: a member a public class
inherits under that class's path (`inherited`), never under a private base's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import griffe

from . import inherited
from .inherited import target as _target
from .surface import Surface

_PARAMETER_KINDS = {
    griffe.BreakageKind.PARAMETER_MOVED,
    griffe.BreakageKind.PARAMETER_REMOVED,
    griffe.BreakageKind.PARAMETER_CHANGED_KIND,
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT,
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED,
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED,
}


@dataclass(frozen=True, order=True)
class Change:
    """One change to the public API: its severity, the public path of what changed, and what happened."""

    severity: str
    path: str
    message: str

    def line(self) -> str:
        """`BREAKING   parley.Parley.__init__(timeout): the default changed from 60 to 30`."""
        return f"{self.severity:<10} {self.path}: {self.message}"


def compare(old: Surface, new: Surface) -> list[Change]:
    """The breaking changes, then the additions, from `old` to `new`."""
    names = _public_names(new) | _public_names(old)
    found: set[Change] = set()
    for package, old_module in old.items():
        new_module = new.get(package)
        if new_module is None:
            found.add(Change("BREAKING", package, "the package was removed"))
            continue
        for breakage in griffe.find_breaking_changes(old_module, new_module):
            found.add(_breaking(breakage, breakage.obj.path, names))
        for old_container, new_container in inherited.containers(old_module, new_module):
            for path, breakage in inherited.breakages(old_container, new_container):
                found.add(_breaking(breakage, path, names))
        for path, message in _additions(old_module, new_module, new_module.path, set()):
            found.add(Change("compatible", _public(path, names), message))
    public = (change for change in found if not _private(change.path))
    return sorted(public, key=lambda change: (change.severity != "BREAKING", change.path, change.message))


def _private(path: str) -> bool:
    """Whether `path` is not one a user can reach: griffe's walk names an inherited member by its base's path."""
    return any(part.startswith("_") and not part.endswith("__") for part in path.partition("(")[0].split("."))


def _breaking(breakage: griffe.Breakage, path: str, names: dict[str, str]) -> Change:
    path = _public(path, names)
    kind = breakage.kind
    if kind in _PARAMETER_KINDS:
        parameter = breakage.old_value if breakage.old_value is not None else breakage.new_value
        path = f"{path}({parameter.name})"
    message = _MESSAGES.get(kind, kind.value.lower())
    if kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
        message = f"the default changed from {breakage.old_value.default} to {breakage.new_value.default}"
    elif kind is griffe.BreakageKind.OBJECT_CHANGED_KIND:
        message = f"it changed from {breakage.old_value.value} to {breakage.new_value.value}"
    elif kind is griffe.BreakageKind.PARAMETER_MOVED:
        message = f"the parameter moved ({breakage.details})"
    elif kind is griffe.BreakageKind.PARAMETER_CHANGED_KIND:
        message = f"the parameter changed from {breakage.old_value.kind.value} to {breakage.new_value.kind.value}"
    elif kind is griffe.BreakageKind.OBJECT_REMOVED and "deprecated" in getattr(breakage.obj, "labels", ()):
        message += " (it was deprecated)"
    return Change("BREAKING", path, message)


_MESSAGES = {
    griffe.BreakageKind.OBJECT_REMOVED: "removed",
    griffe.BreakageKind.PARAMETER_REMOVED: "the parameter was removed",
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED: "the parameter is now required",
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED: "new required parameter",
    griffe.BreakageKind.RETURN_CHANGED_TYPE: "the return type changed",
    griffe.BreakageKind.CLASS_REMOVED_BASE: "a base class was removed",
}


def _additions(
    old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias, path: str, seen: set[str]
) -> Iterator[tuple[str, str]]:
    """(path, message) for each public name new in `new`, and each new optional parameter, recursively.

    `path` is where `new` is reached: an inherited method is named by the class that inherits it.
    """
    before, after = _target(old), _target(new)
    if before is None or after is None:
        return
    if isinstance(before, griffe.Function) and isinstance(after, griffe.Function):
        names = {parameter.name for parameter in before.parameters}
        for parameter in after.parameters:
            if parameter.name not in names and not parameter.required:
                yield f"{path}({parameter.name})", "new optional parameter"
        return
    if after.path in seen:
        return
    seen.add(after.path)
    if not (after.is_module or after.is_class) or after.kind != before.kind:
        return
    old_members = before.all_members if after.is_class else before.members
    for name, member in (after.all_members if after.is_class else after.members).items():
        if not member.is_public:
            continue
        if name not in old_members:
            yield member.path, f"new {_kind(member)}"
        elif old_members[name].is_public:
            yield from _additions(old_members[name], member, f"{after.path}.{name}", seen)


def _kind(obj: griffe.Object | griffe.Alias) -> str:
    target = _target(obj)
    return target.kind.value if target is not None else "name"


def _public_names(surface: Surface) -> dict[str, str]:
    """Canonical path -> the public path it is exported as (`parley._client.Parley` -> `parley.Parley`)."""
    names: dict[str, str] = {}
    pending = [module for module in surface.values()]
    while pending:
        module = pending.pop()
        for name, member in module.members.items():
            if member.is_alias:
                target = _target(member) if member.is_public else None
                if target is not None and target.path != member.path:
                    names.setdefault(target.path, f"{module.path}.{name}")
            elif member.is_module:
                pending.append(member)  # type: ignore[arg-type]
    return names


def _public(path: str, names: dict[str, str]) -> str:
    """`path` written with the public name of its longest exported prefix."""
    head = path
    while head:
        if head in names:
            return names[head] + path[len(head) :]
        head = head.rpartition(".")[0]
    return path
