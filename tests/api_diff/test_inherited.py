"""Members a public class inherits are compared under the class's public path, like its own members.

A method callable as `parley.Client.send` is reported as `parley.Client.send`, whether it is
defined on `Client` or on a base; a public base's method is reported under every public class a
user can call it on (the base and each public subclass), once per path; a private base is never
named in the report.
"""

from __future__ import annotations

from pathlib import Path

from tools.apidiff import snapshot
from tools.apidiff.changes import Change, compare
from tools.apidiff.surface import load_directory

from .packages import CLIENT, Edits, write

B, C = "BREAKING", "compatible"

METHOD = '    def send(self{}) -> str:\n        """Send one message."""\n        return text\n\n'
SEND = METHOD.format(", text: str, *, retries: int = 2")
CLIENT_HEAD = 'class Client:\n    """Talks to the server."""\n'
assert SEND in CLIENT and CLIENT_HEAD in CLIENT


def into_private_base(signature: str, *more: tuple[str, str]) -> Edits:
    """`Client.send` moved into a private base `_Sender`, with `signature` after `self` (and `more` edits)."""
    base = 'class _Sender:\n    """Sends."""\n\n' + METHOD.format(signature) + "\n"
    return {
        "overlay/parley/_client.py": [
            (SEND, ""),
            (CLIENT_HEAD, base + CLIENT_HEAD.replace(":", "(_Sender):", 1)),
            *more,
        ]
    }


def changes(tmp_path: Path, old: Edits | None, new: Edits | None) -> set[tuple[str, str, str]]:
    found: list[Change] = compare(
        load_directory(write(tmp_path / "old", old)), load_directory(write(tmp_path / "new", new))
    )
    assert len(found) == len(set(found)), "a change is reported once under each path"
    return {(change.severity, change.path, change.message) for change in found}


def test_a_method_moved_unchanged_into_a_private_base_is_no_change(tmp_path: Path) -> None:
    assert changes(tmp_path, None, into_private_base(", text: str, *, retries: int = 2")) == set()


def test_a_method_moved_into_a_private_base_and_changed_is_reported_under_the_public_class(tmp_path: Path) -> None:
    assert changes(tmp_path, None, into_private_base(", text: str")) == {
        (B, "parley.Client.send(retries)", "the parameter was removed")
    }


def test_the_released_snapshot_compares_inherited_members_alike(tmp_path: Path) -> None:
    old = load_directory(write(tmp_path / "old", into_private_base(", text: str, *, retries: int = 2")))
    snapshot.dump(old, tmp_path / "api.json.gz")
    new = load_directory(write(tmp_path / "new", into_private_base(", text: str")))
    assert [change.line() for change in compare(snapshot.load(tmp_path / "api.json.gz"), new)] == [
        "BREAKING   parley.Client.send(retries): the parameter was removed"
    ]


def test_a_parameter_added_to_a_method_of_a_private_base_is_named_by_the_public_class(tmp_path: Path) -> None:
    moved = into_private_base(", text: str, *, retries: int = 2")
    changed = into_private_base(", text: str, *, retries: int = 2, timeout: float = 1.0")
    assert changes(tmp_path, moved, changed) == {(C, "parley.Client.send(timeout)", "new optional parameter")}


def test_a_method_that_becomes_inherited_from_a_private_base_again_is_compared(tmp_path: Path) -> None:
    """The other way round: inherited in the old version, overridden on the class in the new one."""
    moved = into_private_base(", text: str, *, retries: int = 2")
    own = SEND.replace("retries: int = 2", "retries: int = 3")
    changed = into_private_base(
        ", text: str, *, retries: int = 2", ("    timeout: float = 10.0\n", "    timeout: float = 10.0\n\n" + own)
    )
    assert changes(tmp_path, moved, changed) == {(B, "parley.Client.send(retries)", "the default changed from 2 to 3")}


PUBLIC_BASE: list[tuple[str, str]] = [
    ('__all__ = ["Client", "connect"]', '__all__ = ["Base", "Client", "connect"]'),
    ("    from ._client import Client\n", "    from ._client import Base, Client\n"),
]
BASE = (
    'class Base:\n    """Closes."""\n\n    def close(self, *, force: bool = False) -> None:\n        """Close."""\n\n\n'
)


def test_a_public_base_s_method_is_reported_under_the_base_and_each_public_subclass_once(tmp_path: Path) -> None:
    def edits(signature: str) -> Edits:
        base = BASE.replace("*, force: bool = False", signature)
        client = [(CLIENT_HEAD, base + CLIENT_HEAD.replace(":", "(Base):", 1))]
        return {"overlay/parley/__init__.py": PUBLIC_BASE, "overlay/parley/_client.py": client}

    assert changes(tmp_path, edits("*, force: bool = False"), edits("*, force: bool = True")) == {
        (B, "parley.Base.close(force)", "the default changed from False to True"),
        (B, "parley.Client.close(force)", "the default changed from False to True"),
    }


def test_an_inherited_method_removed_is_reported_under_the_public_class(tmp_path: Path) -> None:
    moved = into_private_base(", text: str, *, retries: int = 2")
    gone = {"overlay/parley/_client.py": [*moved["overlay/parley/_client.py"], ("def send(self", "def _send(self")]}
    assert changes(tmp_path, moved, gone) == {(B, "parley.Client.send", "removed")}


def test_a_function_moved_into_a_private_module_and_imported_back_is_compared(tmp_path: Path) -> None:
    """griffe's walk misses this too: defined in `parley` before, an import into `parley` now."""
    moved = [
        ('def connect(url: str, *, retries: int = 2) -> None:\n    """Connect."""\n', ""),
        ("    from ._client import Client\n", "    from ._client import Client\nfrom ._connect import connect\n"),
    ]
    add = {"overlay/parley/_connect.py": 'def connect(url: str) -> None:\n    """Connect."""\n'}
    old = load_directory(write(tmp_path / "old"))
    new = load_directory(write(tmp_path / "new", {"overlay/parley/__init__.py": moved}, add=add))
    assert [change.line() for change in compare(old, new)] == [
        "BREAKING   parley.connect(retries): the parameter was removed"
    ]
