"""Post-generation hook: write `parley_client/calls/`, one typed call function per operation.

For every operation listed in tools/sdk_calls.yaml, `calls/<module>.py` gets a function named as
the operation (or, for an entry with `keywords: Name`, only a `TypedDict` of its body fields, see
`keywords`): its path parameters positional, its query parameters and JSON body fields as
keyword arguments (typed from openapi.yaml, `NOT_GIVEN` by default when optional), the per-call
options (`**options: Unpack[RequestOptions]`, `PostOptions` where the operation takes an
`Idempotency-Key`), answering a `Call[Model]` or, for a cursor list, a `PageCall[Item]`. The
`parley` overlay binds these functions as its resources' methods (sync and async); the package's
own runtime for them, `calls/__init__.py`, is a copy of tools/modules/calls_init.py.

Usage: python tools/sdk_calls.py PACKAGE_DIR SPEC
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path
from typing import Any, NoReturn

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.request_params import Emitter, ref_name  # after the repository root is on sys.path

HERE = Path(__file__).resolve().parent
METHODS = ("get", "post", "put", "patch", "delete")


def fail(message: str) -> NoReturn:
    """Stop the generation with a message that names the hook."""
    raise SystemExit(f"sdk_calls: {message}; update openapi.yaml, tools/sdk_calls.yaml or this hook")


class Hints(Emitter):
    """Argument types: a component's `...Param` name where params.py defines it, else the type inline."""

    def __init__(self, schemas: dict[str, Any], defined: set[str]) -> None:
        super().__init__(schemas)
        self.defined = defined
        self.used: set[str] = set()

    def component(self, name: str) -> str:
        """`NameParam` if params.py has it, else the component's own schema, inlined."""
        if f"{name}Param" in self.defined:
            self.used.add(f"{name}Param")
            return f"{name}Param"
        return self.hint({key: value for key, value in self.schemas[name].items() if key != "default"}, name)


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """`node`, or what its local `$ref` points to."""
    ref = node.get("$ref")
    if not ref:
        return node
    target: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return dict(target)


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """Every operation by id: its method, path and object."""
    found = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                shared = item.get("parameters", [])  # the path item's, shared by its operations
                op = {**item[method], "parameters": [*shared, *item[method].get("parameters", [])]}
                found[op["operationId"]] = (method, path, op)
    return found


def answer(spec: dict[str, Any], op: dict[str, Any], where: str) -> tuple[str, str | None, str]:
    """The 2xx JSON model of `op`; for a list (`list_...` answering models), the item model and its field."""
    for status in ("200", "201"):
        schema = op["responses"].get(status, {}).get("content", {}).get("application/json", {}).get("schema")
        if schema is not None:
            model = ref_name(schema)
            if model is None:
                fail(f"{where}: the {status} answer is not a $ref to a model")
            properties = spec["components"]["schemas"][model].get("properties", {})
            items = {key: ref_name(value.get("items", {})) for key, value in properties.items()}
            arrays = {key: item for key, item in items.items() if item}
            if where.startswith("list_") and len(arrays) == 1:
                ((field, item),) = arrays.items()
                return model, item, field
            return model, None, ""
    fail(f"{where}: no 200 or 201 JSON answer")


PAGE_PARAMETERS = ("after", "page", "offset")
"""The query parameters that ask for the next page, one per list style (cursor, page number, offset)."""


def function(spec: dict[str, Any], hints: Hints, name: str, op: dict[str, Any], entry: dict[str, Any]) -> list[str]:
    """The source of one call function."""
    path_args: list[str] = []
    query: list[tuple[str, str, bool]] = []
    post = False
    for parameter in map(lambda node: resolve(spec, node), op.get("parameters", [])):
        where = f"{name}.{parameter['name']}"
        if parameter["in"] == "header" and parameter["name"] == "Idempotency-Key":
            post = True
        elif parameter["in"] == "path":
            path_args.append(f"{parameter['name']}: {hints.hint(parameter['schema'], where)}")
        elif parameter["in"] == "query":
            schema = parameter["schema"]
            hint = "datetime.datetime" if schema.get("format") == "date-time" else hints.hint(schema, where)
            query.append((parameter["name"], hint, parameter.get("required", False)))
        else:
            fail(f"{where}: a {parameter['in']} parameter")
    body_fields: list[tuple[str, str, bool]] = []
    body = op.get("requestBody")
    if body:
        schema = resolve(spec, body["content"]["application/json"]["schema"])
        required = set(schema.get("required", []))
        for key, value in schema.get("properties", {}).items():
            body_fields.append((key, hints.hint(value, f"{name}.body.{key}"), key in required))
    positional = list(entry.get("positional", []))
    named = {field[0]: field for field in query + body_fields}
    unknown = set(positional) - named.keys()
    if unknown:
        fail(f"{name}: positional {sorted(unknown)} are not its fields")

    def argument(field: tuple[str, str, bool]) -> str:
        key, hint, required = field
        return f"{key}: {hint}" if required else f"{key}: {hint} | NotGiven = NOT_GIVEN"

    params = path_args + [argument(named[key]) for key in positional]
    rest = [argument(field) for field in query + body_fields if field[0] not in positional]
    if rest:
        params += ["*", *rest]
    params.append(f"**options: Unpack[{'PostOptions' if post else 'RequestOptions'}]")
    model, item, items_field = answer(spec, op, name)
    hints.used.add(model)
    module = op["tags"][0]
    path_names = [arg.split(":")[0] for arg in path_args]
    doc = entry["doc"].replace("\n", "\n    ").replace("\n    \n", "\n\n")
    lines = [
        "",
        "",
        f"def {name}(",
        *(f"    {param}," for param in params),
        f") -> {f'PageCall[{item}]' if item else f'Call[{model}]'}:",
        f'    """{doc}"""' if "\n" not in doc else f'    """{doc}\n    """',
        f'    checked(options, {"PostOptions" if post else "RequestOptions"}, "{name}()")',
        f"    from ..api.{module} import {name} as operation",
        f"    from ..models import {model}",
        "",
    ]
    if item:
        hints.used.add(item)
        given = ", ".join(f"{key}={key}" for key in path_names + [field[0] for field in query])
        following = next((key for key in PAGE_PARAMETERS if key in {field[0] for field in query}), None)
        lines.append(
            f"    return PageCall(operation.request_kwargs, fields({given}), {model}.decode, options, "
            f"{items_field!r}, {following!r})"
        )
        return lines
    call_args = list(path_names)
    if query:
        call_args.append("**fields(" + ", ".join(f"{key}={key}" for key, _, _ in query) + ")")
    if body_fields:
        lines.append("    body = fields(" + ", ".join(f"{key}={key}" for key, _, _ in body_fields) + ")")
        call_args.append("body=body" if body and body.get("required") else "**fields(body=body or NOT_GIVEN)")
    if post:
        call_args.append("idempotency_key=idempotency_key(options)")
    lines.append(f"    return Call(operation.request_kwargs({', '.join(call_args)}), options, {model}.decode)")
    return lines


def keywords(spec: dict[str, Any], hints: Hints, name: str, op: dict[str, Any], entry: dict[str, Any]) -> list[str]:
    """A `TypedDict` of the operation's JSON body fields as keyword arguments, but those `entry` takes itself.

    For the operations the overlay writes by hand (streams, message normalisation): their
    `**params` are typed by it, so a field the spec adds reaches them through `make generate`.
    """
    schema = resolve(spec, op["requestBody"]["content"]["application/json"]["schema"])
    required = set(schema.get("required", []))
    excluded = set(entry.get("exclude", []))
    unknown = excluded - schema.get("properties", {}).keys()
    if unknown:
        fail(f"{name}: exclude {sorted(unknown)} are not its fields")
    doc = entry["doc"].replace("\n", "\n    ").replace("\n    \n", "\n\n")
    doc = f'    """{doc}"""' if "\n" not in doc else f'    """{doc}\n    """'
    lines = ["", "", f"class {entry['keywords']}(PostOptions, total=False):", doc, ""]
    for key, value in schema.get("properties", {}).items():
        if key not in excluded:
            hint = hints.hint(value, f"{name}.body.{key}")
            lines.append(f"    {key}: Required[{hint}]" if key in required else f"    {key}: {hint} | NotGiven")
    return lines


def render(spec: dict[str, Any], module: str, entries: dict[str, Any], defined: set[str]) -> str:
    """The source of `calls/<module>.py`."""
    hints = Hints(spec["components"]["schemas"], defined)
    found = operations(spec)
    body: list[str] = []
    for name, entry in entries.items():
        if name not in found:
            fail(f"no operation {name}")
        write = keywords if "keywords" in entry else function
        body += write(spec, hints, name, found[name][2], entry)
    text = "\n".join(body)
    params = sorted(name for name in hints.used if name in defined)
    unions = sorted(name for name in hints.used if "oneOf" in spec["components"]["schemas"].get(name, {}))
    models = sorted(name for name in hints.used if name not in defined and name not in unions)
    return "\n".join(
        [
            f'"""The typed calls of the `{module}` operations (written by tools/sdk_calls.py; `make generate`)."""',
            "",
            "from __future__ import annotations",
            "",
            "import datetime",
            "from collections.abc import Mapping, Sequence",
            "from typing import TYPE_CHECKING, Any, Literal",
            "",
            "from . import NOT_GIVEN, Call, NotGiven, PageCall, PostOptions, RequestOptions, checked, fields",
            "from . import idempotency_key",
            "",
            "if TYPE_CHECKING:",
            "    from typing_extensions import Required, Unpack",
            "",
            *([f"    from ..models import {', '.join(models)}"] if models else []),
            *([f"    from ..params import {', '.join(params)}"] if params else []),
            *([f"    from ..unions import {', '.join(unions)}"] if unions else []),
            text,
            "",
        ]
    )


def main(package: Path, spec_path: Path) -> None:
    """Write calls/__init__.py and one calls/<module>.py per module of tools/sdk_calls.yaml."""
    spec = yaml.safe_load(spec_path.read_text())
    table = yaml.safe_load((HERE / "sdk_calls.yaml").read_text())
    defined = set(re.findall(r"^(?:class )?(\w+Param)\b", (package / "params.py").read_text(), re.M))
    (package / "calls").mkdir(exist_ok=True)
    shutil.copyfile(HERE / "modules" / "calls_init.py", package / "calls" / "__init__.py")
    for module, entries in table.items():
        (package / "calls" / f"{module}.py").write_text(render(spec, module, entries, defined))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
