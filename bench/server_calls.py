"""3. list() against the reference server over 127.0.0.1: calls per second, sync and async."""

from __future__ import annotations

import asyncio
import concurrent.futures
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx
import lightfield
from lightfield_opportunities import AsyncLightfield, Lightfield

from bench.timing import Row
from tests.server.process import ServerProcess

SECTION = "3. list() vs the reference server"
CALLS = 240


def sync_rate(call: Callable[[], object], concurrency: int, repeat: int) -> float:
    rates = []
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        for _ in range(repeat + 1):  # the first run warms connections up and is dropped
            started = time.perf_counter()
            list(pool.map(lambda _: call(), range(CALLS)))
            rates.append(CALLS / (time.perf_counter() - started))
    return statistics.median(rates[1:])


def async_rate(
    make: Callable[[], Awaitable[tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[None]]]]],
    concurrency: int,
    repeat: int,
) -> float:
    async def measure() -> float:
        call, close = await make()
        gate = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with gate:
                await call()

        rates = []
        for _ in range(repeat + 1):
            started = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(CALLS)))
            rates.append(CALLS / (time.perf_counter() - started))
        await close()
        return statistics.median(rates[1:])

    return asyncio.run(measure())


def run(server: ServerProcess, repeat: int = 3) -> list[Row]:
    headers = {"Authorization": f"Bearer {server.key}", "Lightfield-Version": "2026-03-01"}
    limits = httpx.Limits(max_connections=32, max_keepalive_connections=32)
    raw = httpx.Client(base_url=server.url, headers=headers, limits=limits)
    ours = Lightfield(api_key=server.key, base_url=server.url, rate_limit=None, http_client=httpx.Client(limits=limits))
    official = lightfield.Lightfield(api_key=server.key, base_url=server.url, http_client=httpx.Client(limits=limits))
    assert (
        ours.opportunity.list().total_count
        == official.opportunity.list().total_count
        == raw.get("/v1/opportunities").json()["totalCount"]
    )

    async def raw_async() -> tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[None]]]:
        client = httpx.AsyncClient(base_url=server.url, headers=headers, limits=limits)

        async def call() -> object:
            return (await client.get("/v1/opportunities")).json()

        return call, client.aclose

    async def ours_async() -> tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[None]]]:
        client = AsyncLightfield(
            api_key=server.key, base_url=server.url, rate_limit=None, http_client=httpx.AsyncClient(limits=limits)
        )
        return client.opportunity.list, client._http.aclose

    async def official_async() -> tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[None]]]:
        client = lightfield.AsyncLightfield(
            api_key=server.key, base_url=server.url, http_client=httpx.AsyncClient(limits=limits)
        )
        return client.opportunity.list, client.close

    rows = []
    for concurrency in (1, 16):
        floor = sync_rate(lambda: raw.get("/v1/opportunities").json(), concurrency, repeat)
        rows.append(Row(SECTION, f"sync, {concurrency} at a time: raw httpx + .json()", floor, "calls/s"))
        rows.append(
            Row(
                SECTION,
                f"sync, {concurrency} at a time: lightfield_opportunities",
                sync_rate(ours.opportunity.list, concurrency, repeat),
                "calls/s",
                floor,
            )
        )
        rows.append(
            Row(
                SECTION,
                f"sync, {concurrency} at a time: lightfield SDK",
                sync_rate(official.opportunity.list, concurrency, repeat),
                "calls/s",
                floor,
            )
        )
        floor = async_rate(raw_async, concurrency, repeat)
        rows.append(Row(SECTION, f"async, {concurrency} at a time: raw httpx + .json()", floor, "calls/s"))
        rows.append(
            Row(
                SECTION,
                f"async, {concurrency} at a time: lightfield_opportunities",
                async_rate(ours_async, concurrency, repeat),
                "calls/s",
                floor,
            )
        )
        rows.append(
            Row(
                SECTION,
                f"async, {concurrency} at a time: lightfield SDK",
                async_rate(official_async, concurrency, repeat),
                "calls/s",
                floor,
            )
        )
    return rows
