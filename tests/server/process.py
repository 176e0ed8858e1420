"""Start the reference server as a real process on a free port of 127.0.0.1, and stop it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

import httpx

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ServerProcess:
    """``with ServerProcess(db) as server:`` runs ``python -m tests.server`` until the block ends.

    ``server.url`` and ``server.key`` are what a client needs; ``kill()`` stops it at once (SIGKILL),
    as a crash would, and ``start()`` brings it back on the same port and file.
    """

    def __init__(
        self, db: str | Path, *, key: str = "sk_test_local", extra: list[str] | None = None, host: str = "127.0.0.1"
    ) -> None:
        self.db = str(db)
        self.key = key
        self.host = host
        self.port = free_port()
        self.url = f"http://{host}:{self.port}"
        self.extra = extra or []
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> ServerProcess:
        command = [
            sys.executable,
            "-m",
            "tests.server",
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--key",
            self.key,
        ]
        command += ["--db", self.db, "--quiet", *self.extra]
        self._process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ}
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"the reference server exited with {self._process.returncode}")
            try:
                httpx.get(f"{self.url}/v1/opportunities", timeout=0.5)
                return self
            except httpx.TransportError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("the reference server did not start within 20 s")

    def control(self, path: str, body: dict[str, object] | None = None) -> None:
        """Call a /_control route: ``reset`` or ``faults``."""
        response = httpx.post(
            f"{self.url}/_control/{path}", json=body or {}, headers={"Authorization": f"Bearer {self.key}"}
        )
        response.raise_for_status()

    def kill(self) -> None:
        if self._process is not None:
            self._process.send_signal(signal.SIGKILL)
            self._process.wait()

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()
