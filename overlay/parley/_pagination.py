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
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")

Args = dict[str, Any]


class PageStyle:
    """Where a list model keeps its items, and the arguments of the page after it."""

    __slots__ = ("items_field", "next_args")

    def __init__(self, items_field: str, next_args: Callable[[Any, list[Any]], Args | None]) -> None:
        self.items_field = items_field
        self.next_args = next_args


def _cursor_next(raw: Any, items: list[Any]) -> Args | None:
    return {"after": raw.after} if raw.has_more and raw.after else None


def _page_number_next(raw: Any, items: list[Any]) -> Args | None:
    return {"page": raw.page + 1} if raw.has_more and items else None


def _offset_next(raw: Any, items: list[Any]) -> Args | None:
    return {"offset": raw.offset + len(items)} if raw.has_more and items else None


def _no_next(raw: Any, items: list[Any]) -> Args | None:
    return None


CURSOR = PageStyle("data", _cursor_next)
PAGE_NUMBER = PageStyle("sessions", _page_number_next)
OFFSET = PageStyle("entries", _offset_next)
SINGLE = PageStyle("data", _no_next)
"""A list the API answers in one piece (`list_models`)."""
SINGLE_ADMINS = PageStyle("admins", _no_next)
"""The administrators list, answered in one piece under `admins`."""


class _PageBase(Generic[T]):
    __slots__ = ("_args", "_next", "data", "raw")

    def __init__(self, raw: Any, style: PageStyle, args: Args) -> None:
        self.raw = raw
        self.data: list[T] = list(getattr(raw, style.items_field))
        self._args = args
        following = style.next_args(raw, self.data)
        if following is not None and all(args.get(k) == v for k, v in following.items()):
            following = None  # the server pointed at this very page again: stop rather than loop
        self._next = following

    @property
    def has_more(self) -> bool:
        """Whether the server says more items follow this page."""
        return bool(getattr(self.raw, "has_more", False))

    def has_next_page(self) -> bool:
        """Whether there is a page after this one to fetch."""
        return self._next is not None

    def next_page_args(self) -> Args | None:
        """The arguments of the list call for the next page, or None after the last page."""
        return None if self._next is None else {**self._args, **self._next}

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

    __slots__ = ("_fetch",)

    def __init__(self, raw: Any, style: PageStyle, args: Args, fetch: Callable[[Args], SyncPage[T]]) -> None:
        super().__init__(raw, style, args)
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[T]:
        """Fetch the page after this one (`LookupError` after the last page)."""
        following = self.next_page_args()
        if following is None:
            raise LookupError("this is the last page; check has_next_page() first")
        return self._fetch(following)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """Yield this page, then each following page, fetched one at a time as the loop asks for it."""
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_PageBase[T]):
    """One page of a list (async client). `async for item in page` walks every following page too."""

    __slots__ = ("_fetch",)

    def __init__(
        self, raw: Any, style: PageStyle, args: Args, fetch: Callable[[Args], Awaitable[AsyncPage[T]]]
    ) -> None:
        super().__init__(raw, style, args)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[T]:
        """Fetch the page after this one (`LookupError` after the last page)."""
        following = self.next_page_args()
        if following is None:
            raise LookupError("this is the last page; check has_next_page() first")
        return await self._fetch(following)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """Yield this page, then each following page, fetched one at a time as the loop asks for it."""
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

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

    __slots__ = ("_args", "_fetch")

    def __init__(self, fetch: Callable[[Args], Awaitable[AsyncPage[T]]], args: Args) -> None:
        self._fetch = fetch
        self._args = args

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._fetch(self._args).__await__()

    async def _items(self) -> AsyncIterator[T]:
        page = await self._fetch(self._args)
        async for item in page:
            yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()
