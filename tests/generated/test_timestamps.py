"""`parse_timestamp(value)` is `dateutil.parser.isoparse(value)`: the same datetime or the same error.

The same datetime means equal, with the same `tzinfo` class and offset and the same repr; the same
error means the same exception type and arguments. Checked on strings built to sit on the edge of
the fast path's shape (digits, separators, signs, `Z`, offsets, lengths), on hypothesis' strings from
that alphabet, on values that are not strings, and on Python 3.10, whose `fromisoformat` reads less.
"""

from __future__ import annotations

import random
import subprocess
import sysconfig
from pathlib import Path
from typing import Any

import pytest
from dateutil.parser import isoparse
from hypothesis import given, settings
from hypothesis import strategies as st
from parley_client._timestamps import parse_timestamp

from .test_python310 import PYTHON310

API_FORMS = [
    "2026-11-22T09:31:00.123456Z",
    "2026-11-22T09:31:00.123Z",
    "2026-11-22T09:31:00Z",
    "2026-11-22T09:31:00.123456+00:00",
    "2026-11-22T09:31:00+00:00",
    "0001-01-01T00:00:00.000000Z",
    "9999-12-31T23:59:59.999999Z",
    "2024-02-29T12:00:00.000001Z",
]
EDGES = [
    "2025-02-29T12:00:00.000001Z",  # no such day
    "2026-11-22T24:00:00.000000Z",  # isoparse's midnight
    "2026-11-22T24:00:00Z",
    "2026-11-22T23:60:00Z",
    "2026-11-22T23:59:60Z",
    "2026-11-22t09:31:00Z",
    "2026-11-22T09:31:00z",
    "2026-11-22 09:31:00.123456Z",
    "2026-11-22T09:31:00,123456Z",
    "2026-11-22T09:31:00.12+0456Z",  # an offset among the fraction's digits
    "2026-11-22T09:31:00.1234-1Z",
    "2026-11-22T09:31:00.12345ZZ",
    "2026-11-22T09:31:00.1234567Z",
    "2026-11-22T09:31:00.12Z",
    "2026-11-22T09:31Z",
    "2026-11-22T0931:00.123456Z",
    "2026-W47-7T09:31:00.123456Z",
    "2026-326T09:31:00.1234567Z",
    "20261122T093100.123456Z",
    "2026-11-22T09:31:00.123456+01:00",
    "2026-11-22T09:31:00.123456-00:00",
    "2026-11-22T09:31:00.123456+00:00Z",
    "+026-11-22T09:31:00.123456Z",
    " 2026-11-22T09:31:00.12345Z",
    "2026-11-22T09:31:00.12345\u0663Z",  # a non-ASCII digit
    "2026-11-22\u00e909:31:00.123456Z",
    "２026-11-22T09:31:00.123456Z",
    "",
    "Z",
    "+00:00",
    "2026-11-22",
    "2026-11-22T09:31:00",
]
NOT_STRINGS: list[Any] = [None, 0, 1.5, True, [], {}, b"2026-11-22T09:31:00Z", ["2026-11-22T09:31:00Z"]]


def outcome(function: Any, value: Any) -> tuple[str, Any]:
    try:
        parsed = function(value)
    except Exception as error:
        return "raised", (type(error), error.args)
    return "parsed", (parsed, type(parsed.tzinfo), parsed.utcoffset(), repr(parsed))


def assert_same_as_isoparse(value: Any) -> None:
    assert outcome(parse_timestamp, value) == outcome(isoparse, value), repr(value)


@pytest.mark.parametrize("value", API_FORMS + EDGES + NOT_STRINGS, ids=repr)
def test_the_api_forms_and_the_edges_parse_as_isoparse_parses_them(value: Any) -> None:
    assert_same_as_isoparse(value)
    assert_same_as_isoparse(value)  # again: the answer kept for an equal string is the same


def test_the_fast_path_is_taken_for_the_forms_the_api_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    import parley_client._timestamps as decoding

    calls: list[Any] = []
    monkeypatch.setattr(decoding, "isoparse", lambda value: calls.append(value) or isoparse(value))
    for value in API_FORMS:
        parse_timestamp(value)
    assert calls == []
    parse_timestamp("2026-11-22T09:31:00.123456+01:00")
    assert calls == ["2026-11-22T09:31:00.123456+01:00"]


ALPHABET = "0123456789-:T.Z+z ,W\u0663"


@st.composite
def near_timestamps(draw: st.DrawFn) -> str:
    """An API-form timestamp with a few characters changed, removed or added."""
    chars = list(draw(st.sampled_from(API_FORMS)))
    for _ in range(draw(st.integers(0, 3))):
        position = draw(st.integers(0, len(chars)))
        action = draw(st.sampled_from(["set", "drop", "insert"]))
        if action == "insert" or position == len(chars):
            chars.insert(position, draw(st.sampled_from(ALPHABET)))
        elif action == "drop":
            del chars[position]
        else:
            chars[position] = draw(st.sampled_from(ALPHABET))
    return "".join(chars)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(near_timestamps(), st.text(ALPHABET, max_size=32)))
def test_strings_near_the_fast_shape_parse_as_isoparse_parses_them(value: str) -> None:
    assert_same_as_isoparse(value)


def battery(count: int, seed: int) -> list[str]:
    """`count` strings near the API's forms, without hypothesis (for another interpreter)."""
    rng = random.Random(seed)
    out = [*API_FORMS, *EDGES]
    while len(out) < count:
        chars = list(rng.choice(API_FORMS))
        for _ in range(rng.randint(1, 3)):
            position = rng.randint(0, len(chars))
            action = rng.choice(["set", "drop", "insert"])
            if action == "insert" or position == len(chars):
                chars.insert(position, rng.choice(ALPHABET))
            elif action == "drop":
                del chars[position]
            else:
                chars[position] = rng.choice(ALPHABET)
        out.append("".join(chars))
    return out


PROBE = """
import sys
from dateutil.parser import isoparse
from parley_client._timestamps import parse_timestamp
assert sys.version_info[:2] == (3, 10), sys.version

def outcome(function, value):
    try:
        parsed = function(value)
    except Exception as error:
        return "raised", type(error), error.args
    return "parsed", parsed, type(parsed.tzinfo), parsed.utcoffset(), repr(parsed)

values = [line for line in sys.stdin.read().split("\\n")]
bad = [v for v in values if outcome(parse_timestamp, v) != outcome(isoparse, v)]
print(len(values), repr(bad[:5]))
"""


@pytest.mark.skipif(PYTHON310 is None, reason="no python3.10 on this machine")
def test_on_python_310_too(root: Path) -> None:
    values = battery(20_000, seed=310)
    path = [str(root / "generated"), sysconfig.get_paths()["purelib"]]
    result = subprocess.run(
        [str(PYTHON310), "-I", "-c", f"import sys; sys.path[:0] = {path!r}\n{PROBE}"],
        input="\n".join(values),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(len(values)), "[]"], result.stdout


def test_the_battery_in_this_interpreter() -> None:
    for value in battery(20_000, seed=311):
        assert_same_as_isoparse(value)
