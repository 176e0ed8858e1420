# override: adds _retry.py
"""The retry policy: what is retried, how long to wait, and the log line of each retry.

Written by hand rather than with tenacity or backoff because the rule depends on the HTTP answer
(status, ``Retry-After``, ``retry-after-ms``) and must drive a sync and an async loop alike; a pure
policy object does both in a few lines and keeps the runtime to httpx, attrs and python-dateutil.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable

import attrs
import httpx

logger = logging.getLogger("lightfield_opportunities")


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio is imported here, not at the top: a sync-only job should not pay for importing it.
    import asyncio  # noqa: PLC0415

    await asyncio.sleep(seconds)


RETRYABLE_STATUSES = frozenset({408, 409, 429})
INITIAL_DELAY = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0


@attrs.frozen
class RetryPolicy:
    """Retry connection errors, timeouts, 408, 409, 429 and 5xx up to ``max_retries`` times.

    The wait is the server's ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date) when
    it sends one, capped at 60 s; otherwise full jitter over 0.5 s doubling up to 8 s. ``sleep``
    and ``async_sleep`` are there so tests can record waits instead of waiting.
    """

    max_retries: int = 2
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep
    jitter: Callable[[], float] = random.random

    def retries_status(self, status: int) -> bool:
        return status in RETRYABLE_STATUSES or status >= 500

    def delay(self, retry: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``retry`` (0 for the first)."""
        asked = retry_after(response) if response is not None else None
        if asked is not None:
            return asked
        return self.jitter() * min(MAX_BACKOFF, INITIAL_DELAY * 2.0**retry)

    def log(self, request: httpx.Request, retry: int, wait: float, reason: str) -> None:
        # The URL and method only: headers (the API key among them) never reach the log.
        logger.info(
            "Retrying %s %s in %.2fs (retry %d of %d) after %s",
            request.method,
            request.url.path,
            wait,
            retry + 1,
            self.max_retries,
            reason,
        )


def retry_after(response: httpx.Response) -> float | None:
    """The wait a response asks for (``retry-after-ms``, else ``Retry-After`` in seconds or as an
    HTTP date), capped at 60 s; None when it asks for none."""
    headers = response.headers
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return _capped(float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return _capped(float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return _capped(when.timestamp() - time.time())


def _capped(seconds: float) -> float | None:
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)
