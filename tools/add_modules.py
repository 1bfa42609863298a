"""Post-generation hook: add the two modules openapi-python-client's templates cannot create.

Templates only replace files the generator already writes, so this hook (run by
generator-config.yaml, before ruff formats the output) writes into the generated package:

- `_decoding.py` and `_timestamps.py`, copies of tools/modules/: what the models' `decode` methods
  share (`new_object`, `decode_list`, and `parse_timestamp`, dateutil's `isoparse` made fast for the
  API's own forms);
- `_paths.py`, a copy too: `path_segment`, with which every operation puts a path parameter into its
  URL (one segment, percent-encoded; `""`, `.` and `..` refused);
- `params.py`, made from the spec by tools/request_params.py: the JSON request bodies' shapes as
  `TypedDict`s (`ChatCompletionRequestParam`, `ChatResponseFormatParam`, ...);
- `unions.py`, made from the spec: the generator inlines each `oneOf` where it is used and names
  none of them, so this module gives every `oneOf` schema of `components/schemas` its name as a
  type alias of its generated model classes, plus, for a union with a `discriminator`, a table of
  its models by tag and a decoder by tag (`decode_thread_event(data)`).

It fails loudly when the spec or the generated package is not what it expects (a variant that is
not a `$ref` to an object schema, a tag that the variant does not pin with `const`, a class the
generator named otherwise), so neither a spec change nor a generator upgrade can skip it silently.

Usage: python tools/add_modules.py PACKAGE_DIR SPEC
"""

from __future__ import annotations

import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, snake_case

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools import request_params  # after the repository root is on sys.path

HERE = Path(__file__).resolve().parent
SCHEMA_REF = re.compile(r"^#/components/schemas/([A-Za-z0-9_.-]+)$")


@dataclass(frozen=True)
class Variant:
    """One member of a named union: its schema, generated class and module, and its tag value."""

    schema: str
    class_name: str
    module: str
    tag: str | None


@dataclass(frozen=True)
class Union:
    """One `oneOf` schema of the spec's components."""

    name: str
    description: str
    tag_property: str | None
    variants: tuple[Variant, ...]

    @property
    def snake(self) -> str:
        """The union's name in snake_case (`thread_event`)."""
        return snake_case(self.name)

    @property
    def table(self) -> str:
        """The name of its tag table (`THREAD_EVENT_MODELS`)."""
        return f"{self.snake.upper()}_MODELS"


def fail(message: str) -> None:
    """Stop the generation with a message that names the hook."""
    raise SystemExit(f"add_modules: {message}; update openapi.yaml or this hook")


def schema_name(ref: Any, where: str) -> str:
    """The component name a `$ref` points to."""
    match = SCHEMA_REF.match(ref if isinstance(ref, str) else "")
    if match is None:
        fail(f"{where}: expected a $ref to #/components/schemas/..., got {ref!r}")
        raise AssertionError  # unreachable: fail() exits
    return match.group(1)


def read_unions(spec: dict[str, Any], package: Path) -> list[Union]:
    """Every `oneOf` of components/schemas, its variants resolved to generated classes."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    unions = []
    for name, schema in schemas.items():
        if "oneOf" not in schema:
            continue
        discriminator = schema.get("discriminator")
        tag_property = discriminator["propertyName"] if discriminator else None
        mapping = {
            schema_name(ref, f"{name}.discriminator.mapping.{tag}"): tag
            for tag, ref in (discriminator or {}).get("mapping", {}).items()
        }
        variants = []
        for index, member in enumerate(schema["oneOf"]):
            variant = schema_name(member.get("$ref"), f"{name}.oneOf[{index}]")
            target = schemas[variant]
            tag = None
            if tag_property is not None:
                tag = target.get("properties", {}).get(tag_property, {}).get("const")
                if not isinstance(tag, str) or tag_property not in target.get("required", []):
                    fail(f"{variant} must pin the required `{tag_property}` of {name} with a string const")
                if mapping and mapping.get(variant) != tag:
                    fail(f"{name}.discriminator.mapping disagrees with {variant}'s const {tag!r}")
            variants.append(resolve(variant, tag, package))
        tags = [variant.tag for variant in variants]
        if tag_property is not None and len(set(tags)) != len(tags):
            fail(f"two variants of {name} share a `{tag_property}` value")
        description = " ".join(str(schema.get("description", name)).split()).replace("\\", "\\\\").replace('"', "'")
        unions.append(Union(name, description, tag_property, tuple(variants)))
    return unions


def resolve(schema: str, tag: str | None, package: Path) -> Variant:
    """The generated class of a component schema, checked against the generated file."""
    class_name = ClassName(schema, "")
    module = snake_case(class_name)
    path = package / "models" / f"{module}.py"
    if not path.exists() or f"\nclass {class_name}:" not in path.read_text():
        fail(f"no class {class_name} in {path} for the schema {schema}")
    return Variant(schema, class_name, module, tag)


def render(unions: list[Union]) -> str:
    """The source of unions.py."""
    models = sorted({(variant.module, variant.class_name) for union in unions for variant in union.variants})
    out = [
        '"""The spec\'s named unions: each `oneOf` schema of openapi.yaml, as a type alias and a decoder.',
        "",
        "openapi-python-client inlines a `oneOf` where it is used (a field typed `A | B`, parsed by trying",
        "`A`, then `B`) and names none of them. Here each one has its schema's name, as the union of its",
        "generated model classes (usable in annotations, `isinstance` and `typing.get_args`), and each",
        "union with a `discriminator` has a table of its models by tag and a `decode_<name>(data)` that",
        "picks the model by tag and returns `Model.decode(data)`, raising ValueError (naming the union, the",
        "tag and the known tags) for a tag it does not know and TypeError for data that is not an object.",
        "Models are imported on first use of a name, as `parley_client.models` does.",
        "(Written by tools/add_modules.py from openapi.yaml; `make generate`.)",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import functools",
        "import operator",
        "from collections.abc import Mapping",
        "from importlib import import_module",
        "from typing import TYPE_CHECKING, Any, cast",
        "",
        "if TYPE_CHECKING:",
        "    from typing import TypeAlias",
        "",
    ]
    out += [f"    from .models.{module} import {class_name}" for module, class_name in models]
    out.append("")
    for union in unions:
        members = " | ".join(variant.class_name for variant in union.variants)
        out.append(f"    {union.name}: TypeAlias = {members}")
        out.append(f'    """{union.description}"""')
        if union.tag_property is not None:
            out.append(f"    {union.table}: dict[str, type[{union.name}]]")
            out.append(f'    """The models of `{union.name}` by their `{union.tag_property}`."""')
    out += ["", "", "_MEMBERS: dict[str, tuple[tuple[str, str], ...]] = {"]
    for union in unions:
        pairs = ", ".join(f"({variant.module!r}, {variant.class_name!r})" for variant in union.variants)
        out.append(f"    {union.name!r}: ({pairs},),")
    out += ["}", "_TAGS: dict[str, tuple[str, dict[str, str]]] = {"]
    for union in unions:
        if union.tag_property is not None:
            tags = ", ".join(f"{variant.tag!r}: {variant.class_name!r}" for variant in union.variants)
            out.append(f"    {union.table!r}: ({union.name!r}, {{{tags}}}),")
    out += [
        "}",
        "_TABLES: dict[str, dict[str, Any]] = {}",
        "",
        "",
        "def _model(module: str, name: str) -> Any:",
        '    return getattr(import_module(f"{__package__}.models.{module}"), name)',
        "",
        "",
        "def _table(table: str) -> dict[str, Any]:",
        '    """A union\'s models by tag, imported on first use."""',
        "    models = _TABLES.get(table)",
        "    if models is None:",
        "        union, by_tag = _TAGS[table]",
        "        modules = dict((name, module) for module, name in _MEMBERS[union])",
        "        models = _TABLES[table] = {tag: _model(modules[name], name) for tag, name in by_tag.items()}",
        "    return models",
        "",
        "",
        "def _decode(table: str, tag_property: str, data: Any) -> Any:",
        "    models = _TABLES.get(table) or _table(table)",
        "    if data.__class__ is not dict and not isinstance(data, Mapping):",
        "        union = _TAGS[table][0]",
        '        raise TypeError(f"{union}: expected a JSON object, got {type(data).__name__}")',
        "    tag = data.get(tag_property)",
        "    model = models.get(tag) if tag.__class__ is str else None",
        "    if model is None:",
        "        union = _TAGS[table][0]",
        '        known = ", ".join(repr(key) for key in models)',
        "        if tag_property not in data:",
        '            raise ValueError(f"{union}: the object has no `{tag_property}`; expected one of {known}")',
        '        raise ValueError(f"{union}: unknown `{tag_property}` {tag!r}; expected one of {known}")',
        "    return model.decode(data)",
    ]
    for union in unions:
        if union.tag_property is None:
            continue
        tags = ", ".join(f"`{variant.tag}`" for variant in union.variants)
        out += [
            "",
            "",
            f"def decode_{union.snake}(data: Any) -> {union.name}:",
            f'    """The `{union.name}` model that `data["{union.tag_property}"]` names ({tags}), decoded."""',
            f"    return cast({union.name!r}, _decode({union.table!r}, {union.tag_property!r}, data))",
        ]
    out += [
        "",
        "",
        "if not TYPE_CHECKING:",
        "",
        "    def __getattr__(name: str) -> Any:",
        "        if name in _MEMBERS:",
        "            value = functools.reduce(operator.or_, (_model(*member) for member in _MEMBERS[name]))",
        "        elif name in _TAGS:",
        "            value = _table(name)",
        "        else:",
        '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "        globals()[name] = value",
        "        return value",
        "",
        "    def __dir__() -> list[str]:",
        "        return sorted({*globals(), *_MEMBERS, *_TAGS})",
        "",
        "",
        "__all__ = (",
    ]
    names = [union.name for union in unions]
    names += [union.table for union in unions if union.tag_property is not None]
    names += [f"decode_{union.snake}" for union in unions if union.tag_property is not None]
    out += [f"    {name!r}," for name in sorted(names)]
    out += [")", ""]
    return "\n".join(out)


def main(package: Path, spec_path: Path) -> None:
    """Write _decoding.py, _paths.py, _timestamps.py, params.py and unions.py into the generated package."""
    for module in ("_decoding.py", "_paths.py", "_timestamps.py"):
        shutil.copyfile(HERE / "modules" / module, package / module)
    spec = yaml.safe_load(spec_path.read_text())
    unions = read_unions(spec, package)
    if not unions:
        fail("the spec has no oneOf schema in components")
    (package / "unions.py").write_text(render(unions))
    (package / "params.py").write_text(request_params.render(spec))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
