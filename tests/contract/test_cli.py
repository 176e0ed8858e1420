"""`make contract` (tests/contract/cli.py) against real server processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from tests.contract.cli import allows_writes
from tests.server.process import ROOT, ServerProcess


def contract(url: str, key: str, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tests.contract.cli", "--url", url, "--key", key, "--seconds", "10"]
    # A fixed seed: CI must not pass or fail by the luck of the draw (`make contract` draws anew).
    command += ["--max-examples", "5", "--seed", "20261203", *extra]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_contract_run_against_the_reference_server_passes(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "ok.db") as server:
        result = contract(server.url, server.key)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "all five operations" in result.stdout
    assert (ROOT / "reports" / "contract-junit.xml").exists()


def test_contract_run_against_a_server_that_breaks_the_document_fails(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "broken.db", extra=["--broken"]) as server:
        result = contract(server.url, server.key)
    assert result.returncode != 0
    assert "httpLink" in result.stdout, result.stdout[-4000:] + result.stderr[-4000:]


def test_contract_run_with_a_wrong_key_fails_before_testing(tmp_path: Path) -> None:
    with ServerProcess(tmp_path / "key.db") as server:
        result = contract(server.url, "sk_wrong")
    assert result.returncode == 1
    assert "key was not accepted" in result.stderr


def test_a_remote_host_gets_read_operations_only_unless_writes_are_allowed() -> None:
    writes, message = allows_writes("https://api.lightfield.app", allow_writes=False)
    assert not writes and "read operations only" in message
    assert allows_writes("https://api.lightfield.app", allow_writes=True)[0]
    assert allows_writes("http://127.0.0.1:8000", allow_writes=False)[0]
    assert allows_writes("http://localhost:8000", allow_writes=False)[0]


def test_a_host_that_is_not_localhost_gets_read_operations_only(tmp_path: Path) -> None:
    # 127.0.0.2 is this machine's loopback too, but not a name the run treats as local.
    with ServerProcess(tmp_path / "remote.db", host="127.0.0.2") as server:
        result = contract(server.url, server.key)
        after = httpx.get(
            f"{server.url}/v1/opportunities",
            headers={"Authorization": f"Bearer {server.key}", "Lightfield-Version": "2026-03-01"},
        )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "read operations only" in result.stdout
    assert after.json()["totalCount"] == 0  # nothing was created
