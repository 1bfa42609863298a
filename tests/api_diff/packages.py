"""A small `parley` and `parley_client` pair, written to a directory laid out like the repository."""

from __future__ import annotations

import textwrap
from pathlib import Path

PARLEY = '''
"""A tiny SDK."""

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._client import Client

__all__ = ["Client", "connect"]


def __getattr__(name):
    from . import _client

    return getattr(_client, name)


def connect(url: str, *, retries: int = 2) -> None:
    """Connect."""
'''

CLIENT = '''
"""The client."""

import warnings


class Client:
    """Talks to the server."""

    timeout: float = 10.0

    def send(self, text: str, *, retries: int = 2) -> str:
        """Send one message."""
        return text

    def old_send(self, text: str) -> str:
        """Deprecated: use `send`."""
        warnings.warn("use send", DeprecationWarning, stacklevel=2)
        return self.send(text)

    def _internal(self, anything: int) -> None:
        """Private."""
'''

MODELS_INIT = '''
"""Models, loaded lazily."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .thing import Thing

__all__ = ("Thing",)
'''

THING = '''
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class Thing:
    """A thing."""

    id: str
    name: str | Unset = UNSET
    additional_properties: dict = _attrs_field(init=False, factory=dict)
'''

CONTRACT = '''
"""The contract harness."""


def main(argv: list) -> int:
    return 0
'''

TYPES = '''
class Unset:
    """Not given."""


UNSET = Unset()
'''


Edits = dict[str, tuple[str, str] | list[tuple[str, str]]]


def write(
    root: Path, replace: Edits | None = None, drop: tuple[str, ...] = (), add: dict[str, str] | None = None
) -> Path:
    """Write the pair under `root`, with the files `add` gives.

    `replace` maps a file to (old text, new text) edits; `drop` removes files.
    """
    files = {
        "overlay/parley/__init__.py": PARLEY,
        "overlay/parley/_client.py": CLIENT,
        "overlay/parley/contract/__init__.py": CONTRACT,
        "generated/parley_client/__init__.py": '"""Generated."""\n',
        "generated/parley_client/types.py": TYPES,
        "generated/parley_client/models/__init__.py": MODELS_INIT,
        "generated/parley_client/models/thing.py": THING,
        **(add or {}),
    }
    for name, edits in (replace or {}).items():
        for old, new in edits if isinstance(edits, list) else [edits]:
            assert old in files[name], f"{old!r} is not in {name}"
            files[name] = files[name].replace(old, new)
    for name, text in files.items():
        if name in drop:
            continue
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip())
    return root
