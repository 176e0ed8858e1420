"""5. Reading 5,000 records against the reference server in realistic mode (25 requests/s/category).

The bound is what the rate limit allows: 200 pages at 25 a second is 8 s. Our client pages with
``list_all`` (fetching ahead, paced by its rate limiter); the official SDK has no iterator over
all pages, so its row is the plain loop a user writes with it, leaving 429s to its retries.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import httpx
import lightfield
from lightfield_opportunities import Lightfield

from bench.timing import Row
from tests.server.process import ServerProcess
from tests.server.storage import Store

SECTION = "5. list every record of 5,000 (25/s, +20 ms)"
RECORDS = 5000
PAGE = 25
LATENCY_MS = 20


def seed(db: Path) -> None:
    store = Store(db)
    for n in range(RECORDS):
        store.create({"$name": f"deal {n}", "amount": n}, {"$account": ["acc_1"]}, idempotency=None)
    store.close()


def statuses() -> tuple[httpx.Client, list[int]]:
    seen: list[int] = []
    return httpx.Client(event_hooks={"response": [lambda response: seen.append(response.status_code)]}), seen


def ours(server: ServerProcess) -> tuple[float, list[str], int]:
    http, seen = statuses()
    client = Lightfield(api_key=server.key, base_url=server.url, http_client=http)
    started = time.perf_counter()
    ids = [record.id for record in client.opportunity.list_all()]
    return time.perf_counter() - started, ids, seen.count(429)


def official(server: ServerProcess) -> tuple[float, list[str], int]:
    http, seen = statuses()
    client = lightfield.Lightfield(api_key=server.key, base_url=server.url, http_client=http, max_retries=10)
    started = time.perf_counter()
    ids: list[str] = []
    for offset in range(0, RECORDS, PAGE):
        ids += [record.id for record in client.opportunity.list(limit=PAGE, offset=offset).data]
    return time.perf_counter() - started, ids, seen.count(429)


def run(repeat: int = 3) -> list[Row]:
    bound = RECORDS / PAGE / 25
    results: dict[str, list[tuple[float, list[str], int]]] = {"ours": [], "official": []}
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        seed(db)
        with ServerProcess(db, extra=["--realistic", "--latency-ms", str(LATENCY_MS)]) as server:
            expected = [
                record.id for record in Lightfield(api_key=server.key, base_url=server.url).opportunity.list_all()
            ]
            assert len(expected) == len(set(expected)) == RECORDS
            for _ in range(repeat):
                for name, walk in (("ours", ours), ("official", official)):
                    time.sleep(1.1)  # start in a fresh rate-limit window
                    outcome = walk(server)
                    assert outcome[1] == expected, name
                    results[name].append(outcome)
    ours_time = statistics.median(outcome[0] for outcome in results["ours"])
    peer_time = statistics.median(outcome[0] for outcome in results["official"])
    ours_429 = sum(outcome[2] for outcome in results["ours"])
    peer_429 = sum(outcome[2] for outcome in results["official"])
    return [
        Row(SECTION, "rate-limit bound (200 pages / 25 per s)", bound, "s"),
        Row(
            SECTION,
            "lightfield_opportunities list_all()",
            ours_time,
            "s",
            bound,
            f"{ours_429} answers of 429 in {repeat} runs; none reached the caller",
        ),
        Row(
            SECTION,
            "lightfield SDK, a list() loop",
            peer_time,
            "s",
            bound,
            f"{peer_429} answers of 429 in {repeat} runs",
        ),
    ]
