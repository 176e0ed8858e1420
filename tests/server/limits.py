"""Rate limits per category and the fault knobs that tests and benchmarks turn.

Rate limits count requests per category (read, write, search) in one-second windows, as
Lightfield documents them. Faults come two ways: as shares of all requests (for benchmarks and
soak runs) and as scripted counts that the next requests consume (for tests that need exactly
"the next create loses its answer").
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, field

CATEGORIES = ("read", "write", "search")
OFF = 1_000_000  # a limit no test reaches: rate limiting "off", with truthful headers


@dataclass
class RateLimiter:
    """Fixed one-second windows per category."""

    limit: int = OFF
    _windows: dict[str, tuple[int, int]] = field(default_factory=dict)

    def take(self, category: str, now: float | None = None) -> tuple[bool, dict[str, str]]:
        """Count one request; returns whether it is allowed and the X-RateLimit headers to send."""
        moment = time.time() if now is None else now
        window = int(moment)
        start, used = self._windows.get(category, (window, 0))
        if start != window:
            start, used = window, 0
        allowed = used < self.limit
        if allowed:
            used += 1
        self._windows[category] = (start, used)
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(max(self.limit - used, 0)),
            "X-RateLimit-Reset": str(window + 1),
        }
        if not allowed:
            headers["Retry-After"] = str(max(1, math.ceil(window + 1 - moment)))
        return allowed, headers


@dataclass
class Faults:
    """What goes wrong, and when.

    - ``latency``: seconds added to every API request (for writes, after the idempotency key is
      claimed, so a concurrent repeat can meet a running one);
    - ``fail_rate`` / ``drop_rate``: the share of API requests answered 503, or whose connection
      is dropped before the answer is complete;
    - scripted counts, consumed one per API request: ``fail_before`` (503 without acting),
      ``fail_after`` (act, commit, then answer 503), ``drop_before`` and ``drop_after`` (the same,
      dropping the connection instead).
    """

    latency: float = 0.0
    fail_rate: float = 0.0
    drop_rate: float = 0.0
    fail_before: int = 0
    fail_after: int = 0
    drop_before: int = 0
    drop_after: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_fault(self) -> str | None:
        """The fault for the next API request: fail_before, fail_after, drop_before, drop_after or None."""
        for name in ("fail_before", "fail_after", "drop_before", "drop_after"):
            if getattr(self, name) > 0:
                setattr(self, name, getattr(self, name) - 1)
                return name
        if self.fail_rate and self.rng.random() < self.fail_rate:
            return "fail_before"
        if self.drop_rate and self.rng.random() < self.drop_rate:
            return "drop_before"
        return None
