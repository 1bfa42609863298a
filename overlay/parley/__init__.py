"""Parley: the Python SDK of the Parley chat-platform API.

```python
from parley import Parley

client = Parley(base_url="https://parley.example.com", api_key="pk_…")
models = client.models.list()
thread = client.threads.create(title="Refund for order 4417")
result = client.threads(thread.id).chat("Where is my order?")
```

Names are loaded on first use (PEP 562), so `import parley` costs almost nothing; the HTTP stack
is imported with the clients, and the generated client when a call first needs it. The spec's
unions (`ThreadEvent`, `ThreadItem`, `ChatMessage`, ...) are the generated `parley_client.unions`.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # not `from typing import TYPE_CHECKING`: keeps `import typing` out of `import parley`
if TYPE_CHECKING:
    from typing import Any

    from parley_client import __version__ as __version__
    from parley_client.unions import (
        ChatMessage,
        ChatUserContentPart,
        ItemDelta,
        ThreadEvent,
        ThreadEventFrame,
        ThreadInputMessage,
        ThreadItem,
    )

    from ._client import DEFAULT_MAX_RETRIES, DEFAULT_STREAM_IDLE_TIMEOUT, DEFAULT_TIMEOUT, AsyncParley, Parley
    from ._errors import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        ForbiddenError,
        InternalServerError,
        NotFoundError,
        ParleyError,
        PayloadTooLargeError,
        PermissionDeniedError,
        RateLimitError,
        StreamError,
        UnauthorizedError,
        UnprocessableEntityError,
    )
    from ._pagination import AsyncPage, AsyncPaginator, SyncPage
    from ._streams.completion import AsyncStream, Stream
    from ._streams.run import AsyncThreadRunStream, ThreadRunStream
    from ._types import NOT_GIVEN, NotGiven, PostOptions, RequestOptions

_MODULES = {
    "._client": ("Parley", "AsyncParley", "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES", "DEFAULT_STREAM_IDLE_TIMEOUT"),
    "._errors": (
        "ParleyError",
        "APIError",
        "APIStatusError",
        "APIConnectionError",
        "APITimeoutError",
        "BadRequestError",
        "AuthenticationError",
        "UnauthorizedError",
        "PermissionDeniedError",
        "ForbiddenError",
        "NotFoundError",
        "ConflictError",
        "PayloadTooLargeError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "StreamError",
    ),
    "._pagination": ("SyncPage", "AsyncPage", "AsyncPaginator"),
    "._streams.completion": ("Stream", "AsyncStream"),
    "._streams.run": ("ThreadRunStream", "AsyncThreadRunStream"),
    "._types": ("NOT_GIVEN", "NotGiven", "RequestOptions", "PostOptions"),
    "parley_client.unions": (
        "ChatMessage",
        "ChatUserContentPart",
        "ItemDelta",
        "ThreadEvent",
        "ThreadEventFrame",
        "ThreadInputMessage",
        "ThreadItem",
    ),
}
_EXPORTS = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_STREAM_IDLE_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncParley",
    "AsyncStream",
    "AsyncThreadRunStream",
    "AuthenticationError",
    "BadRequestError",
    "ChatMessage",
    "ChatUserContentPart",
    "ConflictError",
    "ForbiddenError",
    "InternalServerError",
    "ItemDelta",
    "NotFoundError",
    "NotGiven",
    "Parley",
    "ParleyError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PostOptions",
    "RateLimitError",
    "RequestOptions",
    "Stream",
    "StreamError",
    "SyncPage",
    "ThreadEvent",
    "ThreadEventFrame",
    "ThreadInputMessage",
    "ThreadItem",
    "ThreadRunStream",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":  # the spec's info.version, which `make generate` writes into parley_client
        from parley_client import __version__

        globals()[name] = __version__
        return __version__
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'parley' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
