"""The members a public class inherits, compared under the class's own path.

griffe 2.4.1 walks a class's `all_members`, so inherited members are in its walk, but it marks
the old member's path as seen before following an alias to its target: a method defined on the
class in the old version and inherited in the new one (an alias) is then never compared (the
target's comparison finds the old path seen). And a member inherited on both sides is compared
once, under the base's path, which is private for `_ThreadHandle` and not where a user calls it.

The same happens to a module's function that moved into a private module and is imported back.
So for each public module and class, each public member that is an alias on one side only, or
inherited on both, is compared here by griffe's rules and reported under the container's path: a
public base's method under the base and under each public subclass, a private base's method
only under its public subclasses.
"""

from __future__ import annotations

from collections.abc import Iterator

import griffe

Container = griffe.Module | griffe.Class


def containers(
    old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias
) -> Iterator[tuple[Container, Container]]:
    """Each public module and class of `new` that `old` has too (old, new), `new` itself first, once each."""
    yield from _containers(old, new, set())


def breakages(old: Container, new: Container) -> Iterator[tuple[str, griffe.Breakage]]:
    """(path, breakage) for each public member of `old` that griffe's walk misses or misnames, the path under `new`.

    That is a member that is an alias on one side only (a method moved into a base, a function
    moved into a private module and imported back), or an inherited member on both sides.
    """
    new_members = new.all_members
    for name, old_member in old.all_members.items():
        new_member = new_members.get(name)
        if new_member is None or not old_member.is_public:
            continue  # griffe's walk reports it removed, or it is private
        if old_member.is_alias == new_member.is_alias and (not new_member.is_alias or isinstance(new, griffe.Module)):
            continue  # defined here on both sides, or imported on both: griffe's walk has it
        before, after = target(old_member), target(new_member)
        if before is None or after is None:
            continue
        for breakage in compare(before, after):
            yield _under(breakage.obj.path, (after.path, before.path), f"{new.path}.{name}"), breakage


def compare(old: griffe.Object, new: griffe.Object) -> list[griffe.Breakage]:
    """The breaking changes griffe finds from `old` to `new`, wherever each of them is defined.

    griffe compares the members of two objects: `old` and `new` are each wrapped in an alias in a
    probe module, so that `old`'s own path is not yet seen when griffe follows the aliases.
    """
    old_probe, new_probe = griffe.Module("old"), griffe.Module("new")
    old_alias = griffe.Alias("member", old, parent=old_probe)
    new_alias = griffe.Alias("member", new, parent=new_probe)
    old_alias.public = new_alias.public = True
    old_probe.members["member"], new_probe.members["member"] = old_alias, new_alias
    try:
        return list(griffe.find_breaking_changes(old_probe, new_probe))
    finally:  # the targets keep no trace of the probes
        old.aliases.pop(old_alias.path, None)
        new.aliases.pop(new_alias.path, None)


def target(obj: griffe.Object | griffe.Alias) -> griffe.Object | None:
    """The object `obj` stands for, or None if its alias cannot be resolved."""
    if not isinstance(obj, griffe.Alias):
        return obj
    try:
        return obj.final_target
    except griffe.AliasResolutionError:
        return None


def _containers(
    old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias, seen: set[str]
) -> Iterator[tuple[Container, Container]]:
    before, after = target(old), target(new)
    if before is None or after is None or after.path in seen:
        return
    seen.add(after.path)
    kinds = (griffe.Module, griffe.Class)
    if not isinstance(before, kinds) or not isinstance(after, kinds) or before.kind != after.kind:
        return
    yield before, after
    old_members = before.all_members
    for name, member in after.all_members.items():
        if member.is_public and name in old_members and old_members[name].is_public:
            yield from _containers(old_members[name], member, seen)


def _under(path: str, origins: tuple[str, ...], public: str) -> str:
    """`path`, inside one of `origins`, written under `public` instead."""
    for origin in origins:
        if path == origin or path.startswith(origin + "."):
            return public + path[len(origin) :]
    return path
