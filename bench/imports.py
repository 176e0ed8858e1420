"""4. Import time, each in a fresh interpreter, against ``import httpx``."""

from __future__ import annotations

import statistics
import subprocess
import sys

from bench.timing import Row

SECTION = "4. import in a fresh interpreter"
PROBE = "import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"


def seconds(statement: str, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", PROBE.format(statement=statement)], capture_output=True, text=True, check=True
        )
        runs.append(float(out.stdout))
    return statistics.median(runs)


def run(repeat: int = 15) -> list[Row]:
    floor = seconds("import httpx", repeat)
    return [
        Row(SECTION, "import httpx", floor, "s"),
        Row(
            SECTION,
            "import lightfield_opportunities",
            seconds("import lightfield_opportunities", repeat),
            "s",
            floor,
            "exports load on first use",
        ),
        Row(
            SECTION,
            "from lightfield_opportunities import Lightfield",
            seconds("from lightfield_opportunities import Lightfield", repeat),
            "s",
            floor,
            "the client and its models",
        ),
        Row(SECTION, "import lightfield (official SDK)", seconds("import lightfield", repeat), "s", floor),
        Row(
            SECTION,
            "from lightfield import Lightfield",
            seconds("from lightfield import Lightfield", repeat),
            "s",
            floor,
        ),
    ]
