"""The rule table: every kind of change spec-diff reports, where it looks, and how bad it is.

A rule's severity can differ by direction: narrowing what a request may carry refuses calls that
worked (BREAKING), while narrowing what a response carries only means clients see less (compatible);
widening is the other way round. Rules outside schemas have one severity (the `request` column).

Against oasdiff (the Go tool, not installable here; 243 of its ~510 checks report errors or
warnings), these rules cover the 137 about paths, operations, parameters, bodies, headers, media
types, statuses, properties, types, formats, nullability, enums and consts, bounds and patterns,
and oneOf/anyOf members. They leave out its lifecycle checks (x-sunset, x-stability-level,
deprecation policies: 26), the JSON Schema 2019 keywords this spec does not use (if/then/else,
contains, dependent*, patternProperties, unevaluated*, prefixItems...: 68), x-extensible-enum,
webhooks and a few header and writeOnly flips (12). They add what oasdiff has not: stream event
types, unlisted request fields refused (`additionalProperties: false`), renamed fields and
parameters, and one finding per change in a shared schema, naming the operations it reaches.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from . import rules_operations as ops
from . import rules_schemas as schemas
from .model import BREAKING, COMPATIBLE, Hit, Rule

B, C = BREAKING, COMPATIBLE


def _relabelled() -> Iterator[Hit]:
    """Never called: the walker reports changes inside error answers under this rule (see `walk`)."""
    yield from ()


RULES: tuple[Rule, ...] = (
    # paths and operations
    Rule("path-removed", "paths", B, B, ops.path_removed, "a path and all its operations removed"),
    Rule("operation-removed", "paths", B, B, ops.operation_removed, "a method removed from a path"),
    Rule("operation-added", "paths", C, C, ops.operation_added, "a new operation"),
    Rule("operation-id-changed", "operation", C, C, ops.operation_id_changed, "operationId or tag changed"),
    Rule(
        "security-requirement-added",
        "operation",
        B,
        B,
        ops.security_requirement_added,
        "a credential that worked is no longer enough",
    ),
    Rule(
        "security-requirement-removed",
        "operation",
        C,
        C,
        ops.security_requirement_removed,
        "a new way to authenticate, or none needed",
    ),
    Rule("success-status-changed", "operation", B, B, ops.success_status_changed, "the 2xx status codes changed"),
    Rule("error-status-changed", "operation", C, C, ops.error_status_changed, "an error status documented or dropped"),
    Rule(
        "request-body-required",
        "operation",
        B,
        B,
        ops.request_body_required,
        "a request body added as required, or made required",
    ),
    Rule(
        "request-body-optional",
        "operation",
        C,
        C,
        ops.request_body_optional,
        "an optional request body added, or a body made optional",
    ),
    Rule("request-body-removed", "operation", B, B, ops.request_body_removed, "the request body removed"),
    Rule("media-type-removed", "operation", B, B, ops.media_type_removed, "a request or response media type removed"),
    Rule("media-type-added", "operation", C, C, ops.media_type_added, "a request or response media type added"),
    Rule("response-header-removed", "operation", B, B, ops.response_header_removed, "a response header removed"),
    Rule("response-header-added", "operation", C, C, ops.response_header_added, "a response header added"),
    # parameters
    Rule("required-parameter-added", "operation", B, B, ops.required_parameter_added, "a new required parameter"),
    Rule("optional-parameter-added", "operation", C, C, ops.optional_parameter_added, "a new optional parameter"),
    Rule("parameter-removed", "operation", B, B, ops.parameter_removed, "a parameter removed"),
    Rule(
        "parameter-renamed", "operation", B, B, ops.parameter_renamed, "a parameter renamed (same place, same schema)"
    ),
    Rule(
        "parameter-became-required",
        "parameter",
        B,
        B,
        ops.parameter_became_required,
        "an optional parameter made required",
    ),
    Rule(
        "parameter-became-optional",
        "parameter",
        C,
        C,
        ops.parameter_became_optional,
        "a required parameter made optional",
    ),
    # fields of object schemas
    Rule("required-field-added", "schema", B, C, schemas.required_field_added, "a new required field"),
    Rule("optional-field-added", "schema", C, C, schemas.optional_field_added, "a new optional field"),
    Rule("field-removed", "schema", B, B, schemas.field_removed, "a field removed"),
    Rule("field-renamed", "schema", B, B, schemas.field_renamed, "a field renamed (same schema)"),
    Rule("field-became-required", "schema", B, C, schemas.field_became_required, "an optional field made required"),
    Rule("field-became-optional", "schema", C, B, schemas.field_became_optional, "a required field made optional"),
    # values
    Rule("type-narrowed", "schema", B, C, schemas.type_narrowed, "fewer types accepted, or a format added"),
    Rule("type-widened", "schema", C, B, schemas.type_widened, "more types accepted, or a format removed"),
    Rule("type-changed", "schema", B, B, schemas.type_changed, "another type or format"),
    Rule("became-nullable", "schema", C, B, schemas.became_nullable, "null now allowed"),
    Rule("became-non-nullable", "schema", B, C, schemas.became_non_nullable, "null no longer allowed"),
    Rule("enum-value-removed", "schema", B, C, schemas.enum_value_removed, "an enum or const value removed"),
    Rule("enum-value-added", "schema", C, B, schemas.enum_value_added, "an enum or const value added"),
    Rule("constraint-narrowed", "schema", B, C, schemas.constraint_narrowed, "a tighter bound, pattern or enum"),
    Rule("constraint-widened", "schema", C, B, schemas.constraint_widened, "a looser bound, pattern or enum"),
    Rule("constraint-changed", "schema", B, B, schemas.constraint_changed, "a pattern or multipleOf replaced"),
    Rule(
        "additional-properties-narrowed",
        "schema",
        B,
        C,
        schemas.additional_properties_narrowed,
        "unlisted fields now refused",
    ),
    Rule(
        "additional-properties-widened",
        "schema",
        C,
        C,
        schemas.additional_properties_widened,
        "unlisted fields now allowed",
    ),
    Rule("default-changed", "schema", B, C, schemas.default_changed, "a default added, removed or changed"),
    # unions and streams
    Rule("variant-added", "union", C, B, schemas.variant_added, "a new oneOf/anyOf member"),
    Rule("variant-removed", "union", B, C, schemas.variant_removed, "a oneOf/anyOf member removed"),
    Rule("stream-event-added", "stream", C, C, schemas.stream_event_added, "a new event type in a text/event-stream"),
    Rule("stream-event-removed", "stream", B, B, schemas.stream_event_removed, "an event type no longer streamed"),
    # everywhere
    Rule(
        "error-envelope-changed",
        "error",
        B,
        B,
        _relabelled,
        "any change inside an error answer",
    ),
    Rule(
        "documentation-changed",
        "operation parameter schema",
        C,
        C,
        ops.documentation_changed,
        "descriptions, examples, deprecated",
    ),
)

ERROR_ENVELOPE = next(rule for rule in RULES if rule.id == "error-envelope-changed")


@functools.cache
def rules_for(scope: str) -> tuple[Rule, ...]:
    """The rules that look at `scope` (`paths`, `operation`, `parameter`, `schema`, `union`, `stream`)."""
    return tuple(rule for rule in RULES if scope in rule.scope.split())
