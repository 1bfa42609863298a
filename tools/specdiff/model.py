"""What the rules look at: operations, parameters and schema pairs, and what they report (hits)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from .document import Spec
from .shapes import Shape, Shapes

Severity = Literal["BREAKING", "compatible"]
BREAKING: Severity = "BREAKING"
COMPATIBLE: Severity = "compatible"
Direction = Literal["request", "response"]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Hit:
    """One change a rule found: where (appended to the current location) and a plain sentence."""

    where: str
    message: str


@dataclass(frozen=True)
class Rule:
    """One row of the rule table: what it detects, at which level, and how bad it is in each direction."""

    id: str
    scope: str
    """`paths` (all operations), `operation`, `parameter`, `schema`, `union` or `stream`."""
    request: Severity
    """Its severity in a request (and for rules outside schemas)."""
    response: Severity
    """Its severity in a response."""
    check: Callable[..., Iterable[Hit]]
    summary: str

    def severity(self, direction: Direction | None) -> Severity:
        """The severity of a hit of this rule in `direction`."""
        return self.response if direction == "response" else self.request


def show(value: Any) -> str:
    """A value as it would appear in JSON."""
    return json.dumps(value, default=str, ensure_ascii=False)


@dataclass(eq=False)
class Parameter:
    """One parameter of an operation (path-level ones included), resolved."""

    location: str
    name: str
    node: dict[str, Any]

    @property
    def required(self) -> bool:
        """Whether a call must send it (path parameters always must)."""
        return self.location == "path" or bool(self.node.get("required"))

    @property
    def label(self) -> str:
        """`query limit`, `header Idempotency-Key`, ..."""
        return f"{self.location} {self.name}"


@dataclass(eq=False)
class Operation:
    """One operation of a spec, with its parameters, body, responses and security resolved."""

    spec: Spec
    method: str
    path: str
    node: dict[str, Any]
    parameters: dict[tuple[str, str], Parameter]
    """By (`in`, name); path parameters by their position in the path, so renaming one is no change."""
    security: list[dict[str, list[str]]] | None
    """The requirement alternatives that apply (its own or the document's); [] or [{}] means none."""

    @property
    def where(self) -> str:
        """`GET /v1/threads`: how findings name it."""
        return f"{self.method.upper()} {self.path}"

    @property
    def label(self) -> str:
        """Its operationId, or `GET /v1/threads` without one."""
        return str(self.node.get("operationId") or self.where)

    @cached_property
    def body(self) -> dict[str, Any] | None:
        """The resolved request body, if any."""
        body = self.spec.resolve(self.node.get("requestBody"))
        return body if isinstance(body, dict) else None

    @cached_property
    def responses(self) -> dict[str, dict[str, Any]]:
        """The resolved responses by status code (as text: `200`, `4XX`, `default`)."""
        found = {}
        for status, response in (self.node.get("responses") or {}).items():
            resolved = self.spec.resolve(response)
            found[str(status)] = resolved if isinstance(resolved, dict) else {}
        return found

    def content(self, holder: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
        """The media types of a body or response, resolved."""
        content = (holder or {}).get("content") or {}
        return {str(kind): self.spec.resolve(media) or {} for kind, media in content.items()}

    def headers(self, response: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
        """A response's headers by lower-cased name: (the name as written, the resolved header)."""
        headers = response.get("headers") or {}
        return {str(name).lower(): (str(name), self.spec.resolve(header) or {}) for name, header in headers.items()}


def is_success(status: str) -> bool:
    """Whether a response status code is a success (`2XX` included)."""
    return status.startswith("2")


def operations_of(spec: Spec) -> dict[tuple[str, str], Operation]:
    """Every operation of `spec`, by method and path template (parameter names left out)."""
    found: dict[tuple[str, str], Operation] = {}
    security = spec.root.get("security")
    for path, raw_item in (spec.root.get("paths") or {}).items():
        item = spec.resolve(raw_item) or {}
        shared = item.get("parameters") or []
        for method in METHODS:
            node = spec.resolve(item.get(method))
            if not isinstance(node, dict):
                continue
            parameters = _parameters(spec, str(path), [*shared, *(node.get("parameters") or [])])
            found[(method, template(str(path)))] = Operation(
                spec, method, str(path), node, parameters, node.get("security", security)
            )
    return found


def template(path: str) -> str:
    """`/v1/threads/{thread_id}` as `/v1/threads/{}`: the same endpoint whatever its parameter is called."""
    out, depth = [], 0
    for char in path:
        if char == "{":
            depth += 1
            if depth == 1:
                out.append("{}")
        elif char == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(char)
    return "".join(out)


def _parameters(spec: Spec, path: str, raw: list[Any]) -> dict[tuple[str, str], Parameter]:
    names = [part[1:-1] for part in path.split("/") if part.startswith("{") and part.endswith("}")]
    found: dict[tuple[str, str], Parameter] = {}
    for entry in raw:
        node = spec.resolve(entry)
        if not isinstance(node, dict) or "name" not in node:
            continue
        location, name = str(node.get("in", "query")), str(node["name"])
        if location == "path" and name in names:
            key = ("path", f"#{names.index(name)}")
        elif location == "header":
            key = ("header", name.lower())
        else:
            key = (location, name)
        found[key] = Parameter(location, name, node)  # an operation's own entry overrides the path's
    return found


@dataclass
class Fields:
    """The fields of two versions of an object schema, paired up."""

    common: list[tuple[str, str]] = field(default_factory=list)
    """(old name, new name): the same field, renamed or not."""
    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Variants:
    """The members of two versions of a `oneOf`/`anyOf`, paired up by tag, name or content."""

    matched: list[tuple[Any, Any, str]] = field(default_factory=list)
    """(old variant, new variant, label)."""
    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


@dataclass(eq=False)
class SchemaPair:
    """The old and new version of one schema, seen in a request or in a response."""

    old: Shape
    new: Shape
    direction: Direction
    old_shapes: Shapes
    new_shapes: Shapes
    memo: dict[str, Any] = field(default_factory=dict)
    """What several rules derive from this pair, derived once."""

    @property
    def side(self) -> str:
        """`requests` or `responses`, for messages."""
        return f"{self.direction}s"

    def visible(self, shapes: Shapes, raw: Any) -> bool:
        """Whether a field appears in this direction (`readOnly` never in requests, `writeOnly` never in answers)."""
        node = shapes.spec.resolve(raw)
        if not isinstance(node, dict):
            return True
        hidden = "readOnly" if self.direction == "request" else "writeOnly"
        return not node.get(hidden)

    @cached_property
    def fields(self) -> Fields:
        """The fields of both versions, paired; a removed and an added field of the same schema are a rename."""
        old = {name: raw for name, raw in self.old.properties.items() if self.visible(self.old_shapes, raw)}
        new = {name: raw for name, raw in self.new.properties.items() if self.visible(self.new_shapes, raw)}
        pairs = Fields(common=[(name, name) for name in old if name in new])
        removed = [name for name in old if name not in new]
        added = [name for name in new if name not in old]
        for name in removed:
            same = [
                other
                for other in added
                if self.new_shapes.fingerprint(new[other]) == self.old_shapes.fingerprint(old[name])
                and (other in self.new.required) == (name in self.old.required)
            ]
            if len(same) == 1 and len(removed) == 1 and len(added) == 1:
                pairs.renamed.append((name, same[0]))
        renamed_old = {old_name for old_name, _ in pairs.renamed}
        renamed_new = {new_name for _, new_name in pairs.renamed}
        pairs.removed = [name for name in removed if name not in renamed_old]
        pairs.added = [name for name in added if name not in renamed_new]
        pairs.common += pairs.renamed
        return pairs

    @cached_property
    def variants(self) -> Variants:
        """The union members of both versions, paired by tag, then schema name, then content, then position.

        A member whose tag changed but whose schema name did not is the same member (its tag field
        changed, which the rules report inside it).
        """
        hint = self.new.discriminator or self.old.discriminator
        old = [_Member(raw, index, self.old_shapes, hint) for index, raw in enumerate(self.old.variants)]
        new = [_Member(raw, index, self.new_shapes, hint) for index, raw in enumerate(self.new.variants)]
        found = Variants()
        for same in (_same_tag, _same_name, _same_content):
            for member in list(old):
                partner = next((other for other in new if same(member, other)), None)
                if partner is not None:
                    found.matched.append((member.raw, partner.raw, partner.label))
                    old.remove(member)
                    new.remove(partner)
        if len(old) == 1 and len(new) == 1 and old[0].tag is None and new[0].tag is None:
            found.matched.append((old[0].raw, new[0].raw, new[0].label))
            old, new = [], []
        found.removed = [member.label for member in old]
        found.added = [member.label for member in new]
        return found


class _Member:
    """One union member, with what it can be recognised by."""

    def __init__(self, raw: Any, index: int, shapes: Shapes, hint: str | None) -> None:
        self.raw = raw
        self.shapes = shapes
        self.tag = shapes.tag(raw, hint)
        self.name = shapes.of(raw).name
        if self.tag is not None:
            self.label = str(self.tag[1])
        elif self.name is not None:
            self.label = self.name
        else:
            self.label = f"#{index + 1}"

    @cached_property
    def content(self) -> str:
        return self.shapes.fingerprint(self.raw)


def _same_tag(old: _Member, new: _Member) -> bool:
    return old.tag is not None and old.tag == new.tag


def _same_name(old: _Member, new: _Member) -> bool:
    """The same component schema, even if its tag changed (tags were tried first)."""
    return old.name is not None and old.name == new.name


def _same_content(old: _Member, new: _Member) -> bool:
    return old.tag is None and new.tag is None and old.content == new.content


def hits(where: str, messages: Iterable[str]) -> Iterator[Hit]:
    """A `Hit` at `where` for each message."""
    for message in messages:
        yield Hit(where, message)
