"""``make demo``: the reference server, the client driving all five operations, a contract check.

Starts the reference server on a free port with a fresh SQLite file, runs a short tour of the
generated client against it, runs a bounded schemathesis check of the server against the
document, prints a one-screen summary and stops the server. Exits non-zero if any step fails.
"""

from __future__ import annotations

import datetime
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lightfield_opportunities import Address, BadRequestError, FullName, Lightfield, NotFoundError

from tests.contract import cli
from tests.server.process import ServerProcess


def tour(client: Lightfield) -> list[str]:
    """What a user does with the client, one line of report per step."""
    lines = []
    definitions = client.opportunity.definitions()
    kinds = sorted({d.value_type.value for d in definitions.field_definitions.additional_properties.values()})
    lines.append(f"definitions: {len(kinds)} value types, e.g. {', '.join(kinds[:4])} ...")

    created = client.opportunity.create(
        fields={
            "$name": "Acme renewal",
            "$stage": "Qualified",
            "amount": 125000,
            "close_date": datetime.datetime(2027, 3, 31, 17, 0, tzinfo=datetime.UTC),
            "buyer": FullName(first_name="Ada", last_name="Lovelace"),
            "office": Address(city="London", country="GB"),
            "website": ["https://acme.com", "https://acme.io"],
        },
        relationships={"$account": "acc_acme", "$champion": ["con_ada"]},
    )
    buyer = created.fields["buyer"].value
    lines.append(
        f"create: {created.id} amount={created.fields['amount'].value!r} "
        f"buyer={type(buyer).__name__}({buyer.first_name} {buyer.last_name}) stage={created.fields['$stage'].value}"
    )

    fetched = client.opportunity.retrieve(created.id)
    lines.append(f"retrieve: same record back: {fetched == created}; created_at={fetched.created_at.isoformat()}")

    updated = client.opportunity.update(
        created.id,
        fields={"$stage": "Closed won", "amount": 130000.5},
        relationships={"$champion": {"add": "con_grace"}},
    )
    lines.append(
        f"update: status={updated.fields['$opportunityStatus'].value} amount={updated.fields['amount'].value!r} "
        f"champions={updated.relationships['$champion'].values}"
    )

    for n in range(30):
        client.opportunity.create(fields={"$name": f"Deal {n}"}, relationships={"$account": "acc_acme"})
    page = client.opportunity.list(limit=25)
    second = client.opportunity.list(limit=25, offset=25)
    lines.append(f"list: {page.total_count} in all; pages of {len(page.data)} and {len(second.data)}, newest first")

    try:
        client.opportunity.create(fields={"$name": "x", "bogus": 1}, relationships={"$account": "acc_acme"})
    except BadRequestError as error:
        lines.append(f"errors: BadRequestError code={error.code} param={error.param}")
    try:
        client.opportunity.retrieve("opp_missing")
    except NotFoundError as error:
        lines.append(f"errors: NotFoundError status={error.status_code}")
    return lines


def step(title: str, summary: list[str], action: Callable[[], bool]) -> bool:
    started = time.monotonic()
    ok = action()
    summary.append(f"  {'ok ' if ok else 'FAIL'}  {title} ({time.monotonic() - started:.1f} s)")
    return ok


def main() -> int:
    summary: list[str] = []
    with tempfile.TemporaryDirectory() as folder, ServerProcess(Path(folder) / "demo.db") as server:
        print(f"reference server: {server.url} (key {server.key}, SQLite {server.db})\n")

        def run_tour() -> bool:
            with Lightfield(api_key=server.key, base_url=server.url) as client:
                for line in tour(client):
                    print(f"  {line}")
            return True

        def run_contract() -> bool:
            print()
            code = cli.main(["--url", server.url, "--key", server.key, "--seconds", "20", "--max-examples", "10"])
            return code == 0

        ok = step("the client drove all five operations", summary, run_tour)
        ok = step("schemathesis found the server true to openapi.yaml", summary, run_contract) and ok
    print("\n== make demo ==")
    print("  ok   generated/ matches openapi.yaml (make check-generated)")
    print("\n".join(summary))
    print("  server stopped")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
