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


def test_a_yaml_alias_bomb_is_compared_once_per_node(tmp_path: Path) -> None:
    levels = ["l0: &l0 {type: object, properties: {a: {type: string}, b: {type: string}}}"]
    levels += [f"l{i}: &l{i} {{type: object, properties: {{a: *l{i - 1}, b: *l{i - 1}}}}}" for i in range(1, 40)]
    bomb = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nx-levels:\n" + "".join(f"  {level}\n" for level in levels)
    bomb += "paths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n"
    bomb += "          content: {application/json: {schema: *l39}}\n"
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(bomb)
    new.write_text(bomb.replace("b: {type: string}", "b: {type: integer}"))
    result = run(old, new)  # 2**40 paths to the changed field: it must not walk them
    assert result.returncode == 1, result.stderr
    assert result.stdout.count("[type-changed]") == 1


def _nested(depth: int, flow: bool) -> str:
    """`Thing` as `depth` objects nested in one another, in block or flow style."""
    if flow:
        text = '{"type": "string"}'
        for _ in range(depth):
            text = '{"type": "object", "properties": {"a": ' + text + "}}"
        return "    Thing: " + text
    indent, lines = 6, ["    Thing:"]
    for _ in range(depth):
        lines += [" " * indent + "type: object", " " * indent + "properties:", " " * (indent + 2) + "a:"]
        indent += 4
    return "\n".join([*lines, " " * indent + "type: string"])


def test_schemas_as_deep_as_yaml_allows_are_compared(tmp_path: Path) -> None:
    text = yaml.safe_dump(in_response({"type": "string"}))
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(text.replace("    Thing:\n      type: string", _nested(495, flow=False)))
    new.write_text(old.read_text().replace("type: string", "type: integer"))
    result = run(old, new)
    assert result.returncode == 1, result.stderr
    assert result.stdout.count("[type-changed]") == 1


def test_schemas_nested_deeper_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(
        yaml.safe_dump(in_response({"type": "string"})).replace(
            "    Thing:\n      type: string", _nested(3000, flow=True)
        )
    )
    result = run(path, path)
    assert result.returncode == 2
    assert "maximum nesting depth" in result.stderr and "Traceback" not in result.stderr
