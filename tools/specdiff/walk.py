"""Pair the old and new spec element by element and run the rule table on each pair.

Operations are paired by method and path template, parameters by place and name, responses by
status and media type, schemas by position (fields by name, union members by tag). `$ref`s are
followed, so only content counts. A named schema (`#/components/schemas/X`) is compared once per
direction and its findings are located at `X.field`, listing every operation that reaches it;
that also ends recursion through reference cycles (and a YAML alias met twice is compared once).
Changes inside error answers (non-2xx) are reported as `error-envelope-changed`, with the severity
they would have in a response.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .document import Spec, SpecError
from .model import Direction, Operation, Rule, SchemaPair, Severity, is_success, operations_of
from .rules import ERROR_ENVELOPE, rules_for
from .shapes import Shapes

STREAM = "text/event-stream"
MAX_COMPARISONS = 200_000
"""Schema pairs one comparison may visit: Parley's whole spec takes about 1,200, OpenAI's about 10,000;
a spec past this is refused rather than compared for hours."""


@dataclass
class Finding:
    """One change: its rule, severity, location, sentence, and the operations it reaches."""

    rule: Rule
    severity: Severity
    location: str
    message: str
    operations: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Where:
    location: str
    operation: str
    direction: Direction
    error: bool = False


class Comparison:
    """The findings of one old/new spec pair (`run()` fills `findings`)."""

    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new
        self.old_shapes, self.new_shapes = Shapes(old), Shapes(new)
        self.findings: dict[tuple[str, str, str], Finding] = {}
        self._memo: dict[tuple[int, int, str, bool, bool], list[tuple[str, str, str]]] = {}
        self._frames: list[list[tuple[str, str, str]]] = []
        self._visits = 0

    def run(self) -> list[Finding]:
        """Compare the two specs; the findings, breaking ones first."""
        old_ops, new_ops = operations_of(self.old), operations_of(self.new)
        for rule in rules_for("paths"):
            for hit in rule.check(old_ops, new_ops):
                self._emit(rule, rule.request, hit.where, hit.message, "")
        for key, old_op in old_ops.items():
            if key in new_ops:
                self._operation(old_op, new_ops[key])
        return sorted(
            self.findings.values(), key=lambda f: (f.severity != "BREAKING", f.location, f.rule.id, f.message)
        )

    def _emit(self, rule: Rule, severity: Severity, location: str, message: str, operation: str) -> None:
        key = (rule.id, location, message)
        finding = self.findings.get(key)
        if finding is None:
            finding = self.findings[key] = Finding(rule, severity, location, message)
        if operation:
            finding.operations.add(operation)
        for frame in self._frames:
            frame.append(key)

    def _operation(self, old: Operation, new: Operation) -> None:
        label = new.label
        for rule in rules_for("operation"):
            for hit in rule.check(old, new):
                self._emit(rule, rule.request, new.where + hit.where, hit.message, label)
        for key, old_param in old.parameters.items():
            new_param = new.parameters.get(key)
            if new_param is None:
                continue
            place = f"{new.where} {new_param.label}"
            for rule in rules_for("parameter"):
                for hit in rule.check(old_param, new_param):
                    self._emit(rule, rule.request, place + hit.where, hit.message, label)
            self._schema(old_param.node.get("schema"), new_param.node.get("schema"), _Where(place, label, "request"))
        if old.body is not None and new.body is not None:
            self._media(old, new, old.body, new.body, _Where(f"{new.where} request", label, "request"))
        for status, old_response in old.responses.items():
            new_response = new.responses.get(status)
            if new_response is None:
                continue
            success = is_success(status)
            where = _Where(f"{new.where} {status} response", label, "response", error=not success)
            self._media(old, new, old_response, new_response, where, stream=success)
            new_headers = new.headers(new_response)
            for lowered, (_, header) in old.headers(old_response).items():
                if lowered in new_headers:
                    name, new_header = new_headers[lowered]
                    at = _Where(f"{where.location} header {name}", label, "response", where.error)
                    self._schema(header.get("schema"), new_header.get("schema"), at)

    def _media(
        self, old: Operation, new: Operation, old_holder: Any, new_holder: Any, where: _Where, stream: bool = False
    ) -> None:
        new_content = new.content(new_holder)
        for kind, old_media in old.content(old_holder).items():
            new_media = new_content.get(kind)
            if new_media is None:
                continue
            at = (
                where
                if kind == "application/json" or len(new_content) == 1
                else _Where(f"{where.location} {kind}", where.operation, where.direction, where.error)
            )
            self._schema(old_media.get("schema"), new_media.get("schema"), at, stream=stream and kind == STREAM)

    def _schema(self, old_raw: Any, new_raw: Any, where: _Where, stream: bool = False) -> None:
        if old_raw is None or new_raw is None:
            return
        old, new = self.old_shapes.of(old_raw), self.new_shapes.of(new_raw)
        name = new.name or old.name
        if name is not None:
            where = _Where(name, where.operation, where.direction, where.error)
        # A pair met again (a named schema, or a node YAML aliases in several places) is not compared again.
        memo_key = (id(old.node), id(new.node), where.direction, where.error, stream)
        seen = self._memo.get(memo_key)
        if seen is not None:  # compared already (or being compared, in a cycle): this operation reaches it too
            for key in dict.fromkeys(seen):
                self.findings[key].operations.add(where.operation)
                for frame in self._frames:
                    frame.append(key)
            return
        collected: list[tuple[str, str, str]] = []
        self._memo[memo_key] = collected
        self._frames.append(collected)
        try:
            self._compare(SchemaPair(old, new, where.direction, self.old_shapes, self.new_shapes), where, stream)
        finally:
            self._frames.pop()

    def _compare(self, pair: SchemaPair, where: _Where, stream: bool) -> None:
        self._visits += 1
        if self._visits > MAX_COMPARISONS:
            raise SpecError(f"{self.new.label}: more than {MAX_COMPARISONS:,} schemas to compare (YAML aliases?)")
        if bool(pair.old.variants) != bool(pair.new.variants):  # a schema became a union, or the reverse
            old = pair.old if pair.old.variants else self.old_shapes.as_union(pair.old)
            new = pair.new if pair.new.variants else self.new_shapes.as_union(pair.new)
            pair = SchemaPair(old, new, pair.direction, self.old_shapes, self.new_shapes)
        scopes = ("schema", "stream") if stream else ("schema", "union")
        for scope in scopes:
            for rule in rules_for(scope):
                for hit in rule.check(pair):
                    self._report(rule, where, hit.where, hit.message)
        old, new = pair.old, pair.new
        for before, after in pair.fields.common:
            self._schema(old.properties[before], new.properties[after], self._at(where, f".{after}"))
        if old.items is not None and new.items is not None:
            self._schema(old.items, new.items, self._at(where, "[]"))
        if isinstance(old.additional, dict) and isinstance(new.additional, dict):
            self._schema(old.additional, new.additional, self._at(where, "{}"))
        if old.content_schema is not None and new.content_schema is not None:
            self._schema(old.content_schema, new.content_schema, self._at(where, "(json)"))
        for old_variant, new_variant, label in pair.variants.matched:
            self._schema(old_variant, new_variant, self._at(where, f"<{label}>"))

    def _report(self, rule: Rule, where: _Where, suffix: str, message: str) -> None:
        severity = rule.severity(where.direction)
        if where.error:
            message = f"{message} (an error answer; {rule.id})"
            rule = ERROR_ENVELOPE
        self._emit(rule, severity, where.location + suffix, message, where.operation)

    @staticmethod
    def _at(where: _Where, suffix: str) -> _Where:
        return _Where(where.location + suffix, where.operation, where.direction, where.error)


def compare(old: Spec, new: Spec) -> list[Finding]:
    """The changes from `old` to `new`, breaking ones first."""
    return Comparison(old, new).run()
