"""The auth headers of each request: the API key's bearer header, then `headers=`.

`headers=` may be a dict or a callable returning one; a callable is called before *every*
request (so a token provider can rotate tokens), and once more after a 401 (token refresh).
On `AsyncParley` the callable may be `async`; on `Parley` an `async` callable is a `TypeError`
as soon as the client is built.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._headers import checked_headers


class AuthHeaders:
    """Resolves the auth headers for one request; never shows the key in its `repr`."""

    __slots__ = ("_api_key", "_source", "_static")

    def __init__(self, api_key: str | None, source: Any) -> None:
        if source is not None and not callable(source) and not isinstance(source, Mapping):
            raise TypeError(f"headers must be a dict or a callable returning one, not {type(source).__name__}")
        self._api_key = api_key
        self._source = source
        self._static = {"authorization": f"Bearer {api_key}"} if api_key else {}
        if isinstance(source, Mapping):
            self._static.update(checked_headers(source, "headers"))

    @property
    def api_key(self) -> str | None:
        """The API key, or None when the client has none."""
        return self._api_key or None

    @property
    def source(self) -> Any:
        """The `headers=` argument as given (a dict, a callable or None)."""
        return self._source

    @property
    def refreshable(self) -> bool:
        """True when `headers=` is a callable, so a 401 is worth one more call to it."""
        return callable(self._source)

    def require_sync(self) -> None:
        """Raise `TypeError` when the headers callable is `async` (for the synchronous client)."""
        if callable(self._source) and _is_async_callable(self._source):
            raise TypeError(
                "Parley got an async headers callable; use AsyncParley for async header functions, "
                "or pass a synchronous function"
            )

    def resolve(self) -> dict[str, str]:
        """The headers for the next request (calls `headers=` when it is a callable)."""
        if not callable(self._source):
            return self._static
        value = self._source()
        if hasattr(value, "__await__"):
            close = getattr(value, "close", None)
            if close is not None:
                close()
            raise TypeError("the headers callable returned an awaitable; use AsyncParley for async header functions")
        return self._merge(value)

    async def aresolve(self) -> dict[str, str]:
        """The headers for the next request, awaiting `headers=` when it is async."""
        if not callable(self._source):
            return self._static
        value = self._source()
        if hasattr(value, "__await__"):
            value = await value
        return self._merge(value)

    def _merge(self, value: Any) -> dict[str, str]:
        if not isinstance(value, Mapping):
            raise TypeError(f"the headers callable must return a dict, not {type(value).__name__}")
        merged = dict(self._static)
        merged.update(checked_headers(value, "the headers callable's answer"))
        return merged

    def __repr__(self) -> str:
        key = "'***'" if self._api_key else "None"
        source = "<callable>" if callable(self._source) else ("<dict>" if self._source is not None else "None")
        return f"AuthHeaders(api_key={key}, headers={source})"


def _is_async_callable(func: Any) -> bool:
    import inspect

    return inspect.iscoroutinefunction(func) or inspect.iscoroutinefunction(getattr(func, "__call__", None))  # noqa: B004
