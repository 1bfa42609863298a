"""The request side of openapi.yaml: each operation's parameters and body schema, used to validate input.

The server answers with hand-written code, but it refuses bad input by the spec's own schemas, so a
request the contract forbids is a 400 naming the field, never a 500 or a silent acceptance.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.resources
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from parley_server.errors import invalid
from parley_server.ids import parse_iso

SPEC_URI = "urn:parley:openapi"
_METHODS = ("get", "post", "put", "patch", "delete")


def spec_path() -> Path:
    """Find openapi.yaml: shipped inside the package, or at the root of a source checkout."""
    shipped = importlib.resources.files("parley_server").joinpath("openapi.yaml")
    if shipped.is_file():
        return Path(str(shipped))
    return Path(__file__).resolve().parents[2] / "openapi.yaml"


@dataclass(frozen=True, slots=True)
class Parameter:
    """One declared parameter: where it lives, whether it is required, and how to check it."""

    name: str
    location: str
    required: bool
    kind: str
    default: Any
    validator: Draft202012Validator


@dataclass(frozen=True, slots=True)
class Operation:
    """What the spec says one operation accepts."""

    operation_id: str
    method: str
    path: str
    secured: bool
    parameters: tuple[Parameter, ...]
    body_media_type: str | None
    body_required: bool
    body_validator: Draft202012Validator | None
    streams: bool = field(default=False)
    stream_default: bool = field(default=False)


class Contract:
    """The parsed spec, with a request validator per operation id."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(document))
        self._registry = registry
        self.operations: dict[str, Operation] = {}
        default_security = document.get("security", [])
        for path, item in document["paths"].items():
            shared = item.get("parameters", [])
            for method in _METHODS:
                if method not in item:
                    continue
                op = item[method]
                params = tuple(self._parameter(p) for p in [*shared, *op.get("parameters", [])])
                body = op.get("requestBody")
                media, validator, stream_default = None, None, False
                if body is not None:
                    media, content = next(iter(body["content"].items()))
                    validator = self._validator(content["schema"])
                    properties = self.resolve(content["schema"]).get("properties", {})
                    stream_default = bool(self.resolve(properties.get("stream", {})).get("default", False))
                ok = op["responses"].get("200", {}).get("content", {})
                self.operations[op["operationId"]] = Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    secured=bool(op.get("security", default_security)),
                    parameters=params,
                    body_media_type=media,
                    body_required=bool(body and body.get("required")),
                    body_validator=validator,
                    streams="text/event-stream" in ok,
                    stream_default=stream_default,
                )

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        return Draft202012Validator(schema, registry=self._registry, format_checker=_FORMATS)

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """Follow a `$ref` into the spec (`#/...` or `urn:parley:openapi#/...`) and return the node it points to."""
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].split("#", 1)[1].removeprefix("/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _parameter(self, node: dict[str, Any]) -> Parameter:
        param = self.resolve(node)
        schema = param["schema"]
        default = schema.get("default")
        target = self.resolve(schema)
        ref_schema = {"$ref": f"{SPEC_URI}#{schema['$ref'][1:]}"} if "$ref" in schema else schema
        types = target.get("type", "string")
        kind = next((t for t in ([types] if isinstance(types, str) else types) if t != "null"), "string")
        return Parameter(
            name=param["name"],
            location=param["in"],
            required=bool(param.get("required")),
            kind=kind,
            default=default if default is not None else target.get("default"),
            validator=self._validator(_absolute_refs(ref_schema)),
        )

    def body_schema_validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        """Build a validator for any schema fragment of the spec (its `$ref`s resolve in the spec)."""
        return self._validator(_absolute_refs(schema))


def _absolute_refs(schema: Any) -> Any:
    if isinstance(schema, dict):
        return {
            k: (f"{SPEC_URI}{v}" if k == "$ref" and isinstance(v, str) and v.startswith("#") else _absolute_refs(v))
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_absolute_refs(v) for v in schema]
    return schema


_FORMATS = FormatChecker(formats=("email",))
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


@_FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.match(value):
        return False
    # Valid even when moving a year-0001/9999 time to UTC leaves datetime's range (OverflowError).
    with contextlib.suppress(OverflowError):
        parse_iso(value)
    return True


@functools.cache
def load_contract(path: Path | None = None) -> Contract:
    """Load and index openapi.yaml once per process."""
    with (path or spec_path()).open(encoding="utf-8") as fh:
        document = yaml.safe_load(fh)
    return Contract(_absolutise_bodies(document))


def _absolutise_bodies(document: dict[str, Any]) -> dict[str, Any]:
    # Request-body and parameter schemas sit outside components; point their $refs at the registry URI.
    for item in document["paths"].values():
        for method in _METHODS:
            body = item.get(method, {}).get("requestBody")
            if body:
                for content in body["content"].values():
                    content["schema"] = _absolute_refs(content["schema"])
    return document


def check(validator: Draft202012Validator, value: Any, *, where: str = "") -> None:
    """Raise a 400 naming the first offending field when `value` breaks the schema.

    Two failures are worded as OpenAI words them: a field the schema does not list
    (`additionalProperties: false`) is `unknown_parameter` ("Unknown parameter: 'x'."), and two fields
    that may not come together (`not: {required: [a, b]}`) are `invalid_parameter_combination`.
    """
    error = best_match(validator.iter_errors(value))
    if error is None:
        return
    error = _narrow_union(error)
    param = _param_of(error, where)
    if error.validator == "additionalProperties" and param:
        raise invalid(f"Unknown parameter: '{param}'.", param=param, code="unknown_parameter")
    dependent = _dependent_field(error)
    if dependent is not None:
        field, needs = dependent
        raise invalid(f"Invalid '{field}': only allowed when {needs}.", param=field)
    together = _forbidden_together(error)
    if together:
        prefix = f"{param}." if param else ""
        names = " and ".join(f"'{prefix}{name}'" for name in together)
        raise invalid(
            f"Setting {names} at the same time is not supported.",
            param=prefix + together[0],
            code="invalid_parameter_combination",
        )
    raise invalid(_describe(error, where), param=param)


def _dependent_field(error: ValidationError) -> tuple[str, str] | None:
    """For a failed `dependentSchemas` rule: the dotted field that brought it in and what it needs, else None.

    `dependentSchemas: {a: {required: [b], properties: {b: {const: true}}}}` reads "a only when b is true".
    """
    schema_path = list(error.absolute_schema_path)
    if "dependentSchemas" not in schema_path:
        return None
    at = schema_path.index("dependentSchemas")
    if at + 1 >= len(schema_path):
        return None
    depth = schema_path[at + 2 :].count("properties")  # how far below the object the failure is
    here = [str(part) for part in error.absolute_path]
    owner = here[: len(here) - depth] if depth else here
    field = ".".join([*owner, str(schema_path[at + 1])])
    if error.validator == "required" and isinstance(error.validator_value, list):
        given = error.instance if isinstance(error.instance, dict) else {}
        missing = next((name for name in error.validator_value if name not in given), "?")
        return field, f"'{missing}' is given"
    if error.validator == "const" and here:
        return field, f"'{here[-1]}' is {json.dumps(error.validator_value)}"
    return field, error.message


def _forbidden_together(error: ValidationError) -> list[str]:
    """The field names of a failed `not: {required: [...]}` (fields that may not be given together), else []."""
    if error.validator != "not" or not isinstance(error.validator_value, dict):
        return []
    required = error.validator_value.get("required")
    return [str(name) for name in required] if isinstance(required, list) else []


def _narrow_union(error: ValidationError) -> ValidationError:
    """For a `oneOf`/`anyOf` failure, report the error inside the variant whose `const` tag matched."""
    while error.validator in ("oneOf", "anyOf") and error.context:
        by_variant: dict[Any, list[ValidationError]] = {}
        for sub in error.context:
            by_variant.setdefault(sub.relative_schema_path[0], []).append(sub)
        tagged = [errs for errs in by_variant.values() if not any(e.validator == "const" for e in errs)]
        if len(tagged) != 1:
            break
        inner = best_match(tagged[0])
        if inner is None:
            break
        error = inner
    return error


def _param_of(error: ValidationError, where: str) -> str | None:
    parts = [str(p) for p in error.absolute_path]
    if error.validator == "required" and isinstance(error.instance, dict) and isinstance(error.validator_value, list):
        missing = next((r for r in error.validator_value if r not in error.instance), None)
        if missing is not None:
            parts.append(str(missing))
    if (
        error.validator == "additionalProperties"
        and isinstance(error.instance, dict)
        and isinstance(error.schema, dict)
    ):
        allowed = set(error.schema.get("properties", {}))
        extra = next((k for k in error.instance if k not in allowed), None)
        if extra is not None:
            parts.append(str(extra))
    path = ".".join(parts)
    if where and path:
        return f"{where}.{path}"
    return where or path or None


_MESSAGE_LIMIT = 300  # the validator's messages quote the offending value, which may be megabytes long


def _describe(error: ValidationError, where: str) -> str:
    param = _param_of(error, where)
    message = error.message
    if error.validator == "const":
        message = f"expected {json.dumps(error.validator_value)}, got {_shown(error.instance)}"
    elif len(message) > _MESSAGE_LIMIT:
        message = message[:_MESSAGE_LIMIT] + "..."
    return f"Invalid '{param}': {message}." if param else f"Invalid request body: {message}."


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 64 else text[:64] + "..."
