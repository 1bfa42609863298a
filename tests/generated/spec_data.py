"""Hypothesis strategies for JSON data shaped by the spec's own schemas, valid or broken on purpose.

The schemas are an independent source of wire keys and shapes (not the generated code under test):
`schema_values` draws values that follow a schema most of the time; `broken` changes one spot inside
a value (a key dropped or added, a value replaced or given another type, a const, enum or date
changed). `model_data(name)` mixes both for the component schema `name`.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from tests.spec_model import Spec

SPEC = Spec.load(Path(__file__).resolve().parents[2] / "openapi.yaml")
SCHEMAS = SPEC.schemas()

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.floats(allow_nan=False, width=16) | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2),
    max_leaves=4,
)

TIMESTAMPS = st.sampled_from(
    [
        "2026-11-22T09:31:00Z",
        "2026-11-22T09:31:00.123Z",
        "2026-11-22T09:31:00.123456Z",
        "2026-11-22T09:31:00.123456+00:00",
        "2026-11-22T09:31:00.123456+01:00",
        "2026-11-22T09:31:00",
        "2026-11-22",
        "2026-11-22T24:00:00Z",
        "2026-13-22T09:31:00Z",
        "2026-11-22T09:31:00.1234567Z",
        "2026-11-22 09:31:00Z",
        "not a date",
        "",
    ]
)
"""Date-times the API sends and others isoparse reads, or refuses, differently."""


def schema_values(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values valid for `schema` most of the time, built from the spec's JSON Schema."""
    schema = SPEC.resolve(schema)
    if depth > 4:
        return st.none()
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            return st.one_of([schema_values(option, depth + 1) for option in schema[combiner]])
    kinds = schema.get("type", "object" if "properties" in schema else None)
    if isinstance(kinds, list):
        return st.one_of([schema_values({**schema, "type": kind}, depth) for kind in kinds])
    if kinds == "null":
        return st.none()
    if kinds == "boolean":
        return st.booleans()
    if kinds == "integer":
        return st.integers(0, 10**6)
    if kinds == "number":
        return st.floats(allow_nan=False, allow_infinity=False, width=32)
    if kinds == "string":
        if schema.get("format") == "date-time":
            return TIMESTAMPS
        return st.text(max_size=6)
    if kinds == "array":
        return st.lists(schema_values(schema.get("items", {}), depth + 1), max_size=3)
    if kinds == "object":
        return objects(schema, depth)
    return JSON_VALUES


def objects(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    """Objects with the required keys, some optional ones and, where allowed, an unknown one."""
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    fixed = {key: schema_values(value, depth + 1) for key, value in properties.items() if key in required}
    optional = {key: schema_values(value, depth + 1) for key, value in properties.items() if key not in required}
    extra = schema.get("additionalProperties", True)
    if extra is False:
        extras: st.SearchStrategy[dict[str, Any]] = st.just({})
    elif isinstance(extra, dict):
        extras = st.dictionaries(st.sampled_from(["zz", "note"]), schema_values(extra, depth + 1), max_size=2)
    else:
        extras = st.dictionaries(st.sampled_from(["zz", "note", "x-1"]), JSON_VALUES, max_size=2)
    return st.builds(lambda a, b: {**b, **a}, st.fixed_dictionaries(fixed, optional=optional), extras)


@st.composite
def broken(draw: st.DrawFn, value: Any) -> Any:
    """`value` with one random change somewhere inside it."""
    value = copy.deepcopy(value)
    containers = [value]
    spots: list[tuple[Any, Any]] = []
    while containers:
        node = containers.pop()
        if isinstance(node, dict):
            spots += [(node, key) for key in node]
            containers += list(node.values())
        elif isinstance(node, list):
            spots += [(node, index) for index in range(len(node))]
            containers += node
    if not spots:
        return draw(st.one_of(st.just(value), JSON_VALUES))
    node, key = draw(st.sampled_from(spots))
    change = draw(st.sampled_from(["drop", "replace", "retype", "add", "timestamp"]))
    if change == "drop" and isinstance(node, dict):
        del node[key]
    elif change == "add" and isinstance(node, dict):
        node[draw(st.sampled_from(["unexpected", "type", "role"]))] = draw(JSON_VALUES)
    elif change == "retype":
        node[key] = draw(st.sampled_from([None, 0, 1.5, "", [], {}, "nope", True, [{}], {"a": []}]))
    elif change == "timestamp":
        node[key] = draw(TIMESTAMPS)
    else:
        node[key] = draw(JSON_VALUES)
    return value


def model_data(name: str) -> st.SearchStrategy[Any]:
    """Data for the schema `name`: valid, or valid then broken in one spot."""
    valid = schema_values(SCHEMAS[name])
    return st.one_of(valid, valid.flatmap(broken))


WRONG_VALUES: list[Any] = [None, 0, 1.5, True, "", "nope", [], [{}], {}, {"a": []}, "2026-11-22T09:31:00.123456Z"]
"""What a deliberate change puts in a spot: a value of each JSON type (and a valid date-time)."""


def full_value(schema: dict[str, Any], choice: int, depth: int = 0) -> Any:
    """A valid value for `schema` with every optional key present, taking option `choice` of each union."""
    schema = SPEC.resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][choice % len(schema["enum"])]
    for combiner in ("oneOf", "anyOf"):
        if combiner in schema:
            options = schema[combiner]
            return full_value(options[choice % len(options)], choice, depth + 1)
    kinds = schema.get("type", "object" if "properties" in schema else None)
    if isinstance(kinds, list):
        kinds = [kind for kind in kinds if kind != "null"][0] if choice % 2 == 0 else "null"
    if kinds == "null" or depth > 6:
        return None
    if kinds == "boolean":
        return True
    if kinds == "integer":
        return 3
    if kinds == "number":
        return 1.5
    if kinds == "string":
        return "2026-11-22T09:31:00.123456Z" if schema.get("format") == "date-time" else "text"
    if kinds == "array":  # one item, or two (the inline decoders have a path for each)
        items = schema.get("items", {})
        return [full_value(items, index, depth + 1) for index in range(choice, choice + 1 + choice % 2)]
    if kinds == "object":
        properties = schema.get("properties", {})
        return {key: full_value(value, choice, depth + 1) for key, value in properties.items()}
    return {"any": [1, "json"]}


def valid_samples(name: str) -> list[Any]:
    """`full_value` of the schema `name` for each union option (and each nullable's two sides)."""
    samples: list[Any] = []
    for choice in range(9):
        value = full_value(SCHEMAS[name], choice)
        if value not in samples:
            samples.append(value)
    return samples


def single_changes(value: Any) -> list[Any]:
    """Every copy of `value` with one change: a key dropped or added, or a value replaced by a WRONG_VALUE."""
    changed: list[Any] = []

    def visit(node: Any, rebuild: Any) -> None:
        if isinstance(node, dict):
            for key in node:
                changed.append(rebuild({k: v for k, v in node.items() if k != key}))
                for wrong in WRONG_VALUES:
                    changed.append(rebuild({**node, key: wrong}))
                visit(node[key], lambda new, key=key: rebuild({**node, key: new}))
            changed.append(rebuild({**node, "unexpected": [1]}))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                visit(item, lambda new, index=index: rebuild([*node[:index], new, *node[index + 1 :]]))

    visit(value, lambda new: new)
    return changed
