r"""One string that a regular expression matches, built from the expression itself (for JSON Schema `pattern`).

`example_matching(pattern)` walks Python's own parse of the pattern: a literal is itself, a class its
first member (a range its lowest character, `\d` a `0`, `\w` an `a`, `\s` a space; a negated class
the first of a few plain characters it admits), a repeat its minimum count, a group its content, an
alternation its first branch, anchors and look-arounds nothing. The result is checked with `re.search`,
so it is either a string the pattern really matches or `None` (back-references, look-arounds that
exclude the obvious choice, and the like). Deterministic: one pattern, one string.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The parser of the `re` module: `re._parser` since Python 3.11, `sre_parse` before (same interface).
try:
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _sre = importlib.import_module("sre_parse")

_MAX_REPEAT = 256  # a `{n}` above this is not honoured (the string would not match, so None)
_MAX_LENGTH = 65536
_PLAIN = "a0A-_ x.,:;!~"  # what a negated class or `.` is tried with, in order


def example_matching(pattern: str) -> str | None:
    """A string `pattern` matches (`re.search` semantics, as JSON Schema has it), or `None`."""
    try:
        compiled = re.compile(pattern)
        text = "".join(_emit(_sre.parse(pattern)))
    except (re.error, RecursionError, OverflowError, _Unsupported, ValueError, KeyError):
        return None
    return text if len(text) <= _MAX_LENGTH and compiled.search(text) else None


class _Unsupported(Exception):
    """A construct this walker cannot turn into text."""


def _emit(items: Any) -> list[str]:
    out: list[str] = []
    for op, argument in items:
        if op is _sre.LITERAL:
            out.append(chr(argument))
        elif op is _sre.NOT_LITERAL:
            out.append(next(c for c in _PLAIN if ord(c) != argument))
        elif op is _sre.ANY:
            out.append("a")
        elif op is _sre.IN:
            out.append(_member(argument))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, _high, inner = argument
            if low > _MAX_REPEAT:
                raise _Unsupported("repeat")
            out += _emit(inner) * low
        elif op is _sre.SUBPATTERN:
            out += _emit(argument[-1])
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            out += _emit(argument)
        elif op is _sre.BRANCH:
            out += _emit(argument[1][0])
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        else:  # GROUPREF, GROUPREF_EXISTS and anything newer
            raise _Unsupported(str(op))
    return out


def _member(members: list[tuple[Any, Any]]) -> str:
    """One character of a character class."""
    if members and members[0][0] is _sre.NEGATE:
        compiled = re.compile(_class_source(members[1:]))
        return next((c for c in _PLAIN if not compiled.fullmatch(c)), "\u00e9")
    for op, argument in members:
        if op is _sre.LITERAL:
            return chr(argument)
        if op is _sre.RANGE:
            return chr(argument[0])
        if op is _sre.CATEGORY:
            return _CATEGORY.get(str(argument), "a")
    raise _Unsupported("empty class")


_CATEGORY = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
}


_CATEGORY_SOURCE = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
}


def _class_source(members: list[tuple[Any, Any]]) -> str:
    """A class's members as the source of a (non-negated) regular expression class."""
    parts = []
    for op, argument in members:
        if op is _sre.LITERAL:
            parts.append(re.escape(chr(argument)))
        elif op is _sre.RANGE:
            parts.append(f"{re.escape(chr(argument[0]))}-{re.escape(chr(argument[1]))}")
        elif op is _sre.CATEGORY:
            parts.append(_CATEGORY_SOURCE[str(argument)])
        else:
            raise _Unsupported(str(op))
    return "[" + "".join(parts) + "]" if parts else "[^\\s\\S]"
