"""`make release-snapshot`: keep this version's spec and Python API in api/released/ as the last release.

Run it when releasing, after the version is set (`info.version` in openapi.yaml) and CHANGELOG.md
has its section: it replaces what api/released/ holds with openapi-<version>.yaml and
python-api-<version>.json.gz, which `make check-release`, `make spec-diff` and `make api-diff`
compare with from then on. Commit them with the release, and tag it v<version>.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..apidiff import snapshot
from ..apidiff.surface import check_exports, load_directory
from .versions import RELEASED, ROOT, ReleaseError, changelog_versions, parse, spec_version


def write(root: Path = ROOT) -> list[Path]:
    """Replace api/released/ with the working tree's spec and Python API; the files written."""
    version = spec_version(root / "openapi.yaml")
    parse(version)
    if version not in changelog_versions(root / "CHANGELOG.md"):
        raise ReleaseError(f"CHANGELOG.md has no `## [{version}]` section: write it before releasing {version}")
    tree = load_directory(root)
    problems = check_exports(tree)
    if problems:
        raise ReleaseError("; ".join(problems))
    folder = root / RELEASED
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("openapi-*.yaml"), *folder.glob("python-api-*.json.gz")]:
        old.unlink()
    spec = folder / f"openapi-{version}.yaml"
    shutil.copyfile(root / "openapi.yaml", spec)
    api = folder / f"python-api-{version}.json.gz"
    snapshot.dump(tree, api)
    return [spec, api]
