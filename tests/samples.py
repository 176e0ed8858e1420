"""Records and values shared by the tests: one field of every valueType, as the API sends them."""

from __future__ import annotations

from typing import Any

# valueType -> a JSON value of that kind as the API sends it.
VALUES: dict[str, Any] = {
    "ADDRESS": {"street": "1 Main St", "city": "Springfield", "country": "US", "latitude": 39.8, "longitude": -89},
    "CHECKBOX": True,
    "CURRENCY": 125000,
    "DATETIME": "2026-03-01T09:30:00.123Z",
    "EMAIL": "deals@acme.com",
    "FULL_NAME": {"firstName": "Ada", "lastName": "Lovelace"},
    "MARKDOWN": "**big** deal",
    "MULTI_SELECT": ["opt_a", "opt_b"],
    "NUMBER": 12.75,
    "SINGLE_SELECT": "opt_won",
    "SOCIAL_HANDLE": "https://linkedin.com/in/ada",
    "TELEPHONE": "+14155550100",
    "TEXT": "Acme renewal",
    "URL": ["https://acme.com", "https://acme.io"],
}


def record(fields: dict[str, Any] | None = None, **top: Any) -> dict[str, Any]:
    """A record in the API's JSON, with one field per valueType unless ``fields`` is given."""
    data: dict[str, Any] = {
        "id": "opp_123",
        "createdAt": "2026-03-01T09:30:00Z",
        "updatedAt": "2026-03-02T10:00:00.5+01:00",
        "httpLink": "https://app.lightfield.app/opportunity/opp_123",
        "externalId": None,
        "fields": fields
        if fields is not None
        else {f"f_{kind.lower()}": {"value": value, "valueType": kind} for kind, value in VALUES.items()},
        "relationships": {
            "$account": {"cardinality": "HAS_ONE", "objectType": "account", "values": ["acc_1"]},
            "$champion": {"cardinality": "HAS_MANY", "objectType": "contact", "values": ["con_1", "con_2"]},
        },
    }
    data.update(top)
    return data
