"""The page every contender parses: 25 records x 30 fields covering every valueType (~70 KB)."""

from __future__ import annotations

import json
from typing import Any

PAGE_SIZE = 25
LOREM = (
    "Renewal discussion with the buying committee; security review passed, legal is reading the "
    "order form and procurement asked for a multi-year discount before the end of the quarter. "
)

# (field key, valueType, value maker): 30 fields, every valueType at least twice.
FIELDS: list[tuple[str, str, Any]] = [
    ("$name", "TEXT", lambda n: f"Acme renewal {n}"),
    ("$stage", "SINGLE_SELECT", lambda n: "opt_stage_qualified"),
    ("$opportunityStatus", "SINGLE_SELECT", lambda n: "opt_status_open"),
    ("summary", "TEXT", lambda n: LOREM[: 60 + n]),
    ("next_step", "TEXT", lambda n: "Send the revised order form"),
    ("notes", "MARKDOWN", lambda n: "## Notes\n\n" + LOREM[:150]),
    ("risks", "MARKDOWN", lambda n: "- budget\n- timing\n- " + LOREM[:60]),
    ("amount", "CURRENCY", lambda n: 125000 + n),
    ("arr", "CURRENCY", lambda n: 98000.5 + n),
    ("probability", "NUMBER", lambda n: 0.75),
    ("seats", "NUMBER", lambda n: 250 + n),
    ("priority", "CHECKBOX", lambda n: n % 2 == 0),
    ("renewal", "CHECKBOX", lambda n: True),
    ("close_date", "DATETIME", lambda n: f"2027-03-{1 + n % 28:02d}T17:00:00.000Z"),
    ("last_contact", "DATETIME", lambda n: "2026-11-30T09:15:00+01:00"),
    ("contact_email", "EMAIL", lambda n: ["ada@acme.com", "grace@acme.com"]),
    ("billing_email", "EMAIL", lambda n: "billing@acme.com"),
    ("buyer", "FULL_NAME", lambda n: {"firstName": "Ada", "lastName": f"Lovelace {n}"}),
    ("signer", "FULL_NAME", lambda n: {"firstName": "Grace", "lastName": "Hopper"}),
    (
        "office",
        "ADDRESS",
        lambda n: {
            "street": "1 Main St",
            "street2": None,
            "city": "Springfield",
            "state": "IL",
            "postalCode": "62701",
            "country": "US",
            "latitude": 39.7817,
            "longitude": -89.6501,
        },
    ),
    (
        "billing_address",
        "ADDRESS",
        lambda n: {
            "street": "2 Side Rd",
            "city": "London",
            "country": "GB",
            "postalCode": "N1 9GU",
            "latitude": None,
            "longitude": None,
        },
    ),
    ("products", "MULTI_SELECT", lambda n: ["opt_p_core", "opt_p_ai", "opt_p_support"]),
    ("regions", "MULTI_SELECT", lambda n: ["opt_r_emea"]),
    ("twitter", "SOCIAL_HANDLE", lambda n: "https://twitter.com/acme"),
    ("linkedin", "SOCIAL_HANDLE", lambda n: "https://www.linkedin.com/company/acme"),
    ("phone", "TELEPHONE", lambda n: "+14155550100"),
    ("mobile", "TELEPHONE", lambda n: ["+14155550101", "+442071234567"]),
    ("website", "URL", lambda n: ["https://acme.com", "https://acme.io"]),
    ("docs", "URL", lambda n: "https://docs.acme.com/proposal"),
    ("region", "SINGLE_SELECT", lambda n: None),
]


def record(n: int) -> dict[str, Any]:
    return {
        "id": f"opp_{n:024x}",
        "createdAt": f"2026-11-{1 + n % 28:02d}T10:00:00.000Z",
        "updatedAt": "2026-12-01T08:30:00.123Z",
        "httpLink": f"https://app.lightfield.app/opportunities/opp_{n:024x}",
        "externalId": None,
        "fields": {key: {"value": make(n), "valueType": kind} for key, kind, make in FIELDS},
        "relationships": {
            "$account": {"cardinality": "HAS_ONE", "objectType": "account", "values": ["acc_01hz3"]},
            "$owner": {"cardinality": "HAS_ONE", "objectType": "member", "values": ["mem_01hz3"]},
            "$champion": {"cardinality": "HAS_MANY", "objectType": "contact", "values": ["con_1", "con_2"]},
            "$task": {"cardinality": "HAS_MANY", "objectType": "task", "values": []},
        },
    }


def page(total: int = 5000) -> dict[str, Any]:
    return {"object": "list", "data": [record(n) for n in range(PAGE_SIZE)], "totalCount": total}


def page_bytes() -> bytes:
    return json.dumps(page(), separators=(",", ":")).encode()


assert len({kind for _, kind, _ in FIELDS}) == 14 and len(FIELDS) == 30
