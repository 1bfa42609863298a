"""`make check-release`: a breaking change since the release fails unless the version allows it, saying what to do."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from tests.api_diff.packages import write as write_packages
from tests.spec_diff.builders import Json, in_response, with_fields
from tools.release import snapshot
from tools.release.gate import check
from tools.release.versions import ReleaseError, allows_breaking, breaking_bump, changelog_versions

CHANGELOG = "# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-29\n\n- First.\n"
SPEC = in_response(with_fields(name={"type": "string"}))


def spec(version: str, document: Json = SPEC) -> str:
    changed = copy.deepcopy(document)
    changed["info"]["version"] = version
    return yaml.safe_dump(changed, sort_keys=False)


@pytest.fixture
def released(tmp_path: Path) -> Path:
    """A tree whose 0.1.0 is released (api/released/ written by release-snapshot)."""
    root = write_packages(tmp_path / "repo")
    (root / "openapi.yaml").write_text(spec("0.1.0"))
    (root / "CHANGELOG.md").write_text(CHANGELOG)
    snapshot.write(root)
    return root


def test_semantic_versioning() -> None:
    assert breaking_bump("0.1.0") == "0.2.0" and breaking_bump("0.2.3") == "0.3.0"
    assert breaking_bump("1.4.2") == "2.0.0"
    assert allows_breaking("0.1.0", "0.2.0") and allows_breaking("0.1.0", "1.0.0")
    assert not allows_breaking("0.1.0", "0.1.1") and not allows_breaking("1.4.2", "1.5.0")


def test_the_release_itself_passes(released: Path) -> None:
    verdict = check(released)
    assert verdict.ok, verdict.lines
    assert verdict.lines == [
        "check-release: version 0.1.0 (last release 0.1.0): nothing breaking, 0 compatible change(s) since the release"
    ]


def test_a_compatible_change_passes_and_asks_for_an_unreleased_entry(released: Path) -> None:
    (released / "openapi.yaml").write_text(
        spec("0.1.0", in_response(with_fields(name={"type": "string"}, size={"type": "integer"})))
    )
    verdict = check(released)
    assert verdict.ok, verdict.lines
    assert "1 compatible change(s)" in verdict.lines[0] and "Unreleased" in verdict.lines[0]


def test_a_breaking_spec_change_without_a_bump_fails_saying_what_to_do(released: Path) -> None:
    (released / "openapi.yaml").write_text(spec("0.1.0", in_response(with_fields())))
    verdict = check(released)
    assert not verdict.ok
    text = "\n".join(verdict.lines)
    assert "1 breaking change(s) since the 0.1.0 release" in text
    assert "BREAKING   Thing.name: the field was removed from responses (in get_thing) [field-removed]" in text
    assert "set `version: 0.2.0` under `info:` in openapi.yaml" in text and "make generate" in text
    assert "add a `## [0.2.0]` section to CHANGELOG.md" in text


def test_a_breaking_python_change_without_a_bump_fails(released: Path) -> None:
    write_packages(released, {"overlay/parley/_client.py": ("    timeout: float = 10.0\n", "")})
    verdict = check(released)
    assert not verdict.ok
    assert "  BREAKING   parley.Client.timeout: removed" in verdict.lines


def test_a_patch_bump_is_not_enough(released: Path) -> None:
    (released / "openapi.yaml").write_text(spec("0.1.1", in_response(with_fields())))
    (released / "CHANGELOG.md").write_text(CHANGELOG.replace("## [Unreleased]\n", "## [Unreleased]\n\n## [0.1.1]\n"))
    verdict = check(released)
    assert not verdict.ok and "needs a new minor version before 1.0: 0.2.0" in "\n".join(verdict.lines)


def test_a_minor_bump_needs_its_changelog_section_then_passes(released: Path) -> None:
    (released / "openapi.yaml").write_text(spec("0.2.0", in_response(with_fields())))
    missing = check(released)
    assert not missing.ok and "CHANGELOG.md has no `## [0.2.0]` section" in missing.lines[0]
    (released / "CHANGELOG.md").write_text(
        CHANGELOG.replace("## [Unreleased]\n", "## [Unreleased]\n\n## [0.2.0]\n\n- Removed Thing.name.\n")
    )
    verdict = check(released)
    assert verdict.ok, verdict.lines
    assert "1 breaking change(s), allowed by the version" in verdict.lines[0]


def test_a_version_older_than_the_release_fails(released: Path) -> None:
    (released / "openapi.yaml").write_text(spec("0.0.9"))
    assert "older than the release 0.1.0" in check(released).lines[0]


def test_release_snapshot_replaces_the_last_release(released: Path) -> None:
    (released / "openapi.yaml").write_text(spec("0.2.0", in_response(with_fields())))
    with pytest.raises(ReleaseError, match=r"no `## \[0.2.0\]` section"):
        snapshot.write(released)
    (released / "CHANGELOG.md").write_text(CHANGELOG.replace("## [Unreleased]\n", "## [Unreleased]\n\n## [0.2.0]\n"))
    written = snapshot.write(released)
    assert sorted(path.name for path in (released / "api/released").iterdir()) == sorted(path.name for path in written)
    assert [path.name for path in written] == ["openapi-0.2.0.yaml", "python-api-0.2.0.json.gz"]
    assert check(released).ok
    assert changelog_versions(released / "CHANGELOG.md") == ["Unreleased", "0.2.0", "0.1.0"]
