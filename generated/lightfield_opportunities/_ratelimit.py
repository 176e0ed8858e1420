# override: adds _ratelimit.py
"""The client-side rate limiter: stay under the API's requests per second, per category.

Lightfield allows 25 requests per second per organization in each category (read, write,
search) and answers 429 past that. Each client keeps one limiter per category and asks it before
every attempt; the limiter says how long to wait. It never sleeps itself, so the sync and the async
client share it. It adapts to what the server says: ``X-RateLimit-Limit`` replaces the limit,
``X-RateLimit-Remaining: 0`` holds every request until ``X-RateLimit-Reset``, and a 429's
``Retry-After`` holds them for that long.

Written by hand: the libraries that exist (limits, aiolimiter, pyrate-limiter) sleep on their own,
for one of sync or async, and know nothing of rate-limit headers.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

import httpx

from ._retry import MAX_RETRY_AFTER, retry_after

DEFAULT_RATE_LIMIT = 25
# A little over a second: the server counts in fixed one-second windows by arrival time, and
# requests sent just under a second apart can arrive in the same window.
WINDOW = 1.05


class RateLimiter:
    """At most ``limit`` requests in any ``window`` seconds; thread-safe."""

    def __init__(
        self, limit: int = DEFAULT_RATE_LIMIT, *, window: float = WINDOW, clock: Callable[[], float] = time.monotonic
    ):
        self.limit = limit
        self.window = window
        self._clock = clock
        self._sent: deque[float] = deque()
        self._held_until = 0.0
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Book a slot for one request; returns the seconds to wait before sending it."""
        with self._lock:
            now = self._clock()
            start = max(now, self._held_until)
            if self._sent:
                start = max(start, self._sent[-1])
            while self._sent and self._sent[0] <= start - self.window:
                self._sent.popleft()
            if len(self._sent) >= self.limit:
                start = max(start, self._sent[-self.limit] + self.window)
            self._sent.append(start)
            return start - now

    def observe(self, response: httpx.Response) -> None:
        """Learn from an answer's rate-limit headers."""
        headers = response.headers
        with self._lock:
            limit = header_int(headers, "x-ratelimit-limit")
            if limit is not None and limit > 0:
                self.limit = limit
            remaining = header_int(headers, "x-ratelimit-remaining")
            reset = header_int(headers, "x-ratelimit-reset")
            if remaining == 0 and reset is not None:
                self._hold(reset - time.time())
            if response.status_code == 429:
                asked = retry_after(response)
                self._hold(asked if asked is not None else 1.0)

    def _hold(self, seconds: float) -> None:
        if seconds > 0:
            self._held_until = max(self._held_until, self._clock() + min(seconds, MAX_RETRY_AFTER))


def header_int(headers: httpx.Headers, name: str) -> int | None:
    """A header's whole-number value; None when absent or not a number."""
    value = headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
