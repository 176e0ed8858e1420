"""``python -m bench``: every section, one table, saved to reports/bench.md as well."""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

from lightfield_opportunities import Lightfield

from bench import imports, mock_list, paging, parse, server_calls
from bench.timing import Row, table
from tests.server.process import ServerProcess

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    args = parser.parse_args()
    scale = 4 if args.quick else 1
    rows: list[Row] = []
    print("1/5 parse", file=sys.stderr)
    rows += parse.run(number=200 // scale, repeat=9 // scale or 1)
    print("2/5 list() over MockTransport", file=sys.stderr)
    rows += mock_list.run(number=200 // scale, repeat=9 // scale or 1)
    print("3/5 list() against the reference server", file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder, ServerProcess(Path(folder) / "calls.db") as server:
        client = Lightfield(api_key=server.key, base_url=server.url)
        for n in range(25):
            client.opportunity.create(fields={"$name": f"deal {n}", "amount": n}, relationships={"$account": "acc_1"})
        rows += server_calls.run(server, repeat=1 if args.quick else 3)
    print("4/5 import", file=sys.stderr)
    rows += imports.run(repeat=5 if args.quick else 15)
    print("5/5 list every record", file=sys.stderr)
    rows += paging.run(repeat=1 if args.quick else 3)
    report = f"Machine: {machine()}\n\n{table(rows)}\n"
    print(report)
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "bench.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
