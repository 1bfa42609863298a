"""Pin the part of OpenAI's published OpenAPI description that Parley's OpenAI-compatible answers must fit.

OpenAI's `openapi.yaml` (openai/openai-openapi) is about 3 MB; the tests need a handful of its schemas.
This copies the named schemas and every schema they reach through `$ref` (the closure), verbatim, into
one small YAML document whose header records where they came from. The tests read that copy
(`tests/compat/openai_schemas.yaml`); rerun this when moving to a newer OpenAI description.

Usage:
    python tools/extract_openai_schemas.py SOURCE.yaml OUTPUT.yaml --source "openai/openai-openapi commit X, DATE"
        [--schema NAME ...]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

DEFAULT_SCHEMAS = (
    "CreateChatCompletionResponse",
    "CreateChatCompletionStreamResponse",
    "ListModelsResponse",
    "Model",
    "ErrorResponse",
)
_PREFIX = "#/components/schemas/"


def refs_in(node: Any) -> Iterator[str]:
    """Every schema name a `$ref` inside `node` points to."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_PREFIX):
            yield ref[len(_PREFIX) :]
        for value in node.values():
            yield from refs_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs_in(value)


def closure(schemas: dict[str, Any], roots: list[str]) -> dict[str, Any]:
    """The named schemas and every schema they reach, in a stable order (roots first, then by discovery)."""
    found: dict[str, Any] = {}
    pending = list(roots)
    while pending:
        name = pending.pop(0)
        if name in found:
            continue
        if name not in schemas:
            raise SystemExit(f"extract_openai_schemas: no schema {name!r} in the source")
        found[name] = schemas[name]
        pending += [ref for ref in refs_in(schemas[name]) if ref not in found]
    return found


def render(document: dict[str, Any], roots: list[str], source: str) -> str:
    """The pinned copy: a header saying where it comes from, then `components.schemas` of the closure."""
    picked = closure(document["components"]["schemas"], roots)
    info = document.get("info", {})
    header = [
        "# A verbatim extract of OpenAI's published OpenAPI description: the schemas below and every",
        "# schema they reference, nothing else changed. Made by tools/extract_openai_schemas.py.",
        f"# Source: {source}; openapi {document.get('openapi')}, API version {info.get('version')}.",
        f"# Licence: {info.get('license', {}).get('name', 'see the source repository')} (the source's).",
        f"# Roots: {', '.join(roots)}.",
        "# Read with care: it still carries OpenAPI 3.0 `nullable: true` markers although it says 3.1;",
        "# tests/compat/openai_schemas.py turns each into `anyOf: [schema, {type: 'null'}]` before validating.",
    ]
    body = yaml.safe_dump(
        {"components": {"schemas": picked}}, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False
    )
    return "\n".join(header) + "\n" + body


def main(argv: list[str] | None = None) -> None:
    """Read the source description and write the pinned extract."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source_file", type=Path)
    parser.add_argument("output_file", type=Path)
    parser.add_argument("--source", required=True, help="where the source file comes from (repository, commit, date)")
    parser.add_argument("--schema", action="append", dest="schemas", help="a root schema (default: the five tested)")
    args = parser.parse_args(argv)
    document = yaml.safe_load(args.source_file.read_text(encoding="utf-8"))
    args.output_file.write_text(render(document, args.schemas or list(DEFAULT_SCHEMAS), args.source), encoding="utf-8")


if __name__ == "__main__":
    main()
