# override: adds _paging.py
"""Reading every record of a list operation: pages fetched ahead, each record exactly once.

After the first page the total is known, so the offsets of every other page are too, and up to
``concurrency`` of them are fetched at once (the client's rate limiter keeps the pace). Pages come
out in the server's order.

What a caller sees when records are created while paging: the list is newest first, so each new
record pushes the older ones one place further. Every page answer carries ``totalCount``; the
growth since the first page says how far the page slid, and :class:`PageWalker` maps each page
back onto the order of the first page. Records that existed when the first page was read come out
exactly once, in order (a gap left by a slide is fetched before going on); records created after
that are left out: list again to see them. The API has no delete, so the total only grows.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING

import attrs

from .models.opportunity import Opportunity
from .models.opportunity_list import OpportunityList

if TYPE_CHECKING:
    import asyncio
    import concurrent.futures

MAX_PAGE_SIZE = 25
DEFAULT_CONCURRENCY = 4


@attrs.define
class PageWalker:
    """The bookkeeping of one walk, free of I/O so the sync and async drivers share it.

    Positions are counted in the order of the first page: ``covered`` records from the top have
    been yielded; a page fetched at ``offset`` when the total has grown by ``d`` starts at
    position ``offset - d``.
    """

    page_size: int
    initial_total: int = 0
    covered: int = 0
    latest_total: int = 0
    seen: set[str] = attrs.field(factory=set)

    def start(self, first: OpportunityList) -> OpportunityList:
        self.initial_total = self.latest_total = first.total_count
        return self._take(first, 0)

    def planned_offsets(self) -> list[int]:
        return list(range(self.page_size, self.initial_total, self.page_size))

    def gap_offset(self, offset: int, page: OpportunityList) -> int | None:
        """The offset to fetch first when this page starts past what is covered, else None."""
        return self.next_offset() if self._start(offset, page) > self.covered else None

    def accept(self, offset: int, page: OpportunityList) -> OpportunityList:
        """The page cut to the records not yet yielded, in order."""
        return self._take(page, self._start(offset, page))

    def _start(self, offset: int, page: OpportunityList) -> int:
        """Where the page begins in the first page's order: the list grew that much above it."""
        return offset - max(page.total_count - self.initial_total, 0)

    def next_offset(self) -> int:
        return self.covered + max(self.latest_total - self.initial_total, 0)

    def unfinished(self) -> bool:
        return self.covered < self.initial_total

    def _take(self, page: OpportunityList, start: int) -> OpportunityList:
        self.latest_total = max(self.latest_total, page.total_count)
        fresh = []
        for position, record in enumerate(page.data, start):
            if position < self.covered or record.id in self.seen:
                continue  # created after the walk began, or already yielded
            self.seen.add(record.id)
            fresh.append(record)
        if page.data:
            self.covered = max(self.covered, start + len(page.data))
        else:
            self.covered = self.initial_total  # nothing more to read: stop rather than loop
        return OpportunityList(object_="list", data=fresh, total_count=page.total_count)


def _checked(page_size: int, concurrency: int) -> None:
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be from 1 to {MAX_PAGE_SIZE}")
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")


def iterate_pages(
    fetch: Callable[[int, int], OpportunityList],
    *,
    page_size: int = MAX_PAGE_SIZE,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> Generator[OpportunityList, None, None]:
    """Every page, in order; ``fetch(offset, limit)`` reads one. Threads fetch ahead."""
    import concurrent.futures  # noqa: PLC0415 - imported when paging, not with the package

    _checked(page_size, concurrency)
    walker = PageWalker(page_size)
    yield walker.start(fetch(0, page_size))
    planned = deque(walker.planned_offsets())
    pool = concurrent.futures.ThreadPoolExecutor(concurrency, thread_name_prefix="lightfield-pages")
    in_flight: deque[tuple[int, concurrent.futures.Future[OpportunityList]]] = deque()
    try:
        while planned or in_flight:
            while planned and len(in_flight) < concurrency:
                offset = planned.popleft()
                in_flight.append((offset, pool.submit(fetch, offset, page_size)))
            offset, future = in_flight.popleft()
            page = future.result()
            while (gap := walker.gap_offset(offset, page)) is not None:
                yield walker.accept(gap, fetch(gap, page_size))
            yield walker.accept(offset, page)
        while walker.unfinished():
            offset = walker.next_offset()
            yield walker.accept(offset, fetch(offset, page_size))
    finally:
        for _, pending in in_flight:
            pending.cancel()
        pool.shutdown(wait=False, cancel_futures=True)


async def aiterate_pages(
    fetch: Callable[[int, int], Awaitable[OpportunityList]],
    *,
    page_size: int = MAX_PAGE_SIZE,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> AsyncGenerator[OpportunityList, None]:
    """Every page, in order; ``await fetch(offset, limit)`` reads one. Tasks fetch ahead."""
    import asyncio  # noqa: PLC0415 - imported when paging, not with the package

    _checked(page_size, concurrency)
    walker = PageWalker(page_size)
    yield walker.start(await fetch(0, page_size))
    planned = deque(walker.planned_offsets())
    in_flight: deque[tuple[int, asyncio.Future[OpportunityList]]] = deque()
    try:
        while planned or in_flight:
            while planned and len(in_flight) < concurrency:
                offset = planned.popleft()
                in_flight.append((offset, asyncio.ensure_future(fetch(offset, page_size))))
            offset, task = in_flight.popleft()
            page = await task
            while (gap := walker.gap_offset(offset, page)) is not None:
                yield walker.accept(gap, await fetch(gap, page_size))
            yield walker.accept(offset, page)
        while walker.unfinished():
            offset = walker.next_offset()
            yield walker.accept(offset, await fetch(offset, page_size))
    finally:
        for _, pending in in_flight:
            pending.cancel()


def records(pages: Iterator[OpportunityList]) -> Iterator[Opportunity]:
    for page in pages:
        yield from page.data


async def arecords(pages: AsyncIterator[OpportunityList]) -> AsyncIterator[Opportunity]:
    async for page in pages:
        for record in page.data:
            yield record
