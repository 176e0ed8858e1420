"""Every operation through Lightfield and AsyncLightfield against the reference server over a socket."""

from __future__ import annotations

import asyncio
import datetime
from typing import Any

import httpx
import pytest
from lightfield_opportunities import (
    Address,
    AsyncLightfield,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldValueType,
    FullName,
    Lightfield,
    NotFoundError,
    Opportunity,
    UnknownValue,
)

from tests.server.process import ServerProcess

MOMENT = datetime.datetime(2026, 3, 1, 9, 30, 15, 250000, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))

# One value of every valueType, as a caller writes it, and what reading it back gives.
WRITTEN: dict[str, Any] = {
    "$name": "Acme renewal",
    "$stage": "Qualified",  # a label: stored as its option id
    "office": Address(street="1 Main St", city="Springfield", country="US", latitude=39.8, longitude=-89.6),
    "priority": True,
    "amount": 125000,
    "close_date": MOMENT,
    "contact_email": ["a@acme.com", "b@acme.com"],
    "buyer": FullName(first_name="Ada", last_name="Lovelace"),
    "notes": "**big** deal",
    "products": ["Core", "opt_p_ai"],
    "probability": 0.75,
    "region": "opt_r_emea",
    "twitter": "https://twitter.com/acme",
    "phone": "+14155550100",
    "summary": "Renewal for 2027",
    "website": "https://acme.com",
    "deal_code": "ACME-1",
}
READ_BACK: dict[str, Any] = {
    **WRITTEN,
    "$stage": "opt_stage_qualified",
    "products": ["opt_p_core", "opt_p_ai"],
}


def create_full(client: Lightfield, **changes: Any) -> Opportunity:
    return client.opportunity.create(
        fields={**WRITTEN, **changes},
        relationships={"$account": "acc_1", "$champion": ["con_1", "con_2"], "$owner": "mem_1"},
    )


def test_definitions_cover_every_value_type(lightfield: Lightfield) -> None:
    definitions = lightfield.opportunity.definitions()
    kinds = {d.value_type for d in definitions.field_definitions.additional_properties.values()}
    assert kinds == set(FieldValueType)
    stage = definitions.field_definitions["$stage"]
    options = stage.type_configuration.options
    assert isinstance(options, list) and [option.label for option in options][:2] == ["Lead", "Qualified"]
    assert definitions.field_definitions["$opportunityStatus"].read_only is True
    assert definitions.relationship_definitions["$account"].cardinality == "HAS_ONE"


def test_create_with_every_value_type_reads_back_equal(lightfield: Lightfield) -> None:
    created = create_full(lightfield)
    fetched = lightfield.opportunity.retrieve(created.id)
    assert fetched == created
    for key, expected in READ_BACK.items():
        assert fetched.fields[key].value == expected, key
    assert type(fetched.fields["amount"].value) is int
    assert fetched.fields["close_date"].value == MOMENT
    assert fetched.fields["$opportunityStatus"].value == "opt_status_open"
    assert fetched.relationships["$champion"].values == ["con_1", "con_2"]
    assert fetched.relationships["$task"].values == []
    assert fetched.created_at.tzinfo is not None and fetched.updated_at is None


def test_update_changes_only_what_it_is_sent(lightfield: Lightfield) -> None:
    created = create_full(lightfield)
    updated = lightfield.opportunity.update(
        created.id,
        fields={"summary": None, "probability": 0.9, "$stage": "Closed won"},
        relationships={
            "$champion": {"remove": "con_1", "add": ["con_3"]},
            "$evaluator": {"add": "con_9"},
            "$owner": {"replace": "mem_2"},
        },
    )
    assert updated.fields["summary"].value is None
    assert updated.fields["probability"].value == 0.9
    assert updated.fields["$name"].value == "Acme renewal"
    assert updated.fields["buyer"].value == FullName(first_name="Ada", last_name="Lovelace")
    assert updated.fields["$opportunityStatus"].value == "opt_status_won"
    assert updated.relationships["$champion"].values == ["con_2", "con_3"]
    assert updated.relationships["$evaluator"].values == ["con_9"]
    assert updated.relationships["$owner"].values == ["mem_2"]
    assert updated.relationships["$account"].values == ["acc_1"]
    assert updated.updated_at is not None and updated.updated_at >= updated.created_at
    assert lightfield.opportunity.retrieve(created.id) == updated


def test_list_pages_through_every_record_newest_first(lightfield: Lightfield) -> None:
    ids = [
        lightfield.opportunity.create(fields={"$name": f"deal {n}"}, relationships={"$account": "acc_1"}).id
        for n in range(12)
    ]
    seen: list[str] = []
    offset = 0
    while True:
        page = lightfield.opportunity.list(limit=5, offset=offset)
        assert page.total_count == 12
        seen += [record.id for record in page.data]
        offset += 5
        if offset >= page.total_count:
            break
    assert seen == list(reversed(ids))


def test_async_client_drives_every_operation(live: ServerProcess) -> None:
    async def run() -> None:
        async with AsyncLightfield(api_key=live.key, base_url=live.url) as client:
            definitions = await client.opportunity.definitions()
            assert "$name" in definitions.field_definitions
            created = await client.opportunity.create(
                fields={"$name": "async deal", "amount": 10.5}, relationships={"$account": "acc_2"}
            )
            updated = await client.opportunity.update(created.id, fields={"amount": 11})
            assert type(updated.fields["amount"].value) is int
            fetched = await client.opportunity.retrieve(created.id)
            assert fetched == updated
            pages = await asyncio.gather(*(client.opportunity.list(limit=1, offset=0) for _ in range(5)))
            assert all(page.data[0].id == created.id for page in pages)

    asyncio.run(run())


def test_wrong_key_raises_authentication_error(live: ServerProcess) -> None:
    with Lightfield(api_key="sk_wrong", base_url=live.url) as client, pytest.raises(AuthenticationError) as caught:
        client.opportunity.list()
    assert caught.value.type == "unauthorized"


def test_unknown_id_raises_not_found(lightfield: Lightfield) -> None:
    with pytest.raises(NotFoundError):
        lightfield.opportunity.retrieve("opp_missing")
    with pytest.raises(NotFoundError):
        lightfield.opportunity.update("opp_missing", fields={"summary": "x"})


def test_ids_are_percent_encoded_in_the_path(lightfield: Lightfield) -> None:
    with pytest.raises(NotFoundError) as caught:
        lightfield.opportunity.retrieve("../definitions?x=1#y")
    assert caught.value.response.request.url.raw_path.endswith(b"/v1/opportunities/..%2Fdefinitions%3Fx%3D1%23y")


@pytest.mark.parametrize(
    ("fields", "relationships", "code", "param"),
    [
        ({"$name": "x", "bogus": 1}, {"$account": "acc_1"}, "unknown_field", "fields.bogus"),
        ({"$name": "x"}, {"$account": "acc_1", "$bogus": "x"}, "unknown_relationship", "relationships.$bogus"),
        ({"$name": "x", "priority": "yes"}, {"$account": "acc_1"}, "invalid_type", "fields.priority"),
        ({"$name": "x", "ai_summary": "mine"}, {"$account": "acc_1"}, "read_only", "fields.ai_summary"),
        ({"$name": "x"}, {"$account": "acc_1", "$task": "tsk_1"}, "read_only", "relationships.$task"),
        ({"summary": "x"}, {"$account": "acc_1"}, "parameter_missing", "fields.$name"),
        ({"$name": "x"}, {}, "parameter_missing", "relationships.$account"),
        ({"$name": "x", "$stage": "Maybe"}, {"$account": "acc_1"}, "unknown_option", "fields.$stage"),
        ({"$name": "x"}, {"$account": "con_1"}, "relationship_entity_missing", "relationships.$account"),
        ({"$name": "x", "phone": "555"}, {"$account": "acc_1"}, "invalid_type", "fields.phone"),
    ],
)
def test_invalid_create_raises_bad_request_with_code_and_param(
    lightfield: Lightfield, fields: dict[str, Any], relationships: dict[str, Any], code: str, param: str
) -> None:
    with pytest.raises(BadRequestError) as caught:
        lightfield.opportunity.create(fields=fields, relationships=relationships)
    assert (caught.value.code, caught.value.param) == (code, param)
    assert lightfield.opportunity.list().total_count == 0


def test_duplicate_unique_value_raises_conflict(lightfield: Lightfield) -> None:
    lightfield.opportunity.create(fields={"$name": "a", "deal_code": "D-1"}, relationships={"$account": "acc_1"})
    with pytest.raises(ConflictError) as caught:
        lightfield.with_options(max_retries=0).opportunity.create(
            fields={"$name": "b", "deal_code": "D-1"}, relationships={"$account": "acc_1"}
        )
    assert (caught.value.code, caught.value.param) == ("unique_violation", "fields.deal_code")


def test_version_header_is_sent_and_can_be_overridden(live: ServerProcess) -> None:
    with Lightfield(api_key=live.key, base_url=live.url, lightfield_version="2020-01-01") as client:
        with pytest.raises(BadRequestError) as caught:
            client.opportunity.list()
    assert caught.value.code == "version_header"


def test_unknown_value_type_from_a_newer_server_is_kept(lightfield: Lightfield) -> None:
    created = lightfield.opportunity.create(fields={"$name": "x"}, relationships={"$account": "acc_1"})
    raw = created.to_dict()
    raw["fields"]["body"] = {"value": "<p>hi</p>", "valueType": "HTML"}
    newer = Opportunity.from_dict(raw)
    assert newer.fields["body"].value == UnknownValue("HTML", "<p>hi</p>")
    assert newer.fields["$name"].value == "x"


def test_custom_http_client_keeps_auth_and_version(live: ServerProcess) -> None:
    seen: list[httpx.Request] = []
    with httpx.Client(event_hooks={"request": [seen.append]}, headers={"X-Trace": "t1"}) as http:
        client = Lightfield(api_key=live.key, base_url=live.url, http_client=http, default_headers={"X-App": "a"})
        client.opportunity.list()
        client.close()
        assert not http.is_closed
    sent = seen[0].headers
    assert sent["authorization"] == f"Bearer {live.key}"
    assert sent["lightfield-version"] == "2026-03-01"
    assert (sent["x-trace"], sent["x-app"]) == ("t1", "a")
    assert seen[0].extensions["timeout"]["read"] == 30.0


@pytest.mark.parametrize(
    ("content", "content_type", "status", "code"),
    [
        (b'{"fields": {', "application/json", 400, "invalid_json"),
        (b"[1, 2]", "application/json", 400, "invalid_type"),
        (b'"text"', "application/json", 400, "invalid_type"),
        (
            b'{"fields": {"$name": NaN}, "relationships": {"$account": "acc_1"}}',
            "application/json",
            400,
            "invalid_json",
        ),
        (b"fields=1", "application/x-www-form-urlencoded", 415, None),
        (b'{"fields": {}}', "text/plain", 415, None),
    ],
)
def test_malformed_bodies_get_400_or_415_never_500(
    live: ServerProcess, content: bytes, content_type: str, status: int, code: str | None
) -> None:
    headers = {"Authorization": f"Bearer {live.key}", "Lightfield-Version": "2026-03-01", "Content-Type": content_type}
    for url in ("/v1/opportunities", "/v1/opportunities/opp_missing"):
        response = httpx.post(f"{live.url}{url}", content=content, headers=headers)
        if url.endswith("opp_missing") and status == 400:
            assert response.status_code in (400, 404)
            continue
        assert response.status_code == status, response.text
        assert response.headers["content-type"] == "application/json"
        assert response.json()["code"] == code


def test_limit_out_of_range_is_a_bad_request(lightfield: Lightfield) -> None:
    for limit in (0, 26):
        with pytest.raises(BadRequestError) as caught:
            lightfield.opportunity.list(limit=limit)
        assert caught.value.param == "limit"


def test_context_managers_close_their_connections(live: ServerProcess) -> None:
    with Lightfield(api_key=live.key, base_url=live.url) as client:
        client.opportunity.list()
    assert client._http.is_closed

    async def run() -> AsyncLightfield:
        async with AsyncLightfield(api_key=live.key, base_url=live.url) as async_client:
            await async_client.opportunity.list()
        return async_client

    assert asyncio.run(run())._http.is_closed


def test_a_misspelt_relationship_operation_is_refused_not_dropped(lightfield: Lightfield) -> None:
    created = lightfield.opportunity.create(fields={"$name": "x"}, relationships={"$account": "acc_1"})
    with pytest.raises(ValueError, match="remvoe"):
        lightfield.opportunity.update(created.id, relationships={"$champion": {"add": "con_1", "remvoe": "con_2"}})
    assert lightfield.opportunity.retrieve(created.id).relationships["$champion"].values == []


@pytest.mark.parametrize(
    ("fields", "relationships", "code", "param"),
    [
        ({"bogus": 1}, None, "unknown_field", "fields.bogus"),
        ({"amount": "lots"}, None, "invalid_type", "fields.amount"),
        ({"$opportunityStatus": "opt_status_won"}, None, "read_only", "fields.$opportunityStatus"),
        ({"$name": None}, None, "invalid_type", "fields.$name"),
        ({"products": ["Nope"]}, None, "unknown_option", "fields.products[0]"),
        (None, {"$bogus": {"add": "con_1"}}, "unknown_relationship", "relationships.$bogus"),
        (None, {"$meeting": {"add": "mtg_1"}}, "read_only", "relationships.$meeting"),
        (None, {"$account": {"replace": None}}, "invalid_type", "relationships.$account"),
        (None, {"$owner": {"add": "mem_2"}}, "unknown_parameter", "relationships.$owner.add"),
        (None, {"$champion": {"add": "acc_1"}}, "relationship_entity_missing", "relationships.$champion.add"),
    ],
)
def test_invalid_update_raises_bad_request_and_changes_nothing(
    lightfield: Lightfield, fields: dict[str, Any] | None, relationships: dict[str, Any] | None, code: str, param: str
) -> None:
    created = create_full(lightfield)
    with pytest.raises(BadRequestError) as caught:
        lightfield.opportunity.update(created.id, fields=fields, relationships=relationships)
    assert (caught.value.code, caught.value.param) == (code, param)
    assert lightfield.opportunity.retrieve(created.id) == created
