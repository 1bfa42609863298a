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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from ._verdicts import FlowFailure, FlowSkipped

if TYPE_CHECKING:
    from parley import Parley

    from ..spec import Spec
    from ._http import RawHTTP

__all__ = ["Flow", "FlowContext", "FlowFailure", "FlowSkipped", "Key", "Server", "format_arguments"]

P = ParamSpec("P")
T = TypeVar("T")

_REPR_LIMIT = 80


@dataclass(frozen=True, slots=True)
class Flow:
    """A scenario of layer 2: its name, what it shows, the tags it is selected by, what it needs.

    `uses` lists the operationIds it calls: a run narrowed by `--include` skips the flow when the
    server does not route one of them (an OpenAI-compatible server without sessions, say).
    """

    name: str
    title: str
    tags: tuple[str, ...]
    run: Callable[[FlowContext], None]
    needs_admin: bool = False
    needs_second: bool = False
    uses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Key:
    """One key given to the harness: which one (`client`, `admin`, `second`), its secret, what the server says it is.

    `role` and `user_id` come from `get_caller` (`GET /v1/me`); both are None when the server
    could not say (it does not route that operation).
    """

    name: str
    variable: str
    """The environment variable users pass it in (what reproductions show instead of the secret)."""
    secret: str = field(repr=False)
    role: str | None = None
    user_id: str | None = None

    @property
    def label(self) -> str:
        """How reports name it: `SECOND_KEY`."""
        return self.variable.removeprefix("PARLEY_")


@dataclass(frozen=True, slots=True)
class Server:
    """The server under test as the flows see it: its URL, the keys, the spec, what it does not route."""

    base_url: str
    keys: dict[str, Key]
    spec: Spec
    unrouted: dict[str, str] = field(default_factory=dict)
    """operationId -> why the server is taken not to route it (only probed in runs narrowed by --include)."""
    timeout: float = 60.0


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
        server: Server | None = None,
    ) -> None:
        self.client = client
        self.admin_client = admin
        self.second_client = second
        self.model = model
        self.make_client = make_client
        self.server_or_none = server
        self._raw: list[RawHTTP] = []
        self.tag = "parley-contract-" + secrets.token_hex(4)
        """A marker unique to this flow run, put in the titles and ids of what it creates."""
        self.calls: list[str] = []
        self._cleanups: list[tuple[str, Callable[[], object]]] = []
        self.cleanup_errors: list[str] = []
        self.notes: list[str] = []
        """What the flow wants the report to say besides its verdict (what it could not try, say)."""

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

    @property
    def server(self) -> Server:
        """The server's URL, the keys and their roles, the spec (flows that talk raw HTTP need them)."""
        assert self.server_or_none is not None, "this flow needs the server description"
        return self.server_or_none

    def raw(self, key: str | Key) -> RawHTTP:
        """Raw HTTP with one of the given keys (`client`, `admin`, `second`) or a `Key` the flow made."""
        from ._http import RawHTTP

        chosen = self.server.keys[key] if isinstance(key, str) else key
        http = RawHTTP(self.server.base_url, chosen.secret, chosen.variable, self.note, timeout=self.server.timeout)
        self._raw.append(http)
        return http

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
        for http in self._raw:
            http.close()
        self._raw.clear()


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
