"""`python tools/api_diff.py`: against a snapshot or a git ref; its lines and exit status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools.apidiff import snapshot
from tools.apidiff.surface import load_directory

from .packages import write

TOOL = Path(__file__).resolve().parents[2] / "tools" / "api_diff.py"
REMOVED_ATTRIBUTE = {"overlay/parley/_client.py": ("    timeout: float = 10.0\n", "")}


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *map(str, args)], capture_output=True, text=True, timeout=120)


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo, check=True, capture_output=True
    )


def test_against_a_snapshot_breaking_exits_1(tmp_path: Path) -> None:
    snapshot.dump(load_directory(write(tmp_path / "old")), tmp_path / "api.json.gz")
    result = run("--root", write(tmp_path / "new", REMOVED_ATTRIBUTE), "--snapshot", tmp_path / "api.json.gz")
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == ["BREAKING   parley.Client.timeout: removed"]
    assert "1 breaking, 0 compatible" in result.stderr


def test_against_a_git_ref_without_a_change_exits_0(tmp_path: Path) -> None:
    repo = write(tmp_path / "repo")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "v1")
    result = run("--root", repo, "--base", "HEAD")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "no change to the public API" in result.stderr
    write(repo, REMOVED_ATTRIBUTE)
    assert run("--root", repo, "--base", "HEAD").returncode == 1


def test_an_unreadable_base_exits_2_saying_why(tmp_path: Path) -> None:
    root = write(tmp_path / "tree")
    (tmp_path / "bad.json.gz").write_bytes(b"not gzip")
    bad_snapshot = run("--root", root, "--snapshot", tmp_path / "bad.json.gz")
    assert bad_snapshot.returncode == 2 and "not a readable API snapshot" in bad_snapshot.stderr
    git(root, "init", "-q")
    bad_ref = run("--root", root, "--base", "no-such-ref")
    assert bad_ref.returncode == 2 and "no-such-ref" in bad_ref.stderr
