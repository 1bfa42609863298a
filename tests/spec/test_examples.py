"""Every request body and response has an example, and every example is valid against its schema."""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec_model import Spec, pointer_escape


def media_types(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    """(label, JSON pointer, media type object) of every request body and response content."""
    found = []
    for op in spec.operations:
        body = spec.resolve(op.raw.get("requestBody"))
        for mime, media in (body or {}).get("content", {}).items():
            pointer = f"{op.pointer}/requestBody/content/{pointer_escape(mime)}"
            found.append((f"{op.operation_id} request {mime}", pointer, media))
        for status, response in op.raw["responses"].items():
            if "$ref" in response:
                base = response["$ref"]
                response = spec.resolve(response)
            else:
                base = f"{op.pointer}/responses/{status}"
            for mime, media in response.get("content", {}).items():
                found.append((f"{op.operation_id} {status} {mime}", f"{base}/content/{pointer_escape(mime)}", media))
    return found


def test_every_body_and_response_has_an_example(spec: Spec) -> None:
    missing = [label for label, _, media in media_types(spec) if "example" not in media and "examples" not in media]
    assert not missing, f"no example for: {missing}"


def test_every_example_is_valid_against_its_schema(spec: Spec) -> None:
    checked = 0
    for label, pointer, media in media_types(spec):
        examples = [media["example"]] if "example" in media else [e["value"] for e in media["examples"].values()]
        validator = spec.validator(f"{pointer}/schema")
        for example in examples:
            errors = sorted(validator.iter_errors(example), key=lambda e: e.path)
            assert not errors, f"{label}: {errors[0].message} at {list(errors[0].path)}"
            checked += 1
    assert checked >= len(spec.operations), "suspiciously few examples were checked"


def test_schema_level_examples_are_valid(spec: Spec) -> None:
    for name, schema in spec.schemas().items():
        if "example" in schema:
            errors = list(spec.validator(f"#/components/schemas/{name}").iter_errors(schema["example"]))
            assert not errors, f"{name}: {errors[0].message}"


def test_the_validator_rejects_a_wrong_example(spec: Spec) -> None:
    """The example check can fail: a completion without choices is refused."""
    validator = spec.validator("#/components/schemas/ChatCompletion")
    with pytest.raises(Exception, match="choices"):
        validator.validate({"id": "x", "object": "chat.completion", "created": 1, "model": "m"})
