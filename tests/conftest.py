"""Fixtures shared by every layer: the reference server as a real process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lightfield_opportunities import Lightfield

from tests.server.process import ServerProcess


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One reference server for the session, on a free port with a fresh SQLite file."""
    db: Path = tmp_path_factory.mktemp("server") / "opportunities.db"
    with ServerProcess(db) as running:
        yield running


@pytest.fixture
def live(server: ServerProcess) -> Iterator[ServerProcess]:
    """The session's server, emptied and with no faults scripted, for a test that needs a clean store."""
    server.control("reset")
    server.control(
        "faults",
        {
            "latency": 0,
            "fail_rate": 0,
            "drop_rate": 0,
            "fail_before": 0,
            "fail_after": 0,
            "drop_before": 0,
            "drop_after": 0,
            "rate_limit": 1_000_000,
        },
    )
    yield server


@pytest.fixture
def lightfield(live: ServerProcess) -> Iterator[Lightfield]:
    with Lightfield(api_key=live.key, base_url=live.url) as client:
        yield client
