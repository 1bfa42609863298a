"""schemathesis hooks for the reference-server passes (loaded through `hooks` in the .toml files).

schemathesis fills the `Idempotency-Key` header from the spec's example (or small generated
strings), so unrelated generated POSTs would share a key and turn into replays of the first one
(a replay of a since-deleted thread then looks like ST302). Real clients send a fresh key per
logical call, so every *valid* key is swapped for a fresh one; invalid keys are kept, so the
negative cases still check that malformed keys are refused. Replay itself is tested over HTTP in
tests/server/.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import schemathesis

_VALID_KEY = re.compile(r"^[\x21-\x7E]{1,255}$")


@schemathesis.hook
def before_call(context: Any, case: Any, **kwargs: Any) -> None:
    """Give each request with a valid `Idempotency-Key` a key of its own."""
    for name, value in list((case.headers or {}).items()):
        if name.lower() == "idempotency-key" and isinstance(value, str) and _VALID_KEY.match(value):
            case.headers[name] = str(uuid.uuid4())
