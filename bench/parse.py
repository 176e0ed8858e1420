"""1. Parsing one list page of 25 records x 30 fields."""

from __future__ import annotations

import json
from typing import Any

from lightfield._models import construct_type
from lightfield.types import OpportunityListResponse
from lightfield_opportunities import Address, FullName, OpportunityList

from bench.payload import page_bytes
from bench.timing import Row, per_call

SECTION = "1. parse a 25x30 page (~74 KB)"


def ours(raw: bytes) -> OpportunityList:
    return OpportunityList.from_dict(json.loads(raw))


def ours_reading_everything(raw: bytes) -> OpportunityList:
    page = ours(raw)
    for record in page.data:
        _ = (record.created_at, record.updated_at)
        for entry in record.fields.values():
            _ = entry.value
        for relationship in record.relationships.values():
            _ = relationship.values
    return page


def official_default(raw: bytes) -> Any:
    # What the official client does with a 200 unless strict validation is on.
    return construct_type(type_=OpportunityListResponse, value=json.loads(raw))


def official_validate(raw: bytes) -> Any:
    return OpportunityListResponse.model_validate_json(raw)


def check(raw: bytes) -> None:
    """Every contender reads the same page right before any is timed."""
    expected = json.loads(raw)
    page = ours_reading_everything(raw)
    assert page.total_count == expected["totalCount"] and len(page.data) == 25
    buyer = page.data[3].fields["buyer"].value
    assert isinstance(buyer, FullName) and buyer.last_name == "Lovelace 3"
    assert isinstance(page.data[0].fields["office"].value, Address)
    assert type(page.data[0].fields["amount"].value) is int
    assert page.to_dict() == expected
    for official in (official_default(raw), official_validate(raw)):
        assert official.total_count == expected["totalCount"] and len(official.data) == 25
        assert official.data[3].id == expected["data"][3]["id"]
        assert official.data[3].fields["buyer"].value is not None


def run(number: int = 200, repeat: int = 9) -> list[Row]:
    raw = page_bytes()
    check(raw)
    floor = per_call(lambda: json.loads(raw), number=number, repeat=repeat)
    rows = [Row(SECTION, "json.loads", floor, "s")]
    for name, action, note in (
        ("lightfield_opportunities", lambda: ours(raw), "lazy: parts are read on access"),
        ("lightfield_opportunities, every value read", lambda: ours_reading_everything(raw), "all 750 values typed"),
        ("lightfield SDK (default: construct_type)", lambda: official_default(raw), ""),
        ("lightfield SDK (model_validate_json)", lambda: official_validate(raw), ""),
    ):
        rows.append(Row(SECTION, name, per_call(action, number=number, repeat=repeat), "s", floor, note))
    return rows
