"""The record, its field and relationship maps, and the open enums of the definitions."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import pytest
from lightfield_opportunities import (
    UNSET,
    Cardinality,
    FieldEntry,
    FieldValueType,
    HandleService,
    Opportunity,
    OpportunityDefinitions,
    OpportunityList,
    Relationship,
)

from tests.samples import record


def test_record_attributes_use_snake_case() -> None:
    opportunity = Opportunity.from_dict(record())
    assert opportunity.id == "opp_123"
    assert opportunity.created_at == datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.UTC)
    assert opportunity.updated_at is not None and opportunity.updated_at.utcoffset() == datetime.timedelta(hours=1)
    assert opportunity.http_link == "https://app.lightfield.app/opportunity/opp_123"
    assert opportunity.external_id is None


def test_absent_external_id_is_unset_and_stays_absent() -> None:
    raw = record()
    del raw["externalId"]
    opportunity = Opportunity.from_dict(raw)
    assert opportunity.external_id is UNSET
    assert "externalId" not in opportunity.to_dict()


def test_null_updated_at_is_none() -> None:
    assert Opportunity.from_dict(record(updatedAt=None)).updated_at is None


def test_round_trip_keeps_timestamps_and_unknown_keys_exactly() -> None:
    raw = record(createdAt="2026-03-01T09:30:00.000000Z", somethingNew={"nested": [1, 2.5, None]})
    raw["fields"]["f_text"]["extra"] = "kept"
    opportunity = Opportunity.from_dict(raw)
    assert opportunity.to_dict() == raw
    assert opportunity.to_dict()["createdAt"] == "2026-03-01T09:30:00.000000Z"
    assert opportunity.additional_properties == {"somethingNew": {"nested": [1, 2.5, None]}}
    assert opportunity["somethingNew"] == {"nested": [1, 2.5, None]}
    assert opportunity.fields["f_text"].additional_properties == {"extra": "kept"}


def test_to_dict_is_a_copy_that_cannot_change_the_record() -> None:
    opportunity = Opportunity.from_dict(record())
    out = opportunity.to_dict()
    out["fields"]["f_text"]["value"] = "changed"
    out["relationships"]["$account"]["values"].append("acc_2")
    assert opportunity.fields["f_text"].value == "Acme renewal"
    assert opportunity.relationships["$account"].values == ["acc_1"]


def test_fields_behave_as_a_read_only_mapping() -> None:
    fields = Opportunity.from_dict(record()).fields
    assert isinstance(fields, Mapping)
    assert len(fields) == 14
    assert "f_text" in fields and "nope" not in fields
    assert fields.get("nope") is None
    assert isinstance(fields.get("f_text"), FieldEntry)
    assert list(fields)[0] == "f_address"
    assert dict(fields.items())["f_checkbox"].value is True
    assert [entry.value_type for entry in fields.values()][:2] == [FieldValueType.ADDRESS, FieldValueType.CHECKBOX]
    with pytest.raises(KeyError):
        _ = fields["nope"]
    with pytest.raises(TypeError):
        fields["x"] = fields["f_text"]  # type: ignore[index]


def test_relationships_behave_as_a_read_only_mapping() -> None:
    relationships = Opportunity.from_dict(record()).relationships
    assert isinstance(relationships, Mapping)
    assert len(relationships) == 2 and set(relationships) == {"$account", "$champion"}
    champion = relationships["$champion"]
    assert isinstance(champion, Relationship)
    assert (champion.cardinality, champion.object_type, champion.values) == ("HAS_MANY", "contact", ["con_1", "con_2"])
    assert relationships.get("$owner") is None


def test_entries_are_frozen() -> None:
    entry = Opportunity.from_dict(record()).fields["f_text"]
    with pytest.raises(AttributeError):
        entry.raw_value = "x"  # type: ignore[misc]


def test_records_compare_by_content() -> None:
    assert Opportunity.from_dict(record()) == Opportunity.from_dict(record())
    assert Opportunity.from_dict(record()) != Opportunity.from_dict(record(id="opp_2"))


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"id": 5}, "id"),
        ({"createdAt": None}, "createdAt"),
        ({"updatedAt": 3}, "updatedAt"),
        ({"httpLink": ["x"]}, "httpLink"),
        ({"externalId": 1}, "externalId"),
        ({"fields": []}, "fields"),
        ({"relationships": "none"}, "relationships"),
    ],
)
def test_wrong_outline_is_refused_when_the_record_is_built(change: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        Opportunity.from_dict(record(**change))


def test_missing_required_key_is_refused() -> None:
    raw = record()
    del raw["httpLink"]
    with pytest.raises(ValueError, match="httpLink"):
        Opportunity.from_dict(raw)


def test_malformed_relationship_is_refused_when_read() -> None:
    raw = record()
    raw["relationships"]["$account"] = {"cardinality": "HAS_ONE", "values": "acc_1"}
    opportunity = Opportunity.from_dict(raw)
    with pytest.raises(ValueError, match=r"\$account"):
        _ = opportunity.relationships


def test_list_page_with_an_unknown_value_type_still_parses() -> None:
    raw = record({"body": {"value": "<b>x</b>", "valueType": "HTML"}})
    page = OpportunityList.from_dict({"object": "list", "data": [raw, record(id="opp_2")], "totalCount": 2})
    assert page.total_count == 2
    assert [item.id for item in page.data] == ["opp_123", "opp_2"]
    assert page.to_dict()["data"][0] == raw


def definitions(**overrides: Any) -> dict[str, Any]:
    field: dict[str, Any] = {
        "label": "Body",
        "description": None,
        "valueType": "HTML",
        "typeConfiguration": {"handleService": "MASTODON", "options": [{"id": "opt_1", "label": "One"}]},
    }
    field.update(overrides)
    return {
        "objectType": "opportunity",
        "fieldDefinitions": {"body": field},
        "relationshipDefinitions": {
            "$x": {"label": "X", "description": None, "cardinality": "HAS_SOME", "objectType": "thing"},
        },
    }


def test_definitions_keep_enum_values_they_do_not_know() -> None:
    parsed = OpportunityDefinitions.from_dict(definitions())
    body = parsed.field_definitions["body"]
    assert body.value_type == "HTML" and not body.value_type.is_known
    assert isinstance(body.value_type, FieldValueType)
    handle = body.type_configuration.handle_service
    assert isinstance(handle, HandleService) and handle == "MASTODON" and not handle.is_known
    cardinality = parsed.relationship_definitions["$x"].cardinality
    assert isinstance(cardinality, Cardinality) and cardinality == "HAS_SOME" and not cardinality.is_known
    assert parsed.to_dict() == definitions()


def test_known_enum_values_are_the_members() -> None:
    assert FieldValueType("TEXT") is FieldValueType.TEXT and FieldValueType.TEXT.is_known
    assert FieldValueType("HTML") is FieldValueType("HTML")
