"""Check any server against openapi.yaml with schemathesis' CLI: ``make contract URL=... KEY=...``.

The run is bounded in time, writes a JUnit report under reports/, and fails on any check that
fails, including a key the server refuses. Against a host other than this machine it tests only
the read operations unless ``--allow-writes`` is given: a contract run must never write into
someone's real CRM by surprise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from tests.contract.documents import contract_document, fetch_definitions

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "reports"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def allows_writes(url: str, allow_writes: bool) -> tuple[bool, str]:
    """Whether a run against ``url`` may create and update, and the line that says so."""
    host = urlsplit(url).hostname or ""
    if host in LOCAL_HOSTS:
        return True, f"contract: {url}: all five operations"
    if allow_writes:
        return True, f"contract: {url}: all five operations (writes allowed by --allow-writes)"
    return (
        False,
        f"contract: {url} is not this machine: read operations only (pass --allow-writes to create and update)",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make contract", description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True, help="the server's base URL, e.g. http://127.0.0.1:8000")
    parser.add_argument("--key", required=True, help="an API key the server accepts")
    parser.add_argument("--seconds", type=int, default=60, help="time budget of the whole run")
    parser.add_argument("--max-examples", type=int, default=30, help="examples per operation")
    parser.add_argument("--seed", type=int, default=None, help="schemathesis seed, to repeat a run exactly")
    parser.add_argument("--allow-writes", action="store_true", help="also create and update on a remote host")
    args = parser.parse_args(argv)

    url = args.url.rstrip("/")
    writes, plan = allows_writes(url, args.allow_writes)
    try:
        with httpx.Client(base_url=url, timeout=30) as http:
            definitions = fetch_definitions(http, args.key)
    except httpx.HTTPStatusError as error:
        print(f"contract: {url} refused the definitions request with {error.response.status_code}", file=sys.stderr)
        if error.response.status_code == 401:
            print("contract: the key was not accepted; no run without a valid key", file=sys.stderr)
        return 1
    except httpx.TransportError as error:
        print(f"contract: cannot reach {url}: {error}", file=sys.stderr)
        return 1

    REPORTS.mkdir(exist_ok=True)
    document = REPORTS / "contract-openapi.json"
    document.write_text(json.dumps(contract_document(definitions), indent=1), encoding="utf-8")
    print(plan)

    command = [
        sys.executable, "-m", "schemathesis.cli", "run", str(document),
        "--url", url,
        "--header", f"Authorization: Bearer {args.key}",
        "--checks", "all",
        "--mode", "all",
        "--max-examples", str(args.max_examples),
        "--max-time", str(args.seconds),
        "--report", "junit",
        "--report-junit-path", str(REPORTS / "contract-junit.xml"),
        "--no-color",
    ]  # fmt: skip
    if not writes:
        command += ["--include-method", "GET"]
    if args.seed is not None:
        command += ["--seed", str(args.seed), "--generation-deterministic"]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.contract.hooks", "PYTHONPATH": str(ROOT)}
    try:
        # The budget is schemathesis' own --max-time; the timeout is a backstop for a hung server.
        result = subprocess.run(command, cwd=ROOT, env=env, timeout=args.seconds + 120, check=False)
    except subprocess.TimeoutExpired:
        print(f"contract: the run overran its {args.seconds} s budget and was stopped", file=sys.stderr)
        return 1
    print(f"contract: JUnit report in {REPORTS / 'contract-junit.xml'}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
