"""What the generated models' `decode` methods share: `new_object`, `decode_list` and `pause_gc`.

(Written into the generated package as `parley_client/_decoding.py` by tools/add_modules.py.)

`decode_list`: a list of nested models, each decoded as its class's `decode` would. Building many
objects makes CPython's cyclic garbage collector run again and again over everything built so far (a
full collection during a 10,000-message session costs as much as parsing its JSON), although nothing
built here can be garbage. So for a list of at least `PAUSE_GC_AT` items, the collector is paused
while the list is built (as Mercurial does for its large structures) and resumed, even on an error, if
it was running; it runs again at the next allocation that needs it. The results are the same either
way; only when the collector runs changes. A model whose list items are decoded inline (decode_macros.
jinja) pauses the same way, with `pause_gc`.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any, TypeVar

__all__ = ["PAUSE_GC_AT", "decode_list", "new_object", "pause_gc"]

_T = TypeVar("_T")

if TYPE_CHECKING:

    def new_object(cls: type[_T]) -> _T:
        """An instance of `cls` whose `__init__` has not run (the decoders set every attribute)."""

else:
    new_object = object.__new__  # bound once: `object.__new__` looked up per call costs more than the call

PAUSE_GC_AT = 1000


def decode_list(items: Any, model: Any) -> list[Any]:
    """`[model.decode(item) for item in items]`, for a generated model class."""
    decode = model.decode
    if items.__class__ is list and pause_gc(items):
        try:
            return [decode(item) for item in items]
        finally:
            gc.enable()
    return [decode(item) for item in items]


def pause_gc(items: list[Any]) -> bool:
    """Pause the cyclic garbage collector for building `items`' objects, if they are many and it runs.

    Answers whether it paused it; then the caller resumes it with `gc.enable()`, also on an error.
    """
    if len(items) >= PAUSE_GC_AT and gc.isenabled():
        gc.disable()
        return True
    return False
