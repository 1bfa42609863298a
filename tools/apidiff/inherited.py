"""The members a public class inherits, compared under the class's own path.

griffe 2.4.1 walks a class's `all_members`, so inherited members are in its walk, but it marks
the old member's path as seen before following an alias to its target: a method defined on the
class in the old version and inherited in the new one (an alias) is then never compared (the
target's comparison finds the old path seen). And a member inherited on both sides is compared
once, under the base's path, which is private for `_ThreadHandle` and not where a user calls it.

So for each public class, each public member that is an alias on either side (inherited, or
bound to a name defined elsewhere) is compared here, by griffe's rules, and reported under the
class's path: a public base's method under the base and under each public subclass, a private
base's method only under its public subclasses.
"""

from __future__ import annotations

from collections.abc import Iterator

import griffe


def classes(
    old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias
) -> Iterator[tuple[griffe.Class, griffe.Class]]:
    """Each public class of `new` that `old` has too (old, new), through public modules and classes, once each."""
    yield from _classes(old, new, set())


def breakages(old: griffe.Class, new: griffe.Class) -> Iterator[tuple[str, griffe.Breakage]]:
    """(path, breakage) for each inherited public member of `old` that changed in `new`, the path under `new`."""
    new_members = new.all_members
    for name, old_member in old.all_members.items():
        new_member = new_members.get(name)
        if new_member is None or not old_member.is_public or not (old_member.is_alias or new_member.is_alias):
            continue  # removed, private, or defined on the class on both sides: griffe's walk has it
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


def _classes(
    old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias, seen: set[str]
) -> Iterator[tuple[griffe.Class, griffe.Class]]:
    before, after = target(old), target(new)
    if before is None or after is None or after.path in seen:
        return
    seen.add(after.path)
    if isinstance(before, griffe.Class) and isinstance(after, griffe.Class):
        yield before, after
    elif not (isinstance(before, griffe.Module) and isinstance(after, griffe.Module)):
        return
    old_members = before.all_members
    for name, member in after.all_members.items():
        if member.is_public and name in old_members and old_members[name].is_public:
            yield from _classes(old_members[name], member, seen)


def _under(path: str, origins: tuple[str, ...], public: str) -> str:
    """`path`, inside one of `origins`, written under `public` instead."""
    for origin in origins:
        if path == origin or path.startswith(origin + "."):
            return public + path[len(origin) :]
    return path
