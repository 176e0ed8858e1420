"""Fit openapi.yaml to one organization's definitions before a contract run.

The document cannot list an organization's custom fields, so its write bodies accept any field
key with any value, and a correct server rightly refuses most such bodies (unknown field, wrong
shape for the kind, unknown option). Contract checks that send "valid" data would then report
false failures. Given the definitions a server answers with, this makes the write bodies exact:
each writable field with the schema of its valueType, each writable relationship with ids of its
object type, required keys required and nothing else allowed. Responses are left as they are.

It reads the definitions from the server under test, so it serves Lightfield's own API as well
as the reference server.
"""

from __future__ import annotations

import copy
from typing import Any

from tests.server.validation import ADDRESS_NUMBERS, ADDRESS_TEXT, DATETIME_PATTERN, NAME_TEXT, PATTERNS, id_pattern

NULL = {"type": "null"}
REQUIRED_FIELDS = ("$name",)
REQUIRED_RELATIONSHIPS = ("$account",)


def _text(pattern: str | None = None) -> dict[str, Any]:
    return {"type": "string", "pattern": pattern} if pattern else {"type": "string"}


def _one_or_many(item: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [item, {"type": "array", "items": item}]}


def _object(texts: tuple[str, ...], numbers: tuple[str, ...]) -> dict[str, Any]:
    properties = {key: {"type": ["string", "null"]} for key in texts}
    properties.update({key: {"type": ["number", "null"]} for key in numbers})
    return {"type": "object", "properties": properties, "additionalProperties": False}


def value_schema(definition: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of a value a field of this definition accepts (null aside)."""
    kind = definition["valueType"]
    options = definition.get("typeConfiguration", {}).get("options") or []
    choices = sorted({option["id"] for option in options} | {option["label"] for option in options})
    schemas: dict[str, dict[str, Any]] = {
        "ADDRESS": _object(ADDRESS_TEXT, ADDRESS_NUMBERS),
        "CHECKBOX": {"type": "boolean"},
        "CURRENCY": {"type": "number"},
        "DATETIME": {"type": "string", "format": "date-time", "pattern": DATETIME_PATTERN},
        "EMAIL": _one_or_many(_text(PATTERNS["EMAIL"])),
        "FULL_NAME": _object(NAME_TEXT, ()),
        "MARKDOWN": _text(),
        "MULTI_SELECT": {"type": "array", "items": {"enum": choices}},
        "NUMBER": {"type": "number"},
        "SINGLE_SELECT": {"enum": choices},
        "SOCIAL_HANDLE": _text(PATTERNS["SOCIAL_HANDLE"]),
        "TELEPHONE": _one_or_many(_text(PATTERNS["TELEPHONE"])),
        "TEXT": _text(),
        "URL": _one_or_many(_text(PATTERNS["URL"])),
    }
    return schemas[kind]


def _id(object_type: str) -> dict[str, Any]:
    return {"type": "string", "pattern": id_pattern(object_type)}


def _fields(definitions: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    properties = {}
    for key, definition in definitions["fieldDefinitions"].items():
        if definition.get("readOnly"):
            continue
        schema = value_schema(definition)
        properties[key] = schema if key in REQUIRED_FIELDS else {"anyOf": [schema, NULL]}
    return {
        "type": "object",
        "properties": properties,
        "required": list(REQUIRED_FIELDS) if creating else [],
        "additionalProperties": False,
    }


def _create_relationships(definitions: dict[str, Any]) -> dict[str, Any]:
    properties = {}
    for key, definition in definitions["relationshipDefinitions"].items():
        if definition.get("readOnly"):
            continue
        one = _id(definition["objectType"])
        if definition["cardinality"] == "HAS_ONE":
            properties[key] = {"anyOf": [one, {"type": "array", "items": one, "minItems": 1, "maxItems": 1}]}
        elif key in REQUIRED_RELATIONSHIPS:
            properties[key] = {"anyOf": [one, {"type": "array", "items": one, "minItems": 1}]}
        else:
            properties[key] = _one_or_many(one)
    return {
        "type": "object",
        "properties": properties,
        "required": list(REQUIRED_RELATIONSHIPS),
        "additionalProperties": False,
    }


def _update_relationships(definitions: dict[str, Any]) -> dict[str, Any]:
    properties = {}
    for key, definition in definitions["relationshipDefinitions"].items():
        if definition.get("readOnly"):
            continue
        one = _id(definition["objectType"])
        if definition["cardinality"] == "HAS_ONE":
            replace = one if key in REQUIRED_RELATIONSHIPS else {"anyOf": [one, NULL]}
            properties[key] = {
                "type": "object",
                "properties": {"replace": replace},
                "required": ["replace"],
                "additionalProperties": False,
            }
        else:
            properties[key] = {
                "type": "object",
                "properties": {
                    "add": _one_or_many(one),
                    "remove": _one_or_many(one),
                    "replace": {"anyOf": [one, NULL]},
                },
                "minProperties": 1,
                "additionalProperties": False,
            }
    return {"type": "object", "properties": properties, "additionalProperties": False}


def specialize(document: dict[str, Any], definitions: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` whose create and update bodies say exactly what this server accepts."""
    result = copy.deepcopy(document)
    schemas = result["components"]["schemas"]
    schemas["CreateFields"] = _fields(definitions, creating=True)
    schemas["UpdateFields"] = _fields(definitions, creating=False)
    schemas["CreateRelationships"] = _create_relationships(definitions)
    schemas["UpdateRelationships"] = _update_relationships(definitions)
    schemas["OpportunityCreate"] = {
        "type": "object",
        "required": ["fields", "relationships"],
        "properties": {
            "fields": {"$ref": "#/components/schemas/CreateFields"},
            "relationships": {"$ref": "#/components/schemas/CreateRelationships"},
        },
        "additionalProperties": False,
    }
    schemas["OpportunityUpdate"] = {
        "type": "object",
        "properties": {
            "fields": {"$ref": "#/components/schemas/UpdateFields"},
            "relationships": {"$ref": "#/components/schemas/UpdateRelationships"},
        },
        "additionalProperties": False,
    }
    return result
