"""Hypothesis strategies drawn from openapi.yaml's own schemas.

Covers the part of JSON Schema the document uses: $ref, anyOf, enum, const, type (and lists of
types), properties, required, additionalProperties, items, minimum/maximum and format date-time.
An object schema that does not forbid other keys gets some, so that round trips are tested with
keys this client does not know.
"""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import strategies as st

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


def _timestamp(moment: datetime.datetime, style: int) -> str:
    """ISO 8601 in the spellings servers use: Z or an offset, with or without fractions."""
    text = moment.isoformat(timespec=("seconds", "milliseconds", "microseconds")[style % 3])
    return text.replace("+00:00", "Z") if style % 2 else text


TIMESTAMPS = st.builds(
    _timestamp,
    st.datetimes(
        min_value=datetime.datetime(1970, 1, 1),
        max_value=datetime.datetime(2100, 1, 1),
        timezones=st.sampled_from([datetime.UTC, datetime.timezone(datetime.timedelta(hours=5, minutes=30))]),
    ),
    st.integers(0, 5),
)


class SchemaStrategies:
    """``from_schema(schema)`` for any schema of the document, resolving ``$ref`` within it."""

    def __init__(self, document: dict[str, Any], overrides: dict[str, st.SearchStrategy[Any]] | None = None) -> None:
        self.document = document
        self.overrides = overrides or {}

    def named(self, name: str) -> st.SearchStrategy[Any]:
        return self.from_schema({"$ref": f"#/components/schemas/{name}"})

    def from_schema(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            if name in self.overrides:
                return self.overrides[name]
            return st.deferred(lambda: self.from_schema(self.document["components"]["schemas"][name]))
        if "anyOf" in schema:
            return st.one_of(*(self.from_schema(option) for option in schema["anyOf"]))
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        kinds = schema.get("type", "object")
        if isinstance(kinds, list):
            return st.one_of(*(self.from_schema({**schema, "type": kind}) for kind in kinds))
        return self._of_type(kinds, schema)

    def _of_type(self, kind: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        if kind == "null":
            return st.none()
        if kind == "boolean":
            return st.booleans()
        if kind == "integer":
            return st.integers(schema.get("minimum", -(2**53)), schema.get("maximum", 2**53))
        if kind == "number":
            return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**53), 2**53)
        if kind == "string":
            return TIMESTAMPS if schema.get("format") == "date-time" else st.text(max_size=12)
        if kind == "array":
            return st.lists(self.from_schema(schema.get("items", {})), max_size=4)
        return self._object(schema)

    def _object(self, schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        known = st.fixed_dictionaries(
            {key: self.from_schema(value) for key, value in properties.items() if key in required},
            optional={key: self.from_schema(value) for key, value in properties.items() if key not in required},
        )
        extra_schema = schema.get("additionalProperties", True)
        if extra_schema is False:
            return known
        values = JSON if extra_schema is True else self.from_schema(extra_schema)
        max_extra = 2 if extra_schema is True else 5
        extra = st.dictionaries(
            st.text(max_size=10).filter(lambda key: key not in properties), values, max_size=max_extra
        )
        return st.builds(lambda fixed, more: {**more, **fixed}, known, extra)
