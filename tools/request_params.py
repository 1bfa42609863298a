"""The source of `parley_client/params.py`: the JSON request bodies' shapes, as `TypedDict`s.

openapi-python-client types a request body as its model class; a caller who writes the body as
JSON (a dict, as `request_kwargs` accepts it and as the SDK's keyword arguments take nested
values) gets no help from a type checker. This module gives every component schema that a JSON
request body reaches its input type, named `<Schema>Param`:

- an object with `properties`: a `TypedDict` (its required properties `Required[...]`, the rest
  optional), with the schema's and each property's `description` as docstrings;
- an object with only `additionalProperties`: `Mapping[str, <value type>]` (`Any` when free-form);
- a `oneOf` or `anyOf`: the union of its members; an `enum` or a `const`: a `Literal`;
- `string`, `integer`, `number`, `boolean`, `null`: `str`, `int`, `float`, `bool`, `None`; an
  `array`: `Sequence[<item type>]`; a list of types: their union; no type at all: `Any`.

Definitions come in dependency order, so the module imports at run time on every supported Python
(`TypedDict` keeps the annotations as strings; nothing but the aliases is evaluated). An object
with `properties` that is not a component fails the generation: it would need a name.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

SCHEMA_REF = re.compile(r"^#/components/schemas/([A-Za-z0-9_.-]+)$")
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


def fail(message: str) -> None:
    """Stop the generation with a message that names this module."""
    raise SystemExit(f"request_params: {message}; update openapi.yaml or tools/request_params.py")


def ref_name(schema: dict[str, Any]) -> str | None:
    """The component a `$ref` points to, or None."""
    ref = schema.get("$ref")
    if ref is None:
        return None
    match = SCHEMA_REF.match(ref)
    if match is None:
        fail(f"a $ref outside #/components/schemas: {ref!r}")
        raise AssertionError  # unreachable: fail() exits
    return match.group(1)


class Emitter:
    """Writes the input types of the components the request bodies reach, dependencies first."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.done: set[str] = set()
        self.visiting: set[str] = set()
        self.out: list[str] = []

    def component(self, name: str) -> str:
        """The input type's name of component `name`, its definition (and its dependencies') written once."""
        if name not in self.schemas:
            fail(f"no component schema {name}")
        if name not in self.done:
            if name in self.visiting:
                fail(f"{name} refers to itself")
            self.visiting.add(name)
            self.define(name, self.schemas[name])
            self.visiting.discard(name)
            self.done.add(name)
        return f"{name}Param"

    def hint(self, schema: dict[str, Any], where: str) -> str:
        """The type of a value that `schema` describes."""
        name = ref_name(schema)
        if name is not None:
            return self.component(name)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return union(self.hint(member, f"{where}.{key}") for member in schema[key])
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        if "enum" in schema:
            values = [value for value in schema["enum"] if value is not None]
            literal = f"Literal[{', '.join(map(repr, values))}]"
            return union([literal, "None"]) if None in schema["enum"] else literal
        kind = schema.get("type")
        if isinstance(kind, list):
            return union(self.hint({**schema, "type": each}, where) for each in kind)
        if kind in SCALARS:
            return SCALARS[kind]
        if kind == "array":
            return f"Sequence[{self.hint(schema.get('items', {}), f'{where}[]')}]"
        if kind == "object" or "additionalProperties" in schema:
            if "properties" in schema:
                fail(f"{where} is an object with properties but no component of its own")
            values = schema.get("additionalProperties", True)
            return f"Mapping[str, {self.hint(values, f'{where}.*') if isinstance(values, dict) else 'Any'}]"
        if kind is None:
            return "Any"
        fail(f"{where}: no input type for {schema!r}")
        raise AssertionError  # unreachable: fail() exits

    def define(self, name: str, schema: dict[str, Any]) -> None:
        """Write the input type of one component: a `TypedDict` for an object with properties, else an alias."""
        properties: dict[str, Any] = schema.get("properties", {})
        if not properties:
            self.out += ["", "", f"{name}Param = {self.hint(schema, name)}"]
            self.out.append(docstring(schema.get("description") or f"The `{name}` schema.", ""))
            return
        required = set(schema.get("required", []))
        fields = {
            key: (self.hint(value, f"{name}.{key}"), value.get("description")) for key, value in properties.items()
        }
        self.out += ["", "", f"class {name}Param(TypedDict, total=False):"]
        self.out += [docstring(schema.get("description") or f"The `{name}` schema.", "    "), ""]
        documented = False  # a blank line sets a documented field apart from its neighbours
        for index, (key, (hint, description)) in enumerate(fields.items()):
            if not key.isidentifier():
                fail(f"{name}.{key} is not a Python identifier")
            if index and (description or documented):
                self.out.append("")
            self.out.append(f"    {key}: {f'Required[{hint}]' if key in required else hint}")
            if description:
                self.out.append(docstring(description, "    "))
            documented = bool(description)


def union(members: Any) -> str:
    """`A | B`, each member once, in order."""
    unique: list[str] = []
    for member in members:
        for part in member.split(" | "):
            if part not in unique:
                unique.append(part)
    return " | ".join(unique)


def docstring(text: str, indent: str) -> str:
    """`text` as a docstring at `indent` (backslashes and triple quotes escaped)."""
    body = "\n".join(line.rstrip() for line in text.strip().replace("\\", "\\\\").splitlines())
    body = body.replace('"""', '\\"\\"\\"')
    if "\n" not in body:
        return f'{indent}"""{body}"""'
    return f'{indent}"""{textwrap.indent(body, indent).lstrip()}\n{indent}"""'


def json_bodies(spec: dict[str, Any]) -> list[str]:
    """The component schemas of the operations' JSON request bodies, in the spec's order."""
    found: list[str] = []
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            media = operation["requestBody"].get("content", {}).get("application/json")
            name = ref_name(media["schema"]) if media else None
            if media and name is None:
                fail(f"the JSON body of {operation.get('operationId')} is not a $ref to a component")
            if name is not None and name not in found:
                found.append(name)
    return found


def render(spec: dict[str, Any]) -> str:
    """The source of params.py."""
    emitter = Emitter(spec["components"]["schemas"])
    bodies = [emitter.component(name) for name in json_bodies(spec)]
    if not bodies:
        fail("the spec has no JSON request body")
    head = [
        '"""The input shapes of the JSON request bodies: each component schema a body reaches, as a `TypedDict`.',
        "",
        "`<Schema>Param` is what a caller writes as JSON for the schema `<Schema>` (a `TypedDict` for an",
        "object, else an alias): the body that `request_kwargs(body=...)` of an operation also takes as a",
        "mapping, and the values nested in it. For type checkers; at run time they are plain dicts.",
        "(Written by tools/request_params.py from openapi.yaml; `make generate`.)",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping, Sequence",
        "from typing import TYPE_CHECKING, Any, Literal, TypedDict",
        "",
        "if TYPE_CHECKING:",
        "    from typing_extensions import Required",
    ]
    names = sorted(emitter.done)
    tail = ["", "", "__all__ = (", *[f"    {name + 'Param'!r}," for name in names], ")", ""]
    return "\n".join(head + emitter.out + tail)
