"""`response_format`: the form a text answer takes (`text`, `json_object`, `json_schema`).

`answer_format(response_format)` reads the request's field once, before anything is stored, and refuses
a `json_schema` whose `schema` is not a valid JSON Schema (400 naming `response_format.json_schema.schema`).
`AnswerFormat.apply(text)` then gives the answer's text in that form:

- `text`: unchanged;
- `json_object`: the text when it is a JSON object, else `{"content": <text>}`;
- `json_schema`: the text when it is JSON that validates against the schema (an `echo-1` user who sent
  such JSON gets it back), else one value built from the schema alone (`engine/schema_example.py`), so
  the same schema always gives the same answer. With `strict: true` that value must validate: a schema
  the built-in models cannot satisfy (contradictory bounds, a `pattern` beyond their simple matcher) is
  a 400 naming the schema, refused before the request is recorded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from referencing.exceptions import Unresolvable

from parley_server.engine.schema_example import example_for
from parley_server.errors import invalid

_SCHEMA_PARAM = "response_format.json_schema.schema"
MAX_SCHEMA_NODES = 500
"""The most subschemas (JSON objects) a `json_schema` may have: checking one costs about half a millisecond."""
MAX_SCHEMA_DEPTH = 32
"""The deepest a `json_schema` may nest (OpenAI allows 10 levels of objects)."""


@dataclass(frozen=True, slots=True)
class AnswerFormat:
    """The requested form of a text answer; `validator` and `example` only for `json_schema`."""

    kind: str = "text"
    validator: Validator | None = None
    example: str = ""

    def apply(self, text: str) -> str:
        """`text` in this form (see the module's docstring)."""
        if self.kind == "json_object":
            return text if isinstance(_loads(text), dict) else json.dumps({"content": text}, ensure_ascii=False)
        if self.kind == "json_schema":
            return text if self._accepts(text) else self.example
        return text

    def _accepts(self, text: str) -> bool:
        value = _loads(text, missing=_MISSING)
        return value is not _MISSING and self.validator is not None and _valid(self.validator, value) is True


_MISSING = object()


def answer_format(response_format: dict[str, Any] | None) -> AnswerFormat:
    """Read `response_format` (validated by the spec's schema already); refuse an unusable JSON schema."""
    kind = (response_format or {}).get("type", "text")
    if kind != "json_schema":
        return AnswerFormat(kind)
    assert response_format is not None
    json_schema: dict[str, Any] = response_format["json_schema"]
    schema = json_schema.get("schema", {})
    _check_size(schema)
    cls = validator_for(schema, default=Draft202012Validator)  # a `$schema` naming an older draft is honoured
    try:
        cls.check_schema(schema)
    except RecursionError:  # pragma: no cover - the size check keeps schemas shallow enough
        raise invalid(f"Invalid '{_SCHEMA_PARAM}': nested too deeply to check.", param=_SCHEMA_PARAM) from None
    except SchemaError as error:
        where = ".".join(str(part) for part in error.absolute_path)
        detail = f" at '{where}'" if where else ""
        raise invalid(
            f"Invalid '{_SCHEMA_PARAM}': not a valid JSON Schema{detail}: {error.message}.", param=_SCHEMA_PARAM
        ) from None
    validator = cls(schema)
    value = example_for(schema)
    verdict = _valid(validator, value)
    if json_schema.get("strict") is True and verdict is not True:
        raise invalid(
            f"Invalid '{_SCHEMA_PARAM}': with strict true the answer must validate against it, and the built-in "
            f"models cannot produce a value that does ({verdict}).",
            param=_SCHEMA_PARAM,
        )
    return AnswerFormat("json_schema", validator, json.dumps(value, ensure_ascii=False))


def _check_size(schema: Any) -> None:
    """Refuse a schema too large or too deep to check quickly (walked without recursion)."""
    nodes, stack = 0, [(schema, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            nodes += 1
            children = list(node.values())
        elif isinstance(node, list):
            children = node
        else:
            continue
        if nodes > MAX_SCHEMA_NODES or depth > MAX_SCHEMA_DEPTH:
            limit = f"{MAX_SCHEMA_NODES} objects" if nodes > MAX_SCHEMA_NODES else f"{MAX_SCHEMA_DEPTH} levels"
            raise invalid(f"Invalid '{_SCHEMA_PARAM}': larger than this server checks ({limit}).", param=_SCHEMA_PARAM)
        stack += [(child, depth + 1) for child in children]


def _valid(validator: Validator, value: Any) -> str | bool:
    """`True` when `value` validates, else why not (a schema error's first message, or why it cannot tell)."""
    try:
        error = next(iter(validator.iter_errors(value)), None)
    except Unresolvable as exc:
        return f"a $ref cannot be resolved: {exc}"
    except RecursionError:
        return "the schema refers to itself without end"
    return True if error is None else error.message


def _loads(text: str, missing: Any = None) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return missing
