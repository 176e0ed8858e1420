"""The reference server's store: opportunities, unique values and idempotency keys in SQLite.

Every write is one transaction, so a server killed mid-write restarts on the same file with each
write either wholly there or wholly absent (WAL mode). An idempotency key is marked done, with
the answer to replay, in the same transaction as the write it guards: a repeat after a lost
answer replays it instead of writing again.
"""

from __future__ import annotations

import datetime
import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.server import catalogue
from tests.server.validation import Problem

IDEMPOTENCY_TTL = 24 * 3600

SCHEMA = """
CREATE TABLE IF NOT EXISTS opportunities (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT,
    fields TEXT NOT NULL,
    relationships TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS unique_values (
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    opportunity TEXT NOT NULL,
    PRIMARY KEY (field, value)
);
CREATE TABLE IF NOT EXISTS idempotency (
    operation TEXT NOT NULL,
    key TEXT NOT NULL,
    state TEXT NOT NULL,
    status INTEGER,
    body TEXT,
    created REAL NOT NULL,
    PRIMARY KEY (operation, key)
);
"""

UNIQUE_FIELDS = tuple(key for key, spec in catalogue.FIELDS.items() if spec["typeConfiguration"].get("unique"))


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Store:
    """Opportunities in one SQLite file. Safe to share between threads: one connection, one lock."""

    def __init__(self, path: str | Path, *, broken: bool = False) -> None:
        self._broken = broken
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def reset(self) -> None:
        with self._transaction() as db:
            for table in ("opportunities", "unique_values", "idempotency"):
                db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names

    # Records -----------------------------------------------------------------------------------

    def create(
        self, fields: dict[str, Any], relationships: dict[str, list[str]], *, idempotency: tuple[str, str] | None
    ) -> dict[str, Any]:
        opportunity_id = "opp_" + secrets.token_hex(12)
        stored = {key: value for key, value in fields.items() if value is not None}
        with self._transaction() as db:
            self._claim_unique(db, opportunity_id, stored)
            row = (opportunity_id, _now(), None, json.dumps(stored), json.dumps(relationships))
            db.execute(
                "INSERT INTO opportunities (id, created_at, updated_at, fields, relationships) VALUES (?, ?, ?, ?, ?)",
                row,
            )
            record = self._record(row)
            self._finish_key(db, idempotency, 200, record)
        return record

    def update(
        self,
        opportunity_id: str,
        fields: dict[str, Any],
        relationships_for: Callable[[dict[str, list[str]]], dict[str, list[str]]],
        *,
        idempotency: tuple[str, str] | None,
    ) -> dict[str, Any]:
        """Merge ``fields`` (None clears) and the relationships that ``relationships_for`` computes
        from the current ones, inside the transaction, so parallel updates lose nothing."""
        with self._transaction() as db:
            found = db.execute(
                "SELECT id, created_at, updated_at, fields, relationships FROM opportunities WHERE id = ?",
                (opportunity_id,),
            ).fetchone()
            if found is None:
                raise Problem(404, "not_found", f"no opportunity has the id {opportunity_id!r}")
            stored = json.loads(found[3])
            stored.update(fields)
            stored = {key: value for key, value in stored.items() if value is not None}
            links = json.loads(found[4])
            links.update(relationships_for(links))
            db.execute("DELETE FROM unique_values WHERE opportunity = ?", (opportunity_id,))
            self._claim_unique(db, opportunity_id, stored)
            row = (opportunity_id, found[1], _now(), json.dumps(stored), json.dumps(links))
            db.execute(
                "UPDATE opportunities SET updated_at = ?, fields = ?, relationships = ? WHERE id = ?",
                (row[2], row[3], row[4], opportunity_id),
            )
            record = self._record(row)
            self._finish_key(db, idempotency, 200, record)
        return record

    def relationships_of(self, opportunity_id: str) -> dict[str, list[str]] | None:
        with self._lock:
            found = self._db.execute(
                "SELECT relationships FROM opportunities WHERE id = ?", (opportunity_id,)
            ).fetchone()
        return None if found is None else dict(json.loads(found[0]))

    def retrieve(self, opportunity_id: str) -> dict[str, Any] | None:
        with self._lock:
            found = self._db.execute(
                "SELECT id, created_at, updated_at, fields, relationships FROM opportunities WHERE id = ?",
                (opportunity_id,),
            ).fetchone()
        return None if found is None else self._record(found)

    def page(self, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        """Newest first; ties in created_at are broken by insertion order, newest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, created_at, updated_at, fields, relationships FROM opportunities "
                "ORDER BY seq DESC LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
            total = self._db.execute("SELECT COUNT(*) FROM opportunities").fetchone()[0]
        return [self._record(row) for row in rows], int(total)

    def _claim_unique(self, db: sqlite3.Connection, opportunity_id: str, stored: dict[str, Any]) -> None:
        for key in UNIQUE_FIELDS:
            if key not in stored:
                continue
            try:
                db.execute(
                    "INSERT INTO unique_values (field, value, opportunity) VALUES (?, ?, ?)",
                    (key, json.dumps(stored[key]), opportunity_id),
                )
            except sqlite3.IntegrityError:
                raise Problem(
                    409,
                    "conflict",
                    f"another opportunity already has this {key}",
                    code="unique_violation",
                    param=f"fields.{key}",
                ) from None

    def _record(self, row: tuple[Any, ...]) -> dict[str, Any]:
        opportunity_id, created_at, updated_at, fields_json, relationships_json = row
        stored = json.loads(fields_json)
        stored["$opportunityStatus"] = catalogue.status_for_stage(stored.get("$stage"))
        links = json.loads(relationships_json)
        record = {
            "id": opportunity_id,
            "createdAt": created_at,
            "updatedAt": updated_at,
            "httpLink": f"https://app.lightfield.app/opportunities/{opportunity_id}",
            "externalId": None,
            "fields": {
                key: {"value": stored.get(key), "valueType": spec["valueType"]}
                for key, spec in catalogue.FIELDS.items()
            },
            "relationships": {
                key: {
                    "cardinality": spec["cardinality"],
                    "objectType": spec["objectType"],
                    "values": links.get(key, []),
                }
                for key, spec in catalogue.RELATIONSHIPS.items()
            },
        }
        if self._broken:
            del record["httpLink"]
        return record

    # Idempotency -------------------------------------------------------------------------------

    def claim_key(self, operation: str, key: str) -> tuple[int, dict[str, Any]] | None:
        """Claim a key for a write about to run. Returns the stored answer to replay if the key is
        done; raises 409 idempotency_conflict if a write with it is still running."""
        with self._transaction() as db:
            db.execute("DELETE FROM idempotency WHERE created < ?", (time.time() - IDEMPOTENCY_TTL,))
            found = db.execute(
                "SELECT state, status, body FROM idempotency WHERE operation = ? AND key = ?", (operation, key)
            ).fetchone()
            if found is not None:
                state, status, body = found
                if state == "done":
                    return int(status), json.loads(body)
                raise Problem(
                    409,
                    "conflict",
                    "a request with this Idempotency-Key is still running",
                    code="idempotency_conflict",
                )
            db.execute(
                "INSERT INTO idempotency (operation, key, state, created) VALUES (?, ?, 'running', ?)",
                (operation, key, time.time()),
            )
        return None

    def release_key(self, operation: str, key: str) -> None:
        """Forget a key whose write failed, so that a repeat runs again."""
        with self._transaction() as db:
            db.execute(
                "DELETE FROM idempotency WHERE operation = ? AND key = ? AND state = 'running'", (operation, key)
            )

    @staticmethod
    def _finish_key(
        db: sqlite3.Connection, idempotency: tuple[str, str] | None, status: int, body: dict[str, Any]
    ) -> None:
        if idempotency is not None:
            db.execute(
                "UPDATE idempotency SET state = 'done', status = ?, body = ? WHERE operation = ? AND key = ?",
                (status, json.dumps(body), *idempotency),
            )
