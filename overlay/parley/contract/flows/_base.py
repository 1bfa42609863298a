"""What every flow shares: its declaration (`Flow`), its context (clients, recorded calls, clean-up), its verdicts.

A flow is a function `run(ctx)` that drives the SDK through `ctx.call(label, method, *args)`, which
records each call as the Python a user would type (`client.threads('thr_1').chat('Hi', stream=True)`),
so that a failure can name the call that reproduces it. `ctx.check(condition, message)` fails the
flow; `ctx.cleanup(label, undo)` registers what to delete afterwards, run in reverse order whatever
happened.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

if TYPE_CHECKING:
    from parley import Parley

P = ParamSpec("P")
T = TypeVar("T")

_REPR_LIMIT = 80


class FlowFailure(Exception):
    """The server broke the contract in this flow; the message says how."""


class FlowSkipped(Exception):
    """The flow could not judge this server (the message says why); it neither passed nor failed."""


@dataclass(frozen=True, slots=True)
class Flow:
    """A scenario of layer 2: its name, what it shows, the tags it is selected by, what it needs."""

    name: str
    title: str
    tags: tuple[str, ...]
    run: Callable[[FlowContext], None]
    needs_admin: bool = False
    needs_second: bool = False


class FlowContext:
    """The clients a flow drives, the model it asks, and the record of its calls and clean-ups.

    `client` uses API_KEY, `admin` ADMIN_KEY and `second` SECOND_KEY (another user's key); the
    last two are None when not given (flows that need them are skipped before they start).
    """

    def __init__(
        self,
        client: Parley,
        *,
        model: str,
        admin: Parley | None = None,
        second: Parley | None = None,
        make_client: Callable[[str], Parley] | None = None,
    ) -> None:
        self.client = client
        self.admin_client = admin
        self.second_client = second
        self.model = model
        self.make_client = make_client
        self.tag = "parley-contract-" + secrets.token_hex(4)
        """A marker unique to this flow run, put in the titles and ids of what it creates."""
        self.calls: list[str] = []
        self._cleanups: list[tuple[str, Callable[[], object]]] = []
        self.cleanup_errors: list[str] = []

    @property
    def admin(self) -> Parley:
        """The ADMIN_KEY client (flows that use it declare `needs_admin`)."""
        assert self.admin_client is not None, "this flow needs the admin key"
        return self.admin_client

    @property
    def second(self) -> Parley:
        """The SECOND_KEY client (flows that use it declare `needs_second`)."""
        assert self.second_client is not None, "this flow needs the second key"
        return self.second_client

    def call(self, label: str, method: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Record `label(args)` as the latest SDK call, then make it."""
        self.note(f"{label}({format_arguments(args, kwargs)})")
        return method(*args, **kwargs)

    def record(self, label: str, /, *args: Any, **kwargs: Any) -> None:
        """Record `label(args)` for a call the flow makes itself (overloaded methods: `stream=True`)."""
        self.note(f"{label}({format_arguments(args, kwargs)})")

    def note(self, call: str) -> None:
        """Record a call made outside `call` (iterating a stream, `stream.cancel()`)."""
        self.calls.append(call)

    @property
    def last_call(self) -> str:
        """The SDK call made last: what reproduces a failure."""
        return self.calls[-1] if self.calls else ""

    def check(self, condition: object, message: str) -> None:
        """Fail the flow with `message` unless `condition` holds."""
        if not condition:
            raise FlowFailure(message)

    def require(self, value: T | None, message: str) -> T:
        """`value`, unless it is None (or otherwise false): then fail the flow with `message`."""
        if not value:
            raise FlowFailure(message)
        return value

    def cleanup(self, label: str, undo: Callable[[], object]) -> None:
        """Run `undo` when the flow ends (last registered, first run); `label` names it in reports."""
        self._cleanups.append((label, undo))

    def run_cleanups(self) -> None:
        """Undo what the flow created; failures are noted, never raised (already gone is fine)."""
        from parley import NotFoundError

        while self._cleanups:
            label, undo = self._cleanups.pop()
            try:
                undo()
            except NotFoundError:
                pass
            except Exception as exc:
                self.cleanup_errors.append(f"clean-up {label} failed: {type(exc).__name__}: {exc}")


def format_arguments(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    """Arguments as Python source, long strings shortened (`'lorem ipsum …'`)."""
    parts = [_short_repr(value) for value in args]
    parts += [f"{name}={_short_repr(value)}" for name, value in kwargs.items()]
    return ", ".join(parts)


def _short_repr(value: Any) -> str:
    text = repr(value)
    if len(text) <= _REPR_LIMIT:
        return text
    if isinstance(value, str):
        return repr(value[: _REPR_LIMIT - 10] + "…")
    return text[: _REPR_LIMIT - 1] + "…"
