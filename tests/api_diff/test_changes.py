"""griffe's breaking-change check on a small parley/parley_client pair, under the public-API policy."""

from __future__ import annotations

from pathlib import Path

from tools.apidiff import snapshot
from tools.apidiff.changes import Change, compare
from tools.apidiff.surface import check_exports, load_directory

from .packages import Edits, write

B, C = "BREAKING", "compatible"


def changes(tmp_path: Path, replace: Edits | None = None, drop: tuple[str, ...] = ()) -> list[Change]:
    old = load_directory(write(tmp_path / "old"))
    new = load_directory(write(tmp_path / "new", replace, drop))
    return compare(old, new)


def lines(found: list[Change]) -> set[tuple[str, str, str]]:
    return {(change.severity, change.path, change.message) for change in found}


def test_the_same_api_is_no_change(tmp_path: Path) -> None:
    assert changes(tmp_path) == []


def test_a_removed_name_is_breaking(tmp_path: Path) -> None:
    edit: Edits = {
        "overlay/parley/__init__.py": [
            ('__all__ = ["Client", "connect"]', '__all__ = ["Client"]'),
            ("def connect", "def _connect"),
        ]
    }
    assert lines(changes(tmp_path, edit)) == {(B, "parley.connect", "removed")}


def test_a_changed_signature_is_breaking_and_named_by_its_public_path(tmp_path: Path) -> None:
    edit = {"overlay/parley/_client.py": ("*, retries: int = 2) -> str", "*, attempts: int = 2) -> str")}
    assert lines(changes(tmp_path, edit)) == {
        (B, "parley.Client.send(retries)", "the parameter was removed"),
        (C, "parley.Client.send(attempts)", "new optional parameter"),
    }


def test_a_changed_default_and_a_new_required_parameter_are_breaking(tmp_path: Path) -> None:
    edit = {"overlay/parley/__init__.py": ("*, retries: int = 2) -> None", "proxy: str, *, retries: int = 3) -> None")}
    assert lines(changes(tmp_path, edit)) == {
        (B, "parley.connect(proxy)", "new required parameter"),
        (B, "parley.connect(retries)", "the default changed from 2 to 3"),
    }


def test_a_removed_attribute_is_breaking(tmp_path: Path) -> None:
    edit = {"overlay/parley/_client.py": ("    timeout: float = 10.0\n", "")}
    assert lines(changes(tmp_path, edit)) == {(B, "parley.Client.timeout", "removed")}


def test_an_added_optional_parameter_and_a_new_method_are_compatible(tmp_path: Path) -> None:
    edit = {
        "overlay/parley/_client.py": (
            "retries: int = 2) -> str:",
            "retries: int = 2, timeout: float | None = None) -> str:",
        )
    }
    found = changes(tmp_path, edit)
    assert lines(found) == {(C, "parley.Client.send(timeout)", "new optional parameter")}
    assert all(change.severity == C for change in found)


def test_removing_a_deprecated_alias_is_breaking_and_says_it_was_deprecated(tmp_path: Path) -> None:
    text = '    def old_send(self, text: str) -> str:\n        """Deprecated: use `send`."""\n'
    edit = {"overlay/parley/_client.py": (text, '    def _gone(self, text: str) -> str:\n        """Gone."""\n')}
    assert lines(changes(tmp_path, edit)) == {(B, "parley.Client.old_send", "removed (it was deprecated)")}


def test_private_names_and_the_contract_harness_are_not_public_api(tmp_path: Path) -> None:
    edit = {"overlay/parley/_client.py": ("def _internal(self, anything: int)", "def _internal(self)")}
    assert changes(tmp_path, edit, drop=("overlay/parley/contract/__init__.py",)) == []


def test_a_generated_model_constructor_is_checked(tmp_path: Path) -> None:
    required = {"generated/parley_client/models/thing.py": ("    id: str\n", "    id: str\n    size: int\n")}
    assert lines(changes(tmp_path, required)) == {
        (B, "parley_client.models.Thing.__init__(size)", "new required parameter"),
        (B, "parley_client.models.Thing.__init__(name)", "the parameter moved (position: from 2 to 3 (+1))"),
        (C, "parley_client.models.Thing.size", "new attribute"),
    }


def test_a_generated_model_field_renamed_breaks_its_constructor(tmp_path: Path) -> None:
    renamed = {"generated/parley_client/models/thing.py": ("    name: str | Unset", "    title: str | Unset")}
    assert lines(changes(tmp_path / "renamed", renamed)) == {
        (B, "parley_client.models.Thing.__init__(name)", "the parameter was removed"),
        (B, "parley_client.models.Thing.name", "removed"),
        (C, "parley_client.models.Thing.__init__(title)", "new optional parameter"),
        (C, "parley_client.models.Thing.title", "new attribute"),
    }


def test_a_lazy_export_must_be_declared_for_type_checkers(tmp_path: Path) -> None:
    hidden = {"overlay/parley/__init__.py": ("    from ._client import Client\n", "    pass\n")}
    surface = load_directory(write(tmp_path, hidden))
    assert check_exports(surface) == [
        "parley.__all__ lists Client, which nothing defines (declare a lazy export under `if TYPE_CHECKING:`)"
    ]
    assert check_exports(load_directory(write(tmp_path / "fine"))) == []


def test_the_snapshot_reads_back_as_the_same_api(tmp_path: Path) -> None:
    old = load_directory(write(tmp_path / "old"))
    snapshot.dump(old, tmp_path / "api.json.gz")
    first = (tmp_path / "api.json.gz").read_bytes()
    snapshot.dump(load_directory(write(tmp_path / "again")), tmp_path / "api.json.gz")
    assert (tmp_path / "api.json.gz").read_bytes() == first, "the same API must give the same bytes"
    edit = {"overlay/parley/_client.py": ("    timeout: float = 10.0\n", "")}
    new = load_directory(write(tmp_path / "new", edit))
    assert compare(snapshot.load(tmp_path / "api.json.gz"), new) == compare(old, new)
    assert compare(snapshot.load(tmp_path / "api.json.gz"), old) == []
