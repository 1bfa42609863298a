"""A small, deterministic example-from-JSON-Schema generator (what `tools-1` passes as tool arguments).

`example_for(schema)` returns one value the schema accepts, for the schemas tools are usually declared
with: `const`, `enum`, `default`, `examples`, `$ref` (local), `allOf` (merged), `anyOf`/`oneOf` (first
branch), objects (`properties`, `required`, `min/maxProperties`, `additionalProperties`), strings
(`min/maxLength`, `format`, `pattern` through a walk of the expression), integers and numbers
(`minimum`, `maximum`, their exclusive forms, `multipleOf`), booleans, `null` and arrays (`items`,
`prefixItems`, `min/maxItems`, `uniqueItems`). It never raises: whatever it does not understand becomes a plain value.
"""

from __future__ import annotations

import math
import re
from typing import Any

from parley_server.engine.regex_example import example_matching

_MAX_DEPTH = 16
_OPTIONAL_DEPTH = 4
_MAX_NODES = 5000  # values generated for one schema at most; beyond it, empty ones (huge minItems nestings)
_MAX_ITEMS = 256
_MAX_LENGTH = 65536

_FORMATS = {
    "date": "2026-01-01",
    "date-time": "2026-01-01T00:00:00Z",
    "time": "00:00:00Z",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "duration": "P1D",
}

_PATTERN_CANDIDATES = ("example", "a", "A", "0", "1", "abc", "ABC", "a1", "abc123", "example_1", "x-1", "a.b")


def example_for(schema: Any) -> Any:
    """Return one value that `schema` (a JSON Schema, possibly with local `$ref`s) accepts.

    Sizes are bounded (`minItems` above 256, `minLength` above 65536 and very large or deeply nested
    schemas are not honoured in full), so a hostile schema cannot make the answer huge.
    """
    try:
        return _Generator(schema).value(schema, 0, 0)
    except (ArithmeticError, ValueError, RecursionError):  # bounds beyond float range, and the like
        return None


def example_arguments(parameters: Any) -> dict[str, Any]:
    """Tool-call arguments for a function's `parameters` schema: always a JSON object."""
    if not isinstance(parameters, dict):
        return {}
    value = example_for(parameters)
    return value if isinstance(value, dict) else {}


class _Generator:
    """Walks one root schema (kept for resolving `$ref`)."""

    __slots__ = ("nodes", "root")

    def __init__(self, root: Any) -> None:
        self.root = root
        self.nodes = 0

    def value(self, schema: Any, depth: int, variant: int) -> Any:
        """An example for `schema`; `variant` asks for the n-th distinct one (for `uniqueItems`)."""
        self.nodes += 1
        if not isinstance(schema, dict) or depth > _MAX_DEPTH or self.nodes > _MAX_NODES:
            return None if schema is False else "example"
        schema = self._flatten(schema, depth)
        if "const" in schema:
            return schema["const"]
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            return enum[variant % len(enum)]
        if variant == 0 and "default" in schema:
            return schema["default"]
        examples = schema.get("examples")
        if isinstance(examples, list) and examples:
            return examples[variant % len(examples)]
        kind = _type_of(schema)
        if kind == "object":
            return self._object(schema, depth, variant)
        if kind == "array":
            return self._array(schema, depth, variant)
        if kind == "string":
            return _string(schema, variant)
        if kind == "integer":
            return _number(schema, variant, integer=True)
        if kind == "number":
            return _number(schema, variant, integer=False)
        if kind == "boolean":
            return variant % 2 == 0
        if kind == "null":
            return None
        return "example" if variant == 0 else f"example{variant}"

    def _flatten(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        """Resolve `$ref`, merge `allOf` and take the first branch of `anyOf`/`oneOf` into one schema."""
        for _ in range(_MAX_DEPTH):
            ref = schema.get("$ref")
            if isinstance(ref, str):
                target = self._resolve(ref)
                rest = {key: value for key, value in schema.items() if key != "$ref"}
                schema = _merge(target, rest) if isinstance(target, dict) else rest
                continue
            all_of = schema.get("allOf")
            if isinstance(all_of, list):
                merged = {key: value for key, value in schema.items() if key != "allOf"}
                for part in all_of:
                    if isinstance(part, dict):
                        merged = _merge(merged, part)
                schema = merged
                continue
            for key in ("anyOf", "oneOf"):
                branches = schema.get(key)
                if isinstance(branches, list):
                    rest = {name: value for name, value in schema.items() if name != key}
                    first = next((branch for branch in branches if isinstance(branch, dict)), {})
                    schema = _merge(rest, first)
                    break
            else:
                return schema
        return schema

    def _resolve(self, ref: str) -> Any:
        if not ref.startswith("#"):
            return {}
        node: Any = self.root
        for raw in ref[1:].split("/")[1:]:
            name = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and name in node:
                node = node[name]
            elif isinstance(node, list) and name.isdigit() and int(name) < len(node):
                node = node[int(name)]
            else:
                return {}
        return node

    def _object(self, schema: dict[str, Any], depth: int, variant: int) -> dict[str, Any]:
        properties = schema.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        listed = schema.get("required")
        required = [name for name in listed if isinstance(name, str)] if isinstance(listed, list) else []
        # Optional properties only near the top, so that recursive schemas stay finite.
        optional = [name for name in properties if properties[name] is not False] if depth < _OPTIONAL_DEPTH else []
        names = list(dict.fromkeys([*required, *optional]))
        limit = schema.get("maxProperties")
        if isinstance(limit, int) and limit >= len(required):
            names = names[: max(limit, len(required))]
        result = {name: self.value(properties.get(name, {}), depth + 1, variant) for name in names}
        wanted = schema.get("minProperties")
        extra = schema.get("additionalProperties", True)
        index = 0
        while isinstance(wanted, int) and len(result) < wanted and extra is not False and index < 1000:
            name = f"key_{index}"
            if name not in result:
                result[name] = self.value(extra if isinstance(extra, dict) else {}, depth + 1, variant)
            index += 1
        return result

    def _array(self, schema: dict[str, Any], depth: int, variant: int) -> list[Any]:
        prefix = schema.get("prefixItems")
        prefix = prefix if isinstance(prefix, list) else []
        items = schema.get("items", {})
        low = _int_keyword(schema, "minItems") or 0
        high = _int_keyword(schema, "maxItems")
        count = min(max(low, len(prefix), 1), _MAX_ITEMS)
        if high is not None:
            count = min(count, high)
        unique = schema.get("uniqueItems") is True
        result = []
        for index in range(count):
            item_schema = prefix[index] if index < len(prefix) else items
            if item_schema is False:
                break
            result.append(self.value(item_schema, depth + 1, index if unique else variant))
        return result


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Combine two schemas' keywords; `properties` and `required` are united, other keys from `extra` win."""
    merged = {**base, **extra}
    if isinstance(base.get("properties"), dict) and isinstance(extra.get("properties"), dict):
        merged["properties"] = {**base["properties"], **extra["properties"]}
    if isinstance(base.get("required"), list) and isinstance(extra.get("required"), list):
        merged["required"] = list(dict.fromkeys([*base["required"], *extra["required"]]))
    return merged


def _int_keyword(schema: dict[str, Any], key: str) -> int | None:
    """A non-negative integer keyword (`minItems`, `maxLength`, ...), else `None`."""
    value = schema.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _type_of(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        named = [name for name in kind if isinstance(name, str)]
        kind = next((name for name in named if name != "null"), named[0] if named else None)
    if isinstance(kind, str):
        return kind
    if any(key in schema for key in ("properties", "required", "additionalProperties", "minProperties")):
        return "object"
    if any(key in schema for key in ("items", "prefixItems", "minItems", "maxItems")):
        return "array"
    if any(key in schema for key in ("minLength", "maxLength", "pattern", "format")):
        return "string"
    if any(key in schema for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")):
        return "number"
    return None


def _string(schema: dict[str, Any], variant: int) -> str:
    fmt = schema.get("format")
    base = _FORMATS.get(fmt, "example") if isinstance(fmt, str) else "example"
    if variant and base == "example":
        base = f"example{variant}"
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        base = _matching(pattern, base, variant)
    low = min(_int_keyword(schema, "minLength") or 0, _MAX_LENGTH)
    high = _int_keyword(schema, "maxLength")
    if len(base) < low:
        base += "x" * (low - len(base))
    if high is not None and len(base) > high:
        base = base[:high] if variant == 0 or high == 0 else (base[: max(high - 1, 0)] + str(variant % 10))[:high]
    return base


def _matching(pattern: str, preferred: str, variant: int) -> str:
    """A string `pattern` matches: `preferred`, a simple candidate, one built from the pattern, else `preferred`.

    The pattern-built string (`engine/regex_example.py`) is the last resort because the candidates read better.
    """
    try:
        compiled = re.compile(pattern)
    except (re.error, RecursionError):
        return preferred
    candidates = [preferred, *_PATTERN_CANDIDATES]
    if variant:
        candidates = [f"{candidate}{variant}" for candidate in candidates] + candidates
    found = next((candidate for candidate in candidates if compiled.search(candidate)), None)
    return found if found is not None else example_matching(pattern) or preferred


def _number(schema: dict[str, Any], variant: int, *, integer: bool) -> int | float:
    low, low_open = _bound(schema, "minimum", "exclusiveMinimum", max)
    high, high_open = _bound(schema, "maximum", "exclusiveMaximum", min)
    step = schema.get("multipleOf")
    if not isinstance(step, (int, float)) or isinstance(step, bool) or not step > 0:
        step = 1 if integer else None
    elif integer and not float(step).is_integer():
        step = 1
    if step is not None:
        return _on_grid(float(step), low, low_open, high, high_open, variant)
    value: float = variant
    if low is not None and (value < low or (low_open and value == low)):
        value = low if not low_open else low + 1 if high is None or low + 1 < high else (low + high) / 2
    if high is not None and (value > high or (high_open and value == high)):
        value = high if not high_open else high - 1 if low is None or high - 1 > low else (low + high) / 2
    return int(value) if float(value).is_integer() else value


def _on_grid(
    step: float, low: float | None, low_open: bool, high: float | None, high_open: bool, variant: int
) -> int | float:
    """The multiple of `step` nearest above 0 (or the lower bound) that the bounds allow, `variant` steps further."""
    first = 0
    if low is not None:
        first = math.ceil(low / step)
        if low_open and first * step <= low:
            first += 1
    elif high is not None and high < 0:
        first = math.floor(high / step)
    count = first + variant
    if high is not None:
        last = math.floor(high / step)
        if high_open and last * step >= high:
            last -= 1
        count = min(count, last)
    value = count * step
    return int(value) if float(value).is_integer() else value


def _bound(schema: dict[str, Any], closed: str, opened: str, pick: Any) -> tuple[float | None, bool]:
    """The effective bound from `minimum`/`exclusiveMinimum` (or the maximum pair) and whether it is open."""
    values: list[tuple[float, bool]] = []
    for key, is_open in ((closed, False), (opened, True)):
        value = schema.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            values.append((value, is_open))
    if not values:
        return None, False
    best = pick(value for value, _ in values)
    return best, any(value == best and is_open for value, is_open in values)
