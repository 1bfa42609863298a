"""What the examples share: the models they ask for, a check that fails loudly, and a clean exit.

Every example talks to the server at `PARLEY_BASE_URL` with the key in `PARLEY_API_KEY`. An admin
key runs them all; the tour and the completions and workspaces examples need one, since they show
the admin and manager side too. The models default to the reference server's built-in ones; on
another server, name yours with `PARLEY_CHAT_MODEL`, `PARLEY_LONG_MODEL` and `PARLEY_TOOLS_MODEL`.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from parley import APIConnectionError, AuthenticationError, ParleyError, PermissionDeniedError

CHAT_MODEL = os.environ.get("PARLEY_CHAT_MODEL", "echo-1")
"""A model that answers at once (the reference server's `echo-1` repeats the last user message)."""

LONG_MODEL = os.environ.get("PARLEY_LONG_MODEL", "lorem-1")
"""A model that writes until `max_tokens` (the reference `lorem-1`): long enough to watch or to cancel."""

TOOLS_MODEL = os.environ.get("PARLEY_TOOLS_MODEL", "tools-1")
"""A model that calls the first tool offered, then answers from its result (the reference `tools-1`)."""

_HINTS = {
    APIConnectionError: "is a server running at $PARLEY_BASE_URL?",
    AuthenticationError: "check $PARLEY_API_KEY",
    PermissionDeniedError: "the examples need an admin key in $PARLEY_API_KEY",
}


class ExampleFailed(Exception):
    """Something an example shows did not happen as it should."""


def check(condition: object, message: str) -> None:
    """Fail the example with `message` unless `condition` holds."""
    if not condition:
        raise ExampleFailed(message)


def run(main: Callable[[], Any]) -> NoReturn:
    """Run an example's `main` (plain or `async`); exit 0, or 1 with the reason on standard error."""
    name = Path(sys.argv[0]).name
    try:
        outcome = main()
        if inspect.iscoroutine(outcome):
            asyncio.run(outcome)
    except ExampleFailed as exc:
        _fail(name, str(exc))
    except ParleyError as exc:
        hint = next((text for kind, text in _HINTS.items() if isinstance(exc, kind)), None)
        _fail(name, f"{type(exc).__name__}: {exc}" + (f" ({hint})" if hint else ""))
    except KeyboardInterrupt:
        print(f"\n{name}: interrupted", file=sys.stderr)
        sys.exit(130)
    print(f"\n{name}: OK")
    sys.exit(0)


def _fail(name: str, reason: str) -> NoReturn:
    sys.stdout.flush()
    print(f"\n{name}: FAILED: {reason}", file=sys.stderr)
    sys.exit(1)
