"""The page walker against a list that grows while it is read: every original record once, in order."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st
from lightfield_opportunities import Opportunity, OpportunityList
from lightfield_opportunities._paging import aiterate_pages, iterate_pages

from tests.samples import record


class GrowingList:
    """A newest-first list on which ``grows[n]`` records are created just before fetch n + 1 (the
    records there at the first fetch are the ones a walk must give)."""

    def __init__(self, size: int, grows: list[int]) -> None:
        self.ids = [f"opp_{n}" for n in reversed(range(size))]
        self.original = list(self.ids)
        self.grows = grows
        self.fetches = 0
        self.created = size
        self.lock = threading.Lock()  # the walker fetches from several threads

    def fetch(self, offset: int, limit: int) -> OpportunityList:
        with self.lock:
            return self._fetch(offset, limit)

    def _fetch(self, offset: int, limit: int) -> OpportunityList:
        step = self.fetches - 1
        for _ in range(self.grows[step] if 0 <= step < len(self.grows) else 0):
            self.ids.insert(0, f"opp_{self.created}")
            self.created += 1
        self.fetches += 1
        data = [Opportunity.from_dict(record({}, id=one)) for one in self.ids[offset : offset + limit]]
        return OpportunityList(object_="list", data=data, total_count=len(self.ids))


SIZES = st.integers(0, 80)
PAGE_SIZES = st.integers(1, 25)
GROWTH = st.lists(st.integers(0, 12), max_size=12)


@settings(max_examples=200, deadline=None)
@given(SIZES, PAGE_SIZES, GROWTH, st.integers(1, 5))
def test_every_original_record_once_in_order_while_the_list_grows(
    size: int, page_size: int, grows: list[int], concurrency: int
) -> None:
    listing = GrowingList(size, grows)
    pages = list(iterate_pages(listing.fetch, page_size=page_size, concurrency=concurrency))
    assert [item.id for page in pages for item in page.data] == listing.original


@settings(max_examples=100, deadline=None)
@given(SIZES, PAGE_SIZES, GROWTH, st.integers(1, 5))
def test_async_walk_gives_the_same_records(size: int, page_size: int, grows: list[int], concurrency: int) -> None:
    listing = GrowingList(size, grows)

    async def fetch(offset: int, limit: int) -> OpportunityList:
        return listing.fetch(offset, limit)

    async def walk() -> list[str]:
        return [
            item.id
            async for page in aiterate_pages(fetch, page_size=page_size, concurrency=concurrency)
            for item in page.data
        ]

    assert asyncio.run(walk()) == listing.original


def test_stopping_early_fetches_no_more_than_is_in_flight() -> None:
    listing = GrowingList(200, [])
    pages = iterate_pages(listing.fetch, page_size=10, concurrency=3)
    next(pages)
    next(pages)
    pages.close()
    assert listing.fetches <= 1 + 1 + 3


def test_page_size_and_concurrency_are_checked() -> None:
    fetch: Callable[[int, int], OpportunityList] = GrowingList(1, []).fetch
    for page_size, concurrency in ((0, 1), (26, 1), (10, 0)):
        try:
            next(iterate_pages(fetch, page_size=page_size, concurrency=concurrency))
        except ValueError:
            continue
        raise AssertionError("accepted a bad setting")
