"""spec-diff on the whole openapi.yaml: renamed wholesale it is unchanged, and random edits are all seen."""

from __future__ import annotations

import copy
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from tools.specdiff.document import load_spec

from .builders import diff

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_spec(ROOT / "openapi.yaml").root


def test_every_schema_renamed_is_no_change(document: dict[str, Any]) -> None:
    text = json.dumps(document)
    for name in document["components"]["schemas"]:
        text = text.replace(f'"#/components/schemas/{name}"', f'"#/components/schemas/Renamed{name}"')
    renamed = json.loads(text)
    renamed["components"]["schemas"] = {f"Renamed{k}": v for k, v in renamed["components"]["schemas"].items()}
    assert diff(document, document) == []
    assert diff(document, renamed) == []


def _reachable(document: dict[str, Any]) -> set[str]:
    """The component schemas some operation uses (through any chain of references)."""
    found: set[tuple[str, str]] = set()
    pending = [json.dumps(document["paths"])]
    while pending:
        for name in re.findall(r'"#/components/(?:schemas|responses)/([^"]+)"', pending.pop()):
            kind = "schemas" if name in document["components"]["schemas"] else "responses"
            if (kind, name) not in found:
                found.add((kind, name))
                pending.append(json.dumps(document["components"][kind][name]))
    return {name for kind, name in found if kind == "schemas"}


def _schemas(document: dict[str, Any], keep: Any) -> list[tuple[str, dict[str, Any]]]:
    used = _reachable(document)
    return sorted(
        (name, schema) for name, schema in document["components"]["schemas"].items() if name in used and keep(schema)
    )


def _remove_field(document: dict[str, Any], rng: random.Random) -> tuple[str, set[str]]:
    name, schema = rng.choice(_schemas(document, lambda schema: schema.get("properties")))
    field = rng.choice(sorted(schema["properties"]))
    del schema["properties"][field]
    return f"{name}.{field}", {"field-removed"}


def _retype_field(document: dict[str, Any], rng: random.Random) -> tuple[str, set[str]]:
    name, schema = rng.choice(_schemas(document, lambda schema: schema.get("properties")))
    field = rng.choice(
        sorted(field for field, value in schema["properties"].items() if "boolean" not in json.dumps(value))
    )
    schema["properties"][field] = {"type": "boolean"}
    return f"{name}.{field}", {"type-changed", "variant-removed", "variant-added"}


def _drop_enum_value(document: dict[str, Any], rng: random.Random) -> tuple[str, set[str]]:
    name, schema = rng.choice(_schemas(document, lambda schema: len(schema.get("enum", [])) > 1))
    return f"{name} {schema['enum'].pop(rng.randrange(len(schema['enum'])))}", {"enum-value-removed"}


def _drop_operation(document: dict[str, Any], rng: random.Random) -> tuple[str, set[str]]:
    path = rng.choice(sorted(document["paths"]))
    method = rng.choice([method for method in document["paths"][path] if method in ("get", "post", "patch", "delete")])
    del document["paths"][path][method]
    return f"{method.upper()} {path}", {"operation-removed", "path-removed"}


EDITS = [_remove_field, _retype_field, _drop_enum_value, _drop_operation]


@pytest.mark.parametrize("seed", range(16))
def test_a_random_edit_is_found_by_its_rule(document: dict[str, Any], seed: int) -> None:
    rng = random.Random(seed)
    edited = copy.deepcopy(document)
    edit = EDITS[seed % len(EDITS)]
    what, rules = edit(edited, rng)
    findings = diff(document, edited)
    assert {finding.rule.id for finding in findings} & rules, f"{edit.__name__} {what}: {findings}"
    if edit is not _drop_enum_value:  # a value removed only from answers is compatible
        assert any(finding.severity == "BREAKING" for finding in findings), f"{edit.__name__} {what}"
