"""The constructors of what only the SDK creates (resources, handles, pages, streams) are not public API.

Users get these objects from the client (`client.threads`, a list call, `stream=True`), so a change
to how the SDK builds them is not reported; the client's own constructor, and every method of
those objects, still are.
"""

from __future__ import annotations

from pathlib import Path

from tools.apidiff.changes import compare
from tools.apidiff.surface import BUILT_BY_THE_SDK, load_directory

from .packages import Edits, write

RESOURCES = '''
"""Resources."""


class _Base:
    def __init__(self, client: object) -> None:
        self._client = client


class Things(_Base):
    """`client.things`."""

    def get(self, thing_id: str) -> str:
        """One thing."""
        return thing_id
'''


def changes(tmp_path: Path, new: Edits) -> set[tuple[str, str]]:
    add = {"overlay/parley/resources.py": RESOURCES}
    old_surface = load_directory(write(tmp_path / "old", None, add=add))
    new_surface = load_directory(write(tmp_path / "new", new, add=add))
    return {(change.path, change.message) for change in compare(old_surface, new_surface)}


def test_a_resource_built_another_way_is_no_change(tmp_path: Path) -> None:
    edit = ("def __init__(self, client: object) -> None:", "def __init__(self, requester: object, *path: str) -> None:")
    assert changes(tmp_path, {"overlay/parley/resources.py": edit}) == set()


def test_a_resource_method_changed_is_still_reported(tmp_path: Path) -> None:
    edit = ("def get(self, thing_id: str)", "def get(self, thing_id: str, expand: bool)")
    assert ("parley.resources.Things.get(expand)", "new required parameter") in changes(
        tmp_path, {"overlay/parley/resources.py": edit}
    )


def test_the_client_s_constructor_is_still_public(tmp_path: Path) -> None:
    head = 'class Client:\n    """Talks to the server."""\n'
    edit = (head, head + "\n    def __init__(self, url: str) -> None:\n        self.url = url\n")
    assert ("parley.Client.__init__", "new function") in changes(tmp_path, {"overlay/parley/_client.py": edit})


def test_the_policy_names_what_the_sdk_exports() -> None:
    import parley

    exported = {path.removeprefix("parley.") for path in BUILT_BY_THE_SDK} - {"resources"}
    assert exported <= set(parley.__all__)
