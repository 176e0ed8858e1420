"""Reading every record, and the raw answers, against the reference server."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading

from lightfield_opportunities import AsyncLightfield, Lightfield, OpportunityList

from tests.server.process import ServerProcess

ACCOUNT = {"$account": "acc_1"}


def fill(client: Lightfield, count: int) -> list[str]:
    """Creates ``count`` records; returns their ids newest first, as list answers them."""
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(
            pool.map(
                lambda n: client.opportunity.create(fields={"$name": f"d{n}"}, relationships=ACCOUNT), range(count)
            )
        )
    return [record.id for page in client.opportunity.list_pages(concurrency=1) for record in page.data]


def test_list_all_gives_every_record_once_in_order(lightfield: Lightfield) -> None:
    ids = fill(lightfield, 57)
    assert len(ids) == len(set(ids)) == 57
    assert [record.id for record in lightfield.opportunity.list_all(page_size=7, concurrency=3)] == ids
    pages = list(lightfield.opportunity.list_pages(page_size=10))
    assert [len(page.data) for page in pages] == [10, 10, 10, 10, 10, 7]
    assert all(isinstance(page, OpportunityList) and page.total_count == 57 for page in pages)


def test_list_all_of_an_empty_list_is_empty(lightfield: Lightfield) -> None:
    assert list(lightfield.opportunity.list_all()) == []


def test_records_created_while_paging_are_left_out_and_none_repeats(lightfield: Lightfield) -> None:
    ids = fill(lightfield, 40)
    stop = threading.Event()

    def keep_creating() -> None:
        while not stop.is_set():
            lightfield.opportunity.create(fields={"$name": "new"}, relationships=ACCOUNT)

    writer = threading.Thread(target=keep_creating)
    seen = []
    pages = lightfield.opportunity.list_pages(page_size=5, concurrency=2)
    seen += [record.id for record in next(pages).data]
    writer.start()
    try:
        for page in pages:
            seen += [record.id for record in page.data]
    finally:
        stop.set()
        writer.join()
    assert seen == ids
    assert lightfield.opportunity.list().total_count > 40


def test_async_list_all_gives_every_record_once_in_order(live: ServerProcess) -> None:
    with Lightfield(api_key=live.key, base_url=live.url) as client:
        ids = fill(client, 33)

    async def walk() -> list[str]:
        async with AsyncLightfield(api_key=live.key, base_url=live.url) as client:
            return [record.id async for record in client.opportunity.list_all(page_size=4, concurrency=4)]

    assert asyncio.run(walk()) == ids


def test_raw_response_has_status_headers_and_the_parsed_model(lightfield: Lightfield) -> None:
    created = lightfield.opportunity.with_raw_response.create(fields={"$name": "raw"}, relationships=ACCOUNT)
    assert created.status_code == 200
    assert created.headers["content-type"] == "application/json"
    assert created.rate_limit["limit"] is not None and created.rate_limit["remaining"] is not None
    record = created.parse()
    page = lightfield.opportunity.with_raw_response.list(limit=1)
    assert page.parse().data[0].id == record.id
    assert page.http_response.request.url.params["limit"] == "1"


def test_async_raw_response(live: ServerProcess) -> None:
    async def run() -> int:
        async with AsyncLightfield(api_key=live.key, base_url=live.url) as client:
            answer = await client.opportunity.with_raw_response.definitions()
            assert answer.parse().object_type == "opportunity"
            return answer.status_code

    assert asyncio.run(run()) == 200
