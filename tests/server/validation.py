"""What a create or update may say, checked against the definitions.

Every refusal is a :class:`Problem` carrying the status, type, code and param the API answers
with. Codes beyond the documented ones (``read_only``, ``unknown_option``, ``unique_violation``,
``invalid_json``, ``invalid_parameter``) follow the same ``snake_case`` style.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from tests.server import catalogue

# The value formats of api-facts: also used to specialise the document for contract runs.
# A host of letters, digits, dots and hyphens, an optional port, then any path. (A looser pattern let
# through "http://[x", which schemathesis 4.32 then fails to parse when it mines answers for URLs.)
URL_PATTERN = r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][^ \t\n\r\f\v]*)?$"
# Written with explicit character classes: JSON Schema's regex dialect (ECMA 262) and Python's
# disagree on what \s means, and the server and the contract document must agree to the letter.
PATTERNS = {
    "EMAIL": r"^[^@ \t\n\r\f\v]+@[^@ \t\n\r\f\v]+$",
    "TELEPHONE": r"^\+[1-9][0-9]{1,14}$",
    "URL": URL_PATTERN,
    "SOCIAL_HANDLE": URL_PATTERN,
}
# RFC 3339, which is what "ISO 8601 with an offset" means on the wire.
DATETIME_PATTERN = r"^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$"
ADDRESS_TEXT = ("city", "country", "postalCode", "state", "street", "street2")
ADDRESS_NUMBERS = ("latitude", "longitude")
NAME_TEXT = ("firstName", "lastName")


class Problem(Exception):
    """A refusal, answered as ``{type, message, code, param}`` with ``status``."""

    def __init__(self, status: int, type_: str, message: str, *, code: str | None = None, param: str | None = None):
        super().__init__(message)
        self.status = status
        self.type = type_
        self.message = message
        self.code = code
        self.param = param

    def body(self) -> dict[str, Any]:
        return {"type": self.type, "message": self.message, "code": self.code, "param": self.param}


def matches(pattern: str, value: str) -> bool:
    """JSON Schema's ``pattern`` test: ECMA's ``$`` is the very end, where Python's also allows a
    final newline, so a trailing ``$`` is read as ``\\Z``."""
    if pattern.endswith("$"):
        pattern = pattern[:-1] + r"\Z"
    return re.search(pattern, value) is not None


def bad_request(message: str, *, code: str, param: str | None = None) -> Problem:
    return Problem(400, "bad_request", message, code=code, param=param)


def _invalid(param: str, expected: str) -> Problem:
    return bad_request(f"{param} must be {expected}", code="invalid_type", param=param)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _text(param: str, value: object, pattern: str | None = None) -> str:
    if not isinstance(value, str) or (pattern is not None and not matches(pattern, value)):
        raise _invalid(param, "a string" if pattern is None else f"a string matching {pattern}")
    return value


def _text_or_list(param: str, value: object, pattern: str | None) -> str | list[str]:
    if isinstance(value, list):
        return [_text(f"{param}[{index}]", item, pattern) for index, item in enumerate(value)]
    return _text(param, value, pattern)


def _datetime(param: str, value: object) -> str:
    if not isinstance(value, str) or not matches(DATETIME_PATTERN, value):
        raise _invalid(param, "an ISO 8601 date-time with an offset")
    text = value.upper()
    # RFC 3339 allows a leap second; Python's datetime does not, so it is read as :59.
    text = re.sub(r"(T\d\d:\d\d:)60", r"\g<1>59", text)
    try:
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise _invalid(param, "an ISO 8601 date-time with an offset") from None
    if parsed.tzinfo is None:
        raise _invalid(param, "an ISO 8601 date-time with an offset")
    try:
        utc = parsed.astimezone(datetime.UTC)
    except OverflowError:
        raise _invalid(param, "a date-time within years 1 to 9999") from None
    return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _object(param: str, value: object, texts: tuple[str, ...], numbers: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _invalid(param, "an object")
    for key, part in value.items():
        if key in texts:
            if part is not None and not isinstance(part, str):
                raise _invalid(f"{param}.{key}", "a string or null")
        elif key in numbers:
            if part is not None and not _is_number(part):
                raise _invalid(f"{param}.{key}", "a number or null")
        else:
            raise bad_request(f"{param} has no part {key!r}", code="invalid_type", param=f"{param}.{key}")
    return dict(value)


def _option(param: str, value: object, options: list[dict[str, Any]]) -> str:
    if isinstance(value, str):
        for option in options:
            if value in (option["id"], option["label"]):
                return str(option["id"])
        raise bad_request(f"{param} has no option {value!r}", code="unknown_option", param=param)
    raise _invalid(param, "an option id or label")


def _options(param: str, value: object, options: list[dict[str, Any]]) -> list[str]:
    if not isinstance(value, list):
        raise _invalid(param, "a list of option ids or labels")
    return [_option(f"{param}[{index}]", item, options) for index, item in enumerate(value)]


def _number(param: str, value: object) -> int | float:
    if not _is_number(value):
        raise _invalid(param, "a number")
    return value  # type: ignore[return-value]


def _boolean(param: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise _invalid(param, "true or false")
    return value


Checker = Callable[[str, object, dict[str, Any]], object]
CHECKERS: dict[str, Checker] = {
    "ADDRESS": lambda p, v, c: _object(p, v, ADDRESS_TEXT, ADDRESS_NUMBERS),
    "CHECKBOX": lambda p, v, c: _boolean(p, v),
    "CURRENCY": lambda p, v, c: _number(p, v),
    "DATETIME": lambda p, v, c: _datetime(p, v),
    "EMAIL": lambda p, v, c: _text_or_list(p, v, PATTERNS["EMAIL"]),
    "FULL_NAME": lambda p, v, c: _object(p, v, NAME_TEXT, ()),
    "MARKDOWN": lambda p, v, c: _text(p, v),
    "MULTI_SELECT": lambda p, v, c: _options(p, v, c.get("options", [])),
    "NUMBER": lambda p, v, c: _number(p, v),
    "SINGLE_SELECT": lambda p, v, c: _option(p, v, c.get("options", [])),
    "SOCIAL_HANDLE": lambda p, v, c: _text(p, v, PATTERNS["SOCIAL_HANDLE"]),
    "TELEPHONE": lambda p, v, c: _text_or_list(p, v, PATTERNS["TELEPHONE"]),
    "TEXT": lambda p, v, c: _text(p, v),
    "URL": lambda p, v, c: _text_or_list(p, v, PATTERNS["URL"]),
}


def _fields(raw: object, *, creating: bool) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _invalid("fields", "an object")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        param = f"fields.{key}"
        definition = catalogue.FIELDS.get(key)
        if definition is None:
            raise bad_request(f"unknown field {key!r}", code="unknown_field", param=param)
        if definition.get("readOnly"):
            raise bad_request(f"field {key!r} is read-only", code="read_only", param=param)
        if value is None:
            if key in catalogue.REQUIRED_FIELDS:
                raise _invalid(param, "set: it is required")
            values[key] = None
            continue
        values[key] = CHECKERS[definition["valueType"]](param, value, definition["typeConfiguration"])
    if creating:
        for key in catalogue.REQUIRED_FIELDS:
            if values.get(key) is None:
                raise bad_request(f"field {key!r} is required", code="parameter_missing", param=f"fields.{key}")
    return values


def _relationship(key: str, param: str) -> dict[str, Any]:
    definition = catalogue.RELATIONSHIPS.get(key)
    if definition is None:
        raise bad_request(f"unknown relationship {key!r}", code="unknown_relationship", param=param)
    if definition.get("readOnly"):
        raise bad_request(f"relationship {key!r} is read-only", code="read_only", param=param)
    return definition


def _ids(param: str, value: object, object_type: str) -> list[str]:
    ids = value if isinstance(value, list) else [value]
    for index, item in enumerate(ids):
        where = f"{param}[{index}]" if isinstance(value, list) else param
        if not isinstance(item, str):
            raise _invalid(where, "an id")
        if not matches(id_pattern(object_type), item):
            raise bad_request(f"no {object_type} has the id {item!r}", code="relationship_entity_missing", param=where)
    return list(dict.fromkeys(ids))


def id_pattern(object_type: str) -> str:
    """The ids of records of this type, as a JSON Schema ``pattern``."""
    return f"^{catalogue.ID_PREFIXES.get(object_type, '')}[A-Za-z0-9_]+$"


def _parts(body: object, *, required: bool) -> tuple[object, dict[str, Any]]:
    """A write body's ``fields`` (checked by _fields) and ``relationships`` (an object)."""
    if not isinstance(body, dict):
        raise _invalid("body", "an object")
    _no_other_keys(body, ("fields", "relationships"))
    if required:
        for key in ("fields", "relationships"):
            if key not in body:
                raise bad_request(f"{key} is required", code="parameter_missing", param=key)
    relationships = body.get("relationships", {})
    if not isinstance(relationships, dict):
        raise _invalid("relationships", "an object")
    return body.get("fields", {}), relationships


def validate_create(body: object) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The fields and relationships to store for a create body; raises Problem."""
    raw_fields, raw = _parts(body, required=True)
    fields = _fields(raw_fields, creating=True)
    relationships: dict[str, list[str]] = {}
    for key, value in raw.items():
        param = f"relationships.{key}"
        definition = _relationship(key, param)
        ids = _ids(param, value, definition["objectType"])
        if definition["cardinality"] == "HAS_ONE" and len(ids) != 1:
            raise _invalid(param, "one id: the relationship holds one record")
        relationships[key] = ids
    for key in catalogue.REQUIRED_RELATIONSHIPS:
        if not relationships.get(key):
            raise bad_request(
                f"relationship {key!r} is required", code="parameter_missing", param=f"relationships.{key}"
            )
    return fields, relationships


def validate_update(body: object, current: Mapping[str, list[str]]) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The field changes and the new relationship values for an update body; raises Problem."""
    raw_fields, raw = _parts(body, required=False)
    fields = _fields(raw_fields, creating=False)
    relationships: dict[str, list[str]] = {}
    for key, operation in raw.items():
        param = f"relationships.{key}"
        definition = _relationship(key, param)
        relationships[key] = _apply(param, definition, operation, current.get(key, []))
        if key in catalogue.REQUIRED_RELATIONSHIPS and not relationships[key]:
            raise _invalid(param, "set: the relationship is required")
    return fields, relationships


def _apply(param: str, definition: dict[str, Any], operation: object, values: list[str]) -> list[str]:
    """A relationship's values after an add, remove or replace operation.

    A HAS_ONE relationship takes ``replace`` only: adding to it would have to drop a value silently.
    """
    allowed = ("replace",) if definition["cardinality"] == "HAS_ONE" else ("add", "remove", "replace")
    if not isinstance(operation, dict) or not operation:
        raise _invalid(param, f"an operation object with one of {', '.join(allowed)}")
    _no_other_keys(operation, allowed, prefix=f"{param}.")
    object_type = definition["objectType"]
    result = list(values)
    if "replace" in operation:
        replacement = operation["replace"]
        if replacement is not None and not isinstance(replacement, str):
            raise _invalid(f"{param}.replace", "an id or null")
        result = [] if replacement is None else _ids(f"{param}.replace", replacement, object_type)
    if "remove" in operation:
        removed = set(_ids(f"{param}.remove", operation["remove"], object_type))
        result = [item for item in result if item not in removed]
    if "add" in operation:
        result = list(dict.fromkeys(result + _ids(f"{param}.add", operation["add"], object_type)))
    return result


def _no_other_keys(body: Mapping[str, object], allowed: tuple[str, ...], prefix: str = "") -> None:
    for key in body:
        if key not in allowed:
            raise bad_request(f"unknown parameter {prefix}{key}", code="unknown_parameter", param=f"{prefix}{key}")


def page_parameters(query: Mapping[str, str]) -> tuple[int, int]:
    """limit (1..25, default 25) and offset (>= 0, default 0) of a list request."""
    limit = _integer(query, "limit", 25, 1, 25)
    offset = _integer(query, "offset", 0, 0, 2**53 - 1)
    return limit, offset


def _integer(query: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = query.get(name)
    if raw is None:
        return default
    if not re.fullmatch(r"-?\d+", raw):
        raise bad_request(f"{name} must be an integer", code="invalid_parameter", param=name)
    value = int(raw)
    if not low <= value <= high:
        raise bad_request(f"{name} must be from {low} to {high}", code="invalid_parameter", param=name)
    return value
