"""List pages that walk every following page lazily, in the contract's three list styles.

- cursor pages (`limit`, `after`, `order` → `data`, `has_more`, `after`): threads, thread items,
  workspaces, workspace messages, drafts, API keys; the next page is `after=<page.after>`;
- page numbers (`page`, `page_size` → `sessions`, `total`, `has_more`): sessions; the next page
  is `page=<page.page + 1>`;
- offsets (`limit`, `offset` → `entries`, `total`, `has_more`): the audit log; the next page is
  `offset=<page.offset + len(page.entries)>`.

A page has `.data` (its items), `.has_more`, `.raw` (the generated list model) and every field of
that model as an attribute (`page.after`, `page.total`, `page.sessions`...). Iterating a page
yields its items and then those of each following page, fetched only when reached.

A walk through the pages (iterating, `iter_pages()`, `get_next_page()`) refuses to go round in
circles: a server that hands back a cursor the walk followed already, or a page whose items the
walk has all seen already, raises `APIError` saying so, rather than yielding the same items again
or stopping silently as if the list had ended. So does a page with no items that says more follow
(`has_more`): a cursor server answering such pages with ever new cursors was walked forever, a
page-number one ended the list silently.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import Any, Generic, NamedTuple, TypeVar

import httpx

from ._errors import APIError
from ._flow import Flow, arun, run
from ._pipeline import Pipeline
from ._types import RequestOptions

T = TypeVar("T")

Args = dict[str, object]
"""The arguments of a list call (the operation's query parameters)."""


class PageStyle:
    """Where a list model keeps its items, and the arguments of the page after it."""

    __slots__ = ("items_field", "next_args")

    def __init__(self, items_field: str, next_args: Callable[[Any, list[Any]], Args | None]) -> None:
        self.items_field = items_field
        self.next_args = next_args

    @classmethod
    def of(cls, items_field: str, following: str | None) -> PageStyle:
        """The style of a list whose items are in `items_field` and whose next page is asked by `following`."""
        return cls(items_field, _NEXT[following])


_NEXT: dict[str | None, Callable[[Any, list[Any]], Args | None]] = {
    "after": lambda raw, items: {"after": raw.after} if raw.has_more and raw.after else None,
    "page": lambda raw, items: {"page": raw.page + 1} if raw.has_more and items else None,
    "offset": lambda raw, items: {"offset": raw.offset + len(items)} if raw.has_more and items else None,
    None: lambda raw, items: None,  # a list the API answers in one piece (`list_models`, `list_admins`)
}
"""The arguments of the next page, by the query parameter that asks for it."""


class Walk:
    """How to fetch the pages of one list call."""

    __slots__ = ("build", "options", "parse", "pipeline", "style")

    def __init__(
        self,
        pipeline: Pipeline,
        build: Callable[..., Mapping[str, Any]],
        style: PageStyle,
        parse: Callable[[httpx.Response], Any],
        options: RequestOptions,
    ) -> None:
        self.pipeline = pipeline
        self.build = build
        self.style = style
        self.parse = parse
        self.options = options

    def fetch(self, args: Args, trail: Trail | None = None) -> Flow[Fetched]:
        """The page `args` asks for: its list model, items and request; `trail` checks it leads somewhere new."""
        if trail is not None:
            trail.check_args(args)
        answered: list[httpx.Request] = []

        def parse(response: httpx.Response) -> Any:
            answered.append(response.request)
            return self.parse(response)

        raw = yield from self.pipeline.call(self.build(**args), self.options, parse)
        fetched = Fetched(raw, list(getattr(raw, self.style.items_field)), answered[0])
        if trail is not None:
            trail.check_page(args, fetched)
        return fetched


class Fetched(NamedTuple):
    """One page as the server answered it."""

    raw: Any
    items: list[Any]
    request: httpx.Request


class Trail:
    """The pages one walk went through, so that it cannot go round in circles (a server's bug)."""

    __slots__ = ("args", "ids", "request")

    def __init__(self, page: _PageBase[Any]) -> None:
        self.args = {_key(page._args)}
        self.ids = _ids(page.data)
        self.request = page._request

    def check_args(self, args: Args) -> None:
        """Raise when the server points back to a page this walk fetched already."""
        if _key(args) in self.args:
            raise self._circle(f"repeated a cursor: the page {args} was fetched already")

    def check_page(self, args: Args, fetched: Fetched) -> None:
        """Raise when a page holds only items this walk saw already; else remember it."""
        self.request = fetched.request
        ids = _ids(fetched.items)
        if ids and ids <= self.ids:
            raise self._circle(f"answered the page {args} with items that were all seen on earlier pages")
        self.args.add(_key(args))
        self.ids |= ids

    def _circle(self, what: str) -> APIError:
        request = self.request
        return APIError(
            f"The list goes round in circles: the server {what} [{request.method} {request.url.path}]. The SDK "
            "stops here rather than yield the same items again or end the list early.",
            request,
        )


def _ids(items: list[Any]) -> set[object]:
    return {getattr(item, "id", None) for item in items} - {None}


def _key(args: Args) -> tuple[tuple[str, object], ...]:
    return tuple(sorted(args.items()))


class _PageBase(Generic[T]):
    __slots__ = ("_args", "_next", "_request", "_walk", "data", "raw")
    raw: Any
    data: list[T]

    def __init__(self, walk: Walk, args: Args, fetched: Fetched) -> None:
        self._walk = walk
        self._args = args
        self._request = fetched.request
        self.raw = fetched.raw
        """The generated list model (`ThreadList`, `ChatSessionList`...), every field of which the page shows."""
        self.data = fetched.items
        """The items of this page."""
        self._next = walk.style.next_args(self.raw, self.data)

    @property
    def has_more(self) -> bool:
        """Whether the server says more items follow this page."""
        return bool(getattr(self.raw, "has_more", False))

    def has_next_page(self) -> bool:
        """Whether there is a page after this one to fetch (an empty page that says `has_more` has one that fails)."""
        return self._next is not None or self._stuck()

    def _stuck(self) -> bool:
        return not self.data and self.has_more

    def next_page_args(self) -> Args | None:
        """The arguments of the list call for the next page, or None after the last page."""
        return None if self._next is None else {**self._args, **self._next}

    def _following(self, trail: Trail | None) -> Flow[Fetched]:
        if self._stuck():
            request = self._request
            page = f"the page {self._args}" if self._args else "the first page"
            raise APIError(
                f"The list cannot go on: the server answered {page} with no items but has_more=true "
                f"[{request.method} {request.url.path}]. The SDK stops rather than ask for pages forever or end "
                "the list early.",
                request,
            )
        following = self.next_page_args()
        if following is None:
            raise LookupError("this is the last page; check has_next_page() first")
        return self._walk.fetch(following, trail or Trail(self))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.raw, name)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        kind = type(self.data[0]).__name__ if self.data else "item"
        return f"{type(self).__name__}({len(self.data)} {kind}, has_more={self.has_more})"


class SyncPage(_PageBase[T]):
    """One page of a list (synchronous client). `for item in page` walks every following page too."""

    __slots__ = ()

    @classmethod
    def first(cls, walk: Walk, args: Args) -> SyncPage[T]:
        """Fetch the first page of a list call."""
        return cls(walk, args, run(walk.fetch(args)))

    def get_next_page(self, _trail: Trail | None = None) -> SyncPage[T]:
        """Fetch the page after this one (`LookupError` after the last page)."""
        flow = self._following(_trail)
        return SyncPage(self._walk, self.next_page_args() or {}, run(flow))

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """Yield this page, then each following page, fetched one at a time as the loop asks for it."""
        page: SyncPage[T] = self
        trail = Trail(self)
        yield page
        while page.has_next_page():
            page = page.get_next_page(trail)
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[T]):
    """One page of a list (async client). `async for item in page` walks every following page too."""

    __slots__ = ()

    @classmethod
    async def first(cls, walk: Walk, args: Args) -> AsyncPage[T]:
        """Fetch the first page of a list call."""
        return cls(walk, args, await arun(walk.fetch(args)))

    async def get_next_page(self, _trail: Trail | None = None) -> AsyncPage[T]:
        """Fetch the page after this one (`LookupError` after the last page)."""
        flow = self._following(_trail)
        return AsyncPage(self._walk, self.next_page_args() or {}, await arun(flow))

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """Yield this page, then each following page, fetched one at a time as the loop asks for it."""
        page: AsyncPage[T] = self
        trail = Trail(self)
        yield page
        while page.has_next_page():
            page = await page.get_next_page(trail)
            yield page

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()


class AsyncPaginator(Generic[T]):
    """What a list method of `AsyncParley` returns, before any request is made.

    `page = await client.threads.list()` fetches the first page; `async for thread in
    client.threads.list()` walks every item of every page.
    """

    __slots__ = ("_args", "_walk")

    def __init__(self, walk: Walk, args: Args) -> None:
        self._walk = walk
        self._args = args

    def _first(self) -> Awaitable[AsyncPage[T]]:
        return AsyncPage[T].first(self._walk, self._args)

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def _items(self) -> AsyncIterator[T]:
        async for item in await self._first():
            yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()
