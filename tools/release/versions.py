"""The version, where it lives, and what a breaking change requires of it (semantic versioning).

The one place is `info.version` in openapi.yaml. Everything else derives from it: the distribution's
version (hatch reads the spec, see pyproject.toml), `parley_client.__version__` (written by `make
generate`), `parley.__version__` and the user agent (read from parley_client), the reference
server's health answer and `parley-contract --version`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
RELEASED = Path("api") / "released"
_SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
_SECTION = re.compile(r"^## \[(?P<version>[^\]]+)\]", re.MULTILINE)


class ReleaseError(Exception):
    """Versions or release files that cannot be read or do not fit together."""


def parse(version: str) -> tuple[int, int, int]:
    """`0.2.0` as (0, 2, 0); anything but MAJOR.MINOR.PATCH is refused."""
    match = _SEMVER.fullmatch(version)
    if match is None:
        raise ReleaseError(f"{version!r} is not a MAJOR.MINOR.PATCH version")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def breaking_bump(released: str) -> str:
    """The first version that may break what `released` promised: the next minor before 1.0, else the next major."""
    major, minor, _ = parse(released)
    return f"0.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"


def allows_breaking(released: str, current: str) -> bool:
    """Whether `current` is far enough from `released` to break compatibility."""
    return parse(current) >= parse(breaking_bump(released))


def spec_version(path: Path) -> str:
    """The `info.version` of the spec at `path`."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        return str(document["info"]["version"])
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise ReleaseError(f"{path}: no info.version ({exc.__class__.__name__}: {exc})") from exc


def changelog_versions(path: Path) -> list[str]:
    """The versions CHANGELOG.md has a `## [X.Y.Z]` section for (`Unreleased` too), newest first."""
    if not path.is_file():
        raise ReleaseError(f"{path.name} is missing")
    return [match["version"] for match in _SECTION.finditer(path.read_text(encoding="utf-8"))]


@dataclass(frozen=True)
class Release:
    """The last release, as api/released/ keeps it."""

    version: str
    spec: Path
    python_api: Path


def last_release(root: Path = ROOT) -> Release:
    """The release kept in api/released/: one spec and one Python API snapshot, of the same version."""
    folder = root / RELEASED
    specs = sorted(folder.glob("openapi-*.yaml"))
    apis = sorted(folder.glob("python-api-*.json.gz"))
    if len(specs) != 1 or len(apis) != 1:
        raise ReleaseError(
            f"{RELEASED}/ should hold one openapi-<version>.yaml and one python-api-<version>.json.gz "
            f"(found {len(specs)} and {len(apis)}); `make release-snapshot` writes them"
        )
    version = specs[0].name[len("openapi-") : -len(".yaml")]
    if apis[0].name != f"python-api-{version}.json.gz":
        raise ReleaseError(f"{RELEASED}/: {specs[0].name} and {apis[0].name} are not of the same release")
    inside = spec_version(specs[0])
    if inside != version:
        raise ReleaseError(f"{RELEASED}/{specs[0].name} says info.version {inside}")
    parse(version)
    return Release(version, specs[0], apis[0])
