"""`make check-release` (run by `make test`): no breaking change since the last release without a version bump.

It compares openapi.yaml with the released spec (spec-diff) and the working tree's `parley` and
`parley_client` with the released Python API (api-diff). Anything breaking needs `info.version`
at least at the next breaking version (the next minor before 1.0, the next major after), and any
new version needs its section in CHANGELOG.md. On failure it says exactly what to do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..apidiff import snapshot
from ..apidiff.changes import compare as compare_api
from ..apidiff.surface import ApiError, check_exports, load_directory
from ..specdiff.document import SpecError, load_spec
from ..specdiff.report import line
from ..specdiff.walk import compare as compare_spec
from .versions import (
    ROOT,
    ReleaseError,
    allows_breaking,
    breaking_bump,
    changelog_versions,
    last_release,
    parse,
    spec_version,
)


@dataclass
class Verdict:
    """Whether the tree may be merged as it stands, and what to tell the developer."""

    ok: bool
    lines: list[str] = field(default_factory=list)


def check(root: Path = ROOT) -> Verdict:
    """Judge the working tree at `root` against the release kept in its api/released/."""
    try:
        release = last_release(root)
        current = spec_version(root / "openapi.yaml")
        parse(current)
        spec_changes = compare_spec(load_spec(release.spec), load_spec(root / "openapi.yaml"))
        tree = load_directory(root)
        problems = check_exports(tree)
        if problems:
            return Verdict(False, [f"check-release: {problem}" for problem in problems])
        api_changes = compare_api(snapshot.load(release.python_api), tree)
        sections = changelog_versions(root / "CHANGELOG.md")
    except (ReleaseError, SpecError, ApiError) as exc:
        return Verdict(False, [f"check-release: {exc}"])
    breaking = [line(finding) for finding in spec_changes if finding.severity == "BREAKING"]
    breaking += [change.line() for change in api_changes if change.severity == "BREAKING"]
    compatible = sum(finding.severity != "BREAKING" for finding in spec_changes)
    compatible += sum(change.severity != "BREAKING" for change in api_changes)
    released = release.version
    if parse(current) < parse(released):
        return Verdict(
            False, [f"check-release: info.version {current} in openapi.yaml is older than the release {released}"]
        )
    if breaking and not allows_breaking(released, current):
        return Verdict(False, _needs_bump(breaking, released, current))
    if current != released and current not in sections:
        return Verdict(
            False,
            [
                f"check-release: the version is {current} but CHANGELOG.md has no `## [{current}]` section.",
                f"Add one (### Added / Changed / Removed ...) that says what changed since {released}.",
            ],
        )
    summary = f"check-release: version {current} (last release {released}): "
    summary += f"{len(breaking)} breaking change(s), allowed by the version" if breaking else "nothing breaking"
    summary += f", {compatible} compatible change(s) since the release"
    if compatible and current == released:
        summary += " (note them under `## [Unreleased]` in CHANGELOG.md)"
    return Verdict(True, [summary])


def _needs_bump(breaking: list[str], released: str, current: str) -> list[str]:
    needed = breaking_bump(released)
    rule = "a new minor version before 1.0" if needed.startswith("0.") else "a new major version"
    lines = [
        f"check-release: {len(breaking)} breaking change(s) since the {released} release (api/released/), "
        f"and the version is {current}:",
        *(f"  {text}" for text in breaking),
        f"A breaking change needs {rule}: {needed}. To make it:",
        f"  1. set `version: {needed}` under `info:` in openapi.yaml (the one place the version lives), "
        "then run `make generate`;",
        f"  2. add a `## [{needed}]` section to CHANGELOG.md that lists these changes (### Changed, ### Removed).",
        "If a change was not meant to break clients, change it back instead: "
        "`make spec-diff` and `make api-diff` show each one.",
    ]
    return lines
