"""`make spec-diff BASE=<ref>` and `make api-diff`: the Makefile reads the base from git, or from api/released/."""

from __future__ import annotations

import subprocess
from pathlib import Path


def make(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args], cwd=root, capture_output=True, text=True, timeout=300
    )


def test_spec_diff_against_a_git_ref(root: Path, tmp_path: Path) -> None:
    head = subprocess.run(["git", "show", "HEAD:openapi.yaml"], cwd=root, capture_output=True, text=True, check=True)
    same = tmp_path / "openapi.yaml"
    same.write_text(head.stdout)
    result = make(root, "spec-diff", "BASE=HEAD", f"SPEC={same}")
    assert result.returncode == 0, result.stderr
    assert "no change to the API (HEAD:openapi.yaml ->" in result.stderr
    changed = tmp_path / "changed.yaml"
    changed.write_text(head.stdout.replace("      operationId: get_health\n", "      operationId: check_health\n", 1))
    result = make(root, "spec-diff", "BASE=HEAD", f"SPEC={changed}")
    assert result.returncode == 0
    assert result.stdout.startswith("compatible GET /v1/health: operationId changed from get_health to check_health")


def test_spec_diff_against_a_missing_ref_exits_2(root: Path) -> None:
    result = make(root, "spec-diff", "BASE=no-such-ref")
    assert result.returncode == 2
    assert "spec-diff: cannot read openapi.yaml at no-such-ref" in result.stderr


def test_spec_diff_against_the_release_reads_api_released(root: Path, tmp_path: Path) -> None:
    (released,) = (root / "api/released").glob("openapi-*.yaml")
    result = make(root, "spec-diff", f"SPEC={released}")
    assert result.returncode == 0
    assert f"no change to the API ({released.relative_to(root)} -> {released})" in result.stderr
