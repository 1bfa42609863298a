"""Write docs/api.md, the API reference of `parley`, from the live package (`make docs`).

Every public class and method, with its signature (from `inspect`), the operationId it calls
(observed by `tools/api_surface.py`: each API method is called and the request it sends is matched
against openapi.yaml) and the first paragraph of its docstring. Nothing in docs/api.md is written
by hand: change the code or its docstrings, then `make docs`. `tests/readme/test_api_reference.py`
fails when the file is not what this script writes.

Usage: python tools/api_reference.py [--check] [--output docs/api.md]
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import itertools
import re
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `tools` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.api_surface import Method, Resource, Surface, member, public_names
from tools.doc_links import github_slug

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "api.md"

INTRO = """\
# API reference

Every public class and method of `parley`, written from the package itself by
[`tools/api_reference.py`](../tools/api_reference.py) (`make docs`); a test fails when this page
is out of date, so do not edit it by hand. Each API method shows the **operationId** of
[`openapi.yaml`](../openapi.yaml) it calls, found by calling it and matching the request it sends.
The guides ([README](../README.md#guides)) show the same methods at work.

- **Per-call options.** Besides the arguments shown, every API method takes `**options`:
  `extra_headers`, `extra_query`, `extra_body`, `timeout` and `stream_idle_timeout`
  ([`RequestOptions`](#requestoptions)); the methods that `POST` also take `idempotency_key`
  ([`PostOptions`](#postoptions)).
- **Optional arguments** default to `NOT_GIVEN`: left out of the request, so the server's
  default applies (where `None` would send JSON `null`).
- **Argument types** named `...Param` (`ChatResponseFormatParam`, `MetadataParam`, ...) are the
  `TypedDict`s and aliases of the generated `parley_client.params`, the spec's request schemas:
  pass plain dicts, lists and strings, and a type checker checks their keys. `MessageInput` is a
  message as a string, a dict or a generated message model (`parley._messages`).
- **Async.** `AsyncParley` has the same resources and methods; every API method is awaited. Where
  the async method returns another class (an `AsyncPaginator` for a list, an `AsyncStream` or
  `AsyncThreadRunStream` for a stream), the entry says so.
"""

UNIONS = """\
The spec's `oneOf` schemas by name, from the generated `parley_client.unions` (which also has a
decoder for each, `decode_thread_event(data)`, ...): for annotations, `isinstance` and
`typing.get_args`. Each member is a generated model of `parley_client.models`."""


class _Text:
    """An annotation shown as it is written (`inspect` would quote a string)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


Bindings = dict[str, str]
"""A class's type variables and what it binds them to: `{"RunStreamT": "ThreadRunStream"}`."""


def type_bindings(cls: type | None) -> Bindings:
    """What `cls` binds its generic bases' type variables to (`ThreadHandle(_ThreadHandle["ThreadRunStream"])`)."""
    bindings: Bindings = {}
    for klass in reversed(cls.__mro__ if cls is not None else ()):
        for base in getattr(klass, "__orig_bases__", ()):
            origin = typing.get_origin(base)
            parameters = getattr(origin, "__parameters__", ())
            for parameter, argument in zip(parameters, typing.get_args(base), strict=False):
                shown = getattr(argument, "__forward_arg__", None) or inspect.formatannotation(argument)
                bindings[parameter.__name__] = shown
    return bindings


def clean_annotation(annotation: Any, bindings: Bindings | None = None) -> Any:
    """`annotation` as a reader wants it.

    `| NotGiven` dropped (the default says it), `Unpack[X]` as `X`, a type variable the class binds
    as its binding (`RunStreamT` as `ThreadRunStream`), generated models by their names alone.
    """
    if annotation is inspect.Parameter.empty:
        return annotation
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    text = re.sub(r"\s*\|\s*NotGiven\b|\bNotGiven\s*\|\s*", "", text)
    text = re.sub(r"^Unpack\[(.+)\]$", r"\1", text)
    text = re.sub(r"\bparley_client\.models\.\w+\.", "", text)
    for variable, bound in (bindings or {}).items():
        text = re.sub(rf"\b{variable}\b", bound, text)
    return _Text(text)


def unpacked(function: Any, parameter: inspect.Parameter) -> list[inspect.Parameter]:
    """`parameter` as the reader calls it: `**params: Unpack[ChatParams]` as each of its keywords.

    A method whose keywords are a TypedDict (so that type checkers see them through overloads)
    shows them one by one, then `**options` with the options
    TypedDict they extend (`PostOptions` or `RequestOptions`), as a method that spells out its
    keywords shows them.
    """
    from parley._types import PostOptions, RequestOptions

    annotation = parameter.annotation
    found = re.fullmatch(r"Unpack\[(\w+)\]", annotation) if isinstance(annotation, str) else None
    typed_dict = find_typed_dict(function, found[1]) if found else None
    if (
        parameter.kind is not parameter.VAR_KEYWORD
        or not isinstance(typed_dict, type)
        or not typed_dict_keys(typed_dict)
    ):
        return [parameter]
    keys = typed_dict_keys(typed_dict)
    base = next(
        (options for options in (PostOptions, RequestOptions) if set(options.__annotations__) <= set(keys)), None
    )
    own = {key: shown for key, shown in keys.items() if base is None or key not in base.__annotations__}
    expanded = []
    for key, shown in own.items():
        required = re.fullmatch(r"Required\[(.+)\]", shown)
        default = inspect.Parameter.empty if required else NOT_GIVEN_TEXT
        annotation_text = required[1] if required else re.sub(r"^NotRequired\[(.+)\]$", r"\1", shown)
        expanded.append(
            inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation_text)
        )
    if base is not None:
        expanded.append(parameter.replace(name="options", annotation=base.__name__))
    return expanded


NOT_GIVEN_TEXT = _Text("NOT_GIVEN")


def find_typed_dict(function: Any, name: str) -> Any:
    """The TypedDict `name` of `function`'s module, or of any `parley` module (imported for type checkers only)."""
    found = getattr(inspect.unwrap(function), "__globals__", {}).get(name)
    modules = [module for module_name, module in sorted(sys.modules.items()) if module_name.startswith("parley.")]
    for candidate in [found, *(vars(module).get(name) for module in modules)]:
        if isinstance(candidate, type) and typed_dict_keys(candidate):
            return candidate
    return None


def signature(function: Any, name: str, *, bound: bool = True, bindings: Bindings | None = None) -> str:
    """`name(arguments) -> returned`, without `self` and private parameters (`_trail`)."""
    try:
        found = inspect.signature(function)
    except (TypeError, ValueError):
        return f"{name}(...)"
    listed = list(found.parameters.values())[1 if bound else 0 :]
    parameters = [shown for parameter in listed for shown in unpacked(function, parameter)]
    # The unpacked keywords go with the other keyword-only ones (required ones first), before `**options`.
    parameters.sort(key=lambda parameter: (parameter.kind, parameter.default is not parameter.empty))
    cleaned = found.replace(
        parameters=[
            parameter.replace(annotation=clean_annotation(parameter.annotation, bindings))
            for parameter in parameters
            if not parameter.name.startswith("_")
        ],
        return_annotation=clean_annotation(found.return_annotation, bindings),
    )
    return f"{name}{cleaned}"


def returns(function: Any, bindings: Bindings | None = None) -> str | None:
    """The return annotation of `function`, cleaned, or None."""
    try:
        annotation = inspect.signature(function).return_annotation
    except (TypeError, ValueError):
        return None
    return None if annotation is inspect.Signature.empty else repr(clean_annotation(annotation, bindings))


def summary(obj: Any) -> str:
    """The first paragraph of `obj`'s docstring, on one line ("" when it has none)."""
    doc = inspect.getdoc(obj) or ""
    return " ".join(doc.split("\n\n", 1)[0].split())


def describe(entry: Method) -> str:
    """The entry's one-line description, without the "(`operation_id`)" its operationId column repeats."""
    text = summary(entry.function)
    if entry.operation_id:
        text = text.replace(f" (`{entry.operation_id}`)", "").replace(f"(`{entry.operation_id}`; ", "(")
        text = text.replace(f": `{entry.operation_id}`.", ".")
    return text


def anchor(path: str) -> str:
    """The in-page link to a resource's section."""
    return "#" + github_slug(f"`{path}`")


def method_line(
    entry: Method, twin: Method | None, shown_name: str | None = None, bindings: Bindings | None = None
) -> str:
    """One bullet: the signature; on the next line the operationId, async differences and description."""
    name = shown_name or entry.name
    if entry.kind == "property":
        shown = (
            f"[`{entry.leads_to}`]({anchor(entry.leads_to)})"
            if entry.leads_to
            else f"`{returns(entry.function, bindings)}`"
        )
        head = f"`{name}` (property) → {shown}"
    else:
        prefix = "async " if entry.kind == "async method" else ""
        head = f"`{prefix}{signature(entry.function, name, bindings=bindings)}`"
        if entry.leads_to:
            head += f" → [`{entry.leads_to}`]({anchor(entry.leads_to)})"
    notes = [f"`{entry.operation_id}`"] if entry.operation_id else ["no request"] if entry.kind == "handle" else []
    if twin is not None and "property" not in (twin.kind, entry.kind) and entry.kind != "handle":
        async_returns = returns(twin.function)
        if async_returns and async_returns != returns(entry.function, bindings):
            notes.append(f"async: `-> {async_returns}`")
    description = describe(entry)
    tail = " · ".join(notes) + (" — " if notes and description else "") + description
    return f"- {head} \\\n  {tail}" if tail else f"- {head}"


def resource_section(resource: Resource, *, heading: bool = True) -> Iterator[str]:
    """A resource's heading, classes and one bullet per method."""
    if heading:
        names = f"`{resource.sync.__name__}`"
        if resource.asynchronous is not None:
            names += f", `{resource.asynchronous.__name__}`"
        yield f"### `{resource.path}`"
        yield ""
        yield f"{names}: {summary(resource.sync)}"
        yield ""
    bindings = type_bindings(resource.sync)
    # What a resource holds (properties, handles) before what it does, each group in source order.
    ordered = sorted(resource.methods.items(), key=lambda named: named[1].kind not in ("property", "handle"))
    for name, entry in ordered:
        shown = resource.path if name == "__call__" else None
        yield method_line(entry, resource.async_methods.get(name), shown, bindings)
    for name, entry in resource.async_methods.items():
        if name not in resource.methods and resource.asynchronous is not None:
            yield method_line(entry, None) + f" (`{resource.asynchronous.__name__}` only)"
    yield ""


PROTOCOLS = {
    "__iter__": "`for x in ...`",
    "__next__": "`next(...)`",
    "__aiter__": "`async for x in ...`",
    "__enter__": "`with`",
    "__aenter__": "`async with`",
    "__await__": "`await`",
}


def class_section(cls: type) -> Iterator[str]:
    """A helper class (stream, page, type): its summary, what it supports and its members."""
    yield f"### `{cls.__name__}`"
    yield ""
    yield summary(cls)
    own = [klass for klass in cls.__mro__ if klass.__module__.startswith("parley")]
    supports = [text for name, text in PROTOCOLS.items() if any(name in vars(klass) for klass in own)]
    if supports:
        yield ""
        yield "Supports " + ", ".join(supports) + "."
    keys = typed_dict_keys(cls)
    members = [entry for name in public_names(cls) if (entry := member(cls, name)) is not None]
    if keys or members:
        yield ""
    for key, annotation in keys.items():
        yield f"- `{key}: {annotation}`"
    for entry in members:
        yield method_line(entry, None)
    yield ""


def typed_dict_keys(cls: type) -> dict[str, str]:
    """A TypedDict's keys and their types as written (empty for any other class)."""
    if not (issubclass(cls, dict) and isinstance(getattr(cls, "__total__", None), bool)):
        return {}
    keys = {}
    for name, annotation in cls.__annotations__.items():
        keys[name] = getattr(annotation, "__forward_arg__", None) or repr(clean_annotation(annotation))
    return keys


def error_rows(errors: dict[type, list[str]]) -> Iterator[str]:
    """The exceptions as a table, in the order they are defined (each after its base)."""
    yield "| exception | base | raised when |"
    yield "|---|---|---|"
    for cls, names in errors.items():
        aliases = [name for name in names if name != cls.__name__]
        shown = f"`{cls.__name__}`" + (f" (also `{'`, `'.join(aliases)}`)" if aliases else "")
        yield f"| {shown} | `{cls.__bases__[0].__name__}` | {summary(cls)} |"


def value_doc(name: str) -> str:
    """The docstring written under `name = ...` in the module that defines it ("" if none).

    The module is one of `parley` or `parley_client`, and the assignment may sit in a block (the
    named unions are written under `if TYPE_CHECKING:`).
    """
    for module_name in sorted(sys.modules):
        module = sys.modules[module_name]
        source = getattr(module, "__file__", None)
        if not module_name.startswith(("parley.", "parley_client.")) or name not in vars(module) or not source:
            continue
        for node in ast.walk(ast.parse(Path(source).read_text())):
            body = getattr(node, "body", None)
            for statement, following in itertools.pairwise(body if isinstance(body, list) else []):
                documented = isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
                if documented and assigns(statement, name):
                    return first_paragraph(str(following.value.value))
    return ""


def first_paragraph(doc: str) -> str:
    """The first paragraph of `doc` on one line, up to its last full sentence before a code block."""
    text = inspect.cleandoc(doc).split("\n\n", 1)[0]
    if "```" in text:
        text = text.split("```", 1)[0]
        text = text[: text.rfind(". ") + 1] if ". " in text else text
    return " ".join(text.split())


def assigns(statement: ast.stmt, name: str) -> bool:
    """Whether `statement` is `name = ...` or `name: T = ...`."""
    targets = statement.targets if isinstance(statement, ast.Assign) else [getattr(statement, "target", None)]
    return any(isinstance(target, ast.Name) and target.id == name for target in targets)


def value_line(name: str, value: Any) -> str:
    """A constant or type alias: its value and its docstring."""
    shown = repr(value) if not hasattr(value, "__args__") else repr(clean_annotation(value))
    doc = value_doc(name)
    head = f"`{name}`" if shown == name else f"`{name} = {shown}`"
    return f"- {head}" + (f" — {doc}" if doc else "")


def render() -> str:
    """The whole of docs/api.md."""
    import parley

    surface = Surface()
    client, *resources = surface.tree
    exported = {name: getattr(parley, name) for name in parley.__all__ if not name.startswith("__")}
    clients = [parley.Parley, parley.AsyncParley]
    errors: dict[type, list[str]] = {}
    for name, value in exported.items():
        if isinstance(value, type) and issubclass(value, BaseException):
            errors.setdefault(value, []).append(name)
    errors = dict(sorted(errors.items(), key=lambda item: inspect.getsourcelines(item[0])[1]))
    classes = [
        value
        for value in exported.values()
        if isinstance(value, type) and value not in clients and not issubclass(value, BaseException)
    ]
    values = {name: value for name, value in exported.items() if not isinstance(value, type)}
    unions = {name: value for name, value in values.items() if typing.get_origin(value) is not None}

    lines = [INTRO, "## Clients", ""]
    for cls in clients:
        lines += [f"`{signature(cls, cls.__name__, bound=False)}`", "", summary(cls), ""]
    lines += ["### Client methods", ""]
    lines += list(resource_section(client, heading=False))
    lines += ["## Resources", ""]
    for resource in resources:
        lines += list(resource_section(resource))
    lines += ["## Streams, pages and types", ""]
    for cls in sorted(classes, key=lambda cls: (cls.__module__, inspect.getsourcelines(cls)[1])):
        lines += list(class_section(cls))
    lines += ["## Errors", "", summary(importlib.import_module("parley._errors")), ""]
    lines += [*error_rows(errors), ""]
    lines += ["## Named unions", "", UNIONS, ""]
    lines += [value_line(name, value) for name, value in sorted(unions.items())]
    lines += ["", "## Constants", ""]
    lines += [value_line(name, value) for name, value in sorted(values.items()) if name not in unions]
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write docs/api.md, or with `--check` fail when it differs from what would be written."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the file is out of date")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.output.read_text() if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run `make docs` and commit it", file=sys.stderr)
            return 1
        print(f"{args.output} is current")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
