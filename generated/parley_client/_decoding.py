"""What the generated models' `decode` shares: `parse_timestamp` and `decode_list`.

(Written into the generated package as `parley_client/_decoding.py` by tools/add_modules.py.)

`parse_timestamp`: the models parse `date-time` fields with dateutil's `isoparse`
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

`decode_list`: a list of nested models, each decoded as its class's `decode` would. Building many
objects makes CPython's cyclic garbage collector run again and again over everything built so far (a
full collection during a 10,000-message session costs as much as parsing its JSON), although nothing
built here can be garbage. So for a list of at least `PAUSE_GC_AT` items, the collector is paused
while the list is built (as Mercurial does for its large structures) and resumed, even on an error, if
it was running; it runs again at the next allocation that needs it. The results are the same either
way; only when the collector runs changes.
"""

from __future__ import annotations

import datetime
import gc
from typing import TYPE_CHECKING, Any, TypeVar

from dateutil.parser import isoparse
from dateutil.tz import UTC

__all__ = ["PAUSE_GC_AT", "decode_list", "new_object", "parse_timestamp"]

_T = TypeVar("_T")

if TYPE_CHECKING:

    def new_object(cls: type[_T]) -> _T:
        """An instance of `cls` whose `__init__` has not run (the decoders set every attribute)."""

else:
    new_object = object.__new__  # bound once: `object.__new__` looked up per call costs more than the call

PAUSE_GC_AT = 1000

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
    if value.__class__ is str and value.isascii():
        if value[-1:] == "Z":
            naive = value[:-1]
        elif value[-6:] == "+00:00":
            naive = value[:-6]
        else:
            return isoparse(value)
        if naive[4:20:3] == _SEPARATORS.get(len(naive)):
            try:
                parsed = _fromisoformat(naive)
            except ValueError:
                return isoparse(value)
            if parsed.tzinfo is None:
                # Plain arithmetic keeps every field and takes the tzinfo of the aware operand.
                result = _UTC_EPOCH + (parsed - _NAIVE_EPOCH)
                _last = (value, result)
                return result
    return isoparse(value)


def decode_list(items: Any, model: Any) -> list[Any]:
    """`[model.decode(item) for item in items]`, for a generated model class."""
    decode = model.decode
    if items.__class__ is list and len(items) >= PAUSE_GC_AT and gc.isenabled():
        gc.disable()
        try:
            return [decode(item) for item in items]
        finally:
            gc.enable()
    return [decode(item) for item in items]
