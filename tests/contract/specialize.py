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
from collections.abc import Iterable, Iterator
from typing import Any

from tests.server.catalogue import REQUIRED_FIELDS, REQUIRED_RELATIONSHIPS
from tests.server.validation import ADDRESS_NUMBERS, ADDRESS_TEXT, DATETIME_PATTERN, NAME_TEXT, PATTERNS, id_pattern

NULL = {"type": "null"}


def _text(pattern: str | None = None) -> dict[str, Any]:
    return {"type": "string", "pattern": pattern} if pattern else {"type": "string"}


def _one_or_many(item: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [item, {"type": "array", "items": item}]}


def _object(texts: tuple[str, ...], numbers: tuple[str, ...]) -> dict[str, Any]:
    properties = {key: {"type": ["string", "null"]} for key in texts}
    properties.update({key: {"type": ["number", "null"]} for key in numbers})
    return _closed(properties)


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


def _closed(properties: dict[str, Any], required: Iterable[str] = (), **more: Any) -> dict[str, Any]:
    """An object schema that takes these properties and no others."""
    schema = {"type": "object", "properties": properties, "additionalProperties": False, **more}
    if required:
        schema["required"] = list(required)
    return schema


def _writable(definitions: dict[str, Any], kind: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for key, definition in definitions[kind].items():
        if not definition.get("readOnly"):
            yield key, definition


def _fields(definitions: dict[str, Any], *, creating: bool) -> dict[str, Any]:
    properties = {}
    for key, definition in _writable(definitions, "fieldDefinitions"):
        schema = value_schema(definition)
        properties[key] = schema if key in REQUIRED_FIELDS else {"anyOf": [schema, NULL]}
    return _closed(properties, REQUIRED_FIELDS if creating else ())


def _create_relationship(key: str, definition: dict[str, Any]) -> dict[str, Any]:
    """One id, or a list of them: exactly one for HAS_ONE, at least one for a required one."""
    one = _id(definition["objectType"])
    if definition["cardinality"] == "HAS_ONE":
        return {"anyOf": [one, {"type": "array", "items": one, "minItems": 1, "maxItems": 1}]}
    if key in REQUIRED_RELATIONSHIPS:
        return {"anyOf": [one, {"type": "array", "items": one, "minItems": 1}]}
    return _one_or_many(one)


def _update_relationship(key: str, definition: dict[str, Any]) -> dict[str, Any]:
    """HAS_ONE takes ``replace`` only (null empties it unless required); HAS_MANY any operation."""
    one = _id(definition["objectType"])
    if definition["cardinality"] == "HAS_ONE":
        replace = one if key in REQUIRED_RELATIONSHIPS else {"anyOf": [one, NULL]}
        return _closed({"replace": replace}, ["replace"])
    operations = {"add": _one_or_many(one), "remove": _one_or_many(one), "replace": {"anyOf": [one, NULL]}}
    return _closed(operations, minProperties=1)


def specialize(document: dict[str, Any], definitions: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` whose create and update bodies say exactly what this server accepts."""
    result = copy.deepcopy(document)
    schemas = result["components"]["schemas"]
    relationships = dict(_writable(definitions, "relationshipDefinitions"))
    schemas["CreateFields"] = _fields(definitions, creating=True)
    schemas["UpdateFields"] = _fields(definitions, creating=False)
    schemas["CreateRelationships"] = _closed(
        {key: _create_relationship(key, definition) for key, definition in relationships.items()},
        REQUIRED_RELATIONSHIPS,
    )
    schemas["UpdateRelationships"] = _closed(
        {key: _update_relationship(key, definition) for key, definition in relationships.items()}
    )
    body = {"fields": "Fields", "relationships": "Relationships"}
    schemas["OpportunityCreate"] = _closed(
        {part: {"$ref": f"#/components/schemas/Create{name}"} for part, name in body.items()}, body
    )
    schemas["OpportunityUpdate"] = _closed(
        {part: {"$ref": f"#/components/schemas/Update{name}"} for part, name in body.items()}
    )
    return result
