"""The field-value union: every valueType, null, int vs float, unknown kinds, mismatched shapes."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from lightfield_opportunities import (
    Address,
    FieldEntry,
    FieldValueError,
    FieldValueType,
    FullName,
    Opportunity,
    UnknownValue,
)
from lightfield_opportunities.field_value import check, encode, encode_fields

from tests.samples import VALUES, record


def entry(kind: str, value: Any) -> FieldEntry:
    return FieldEntry.from_dict({"value": value, "valueType": kind}, record_id="opp_1", key="k")


def test_every_kind_of_the_document_has_a_sample() -> None:
    assert set(VALUES) == {member.value for member in FieldValueType}


def test_address_is_read_as_address() -> None:
    value = entry("ADDRESS", VALUES["ADDRESS"]).value
    assert isinstance(value, Address)
    assert (value.city, value.street, value.latitude, value.longitude) == ("Springfield", "1 Main St", 39.8, -89)


def test_full_name_is_not_parsed_as_address() -> None:
    value = entry("FULL_NAME", {"firstName": "Ada", "lastName": "Lovelace"}).value
    assert isinstance(value, FullName)
    assert (value.first_name, value.last_name) == ("Ada", "Lovelace")


def test_empty_object_follows_its_kind() -> None:
    assert isinstance(entry("FULL_NAME", {}).value, FullName)
    assert isinstance(entry("ADDRESS", {}).value, Address)


def test_checkbox_is_bool() -> None:
    assert entry("CHECKBOX", False).value is False


@pytest.mark.parametrize("kind", ["NUMBER", "CURRENCY"])
def test_integer_stays_int_and_decimal_stays_float(kind: str) -> None:
    whole = entry(kind, 9007199254740991).value
    assert type(whole) is int and whole == 9007199254740991
    decimal = entry(kind, 12.5).value
    assert type(decimal) is float and decimal == 12.5
    assert type(entry(kind, 3.0).value) is float


def test_datetime_is_timezone_aware_and_exact() -> None:
    value = entry("DATETIME", "2026-03-01T09:30:00.123+05:30").value
    assert value == datetime.datetime(
        2026, 3, 1, 9, 30, 0, 123000, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))
    )
    assert value.utcoffset() == datetime.timedelta(hours=5, minutes=30)


def test_datetime_with_z_is_utc() -> None:
    assert entry("DATETIME", "2026-03-01T09:30:00Z").value.tzinfo is not None


def test_datetime_without_offset_is_read_as_utc() -> None:
    assert entry("DATETIME", "2026-03-01T09:30:00").value == datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.UTC)


def test_multi_select_is_list_of_str() -> None:
    assert entry("MULTI_SELECT", ["opt_a", "opt_b"]).value == ["opt_a", "opt_b"]


@pytest.mark.parametrize("kind", ["EMAIL", "URL", "TELEPHONE"])
def test_multi_valued_contact_fields_keep_their_list(kind: str) -> None:
    assert entry(kind, ["a", "b"]).value == ["a", "b"]
    assert entry(kind, "a").value == "a"


@pytest.mark.parametrize("kind", ["TEXT", "MARKDOWN", "SINGLE_SELECT", "SOCIAL_HANDLE"])
def test_text_like_kinds_are_str(kind: str) -> None:
    assert entry(kind, "hello").value == "hello"


@pytest.mark.parametrize("kind", sorted(VALUES))
def test_null_is_none_for_every_kind(kind: str) -> None:
    assert entry(kind, None).value is None


def test_unknown_kind_keeps_its_raw_value_marked_unknown() -> None:
    html = entry("HTML", "<p>hi</p>")
    assert not html.is_known
    assert not html.value_type.is_known
    assert html.value_type == "HTML"
    assert html.value == UnknownValue("HTML", "<p>hi</p>")
    assert html.to_dict() == {"value": "<p>hi</p>", "valueType": "HTML"}


def test_unknown_kind_with_an_object_value_is_kept_too() -> None:
    raw = {"rich": [1, 2, {"x": None}]}
    assert entry("GEOJSON", raw).value == UnknownValue("GEOJSON", raw)


def test_null_under_an_unknown_kind_is_none_too() -> None:
    assert entry("HTML", None).value is None


def test_known_kind_is_marked_known() -> None:
    assert entry("TEXT", "x").is_known


MISMATCHES = [
    ("CHECKBOX", "yes"),
    ("CHECKBOX", 1),
    ("NUMBER", "12"),
    ("NUMBER", True),
    ("CURRENCY", [1]),
    ("DATETIME", 1700000000),
    ("DATETIME", "not a date"),
    ("MULTI_SELECT", "opt_a"),
    ("MULTI_SELECT", ["opt_a", 2]),
    ("EMAIL", 5),
    ("URL", ["https://a", None]),
    ("TEXT", 3),
    ("SINGLE_SELECT", ["opt"]),
    ("ADDRESS", "1 Main St"),
    ("ADDRESS", {"city": 12}),
    ("ADDRESS", {"latitude": "north"}),
    ("FULL_NAME", ["Ada"]),
    ("FULL_NAME", {"firstName": {"nested": True}}),
]


@pytest.mark.parametrize(("kind", "value"), MISMATCHES)
def test_mismatched_shape_raises_field_value_error_naming_everything(kind: str, value: Any) -> None:
    bad = entry(kind, value)  # building the entry does not fail
    with pytest.raises(FieldValueError) as caught:
        _ = bad.value
    error = caught.value
    assert (error.record_id, error.key, error.value_type, error.value) == ("opp_1", "k", kind, value)
    assert "opp_1" in str(error) and "'k'" in str(error) and kind in str(error)
    assert isinstance(error, ValueError)
    assert not check(FieldValueType(kind), value)


def test_bad_field_leaves_the_rest_of_the_record_readable() -> None:
    fields = {
        "good": {"value": "fine", "valueType": "TEXT"},
        "bad": {"value": "yes", "valueType": "CHECKBOX"},
    }
    opportunity = Opportunity.from_dict(record(fields))
    assert opportunity.fields["good"].value == "fine"
    with pytest.raises(FieldValueError):
        _ = opportunity.fields["bad"].value
    assert opportunity.to_dict()["fields"] == fields


@pytest.mark.parametrize(
    "raw",
    [{"valueType": "TEXT"}, {"value": 1}, {"value": 1, "valueType": 7}, "TEXT", None],
)
def test_malformed_entry_raises_field_value_error_when_read(raw: Any) -> None:
    opportunity = Opportunity.from_dict(record({"x": raw}))
    assert "x" in opportunity.fields and len(opportunity.fields) == 1
    with pytest.raises(FieldValueError) as caught:
        _ = opportunity.fields["x"]
    assert caught.value.key == "x" and caught.value.record_id == "opp_123"


def test_encode_plain_python_values() -> None:
    moment = datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.UTC)
    encoded = encode_fields(
        {
            "s": "x",
            "i": 3,
            "f": 2.5,
            "b": False,
            "l": ("a", "b"),
            "a": Address(city="Paris", country="FR"),
            "n": FullName(first_name="Ada"),
            "d": moment,
            "day": datetime.date(2026, 3, 1),
            "none": None,
        }
    )
    assert encoded == {
        "s": "x",
        "i": 3,
        "f": 2.5,
        "b": False,
        "l": ["a", "b"],
        "a": {"city": "Paris", "country": "FR"},
        "n": {"firstName": "Ada"},
        "d": "2026-03-01T09:30:00+00:00",
        "day": "2026-03-01",
        "none": None,
    }


def test_encode_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        encode(datetime.datetime(2026, 3, 1))


@pytest.mark.parametrize("value", [object(), {"a": 1}, [1, 2], b"bytes"])
def test_encode_refuses_what_the_api_cannot_take(value: object) -> None:
    with pytest.raises(TypeError, match="cannot send"):
        encode(value)
