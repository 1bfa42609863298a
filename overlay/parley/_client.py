"""`Parley` and `AsyncParley`: configuration, the connection pool, and the resources.

The clients own one `httpx.Client` / `httpx.AsyncClient` (its connection pool), one `Pipeline`
(settings and the flows every call goes through) and the `Requester` that drives it, blocking or
awaited. This is the only module that imports the resources, each on its first access; they
import their generated operations only when called, so a client is ready as soon as httpx is.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx
from parley_client import __version__
from parley_client.calls import admin as admin_calls
from parley_client.calls import models as models_calls
from parley_client.calls import sessions as sessions_calls
from parley_client.calls import system as system_calls

from ._auth import AuthHeaders
from ._bind import BoundMethods, abind, bind
from ._call import check_idle_timeout, to_timeout
from ._errors import ParleyError
from ._headers import check_api_key, checked_headers
from ._logs import configure_from_env
from ._pipeline import Pipeline, without_userinfo
from ._requester import AsyncRequester, Requester
from ._twins import alias
from ._types import NOT_GIVEN, AsyncHeadersSource, HeadersSource, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from parley_client.models import (
        ChatCompletion,
        ChatCompletionChunk,
    )
    from typing_extensions import Unpack

    from ._streams.completion import AsyncStream, Stream
    from .resources.admin import Admin as AdminResource
    from .resources.admin import AsyncAdmin
    from .resources.attachments import AsyncAttachments, Attachments
    from .resources.chat import AsyncChat, Chat, CompletionParams
    from .resources.models import AsyncModels, Models
    from .resources.sessions import AsyncSessions, Sessions
    from .resources.threads import AsyncThreads, Threads
    from .resources.workspaces import AsyncWorkspaces, Workspaces


DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""Connect within 5 s; 60 s for each read, write and pool wait."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt (so at most 3 attempts)."""

DEFAULT_STREAM_IDLE_TIMEOUT = 60.0
"""Seconds a stream may go without any byte (heartbeats count) before it raises `APITimeoutError`."""

USER_AGENT = f"parley-python/{__version__}"

CHATSERVER = "the ChatServer SDK"


def _base_url(value: str | None) -> str:
    url = value if value is not None else os.environ.get("PARLEY_BASE_URL")
    if not url:
        raise ParleyError(
            "No base URL: pass base_url='https://…' to the client or set the PARLEY_BASE_URL environment variable"
        )
    if not isinstance(url, str):
        raise TypeError(f"base_url must be a str, not {type(url).__name__}")
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"base_url is not a URL ({exc})") from None
    if parsed.scheme not in ("http", "https") or not parsed.host or parsed.query or parsed.fragment:
        raise ValueError(
            f"base_url must be an http:// or https:// URL with a host and without a query or fragment "
            f"(each path is appended to it), got {str(without_userinfo(parsed))!r}"
        )
    return url.rstrip("/")


def _api_key(value: str | None) -> str | None:
    if value is not None:
        return check_api_key(value) if value else value
    key = os.environ.get("PARLEY_API_KEY") or None
    return check_api_key(key, "$PARLEY_API_KEY") if key else None


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {value!r}")
    return value


def _base_headers(default_headers: Mapping[str, str] | None) -> dict[str, str]:
    headers = {"user-agent": USER_AGENT, "accept": "application/json"}
    headers.update(checked_headers(default_headers or {}, "default_headers"))
    return headers


class _Client(BoundMethods):
    """What both clients share: the settings `with_options` may change, the pipeline, the pool."""

    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    stream_idle_timeout: float | None
    default_headers: dict[str, str]
    _auth: AuthHeaders
    _owns_http: bool
    _pipeline: Pipeline

    @property
    def api_key(self) -> str | None:
        """The API key sent as `Authorization: Bearer …` (None when the client has none)."""
        return self._auth.api_key

    def _configure(
        self,
        http: httpx.Client | httpx.AsyncClient | None,
        http_class: type[httpx.Client] | type[httpx.AsyncClient],
        settings: dict[str, Any],
    ) -> None:
        """Check and store the settings; make (or adopt) the HTTP client; build the pipeline."""
        configure_from_env()
        self.base_url = _base_url(settings["base_url"])
        self._auth = AuthHeaders(_api_key(settings["api_key"]), settings["headers"])
        self.timeout = to_timeout(settings["timeout"])
        self.max_retries = _max_retries(settings["max_retries"])
        self.stream_idle_timeout = check_idle_timeout(settings["stream_idle_timeout"])
        self.default_headers = dict(settings["default_headers"] or {})
        if http is not None and not isinstance(http, http_class):
            raise TypeError(f"http_client must be an httpx.{http_class.__name__}, not {type(http).__name__}")
        self._owns_http = http is None
        self._http = http if http is not None else http_class(timeout=self.timeout)
        self._pipeline = Pipeline(
            self._http,
            base_url=self.base_url,
            base_headers=_base_headers(self.default_headers),
            auth=self._auth,
            max_retries=self.max_retries,
            timeout=self.timeout,
            idle_timeout=self.stream_idle_timeout,
        )

    def _copy_args(self, changes: dict[str, Any]) -> dict[str, Any]:
        """The settings of `with_options`: those given, this client's for the rest."""
        current = {
            "base_url": self.base_url,
            # "" rather than None: an explicit "no key" must not fall back to $PARLEY_API_KEY
            "api_key": self._auth.api_key,
            "headers": self._auth.source,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "default_headers": self.default_headers,
            "stream_idle_timeout": self.stream_idle_timeout,
        }
        given = {name: value for name, value in changes.items() if not isinstance(value, NotGiven)}
        if "api_key" in given:
            given["api_key"] = given["api_key"] or ""
        return {**current, **given}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries}, auth={self._auth!r})"


class Parley(_Client):
    """The synchronous Parley client.

    ```python
    from parley import Parley

    with Parley(base_url="https://parley.example.com", api_key="pk_…") as client:
        thread = client.threads.create(title="Refund")
        result = client.threads(thread.id).chat("Where is my order?")
    ```

    Args:
        base_url: the server's root URL; default `$PARLEY_BASE_URL` (one of them is required).
        api_key: sent as `Authorization: Bearer <api_key>`; default `$PARLEY_API_KEY`.
        headers: more headers for every request: a dict, or a function returning one that is
            called before every request (and once more after a 401, to refresh a token).
        timeout: seconds or an `httpx.Timeout`; default connect 5 s, read/write/pool 60 s.
        max_retries: retries of a failed request (connection errors, timeouts, 408, 429, 5xx).
        http_client: an `httpx.Client` to send through (proxies, mTLS, transports); the caller
            keeps ownership and closes it. By default the client makes and owns its own.
        default_headers: static headers added to every request.
        stream_idle_timeout: seconds a stream may go without any byte (heartbeats count) before
            it raises `APITimeoutError`; default 60; `None` waits forever. Per call too.

    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        headers: HeadersSource | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        stream_idle_timeout: float | None = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        settings = dict(locals())
        self._configure(http_client, httpx.Client, settings)
        self._auth.require_sync()
        self._requester = Requester(self._pipeline)

    # -- resources ---------------------------------------------------------------------------

    @cached_property
    def models(self) -> Models:
        """The model catalogue: `list`, `retrieve`."""
        from .resources.models import Models

        return Models(self._requester)

    @cached_property
    def chat(self) -> Chat:
        """Chat completions: `chat.completions.create`."""
        from .resources.chat import Chat

        return Chat(self._requester)

    @cached_property
    def sessions(self) -> Sessions:
        """Recorded completion sessions: `list`, `retrieve`, `update`, `delete`."""
        from .resources.sessions import Sessions

        return Sessions(self._requester)

    @cached_property
    def threads(self) -> Threads:
        """Threads: `create`, `list`, `retrieve`, `update`, `delete`; `threads(id)` for one thread."""
        from .resources.threads import Threads

        return Threads(self._requester)

    @cached_property
    def attachments(self) -> Attachments:
        """Attachments: `upload`, `retrieve`, `content`, `delete`."""
        from .resources.attachments import Attachments

        return Attachments(self._requester)

    @cached_property
    def workspaces(self) -> Workspaces:
        """Managed customer conversations: workspaces, their messages, typing previews and drafts."""
        from .resources.workspaces import Workspaces

        return Workspaces(self._requester)

    @cached_property
    def admin(self) -> AdminResource:
        """Administration: `stats`, `admins`, `audit_log`, `api_keys` (admin keys only)."""
        from .resources.admin import Admin

        return Admin(self._requester)

    health = bind(system_calls.get_health)
    me = bind(system_calls.get_caller)

    # -- seed SDK names (ChatServer SDK: methods on the client itself) ---------------------------

    @overload
    def create_completion(
        self, *, stream: Literal[False] = False, **params: Unpack[CompletionParams]
    ) -> ChatCompletion: ...
    @overload
    def create_completion(
        self, *, stream: Literal[True], **params: Unpack[CompletionParams]
    ) -> Stream[ChatCompletionChunk]: ...
    @overload
    def create_completion(
        self, *, stream: bool, **params: Unpack[CompletionParams]
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...
    def create_completion(
        self, *, stream: bool = False, **params: Unpack[CompletionParams]
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Alias of `chat.completions.create` (the ChatServer SDK's name; same keyword arguments).

        Answers a `ChatCompletion`, or with `stream=True` a `Stream` of chunks.
        """
        return self.chat.completions.create(stream=stream, **params)

    list_models = alias(bind(models_calls.list_models), CHATSERVER, "models.list")
    list_sessions = alias(bind(sessions_calls.list_sessions), CHATSERVER, "sessions.list")
    get_session = alias(bind(sessions_calls.get_session), CHATSERVER, "sessions.retrieve")
    get_platform_stats = alias(bind(admin_calls.get_platform_stats), CHATSERVER, "admin.stats")
    list_admins = alias(bind(admin_calls.list_admins), CHATSERVER, "admin.admins.list")
    add_admin = alias(bind(admin_calls.add_admin), CHATSERVER, "admin.admins.add")
    remove_admin = alias(bind(admin_calls.remove_admin), CHATSERVER, "admin.admins.remove")
    get_audit_log = alias(bind(admin_calls.list_audit_log), CHATSERVER, "admin.audit_log.list")

    # -- lifecycle ---------------------------------------------------------------------------

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        api_key: str | NotGiven | None = NOT_GIVEN,
        headers: HeadersSource | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | NotGiven | None = NOT_GIVEN,
    ) -> Parley:
        """A copy with other settings that shares this client's connection pool.

        Closing the copy leaves the pool open; closing the original closes it for both.
        """
        changes = dict(locals())
        del changes["self"]
        assert isinstance(self._http, httpx.Client)
        return Parley(http_client=self._http, **self._copy_args(changes))

    copy = with_options

    def close(self) -> None:
        """Close the connection pool (when this client made it)."""
        if self._owns_http and isinstance(self._http, httpx.Client):
            self._http.close()

    def __enter__(self) -> Parley:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncParley(_Client):
    """The async Parley client: the same surface as `Parley`, every API method awaited.

    ```python
    from parley import AsyncParley

    async with AsyncParley(base_url="https://parley.example.com", headers=get_auth_headers) as client:
        thread = await client.threads.create(title="Refund")
        async for item in client.threads(thread.id).items.list():
            ...
    ```

    Arguments as for `Parley`; in addition `headers` may be an `async` function (awaited before
    every request), and `http_client` is an `httpx.AsyncClient`.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        headers: AsyncHeadersSource | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        stream_idle_timeout: float | None = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        settings = dict(locals())
        self._configure(http_client, httpx.AsyncClient, settings)
        self._requester = AsyncRequester(self._pipeline)

    @cached_property
    def models(self) -> AsyncModels:
        """The model catalogue: `list`, `retrieve`."""
        from .resources.models import AsyncModels

        return AsyncModels(self._requester)

    @cached_property
    def chat(self) -> AsyncChat:
        """Chat completions: `chat.completions.create`."""
        from .resources.chat import AsyncChat

        return AsyncChat(self._requester)

    @cached_property
    def sessions(self) -> AsyncSessions:
        """Recorded completion sessions: `list`, `retrieve`, `update`, `delete`."""
        from .resources.sessions import AsyncSessions

        return AsyncSessions(self._requester)

    @cached_property
    def threads(self) -> AsyncThreads:
        """Threads: `create`, `list`, `retrieve`, `update`, `delete`; `threads(id)` for one thread."""
        from .resources.threads import AsyncThreads

        return AsyncThreads(self._requester)

    @cached_property
    def attachments(self) -> AsyncAttachments:
        """Attachments: `upload`, `retrieve`, `content`, `delete`."""
        from .resources.attachments import AsyncAttachments

        return AsyncAttachments(self._requester)

    @cached_property
    def workspaces(self) -> AsyncWorkspaces:
        """Managed customer conversations: workspaces, their messages, typing previews and drafts."""
        from .resources.workspaces import AsyncWorkspaces

        return AsyncWorkspaces(self._requester)

    @cached_property
    def admin(self) -> AsyncAdmin:
        """Administration: `stats`, `admins`, `audit_log`, `api_keys` (admin keys only)."""
        from .resources.admin import AsyncAdmin

        return AsyncAdmin(self._requester)

    health = abind(system_calls.get_health)
    me = abind(system_calls.get_caller)
    list_models = alias(abind(models_calls.list_models), CHATSERVER, "models.list")
    list_sessions = alias(abind(sessions_calls.list_sessions), CHATSERVER, "sessions.list")
    get_session = alias(abind(sessions_calls.get_session), CHATSERVER, "sessions.retrieve")
    get_platform_stats = alias(abind(admin_calls.get_platform_stats), CHATSERVER, "admin.stats")
    list_admins = alias(abind(admin_calls.list_admins), CHATSERVER, "admin.admins.list")
    add_admin = alias(abind(admin_calls.add_admin), CHATSERVER, "admin.admins.add")
    remove_admin = alias(abind(admin_calls.remove_admin), CHATSERVER, "admin.admins.remove")
    get_audit_log = alias(abind(admin_calls.list_audit_log), CHATSERVER, "admin.audit_log.list")

    @overload
    async def create_completion(
        self, *, stream: Literal[False] = False, **params: Unpack[CompletionParams]
    ) -> ChatCompletion: ...
    @overload
    async def create_completion(
        self, *, stream: Literal[True], **params: Unpack[CompletionParams]
    ) -> AsyncStream[ChatCompletionChunk]: ...
    @overload
    async def create_completion(
        self, *, stream: bool, **params: Unpack[CompletionParams]
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...
    async def create_completion(
        self, *, stream: bool = False, **params: Unpack[CompletionParams]
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """Alias of `chat.completions.create` (the ChatServer SDK's name; same keyword arguments).

        Answers a `ChatCompletion`, or with `stream=True` an `AsyncStream` of chunks.
        """
        return await self.chat.completions.create(stream=stream, **params)

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        api_key: str | NotGiven | None = NOT_GIVEN,
        headers: AsyncHeadersSource | NotGiven | None = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | NotGiven | None = NOT_GIVEN,
    ) -> AsyncParley:
        """A copy with other settings that shares this client's connection pool.

        Closing the copy leaves the pool open; closing the original closes it for both.
        """
        changes = dict(locals())
        del changes["self"]
        assert isinstance(self._http, httpx.AsyncClient)
        return AsyncParley(http_client=self._http, **self._copy_args(changes))

    copy = with_options

    async def aclose(self) -> None:
        """Close the connection pool (when this client made it)."""
        if self._owns_http and isinstance(self._http, httpx.AsyncClient):
            await self._http.aclose()

    close = aclose
    """Alias of `aclose` (`await client.close()`, as the assistant-ui and AiAssist clients have it)."""

    async def __aenter__(self) -> AsyncParley:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
