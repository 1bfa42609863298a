"""`python tools/spec_diff.py OLD NEW`: its lines, its summary and its exit status, on files."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tools.specdiff.rules import RULES

from .builders import OBJECT, in_response, with_fields

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "spec_diff.py"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *map(str, args)], capture_output=True, text=True, timeout=60)


def write(path: Path, spec: object) -> Path:
    path.write_text(yaml.safe_dump(spec))
    return path


def test_nothing_breaking_exits_0_with_one_line_per_change(tmp_path: Path) -> None:
    old = write(tmp_path / "old.yaml", in_response(OBJECT))
    new = write(tmp_path / "new.yaml", in_response(with_fields(name={"type": "string"})))
    result = run(old, new)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "compatible Thing.name: new optional field in responses (in get_thing) [optional-field-added]"
    ]
    assert "0 breaking, 1 compatible" in result.stderr


def test_anything_breaking_exits_1_and_breaking_lines_come_first(tmp_path: Path) -> None:
    old = write(tmp_path / "old.yaml", in_response(with_fields(name={"type": "string"})))
    new = write(tmp_path / "new.yaml", in_response(with_fields(title={"type": "string"}, size={"type": "integer"})))
    result = run(old, new)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["BREAKING", "compatible", "compatible"]
    assert lines[0].startswith("BREAKING   Thing.name: the field was removed from responses")
    assert "1 breaking, 2 compatible" in result.stderr


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "cannot read it"),
        ("paths: [unclosed", "not valid YAML"),
        ("just: a mapping\n", "not an OpenAPI document"),
        (
            "openapi: 3.1.0\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n"
            "          description: ok\n          content:\n            application/json:\n"
            "              schema: {$ref: '#/components/schemas/Gone'}\n",
            "points at nothing",
        ),
    ],
)
def test_an_unreadable_spec_exits_2_naming_the_file_and_the_reason(
    tmp_path: Path, content: str | None, reason: str
) -> None:
    good = write(tmp_path / "good.yaml", in_response(OBJECT))
    bad = tmp_path / "bad.yaml"
    if content is not None:
        bad.write_text(content)
        # the dangling $ref is only met when the walk reaches it: give both sides the operation
        if "Gone" in content:
            good = bad
    result = run(good, bad)
    assert result.returncode == 2, result.stdout
    assert str(bad) in result.stderr and reason in result.stderr
    assert result.stdout == ""


def test_the_rule_table_is_listed() -> None:
    result = run("--rules")
    assert result.returncode == 0
    assert re.search(r"^field-became-optional +compatible in requests, BREAKING in responses ", result.stdout, re.M)
    assert re.search(r"^error-envelope-changed +as it would be in a response ", result.stdout, re.M)
    assert result.stdout.splitlines()[-1] == f"{len(RULES)} rules"
