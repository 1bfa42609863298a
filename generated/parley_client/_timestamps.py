"""`parse_timestamp`: dateutil's `isoparse`, fast for the RFC 3339 forms the API sends.

(Written into the generated package as `parley_client/_timestamps.py` by tools/add_modules.py; the
models' `decode` parses `date-time` fields with it.)

The models' `from_dict` parses `date-time` fields with dateutil's `isoparse`
(tools/py310_compat.py), which accepts every ISO 8601 form on every Python but costs several µs a
call: most of a bulk response's decoding time. `datetime.fromisoformat` costs a tenth of that but does
not accept the same strings on every version (3.10 rejects `Z`) and gives other `tzinfo` objects. So
`parse_timestamp` answers `isoparse(value)` exactly (the same `datetime`, with dateutil's `tzutc` or
`tzoffset` as `tzinfo`, or the same exception) and takes a shortcut only for strings whose shape leaves
no room for the two parsers to differ: `YYYY-MM-DDTHH:MM:SS`, then nothing, `.fff` or `.ffffff`, then
`Z` or `+00:00`, in ASCII. There `fromisoformat` reads the fixed-width digit fields (it rejects any
non-digit; a sign or `Z` among them would show as an offset) and the UTC offset is attached as isoparse
attaches it; every other string, and every failure, goes to isoparse itself. The last fast result is
kept for the next call with an equal string (the messages of one completion share a timestamp; a
`datetime` is immutable, so sharing one changes nothing).
"""

from __future__ import annotations

import datetime
from typing import Any

from dateutil.parser import isoparse
from dateutil.tz import UTC

__all__ = ["parse_timestamp"]

_fromisoformat = datetime.datetime.fromisoformat
_NAIVE_EPOCH = datetime.datetime(1970, 1, 1)
_UTC_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=UTC)  # isoparse's tzinfo for Z and +00:00
# The separators at positions 4, 7, 10, 13, 16 (and 19) of YYYY-MM-DDTHH:MM:SS[.fff|.ffffff], by length.
_SEPARATORS = {19: "--T::", 23: "--T::.", 26: "--T::."}
_NOTHING = object()
# The last string parsed on the fast path and its result, in one tuple so that threads read a pair.
_last: tuple[object, datetime.datetime] = (_NOTHING, _UTC_EPOCH)


def parse_timestamp(value: Any) -> datetime.datetime:
    """`dateutil.parser.isoparse(value)`: the same result or the same exception, faster for UTC timestamps."""
    global _last
    last = _last
    if value == last[0]:
        return last[1]
    if value.__class__ is str and value[26:] == "Z":  # 27 characters: the reference server's form, inline
        naive = value[:26]
        if naive[4:20:3] == "--T::." and value.isascii():
            try:
                parsed = _fromisoformat(naive)
            except ValueError:
                return isoparse(value)
            if parsed.tzinfo is None:
                result = _UTC_EPOCH + (parsed - _NAIVE_EPOCH)
                _last = (value, result)
                return result
    return _parse_other_forms(value)


def _parse_other_forms(value: Any) -> datetime.datetime:
    if value.__class__ is str and value.isascii():
        if value[-1:] == "Z":
            naive = value[:-1]
        elif value[-6:] == "+00:00":
            naive = value[:-6]
        else:
            return isoparse(value)
        if naive[4:20:3] == _SEPARATORS.get(len(naive)):
            return _utc(naive, value)
    return isoparse(value)


def _utc(naive: str, value: str) -> datetime.datetime:
    """`isoparse(value)` for `value` of the fast shape, `naive` being it without its UTC suffix."""
    global _last
    try:
        parsed = _fromisoformat(naive)
    except ValueError:
        return isoparse(value)
    if parsed.tzinfo is not None:  # a sign or Z among the digits was read as an offset: not our shape
        return isoparse(value)
    # Plain arithmetic keeps every field and takes the tzinfo of the aware operand.
    result = _UTC_EPOCH + (parsed - _NAIVE_EPOCH)
    _last = (value, result)
    return result
