"""The opportunity definitions the reference server is seeded with.

System fields and relationships as Lightfield has them, and custom fields covering all 14
valueTypes, with the type configurations (options, currency, handleService, unique,
multipleValues) that drive validation.
"""

from __future__ import annotations

from typing import Any

# Relationship objectType -> the id prefix its records carry.
ID_PREFIXES = {
    "account": "acc_",
    "contact": "con_",
    "member": "mem_",
    "task": "tsk_",
    "note": "not_",
    "meeting": "mtg_",
}


def _options(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"id": option_id, "label": label, "description": None} for option_id, label in pairs]


STAGE_OPTIONS = _options(
    ("opt_stage_lead", "Lead"),
    ("opt_stage_qualified", "Qualified"),
    ("opt_stage_proposal", "Proposal"),
    ("opt_stage_won", "Closed won"),
    ("opt_stage_lost", "Closed lost"),
)
STATUS_OPTIONS = _options(("opt_status_open", "Open"), ("opt_status_won", "Won"), ("opt_status_lost", "Lost"))


def _field(
    label: str, value_type: str, *, read_only: bool = False, description: str | None = None, **config: Any
) -> dict[str, Any]:
    definition: dict[str, Any] = {
        "label": label,
        "description": description,
        "valueType": value_type,
        "typeConfiguration": config,
    }
    if read_only:
        definition["readOnly"] = True
    return definition


FIELDS: dict[str, dict[str, Any]] = {
    "$name": _field("Name", "TEXT", description="The opportunity's name; required."),
    "$stage": _field("Stage", "SINGLE_SELECT", options=STAGE_OPTIONS),
    "$opportunityStatus": _field("Status", "SINGLE_SELECT", read_only=True, options=STATUS_OPTIONS),
    "office": _field("Office", "ADDRESS"),
    "priority": _field("Priority", "CHECKBOX"),
    "amount": _field("Amount", "CURRENCY", currency="USD"),
    "close_date": _field("Close date", "DATETIME"),
    "contact_email": _field("Contact email", "EMAIL", multipleValues=True),
    "buyer": _field("Buyer", "FULL_NAME"),
    "notes": _field("Notes", "MARKDOWN"),
    "products": _field(
        "Products", "MULTI_SELECT", multipleValues=True, options=_options(("opt_p_core", "Core"), ("opt_p_ai", "AI"))
    ),
    "probability": _field("Probability", "NUMBER"),
    "region": _field("Region", "SINGLE_SELECT", options=_options(("opt_r_emea", "EMEA"), ("opt_r_amer", "AMER"))),
    "twitter": _field("Twitter", "SOCIAL_HANDLE", handleService="TWITTER"),
    "phone": _field("Phone", "TELEPHONE"),
    "summary": _field("Summary", "TEXT"),
    "ai_summary": _field("AI summary", "TEXT", read_only=True, description="Written by Lightfield's AI."),
    "website": _field("Website", "URL", multipleValues=True),
    "deal_code": _field("Deal code", "TEXT", unique=True),
}


def _relationship(label: str, cardinality: str, object_type: str, *, read_only: bool = False) -> dict[str, Any]:
    definition: dict[str, Any] = {
        "label": label,
        "description": None,
        "cardinality": cardinality,
        "objectType": object_type,
    }
    if read_only:
        definition["readOnly"] = True
    return definition


RELATIONSHIPS: dict[str, dict[str, Any]] = {
    "$account": _relationship("Account", "HAS_ONE", "account"),
    "$owner": _relationship("Owner", "HAS_ONE", "member"),
    "$createdBy": _relationship("Created by", "HAS_ONE", "member"),
    "$champion": _relationship("Champion", "HAS_MANY", "contact"),
    "$evaluator": _relationship("Evaluator", "HAS_MANY", "contact"),
    "$task": _relationship("Tasks", "HAS_MANY", "task", read_only=True),
    "$note": _relationship("Notes", "HAS_MANY", "note", read_only=True),
    "$meeting": _relationship("Meetings", "HAS_MANY", "meeting", read_only=True),
}

REQUIRED_FIELDS = ("$name",)
REQUIRED_RELATIONSHIPS = ("$account",)


def definitions() -> dict[str, Any]:
    """The body of GET /v1/opportunities/definitions."""
    return {"objectType": "opportunity", "fieldDefinitions": FIELDS, "relationshipDefinitions": RELATIONSHIPS}


def status_for_stage(stage: str | None) -> str:
    """$opportunityStatus is read-only: it follows the stage."""
    return {"opt_stage_won": "opt_status_won", "opt_stage_lost": "opt_status_lost"}.get(stage or "", "opt_status_open")
