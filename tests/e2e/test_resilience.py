"""Faults over a real socket: lost answers, 503s, 429s, parallel writers and a killed server."""

from __future__ import annotations

import concurrent.futures
import logging
import time
from pathlib import Path

import httpx
import pytest
from lightfield_opportunities import (
    ConflictError,
    InternalServerError,
    Lightfield,
    LightfieldError,
    RateLimitError,
    RetryPolicy,
)

from tests.server.process import ServerProcess

NAME = {"$name": "deal"}
ACCOUNT = {"$account": "acc_1"}


def recording_client(server: ServerProcess, waits: list[float], **settings: object) -> Lightfield:
    return Lightfield(
        api_key=server.key,
        base_url=server.url,
        retry_policy=RetryPolicy(sleep=waits.append, jitter=lambda: 0.5),
        **settings,  # type: ignore[arg-type]
    )


def sent_keys(server: ServerProcess) -> tuple[Lightfield, list[httpx.Request]]:
    requests: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [requests.append]})
    client = Lightfield(
        api_key=server.key, base_url=server.url, http_client=http, retry_policy=RetryPolicy(sleep=lambda s: None)
    )
    return client, requests


@pytest.mark.parametrize("fault", ["drop_after", "fail_after"])
def test_create_whose_first_answer_is_lost_is_stored_once(live: ServerProcess, fault: str) -> None:
    client, requests = sent_keys(live)
    live.control("faults", {fault: 1})
    created = client.opportunity.create(fields=NAME, relationships=ACCOUNT)
    assert len(requests) == 2
    keys = {request.headers["idempotency-key"] for request in requests}
    assert len(keys) == 1 and len(keys.pop()) == 36
    page = client.opportunity.list()
    assert page.total_count == 1 and page.data[0].id == created.id


def test_update_whose_answer_is_lost_is_applied_once(live: ServerProcess) -> None:
    client, requests = sent_keys(live)
    created = client.opportunity.create(fields=NAME, relationships=ACCOUNT)
    live.control("faults", {"drop_after": 1})
    updated = client.opportunity.update(created.id, relationships={"$champion": {"add": "con_1"}})
    assert requests[-1].headers["idempotency-key"] == requests[-2].headers["idempotency-key"]
    assert updated.relationships["$champion"].values == ["con_1"]


def test_each_call_gets_its_own_key_and_a_given_key_is_used(live: ServerProcess) -> None:
    client, requests = sent_keys(live)
    client.opportunity.create(fields=NAME, relationships=ACCOUNT)
    client.opportunity.create(fields=NAME, relationships=ACCOUNT)
    client.opportunity.create(fields=NAME, relationships=ACCOUNT, idempotency_key="mine-1")
    again = client.opportunity.create(fields=NAME, relationships=ACCOUNT, idempotency_key="mine-1")
    keys = [request.headers["idempotency-key"] for request in requests]
    assert keys[0] != keys[1] and keys[2:] == ["mine-1", "mine-1"]
    assert client.opportunity.list().total_count == 3
    assert client.opportunity.list().data[0].id == again.id


def test_reads_send_no_idempotency_key(live: ServerProcess) -> None:
    client, requests = sent_keys(live)
    client.opportunity.list()
    client.opportunity.definitions()
    assert all("idempotency-key" not in request.headers for request in requests)


def test_too_long_key_is_refused_before_sending(live: ServerProcess) -> None:
    client, requests = sent_keys(live)
    with pytest.raises(LightfieldError, match="255"):
        client.opportunity.create(fields=NAME, relationships=ACCOUNT, idempotency_key="k" * 256)
    assert requests == []


def test_server_refuses_too_long_key(live: ServerProcess) -> None:
    response = httpx.post(
        f"{live.url}/v1/opportunities",
        json={"fields": NAME, "relationships": ACCOUNT},
        headers={
            "Authorization": f"Bearer {live.key}",
            "Lightfield-Version": "2026-03-01",
            "Idempotency-Key": "k" * 256,
        },
    )
    assert response.status_code == 400 and response.json()["code"] == "idempotency_key_too_long"


def test_concurrent_repeat_of_a_running_key_gets_idempotency_conflict(live: ServerProcess) -> None:
    live.control("faults", {"latency": 0.5})
    client = Lightfield(api_key=live.key, base_url=live.url, max_retries=0)
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        first = pool.submit(client.opportunity.create, fields=NAME, relationships=ACCOUNT, idempotency_key="same")
        time.sleep(0.25)  # the first has claimed the key and sits in the server's added latency
        with pytest.raises(ConflictError) as caught:
            client.opportunity.create(fields=NAME, relationships=ACCOUNT, idempotency_key="same")
        created = first.result()
    assert caught.value.code == "idempotency_conflict"
    live.control("faults", {"latency": 0})
    assert client.opportunity.list().data[0].id == created.id


def test_503_twice_then_success_retries_with_backoff(live: ServerProcess, caplog: pytest.LogCaptureFixture) -> None:
    waits: list[float] = []
    live.control("faults", {"fail_before": 2})
    with caplog.at_level(logging.INFO, logger="lightfield_opportunities"):
        assert recording_client(live, waits).opportunity.list().total_count == 0
    assert waits == [0.25, 0.5]  # full jitter at 0.5 of 0.5 s, then of 1 s
    retries = [record.getMessage() for record in caplog.records]
    assert len(retries) == 2 and "status 503" in retries[0] and "/v1/opportunities" in retries[0]
    assert live.key not in caplog.text


def test_retries_give_up_after_max_retries(live: ServerProcess) -> None:
    waits: list[float] = []
    live.control("faults", {"fail_before": 5})
    with pytest.raises(InternalServerError) as caught:
        recording_client(live, waits, max_retries=3).opportunity.list()
    assert caught.value.status_code == 503 and len(waits) == 3


def test_per_call_max_retries_overrides_the_client(live: ServerProcess) -> None:
    waits: list[float] = []
    live.control("faults", {"fail_before": 1})
    with pytest.raises(InternalServerError):
        recording_client(live, waits).opportunity.list(options={"max_retries": 0})
    assert waits == []


def test_dropped_connection_is_retried(live: ServerProcess) -> None:
    waits: list[float] = []
    live.control("faults", {"drop_before": 1})
    assert recording_client(live, waits).opportunity.definitions().object_type == "opportunity"
    assert len(waits) == 1


def test_429_waits_retry_after_then_succeeds(live: ServerProcess) -> None:
    waits: list[float] = []

    def sleep(seconds: float) -> None:  # really waits: the server's window has to pass
        waits.append(seconds)
        time.sleep(seconds)

    client = Lightfield(api_key=live.key, base_url=live.url, retry_policy=RetryPolicy(sleep=sleep), rate_limit=None)
    live.control("faults", {"rate_limit": 1})
    with pytest.raises(RateLimitError) as caught:
        for _ in range(3):
            client.opportunity.list(options={"max_retries": 0})
    assert caught.value.retry_after == 1.0
    assert caught.value.response.headers["x-ratelimit-remaining"] == "0"
    for _ in range(2):
        client.opportunity.list()
    assert waits and all(wait == 1.0 for wait in waits)


def test_rate_limiter_adapts_to_the_server_and_meets_no_429(live: ServerProcess) -> None:
    statuses: list[int] = []
    http = httpx.Client(event_hooks={"response": [lambda response: statuses.append(response.status_code)]})
    client = Lightfield(api_key=live.key, base_url=live.url, http_client=http)
    live.control("faults", {"rate_limit": 3})
    started = time.monotonic()
    for _ in range(10):
        client.opportunity.list()
    elapsed = time.monotonic() - started
    assert 429 not in statuses
    assert elapsed >= 2.0  # 10 calls at 3 a second, learnt from the headers


def test_4xx_other_than_408_409_429_is_not_retried(live: ServerProcess) -> None:
    client, requests = sent_keys(live)
    with pytest.raises(LightfieldError):
        client.opportunity.retrieve("opp_missing")
    assert len(requests) == 1


def test_parallel_creates_and_updates_lose_nothing(live: ServerProcess) -> None:
    client = Lightfield(api_key=live.key, base_url=live.url)
    created = client.opportunity.create(fields=NAME, relationships=ACCOUNT)
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        creates = [
            pool.submit(client.opportunity.create, fields={"$name": f"d{n}"}, relationships=ACCOUNT) for n in range(60)
        ]
        updates = [
            pool.submit(client.opportunity.update, created.id, relationships={"$champion": {"add": f"con_{n}"}})
            for n in range(40)
        ]
        ids = {future.result().id for future in creates}
        for future in updates:
            future.result()
    assert len(ids) == 60
    stored = []
    for offset in range(0, 61, 25):
        stored += [record.id for record in client.opportunity.list(offset=offset).data]
    assert len(stored) == 61 and set(stored) == ids | {created.id}
    champions = client.opportunity.retrieve(created.id).relationships["$champion"].values
    assert sorted(champions) == sorted(f"con_{n}" for n in range(40))


def test_server_killed_mid_write_restarts_consistent(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    server = ServerProcess(db).start()
    client = Lightfield(api_key=server.key, base_url=server.url, max_retries=0, timeout=5)
    done: list[str] = []

    def writer(n: int) -> None:
        try:
            done.append(client.opportunity.create(fields={"$name": f"d{n}"}, relationships=ACCOUNT).id)
        except LightfieldError:
            pass

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(writer, n) for n in range(400)]
        deadline = time.monotonic() + 30
        while len(done) < 50 and time.monotonic() < deadline:
            time.sleep(0.01)
        server.kill()
        for future in futures:
            future.result()
    server.start()
    try:
        page = client.opportunity.list()
        listed: list[str] = []
        for offset in range(0, page.total_count, 25):
            listed += [record.id for record in client.opportunity.list(offset=offset).data]
        assert len(listed) == page.total_count == len(set(listed))
        assert set(done) <= set(listed)  # every acknowledged write survived
        for record_id in listed[:5]:
            assert client.opportunity.retrieve(record_id).fields["$name"].value.startswith("d")
    finally:
        server.stop()
