"""The released Python API, kept in the repository: griffe's JSON of both packages, gzipped.

A fresh clone (CI has no tags and a shallow history) compares the working tree with this file.
It holds what griffe's breaking-change check reads (names, kinds, signatures, bases, labels), not
docstrings or source. `make release-snapshot` rewrites it; griffe reads it back into the same
objects it builds from source, so both sides of a comparison are alike.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe

from . import bound_methods
from .surface import ApiError, Surface, apply_policy


def dump(surface: Surface, path: Path) -> None:
    """Write `surface` to `path` (gzipped JSON, byte-identical for the same API)."""
    data = {
        name: _prune(json.loads(json.dumps(module.as_dict(full=False), cls=griffe.JSONEncoder)), name)
        for name, module in surface.items()
    }
    text = json.dumps(data, sort_keys=True, separators=(",", ":"))
    path.write_bytes(gzip.compress(text.encode(), mtime=0))


def load(path: Path) -> Surface:
    """Read a surface that `dump` wrote."""
    try:
        text = gzip.decompress(path.read_bytes()).decode()
        data = json.loads(text, object_hook=griffe.json_decoder)
    except (OSError, EOFError, ValueError, KeyError) as exc:
        raise ApiError(f"{path}: not a readable API snapshot ({exc.__class__.__name__}: {exc})") from exc
    collection = griffe.ModulesCollection()
    for name, module in data.items():
        collection.set_member(name, module)
        _attach_bases(module)
    bound_methods.expand(data)
    return apply_policy(data)


def _attach_bases(obj: griffe.Object) -> None:
    """Give base-class names their scope back (griffe's JSON decoder leaves it out), so inherited members resolve."""
    for member in obj.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Class):
            for base in member.bases:
                for name in _names(base):
                    if name.parent is None:
                        name.parent = obj  # type: ignore[assignment]
        if isinstance(member, (griffe.Module, griffe.Class)):
            _attach_bases(member)


def _names(expr: object) -> Iterator[griffe.ExprName]:
    if isinstance(expr, griffe.ExprName):
        yield expr
    if isinstance(expr, griffe.Expr):
        for part in dataclasses.fields(expr):
            if part.name != "parent":
                value = getattr(expr, part.name)
                for item in value if isinstance(value, list) else [value]:
                    yield from _names(item)


def _prune(node: Any, package: str) -> Any:
    """Leave docstrings out (the `deprecated` label they gave is kept); file paths from the package on."""
    if isinstance(node, dict):
        return {
            key: _relative(value, package) if key == "filepath" else _prune(value, package)
            for key, value in node.items()
            if key != "docstring"
        }
    if isinstance(node, list):
        return [_prune(value, package) for value in node]
    return node


def _relative(filepath: Any, package: str) -> Any:
    """`/somewhere/overlay/parley/_client.py` as `parley/_client.py`: the snapshot does not name the checkout."""
    if not isinstance(filepath, str):
        return filepath
    parts = Path(filepath).parts
    starts = [index for index, part in enumerate(parts) if part == package]
    return str(Path(*parts[starts[-1] :])) if starts else Path(filepath).name
