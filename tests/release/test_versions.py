"""One version, in one place: `info.version` in openapi.yaml, and everything that shows a version agrees."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx
import parley
import parley_client
import tomllib
import yaml

from tests.live_server import LiveServer
from tools.release.versions import changelog_versions, last_release, parse, spec_version


def test_the_spec_version_is_a_semantic_version(root: Path) -> None:
    parse(spec_version(root / "openapi.yaml"))


def test_the_packages_carry_the_spec_version(root: Path) -> None:
    version = spec_version(root / "openapi.yaml")
    assert parley_client.__version__ == version
    assert parley.__version__ == version
    assert f'__version__ = "{version}"' in (root / "generated/parley_client/__init__.py").read_text()
    assert "package_version_override" not in yaml.safe_load((root / "generator-config.yaml").read_text())


def test_the_distribution_version_is_read_from_the_spec(root: Path) -> None:
    pyproject = tomllib.loads((root / "pyproject.toml").read_text())
    assert "version" not in pyproject["project"] and "version" in pyproject["project"]["dynamic"]
    source = pyproject["tool"]["hatch"]["version"]
    found = re.search(source["pattern"], (root / source["path"]).read_text())
    assert found is not None and found["version"] == spec_version(root / "openapi.yaml")


def test_no_other_file_spells_out_the_version(root: Path) -> None:
    version = re.escape(spec_version(root / "openapi.yaml"))
    assignment = re.compile(rf"""(version|VERSION)\w*\s*[=:]\s*["']?{version}\b""")
    for path in [
        "pyproject.toml",
        "generator-config.yaml",
        "overlay/parley/__init__.py",
        "server/parley_server/routes/system.py",
    ]:
        assert not assignment.search((root / path).read_text()), (
            f"{path} repeats the version: derive it from openapi.yaml"
        )


def test_parley_contract_and_the_reference_server_report_it(root: Path, tmp_path: Path) -> None:
    version = spec_version(root / "openapi.yaml")
    printed = subprocess.run([sys.executable, "-m", "parley.contract", "--version"], capture_output=True, text=True)
    assert printed.stdout.strip() == f"parley-contract {version}"
    live = LiveServer(tmp_path / "parley.db").start()
    try:
        assert httpx.get(live.base_url + "/v1/health").json()["version"] == version
    finally:
        live.stop()


def test_the_changelog_has_the_current_and_the_released_version(root: Path) -> None:
    sections = changelog_versions(root / "CHANGELOG.md")
    release = last_release(root)
    current = spec_version(root / "openapi.yaml")
    assert sections[0] == "Unreleased"
    assert release.version in sections
    assert current in sections or current == release.version
    assert parse(current) >= parse(release.version)
