"""Run the reference server: python -m tests.server --port 8000 --key sk_test --db path.db"""

from __future__ import annotations

import argparse
from pathlib import Path

import uvicorn

from tests.server.app import Settings, create_app
from tests.server.limits import OFF


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--key", default="sk_test_local", help="the API key clients must send")
    parser.add_argument("--db", default="reports/serve.db", help="the SQLite file (created if missing)")
    parser.add_argument("--realistic", action="store_true", help="rate-limit at 25 requests/second/category")
    parser.add_argument("--rate-limit", type=int, default=None, help="requests/second/category (default: off)")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="added to every request")
    parser.add_argument("--fail-rate", type=float, default=0.0, help="share of requests answered 503")
    parser.add_argument("--drop-rate", type=float, default=0.0, help="share of requests whose connection drops")
    parser.add_argument("--broken", action="store_true", help="leave httpLink out of records (breaks the document)")
    parser.add_argument("--quiet", action="store_true", help="no access log")
    args = parser.parse_args()

    if args.db != ":memory:":
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    limit = args.rate_limit if args.rate_limit is not None else (25 if args.realistic else OFF)
    settings = Settings(
        key=args.key,
        db=args.db,
        rate_limit=limit,
        latency=args.latency_ms / 1000,
        fail_rate=args.fail_rate,
        drop_rate=args.drop_rate,
        broken=args.broken,
    )
    print(f"reference server on http://{args.host}:{args.port}  key={args.key}  db={args.db}", flush=True)
    uvicorn.run(
        create_app(settings),
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=not args.quiet,
    )


if __name__ == "__main__":
    main()
