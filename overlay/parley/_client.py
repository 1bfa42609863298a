"""`Parley` and `AsyncParley`: configuration, the connection pool, and the resources.

The clients own one `httpx.Client` / `httpx.AsyncClient` (its connection pool) and one request
pipeline (`_pipeline`). Resources are created on first access and import their generated
operations only then, so `import parley` stays cheap.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import __version__, _streaming
from ._auth import AuthHeaders
from ._call import Prepared, prepare, to_timeout
from ._errors import ParleyError
from ._logs import configure_from_env
from ._pagination import AsyncPage, AsyncPaginator, PageStyle, SyncPage
from ._pipeline import AsyncPipeline, Pipeline, parse_answer
from ._twins import async_twin, page_twin
from ._types import NOT_GIVEN, AsyncHeadersSource, HeadersSource, NotGiven, PostOptions, RequestOptions, TimeoutTypes

if TYPE_CHECKING:
    import datetime

    from parley_client.models import (
        Admin,
        AuditLogEntry,
        Caller,
        ChatSessionDetail,
        ChatSessionSummary,
        DeletedObject,
        Health,
        Model,
        PlatformStats,
    )
    from typing_extensions import Unpack

    from ._run_stream import AsyncThreadRunStream, ThreadRunStream
    from ._stream import AsyncStream, Stream
    from .resources.admin import Admin as AdminResource
    from .resources.admin import AsyncAdmin
    from .resources.attachments import AsyncAttachments, Attachments
    from .resources.chat import AsyncChat, Chat
    from .resources.models import AsyncModels, Models
    from .resources.sessions import AsyncSessions, Sessions
    from .resources.threads import AsyncThreads, Threads
    from .resources.workspaces import AsyncWorkspaces, Workspaces

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""Connect within 5 s; 60 s for each read, write and pool wait."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt (so at most 3 attempts)."""

DEFAULT_STREAM_IDLE_TIMEOUT = 60.0
"""Seconds a stream may go without any byte (heartbeats count) before it raises `APITimeoutError`."""

USER_AGENT = f"parley-python/{__version__}"


def _base_url(value: str | None) -> str:
    url = value if value is not None else os.environ.get("PARLEY_BASE_URL")
    if not url:
        raise ParleyError(
            "No base URL: pass base_url='https://…' to the client or set the PARLEY_BASE_URL environment variable"
        )
    return url.rstrip("/")


def _api_key(value: str | None) -> str | None:
    return value if value is not None else (os.environ.get("PARLEY_API_KEY") or None)


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {value!r}")
    return value


def _base_headers(default_headers: Mapping[str, str] | None) -> dict[str, str]:
    headers = {"user-agent": USER_AGENT, "accept": "application/json"}
    headers.update({name.lower(): value for name, value in (default_headers or {}).items()})
    return headers


class _Settings:
    """What `with_options` may change; shared by both clients."""

    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    stream_idle_timeout: float | None
    default_headers: dict[str, str]
    _auth: AuthHeaders
    _owns_http: bool

    @property
    def api_key(self) -> str | None:
        """The API key sent as `Authorization: Bearer …` (None when the client has none)."""
        return self._auth.api_key

    def _configure(
        self,
        base_url: str | None,
        api_key: str | None,
        headers: Any,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        stream_idle_timeout: float | None,
    ) -> None:
        """Check and store the settings both clients share (everything but the HTTP client)."""
        configure_from_env()
        self.base_url = _base_url(base_url)
        self._auth = AuthHeaders(_api_key(api_key), headers)
        self.timeout = to_timeout(timeout)
        self.max_retries = _max_retries(max_retries)
        self.stream_idle_timeout = _streaming.check_idle_timeout(stream_idle_timeout)
        self.default_headers = dict(default_headers or {})

    def _copy_args(
        self,
        base_url: str | NotGiven,
        api_key: str | NotGiven | None,
        headers: Any,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | NotGiven,
        stream_idle_timeout: float | NotGiven | None,
    ) -> dict[str, Any]:
        return {
            "base_url": self.base_url if isinstance(base_url, NotGiven) else base_url,
            # "" rather than None: an explicit "no key" must not fall back to $PARLEY_API_KEY
            "api_key": self._auth.api_key if isinstance(api_key, NotGiven) else (api_key or ""),
            "headers": self._auth.source if isinstance(headers, NotGiven) else headers,
            "timeout": self.timeout if isinstance(timeout, NotGiven) else timeout,
            "max_retries": self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": self.default_headers if isinstance(default_headers, NotGiven) else default_headers,
            "stream_idle_timeout": (
                self.stream_idle_timeout if isinstance(stream_idle_timeout, NotGiven) else stream_idle_timeout
            ),
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries}, auth={self._auth!r})"


class Parley(_Settings):
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
        self._configure(base_url, api_key, headers, timeout, max_retries, default_headers, stream_idle_timeout)
        self._auth.require_sync()
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, not {type(http_client).__name__}")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(timeout=self.timeout)
        self._pipeline = Pipeline(self._http, _base_headers(default_headers), self._auth, self.max_retries)

    # -- resources ---------------------------------------------------------------------------

    @cached_property
    def models(self) -> Models:
        """The model catalogue: `list`, `retrieve`."""
        from .resources.models import Models

        return Models(self)

    @cached_property
    def chat(self) -> Chat:
        """Chat completions: `chat.completions.create`."""
        from .resources.chat import Chat

        return Chat(self)

    @cached_property
    def sessions(self) -> Sessions:
        """Recorded completion sessions: `list`, `retrieve`, `update`, `delete`."""
        from .resources.sessions import Sessions

        return Sessions(self)

    @cached_property
    def threads(self) -> Threads:
        """Threads: `create`, `list`, `retrieve`, `update`, `delete`; `threads(id)` for one thread."""
        from .resources.threads import Threads

        return Threads(self)

    @cached_property
    def attachments(self) -> Attachments:
        """Attachments: `upload`, `retrieve`, `content`, `delete`."""
        from .resources.attachments import Attachments

        return Attachments(self)

    @cached_property
    def workspaces(self) -> Workspaces:
        """Managed customer conversations: workspaces, their messages, typing previews and drafts."""
        from .resources.workspaces import Workspaces

        return Workspaces(self)

    @cached_property
    def admin(self) -> AdminResource:
        """Administration: `stats`, `admins`, `audit_log`, `api_keys` (admin keys only)."""
        from .resources.admin import Admin

        return Admin(self)

    def health(self, **options: Unpack[RequestOptions]) -> Health:
        """Check that the service is up (`get_health`; needs no API key)."""
        from parley_client.api.system import get_health
        from parley_client.models.health import Health

        from .resources._base import json_as

        return self._request(get_health._get_kwargs(), options, json_as(Health.from_dict))

    def me(self, **options: Unpack[RequestOptions]) -> Caller:
        """The calling key: its id, its user and its rights, `role` `admin` or `user` (`get_caller`)."""
        from parley_client.api.system import get_caller
        from parley_client.models.caller import Caller

        from .resources._base import json_as

        return self._request(get_caller._get_kwargs(), options, json_as(Caller.from_dict))

    # -- seed SDK names (ChatServer SDK: methods on the client itself) ---------------------------

    def create_completion(self, /, **kwargs: Any) -> Any:
        """Alias of `chat.completions.create` (the ChatServer SDK's name; same keyword arguments).

        Answers a `ChatCompletion`, or with `stream=True` a `Stream` of chunks.
        """
        return self.chat.completions.create(**kwargs)

    def list_models(self, **options: Unpack[RequestOptions]) -> SyncPage[Model]:
        """Alias of `models.list` (the ChatServer SDK's name)."""
        return self.models.list(**options)

    def list_sessions(
        self,
        user_id: str | NotGiven = NOT_GIVEN,
        *,
        page: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        archived: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[ChatSessionSummary]:
        """Alias of `sessions.list` (the ChatServer SDK's name and arguments)."""
        return self.sessions.list(user_id, page=page, page_size=page_size, archived=archived, **options)

    def get_session(
        self, session_id: str, *, user_id: str | NotGiven = NOT_GIVEN, **options: Unpack[RequestOptions]
    ) -> ChatSessionDetail:
        """Alias of `sessions.retrieve` (the ChatServer SDK's name and arguments)."""
        return self.sessions.retrieve(session_id, user_id=user_id, **options)

    def get_platform_stats(self, **options: Unpack[RequestOptions]) -> PlatformStats:
        """Alias of `admin.stats` (the ChatServer SDK's name)."""
        return self.admin.stats(**options)

    def list_admins(self, **options: Unpack[RequestOptions]) -> SyncPage[Admin]:
        """Alias of `admin.admins.list` (the ChatServer SDK's name)."""
        return self.admin.admins.list(**options)

    def add_admin(
        self, workos_id: str, email: str, name: str | NotGiven = NOT_GIVEN, **options: Unpack[PostOptions]
    ) -> Admin:
        """Alias of `admin.admins.add` (the ChatServer SDK's name and arguments)."""
        return self.admin.admins.add(workos_id, email, name, **options)

    def remove_admin(self, email: str, **options: Unpack[RequestOptions]) -> DeletedObject:
        """Alias of `admin.admins.remove` (the ChatServer SDK's name)."""
        return self.admin.admins.remove(email, **options)

    def get_audit_log(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        action: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        resource: str | NotGiven = NOT_GIVEN,
        since: datetime.datetime | NotGiven = NOT_GIVEN,
        until: datetime.datetime | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AuditLogEntry]:
        """Alias of `admin.audit_log.list` (the ChatServer SDK's name and arguments)."""
        return self.admin.audit_log.list(
            limit=limit,
            offset=offset,
            action=action,
            user_id=user_id,
            resource=resource,
            since=since,
            until=until,
            **options,
        )

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
        args = self._copy_args(base_url, api_key, headers, timeout, max_retries, default_headers, stream_idle_timeout)
        return Parley(http_client=self._http, **args)

    copy = with_options

    def close(self) -> None:
        """Close the connection pool (when this client made it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Parley:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the request path (used by the resources) -------------------------------------------

    def _request(self, kwargs: Mapping[str, Any], options: RequestOptions, parse: Callable[[httpx.Response], T]) -> T:
        prepared = prepare(self.base_url, kwargs, options, self.timeout)
        return parse_answer(self._pipeline.send(prepared), parse)

    def _paginate(
        self,
        get_kwargs: Callable[..., dict[str, Any]],
        args: dict[str, Any],
        style: PageStyle,
        parse: Callable[[httpx.Response], Any],
        options: RequestOptions,
    ) -> SyncPage[Any]:
        def fetch(page_args: dict[str, Any]) -> SyncPage[Any]:
            return SyncPage(self._request(get_kwargs(**page_args), options, parse), style, page_args, fetch)

        return fetch(args)

    def _stream_prepared(self, kwargs: Mapping[str, Any], options: RequestOptions) -> Prepared:
        return _streaming.stream_prepared(self.base_url, kwargs, options, self.timeout, self.stream_idle_timeout)

    def _stream(self, kwargs: Mapping[str, Any], options: RequestOptions, decode: Callable[[Any], T]) -> Stream[T]:
        return _streaming.open_stream(self._pipeline, self._stream_prepared(kwargs, options), decode)

    def _run_stream(
        self,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        thread_id: str,
        *,
        run_id: str | None = None,
        after: int = 0,
    ) -> ThreadRunStream:
        prepared = self._stream_prepared(kwargs, options)
        return _streaming.open_run_stream(self, prepared, thread_id, options, run_id=run_id, after=after)


class AsyncParley(_Settings):
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
        self._configure(base_url, api_key, headers, timeout, max_retries, default_headers, stream_idle_timeout)
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(timeout=self.timeout)
        self._pipeline = AsyncPipeline(self._http, _base_headers(default_headers), self._auth, self.max_retries)

    @cached_property
    def models(self) -> AsyncModels:
        """The model catalogue: `list`, `retrieve`."""
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def chat(self) -> AsyncChat:
        """Chat completions: `chat.completions.create`."""
        from .resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def sessions(self) -> AsyncSessions:
        """Recorded completion sessions: `list`, `retrieve`, `update`, `delete`."""
        from .resources.sessions import AsyncSessions

        return AsyncSessions(self)

    @cached_property
    def threads(self) -> AsyncThreads:
        """Threads: `create`, `list`, `retrieve`, `update`, `delete`; `threads(id)` for one thread."""
        from .resources.threads import AsyncThreads

        return AsyncThreads(self)

    @cached_property
    def attachments(self) -> AsyncAttachments:
        """Attachments: `upload`, `retrieve`, `content`, `delete`."""
        from .resources.attachments import AsyncAttachments

        return AsyncAttachments(self)

    @cached_property
    def workspaces(self) -> AsyncWorkspaces:
        """Managed customer conversations: workspaces, their messages, typing previews and drafts."""
        from .resources.workspaces import AsyncWorkspaces

        return AsyncWorkspaces(self)

    @cached_property
    def admin(self) -> AsyncAdmin:
        """Administration: `stats`, `admins`, `audit_log`, `api_keys` (admin keys only)."""
        from .resources.admin import AsyncAdmin

        return AsyncAdmin(self)

    # The same methods as `Parley`'s, awaited (see `resources._base.async_twin`).
    health = async_twin(Parley.health)
    me = async_twin(Parley.me)
    create_completion = async_twin(Parley.create_completion)
    list_models = page_twin(Parley.list_models)
    list_sessions = page_twin(Parley.list_sessions)
    get_session = async_twin(Parley.get_session)
    get_platform_stats = async_twin(Parley.get_platform_stats)
    list_admins = page_twin(Parley.list_admins)
    add_admin = async_twin(Parley.add_admin)
    remove_admin = async_twin(Parley.remove_admin)
    get_audit_log = page_twin(Parley.get_audit_log)

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
        args = self._copy_args(base_url, api_key, headers, timeout, max_retries, default_headers, stream_idle_timeout)
        return AsyncParley(http_client=self._http, **args)

    copy = with_options

    async def aclose(self) -> None:
        """Close the connection pool (when this client made it)."""
        if self._owns_http:
            await self._http.aclose()

    close = aclose
    """Alias of `aclose` (`await client.close()`, as the assistant-ui and AiAssist clients have it)."""

    async def __aenter__(self) -> AsyncParley:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _request(
        self, kwargs: Mapping[str, Any], options: RequestOptions, parse: Callable[[httpx.Response], T]
    ) -> T:
        prepared = prepare(self.base_url, kwargs, options, self.timeout)
        return parse_answer(await self._pipeline.send(prepared), parse)

    def _paginate(
        self,
        get_kwargs: Callable[..., dict[str, Any]],
        args: dict[str, Any],
        style: PageStyle,
        parse: Callable[[httpx.Response], Any],
        options: RequestOptions,
    ) -> AsyncPaginator[Any]:
        async def fetch(page_args: dict[str, Any]) -> AsyncPage[Any]:
            return AsyncPage(await self._request(get_kwargs(**page_args), options, parse), style, page_args, fetch)

        return AsyncPaginator(fetch, args)

    def _stream_prepared(self, kwargs: Mapping[str, Any], options: RequestOptions) -> Prepared:
        return _streaming.stream_prepared(self.base_url, kwargs, options, self.timeout, self.stream_idle_timeout)

    async def _stream(
        self, kwargs: Mapping[str, Any], options: RequestOptions, decode: Callable[[Any], T]
    ) -> AsyncStream[T]:
        return await _streaming.aopen_stream(self._pipeline, self._stream_prepared(kwargs, options), decode)

    async def _run_stream(
        self,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        thread_id: str,
        *,
        run_id: str | None = None,
        after: int = 0,
    ) -> AsyncThreadRunStream:
        prepared = self._stream_prepared(kwargs, options)
        return await _streaming.aopen_run_stream(self, prepared, thread_id, options, run_id=run_id, after=after)
