"""Rules about schemas, in the direction they are used.

A request schema says what the server accepts: narrowing it (fewer types, values, fields or
lengths) refuses calls that worked. A response schema says what clients must read: widening it
(more types, values, variants, or null where there was none) gives them documents they cannot
handle. Each rule reports what changed; the rule table (`rules.py`) says how bad that is on each side.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .model import Hit, SchemaPair, show

_UPPER = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


def required_field_added(pair: SchemaPair) -> Iterator[Hit]:
    """A new field that must be present."""
    for name in pair.fields.added:
        if name in pair.new.required:
            yield Hit(f".{name}", f"new required field in {pair.side}")


def optional_field_added(pair: SchemaPair) -> Iterator[Hit]:
    """A new field that may be left out."""
    for name in pair.fields.added:
        if name not in pair.new.required:
            yield Hit(f".{name}", f"new optional field in {pair.side}")


def field_removed(pair: SchemaPair) -> Iterator[Hit]:
    """A field that is no longer there: callers that send it, or read it, lose it."""
    for name in pair.fields.removed:
        yield Hit(f".{name}", f"the field was removed from {pair.side}")


def field_renamed(pair: SchemaPair) -> Iterator[Hit]:
    """A field under another name, its schema unchanged."""
    for before, after in pair.fields.renamed:
        yield Hit(f".{before}", f"the field was renamed to {after} in {pair.side}")


def field_became_required(pair: SchemaPair) -> Iterator[Hit]:
    """A field that could be left out must now be present."""
    for before, after in pair.fields.common:
        if after in pair.new.required and before not in pair.old.required:
            yield Hit(f".{after}", f"the field is now required in {pair.side}")


def field_became_optional(pair: SchemaPair) -> Iterator[Hit]:
    """A field that was always present may now be left out."""
    for before, after in pair.fields.common:
        if before in pair.old.required and after not in pair.new.required:
            yield Hit(f".{after}", f"the field is now optional in {pair.side}: it may be left out")


def _types(pair: SchemaPair) -> tuple[set[str], set[str]]:
    """(types only the old version accepts, types only the new one accepts)."""
    found: tuple[set[str], set[str]] | None = pair.memo.get("types")
    if found is None:
        found = pair.memo["types"] = _type_difference(pair)
    return found


def _type_difference(pair: SchemaPair) -> tuple[set[str], set[str]]:
    old, new = pair.old, pair.new
    if old.variants and new.variants:
        return set(), set()  # a union's types are its variants': the variant rules report them
    lost = {kind for kind in old.types or () if not new.accepts_type(kind)}
    gained = {kind for kind in new.types or () if not old.accepts_type(kind)}
    if new.types is None and old.types is not None:
        gained.add("any type")
    if old.types is None and new.types is not None:
        lost.add("any type")
    return lost, gained


def _type_text(types: frozenset[str] | None) -> str:
    return " or ".join(sorted(types)) if types is not None else "any type"


def _format(pair: SchemaPair) -> tuple[Any, Any]:
    return pair.old.node.get("format"), pair.new.node.get("format")


def type_narrowed(pair: SchemaPair) -> Iterator[Hit]:
    """Fewer types accepted (number to integer, a type list shortened) or a format added."""
    lost, gained = _types(pair)
    if lost and not gained:
        yield Hit(
            "", f"the type narrowed from {_type_text(pair.old.types)} to {_type_text(pair.new.types)} in {pair.side}"
        )
    before, after = _format(pair)
    if before is None and after is not None:
        yield Hit("", f"format {after} added in {pair.side}")


def type_widened(pair: SchemaPair) -> Iterator[Hit]:
    """More types accepted (integer to number, a type added) or a format removed."""
    lost, gained = _types(pair)
    if gained and not lost:
        yield Hit(
            "", f"the type widened from {_type_text(pair.old.types)} to {_type_text(pair.new.types)} in {pair.side}"
        )
    before, after = _format(pair)
    if before is not None and after is None:
        yield Hit("", f"format {before} removed in {pair.side}")


def type_changed(pair: SchemaPair) -> Iterator[Hit]:
    """Another type or format altogether: neither version accepts all the other does."""
    lost, gained = _types(pair)
    if lost and gained:
        yield Hit(
            "", f"the type changed from {_type_text(pair.old.types)} to {_type_text(pair.new.types)} in {pair.side}"
        )
    before, after = _format(pair)
    if before is not None and after is not None and before != after:
        yield Hit("", f"the format changed from {before} to {after} in {pair.side}")


def became_nullable(pair: SchemaPair) -> Iterator[Hit]:
    """`null` is now a valid value."""
    if pair.new.nullable and not pair.old.nullable:
        yield Hit("", f"now nullable in {pair.side} (it may be null)")


def became_non_nullable(pair: SchemaPair) -> Iterator[Hit]:
    """`null` is no longer a valid value."""
    if pair.old.nullable and not pair.new.nullable:
        yield Hit("", f"no longer nullable in {pair.side}")


def enum_value_removed(pair: SchemaPair) -> Iterator[Hit]:
    """A value of an enum (or a `const`) that is no longer allowed."""
    if pair.old.enum is not None and pair.new.enum is not None:
        for value in pair.old.enum:
            if value not in pair.new.enum:
                yield Hit("", f"the value {show(value)} was removed from {pair.side}")


def enum_value_added(pair: SchemaPair) -> Iterator[Hit]:
    """A new value of an enum (or a `const` replaced by another)."""
    if pair.old.enum is not None and pair.new.enum is not None:
        for value in pair.new.enum:
            if value not in pair.old.enum:
                yield Hit("", f"the value {show(value)} was added to {pair.side}")


def _bounds(pair: SchemaPair) -> list[tuple[str, str]]:
    """Each constraint change as (`narrowed` | `widened` | `changed`, sentence)."""
    found: list[tuple[str, str]] | None = pair.memo.get("bounds")
    if found is None:
        found = pair.memo["bounds"] = list(_bound_changes(pair))
    return found


def _bound_changes(pair: SchemaPair) -> Iterator[tuple[str, str]]:
    old, new = pair.old.node, pair.new.node
    for key in _UPPER + _LOWER:
        before, after = old.get(key), new.get(key)
        if (not _number(before) and not _number(after)) or before == after:
            continue
        upper = key in _UPPER
        if before is None or not _number(before):
            yield "narrowed", f"{key} {show(after)} set"
        elif after is None or not _number(after):
            yield "widened", f"{key} {show(before)} removed"
        elif (after < before) == upper:
            yield "narrowed", f"{key} {'lowered' if upper else 'raised'} from {show(before)} to {show(after)}"
        else:
            yield "widened", f"{key} {'raised' if upper else 'lowered'} from {show(before)} to {show(after)}"
    yield from _pattern(old.get("pattern"), new.get("pattern"))
    yield from _multiple(old.get("multipleOf"), new.get("multipleOf"))
    if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
        yield (
            ("narrowed", "items must now be unique") if new.get("uniqueItems") else ("widened", "items may now repeat")
        )
    if pair.old.enum is None and pair.new.enum is not None:
        yield "narrowed", f"now limited to {', '.join(show(value) for value in pair.new.enum) or 'null'}"
    if pair.old.enum is not None and pair.new.enum is None:
        yield "widened", f"no longer limited to {', '.join(show(value) for value in pair.old.enum) or 'null'}"


def _number(value: Any) -> bool:
    return type(value) in (int, float)


def _pattern(before: Any, after: Any) -> Iterator[tuple[str, str]]:
    if before == after:
        return
    if before is None:
        yield "narrowed", f"pattern {show(after)} set"
    elif after is None:
        yield "widened", f"pattern {show(before)} removed"
    else:
        yield "changed", f"pattern changed from {show(before)} to {show(after)}"


def _multiple(before: Any, after: Any) -> Iterator[tuple[str, str]]:
    if before == after or not (_number(before) or _number(after)):
        return
    if not _number(before):
        yield "narrowed", f"multipleOf {show(after)} set"
    elif not _number(after):
        yield "widened", f"multipleOf {show(before)} removed"
    elif after % before == 0:
        yield "narrowed", f"multipleOf changed from {show(before)} to {show(after)}"
    elif before % after == 0:
        yield "widened", f"multipleOf changed from {show(before)} to {show(after)}"
    else:
        yield "changed", f"multipleOf changed from {show(before)} to {show(after)}"


def constraint_narrowed(pair: SchemaPair) -> Iterator[Hit]:
    """A tighter bound: a lower maximum, a higher minimum, a pattern or an enum where there was none."""
    for effect, sentence in _bounds(pair):
        if effect == "narrowed":
            yield Hit("", f"{sentence} in {pair.side}")


def constraint_widened(pair: SchemaPair) -> Iterator[Hit]:
    """A looser bound: a higher maximum, a lower minimum, a pattern or an enum removed."""
    for effect, sentence in _bounds(pair):
        if effect == "widened":
            yield Hit("", f"{sentence} in {pair.side}")


def constraint_changed(pair: SchemaPair) -> Iterator[Hit]:
    """A bound replaced by one that is neither tighter nor looser (another pattern)."""
    for effect, sentence in _bounds(pair):
        if effect == "changed":
            yield Hit("", f"{sentence} in {pair.side}")


def _allows_more(schema: Any) -> bool:
    return schema is not False


def additional_properties_narrowed(pair: SchemaPair) -> Iterator[Hit]:
    """Fields the schema does not list are now refused."""
    if _allows_more(pair.old.additional) and not _allows_more(pair.new.additional):
        yield Hit("", f"fields it does not list are now refused in {pair.side} (additionalProperties: false)")


def additional_properties_widened(pair: SchemaPair) -> Iterator[Hit]:
    """Fields the schema does not list are now allowed."""
    if not _allows_more(pair.old.additional) and _allows_more(pair.new.additional):
        yield Hit("", f"fields it does not list are now allowed in {pair.side}")


def default_changed(pair: SchemaPair) -> Iterator[Hit]:
    """The value the server assumes when a field or parameter is left out."""
    old, new = pair.old.node, pair.new.node
    if ("default" not in old and "default" not in new) or old.get("default") == new.get("default"):
        return
    if "default" not in old:
        yield Hit("", f"default {show(new['default'])} added in {pair.side}")
    elif "default" not in new:
        yield Hit("", f"default {show(old['default'])} removed in {pair.side}")
    else:
        yield Hit("", f"the default changed from {show(old['default'])} to {show(new['default'])} in {pair.side}")


def variant_added(pair: SchemaPair) -> Iterator[Hit]:
    """A new member of a `oneOf`/`anyOf`."""
    for label in pair.variants.added:
        yield Hit("", f"new variant {label} in {pair.side}")


def variant_removed(pair: SchemaPair) -> Iterator[Hit]:
    """A member of a `oneOf`/`anyOf` that is gone."""
    for label in pair.variants.removed:
        yield Hit("", f"the variant {label} was removed from {pair.side}")


def stream_event_added(pair: SchemaPair) -> Iterator[Hit]:
    """A new event type in a `text/event-stream` (clients skip events they do not know)."""
    for label in pair.variants.added:
        yield Hit("", f"the stream now also sends {label} events")


def stream_event_removed(pair: SchemaPair) -> Iterator[Hit]:
    """An event type the stream no longer sends: clients waiting for it wait in vain."""
    for label in pair.variants.removed:
        yield Hit("", f"the stream no longer sends {label} events")
