"""`make check-generated` passes on the committed tree and fails as soon as the spec drifts from it."""

from __future__ import annotations

import subprocess
from pathlib import Path


def check_generated(root: Path, spec: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "check-generated", f"SPEC={spec}"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_committed_client_matches_the_spec(root: Path) -> None:
    result = check_generated(root, root / "openapi.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "matches" in result.stdout


def test_editing_one_description_without_regenerating_fails(root: Path, tmp_path: Path) -> None:
    text = (root / "openapi.yaml").read_text()
    original = "description: One model of the catalogue by id."
    assert text.count(original) == 1
    edited = tmp_path / "openapi.yaml"
    edited.write_text(text.replace(original, "description: One model of the catalogue, by its id."))
    result = check_generated(root, edited)
    assert result.returncode != 0
    assert "One model of the catalogue, by its id." in result.stdout
    assert "stale" in result.stderr
