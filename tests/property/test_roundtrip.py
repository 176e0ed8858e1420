"""Property tests on records drawn from openapi.yaml's own schemas."""

from __future__ import annotations

import datetime
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lightfield_opportunities import (
    Address,
    FieldEntry,
    FieldValueError,
    FullName,
    Opportunity,
    OpportunityList,
    UnknownValue,
)

from tests.document import load_document
from tests.property.schema_strategy import JSON, SchemaStrategies

DOCUMENT = load_document()
SCHEMAS = SchemaStrategies(DOCUMENT)
KINDS = DOCUMENT["components"]["schemas"]["FieldValueType"]["enum"]
# valueType as any string: the kinds of the document and kinds it does not know yet.
OPEN_KINDS = SchemaStrategies(DOCUMENT, {"FieldValueType": st.sampled_from(KINDS) | st.text(min_size=1, max_size=10)})
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

EXPECTED_TYPES: dict[str, tuple[type, ...]] = {
    "ADDRESS": (Address,),
    "FULL_NAME": (FullName,),
    "CHECKBOX": (bool,),
    "NUMBER": (int, float),
    "CURRENCY": (int, float),
    "DATETIME": (datetime.datetime,),
    "MULTI_SELECT": (list,),
    "EMAIL": (str, list),
    "URL": (str, list),
    "TELEPHONE": (str, list),
    "TEXT": (str,),
    "MARKDOWN": (str,),
    "SINGLE_SELECT": (str,),
    "SOCIAL_HANDLE": (str,),
}


def through_json(value: Any) -> Any:
    """What the client really receives: the JSON text, decoded."""
    return json.loads(json.dumps(value))


@SETTINGS
@given(OPEN_KINDS.named("Opportunity").map(through_json))
def test_record_round_trips_exactly(raw: dict[str, Any]) -> None:
    assert Opportunity.from_dict(raw).to_dict() == raw


@SETTINGS
@given(SCHEMAS.named("OpportunityList").map(through_json))
def test_list_page_round_trips_exactly(raw: dict[str, Any]) -> None:
    assert OpportunityList.from_dict(raw).to_dict() == raw


@SETTINGS
@given(OPEN_KINDS.named("Opportunity").map(through_json))
def test_every_field_reads_as_its_kind_or_raises_field_value_error(raw: dict[str, Any]) -> None:
    record = Opportunity.from_dict(raw)
    for key, entry in record.fields.items():
        try:
            value = entry.value
        except FieldValueError as error:
            assert (error.key, error.record_id) == (key, raw["id"])
            continue
        kind = raw["fields"][key]["valueType"]
        assert (value is None) == (raw["fields"][key]["value"] is None)
        if value is None:
            continue
        if kind in EXPECTED_TYPES:
            assert isinstance(value, EXPECTED_TYPES[kind]) and not (
                isinstance(value, bool) and kind in ("NUMBER", "CURRENCY")
            )
        else:
            assert value == UnknownValue(kind, raw["fields"][key]["value"])
    assert record.to_dict() == raw  # reading changed nothing


@SETTINGS
@given(st.sampled_from(KINDS), JSON)
def test_any_json_value_under_any_kind_reads_or_raises_typed(kind: str, value: Any) -> None:
    entry = FieldEntry.from_dict({"value": value, "valueType": kind}, record_id="opp_1", key="k")
    try:
        _ = entry.value
    except FieldValueError as error:
        assert error.value == value and error.value_type == kind
    assert entry.to_dict() == {"value": value, "valueType": kind}


@SETTINGS
@given(st.integers(-(2**53), 2**53), st.sampled_from(["NUMBER", "CURRENCY"]))
def test_integers_stay_integers(number: int, kind: str) -> None:
    value = FieldEntry.from_dict(through_json({"value": number, "valueType": kind})).value
    assert type(value) is int and value == number
