"""The retry policy and the rate limiter, alone: waits, caps, jitter, and what is retried."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
from lightfield_opportunities import APITimeoutError, Lightfield, RetryPolicy
from lightfield_opportunities._ratelimit import RateLimiter


def answer(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 520])
def test_retried_statuses(status: int) -> None:
    assert RetryPolicy().retries_status(status)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 415, 422])
def test_other_4xx_are_not_retried(status: int) -> None:
    assert not RetryPolicy().retries_status(status)


def test_full_jitter_backoff_doubles_from_half_a_second_to_eight() -> None:
    top = RetryPolicy(jitter=lambda: 1.0)
    assert [top.delay(retry, None) for retry in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert RetryPolicy(jitter=lambda: 0.0).delay(3, None) == 0.0


def test_retry_after_seconds_wins_over_backoff() -> None:
    assert RetryPolicy(jitter=lambda: 1.0).delay(0, answer(429, **{"Retry-After": "3"})) == 3.0


def test_retry_after_ms_wins_over_retry_after() -> None:
    response = answer(503, **{"Retry-After": "3", "retry-after-ms": "250"})
    assert RetryPolicy().delay(0, response) == 0.25


def test_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    assert 3.5 <= RetryPolicy().delay(0, answer(429, **{"Retry-After": when})) <= 5.0


def test_retry_after_is_capped_at_a_minute_and_never_negative() -> None:
    assert RetryPolicy().delay(0, answer(429, **{"Retry-After": "86400"})) == 60.0
    past = email.utils.formatdate(time.time() - 100, usegmt=True)
    assert RetryPolicy().delay(0, answer(429, **{"Retry-After": past})) == 0.0


def test_unreadable_retry_after_falls_back_to_backoff() -> None:
    assert RetryPolicy(jitter=lambda: 1.0).delay(1, answer(429, **{"Retry-After": "soon"})) == 1.0


def test_timeouts_are_retried_then_raised_typed() -> None:
    attempts: list[httpx.Request] = []
    waits: list[float] = []

    def slow(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectTimeout("timed out", request=request)

    client = Lightfield(
        api_key="k",
        base_url="https://api.example.test",
        http_client=httpx.Client(transport=httpx.MockTransport(slow)),
        retry_policy=RetryPolicy(sleep=waits.append, jitter=lambda: 1.0),
    )
    with pytest.raises(APITimeoutError):
        client.opportunity.create(fields={"$name": "x"}, relationships={"$account": "acc_1"})
    assert len(attempts) == 3 and waits == [0.5, 1.0]
    assert len({request.headers["idempotency-key"] for request in attempts}) == 1


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_limiter_lets_a_burst_through_then_paces() -> None:
    clock = Clock()
    limiter = RateLimiter(3, window=1.0, clock=clock)
    assert [limiter.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.reserve() == pytest.approx(1.0)
    clock.now += 2
    assert limiter.reserve() == 0.0


def test_limiter_never_books_more_than_the_limit_in_any_window() -> None:
    clock = Clock()
    limiter = RateLimiter(5, window=1.0, clock=clock)
    starts = sorted(clock.now + limiter.reserve() for _ in range(40))
    for index in range(len(starts) - 5):
        assert starts[index + 5] - starts[index] >= 1.0 - 1e-9


def test_limiter_learns_the_limit_and_holds_until_reset() -> None:
    clock = Clock()
    limiter = RateLimiter(25, window=1.0, clock=clock)
    reset = int(time.time()) + 2
    limiter.observe(
        answer(200, **{"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)})
    )
    assert limiter.limit == 10
    assert 0.5 < limiter.reserve() <= 2.0


def test_limiter_holds_after_a_429_for_retry_after() -> None:
    clock = Clock()
    limiter = RateLimiter(25, window=1.0, clock=clock)
    limiter.observe(answer(429, **{"Retry-After": "3"}))
    assert limiter.reserve() == pytest.approx(3.0)
