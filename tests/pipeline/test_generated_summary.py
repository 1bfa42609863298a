"""`make generate` ends with what changed in generated/: operations and models added, removed, changed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tools.generated_summary import modules, summary

ROOT = Path(__file__).resolve().parents[2]


def test_models_and_operations_added_removed_and_changed(tmp_path: Path) -> None:
    before = tmp_path / "before"
    shutil.copytree(ROOT / "generated/parley_client", before, ignore=shutil.ignore_patterns("__pycache__"))
    after = tmp_path / "after"
    shutil.copytree(before, after)
    workspace = after / "models/workspace.py"
    workspace.write_text(workspace.read_text().replace("    id: str\n", "    id: str\n    locale: str\n", 1))
    (after / "models/locale_info.py").write_text("class LocaleInfo:\n    pass\n")
    (after / "api/system/get_health.py").unlink()
    (after / "client.py").write_text((after / "client.py").read_text() + "\n# changed\n")
    assert summary(modules(before), modules(after), "pkg") == [
        "generate: what changed in pkg",
        "  operations removed (1): get_health",
        "  models added (1): LocaleInfo",
        "  models changed (1): Workspace",
        "  files changed (1): client.py",
    ]
    assert summary(modules(after), modules(after), "pkg") == ["generate: pkg is unchanged"]


def test_a_change_to_every_model_is_counted_not_listed(tmp_path: Path) -> None:
    before = {f"models/m{index}.py": f"class M{index}:\n    pass\n".encode() for index in range(30)}
    after = {path: text + b"# changed\n" for path, text in before.items()}
    (line,) = summary(before, after, "pkg")[1:]
    assert line.startswith("  models changed (30): M0, M1, ") and line.endswith(" and 18 more")


def test_a_first_generation_counts_what_it_wrote(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools/generated_summary.py"),
            str(tmp_path / "none"),
            str(ROOT / "generated/parley_client"),
        ],
        capture_output=True,
        text=True,
    )
    operations = len([p for p in (ROOT / "generated/parley_client/api").rglob("*.py") if p.name != "__init__.py"])
    assert result.returncode == 0
    assert result.stdout.startswith(f"generate: wrote {ROOT / 'generated/parley_client'}: {operations} operations, ")
