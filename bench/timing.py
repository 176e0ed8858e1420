"""Medians of repeated runs, and the table rows they become."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


def per_call(action: Callable[[], object], *, number: int, repeat: int) -> float:
    """Median seconds per call over ``repeat`` runs of ``number`` calls (after one warm-up run)."""
    for _ in range(number):
        action()
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(number):
            action()
        runs.append((time.perf_counter() - started) / number)
    return statistics.median(runs)


@dataclass
class Row:
    section: str
    contender: str
    value: float
    unit: str  # "s" (lower is better) or "calls/s" (higher is better)
    floor: float | None = None  # the floor's value in the same run; None for the floor itself
    note: str = ""

    def shown(self) -> str:
        if self.unit == "calls/s":
            return f"{self.value:,.0f} calls/s"
        if self.value >= 1:
            return f"{self.value:.2f} s"
        if self.value >= 1e-3:
            return f"{self.value * 1e3:.2f} ms"
        return f"{self.value * 1e6:.1f} µs"

    def ratio(self) -> str:
        """Time taken against the floor's (for rates, the floor's rate over this one): lower is better."""
        if self.floor is None:
            return "1.00x (floor)"
        ratio = self.floor / self.value if self.unit == "calls/s" else self.value / self.floor
        return f"{ratio:.2f}x"


def table(rows: list[Row]) -> str:
    lines = ["| section | contender | median | time vs floor | note |", "|---|---|---|---|---|"]
    for row in rows:
        lines.append(f"| {row.section} | {row.contender} | {row.shown()} | {row.ratio()} | {row.note} |")
    return "\n".join(lines)
