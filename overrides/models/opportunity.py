# override: replaces models/opportunity.py sha256=e32b5a4c818b80c52f08b4934c173a050ea1034082cb505c698ae24d7bf1c47c
"""An opportunity as the API returns it: a read-only view over the JSON record.

Replaces the generated ``Opportunity``, which parsed every part of a record up front and wrote
timestamps back with ``isoformat()`` (so ``...Z`` came back as ``...+00:00``). This one checks
the record's outline when it is built, keeps the JSON object, and reads each part when it is
asked for, so that:

- a page of 25 records parses in little more than ``json.loads`` time;
- ``to_dict()`` gives back exactly the JSON received, timestamps and unknown keys included;
- a field that does not fit its kind fails only when that field is read.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from .._dates import parse_iso
from .._json import copy_json
from ..models.field_map import FieldMap
from ..models.relationship_map import RelationshipMap
from ..types import UNSET, Unset

T = TypeVar("T", bound="Opportunity")

_KNOWN_KEYS = frozenset(("id", "createdAt", "updatedAt", "httpLink", "externalId", "fields", "relationships"))


def _outline_error(raw: Mapping[str, Any]) -> str | None:
    """What is wrong with the record's top level, or None. Field values are checked on read."""
    if not isinstance(raw.get("id"), str):
        return "id must be a string"
    if not isinstance(raw.get("createdAt"), str):
        return "createdAt must be a string"
    if "updatedAt" not in raw or not isinstance(raw["updatedAt"], str | None):
        return "updatedAt must be a string or null"
    if "httpLink" not in raw or not isinstance(raw["httpLink"], str | None):
        return "httpLink must be a string or null"
    if not isinstance(raw.get("externalId"), str | None):
        return "externalId must be a string or null"
    if not isinstance(raw.get("fields"), dict):
        return "fields must be an object"
    if not isinstance(raw.get("relationships"), dict):
        return "relationships must be an object"
    return None


class Opportunity:
    """An opportunity as the API returns it.

    Attributes are read from the JSON on first use: ``id``, ``created_at``, ``updated_at``
    (timezone-aware datetimes), ``http_link``, ``external_id`` (``UNSET`` when the key is absent),
    ``fields`` (a read-only Mapping of key to :class:`FieldEntry`), ``relationships`` (a read-only
    Mapping of key to :class:`Relationship`) and ``additional_properties`` (keys this document
    does not list, kept as received).
    """

    __slots__ = ("_created_at", "_fields", "_raw", "_relationships", "_updated_at")

    def __init__(self, raw: Mapping[str, Any]) -> None:
        """Wrap a record already checked by :meth:`from_dict`; use that to build one."""
        self._raw = raw
        self._fields: FieldMap | None = None
        self._relationships: RelationshipMap | None = None
        self._created_at: datetime.datetime | None = None
        self._updated_at: datetime.datetime | None | Unset = UNSET

    @property
    def id(self) -> str:
        """The record's id (``opp_...``)."""
        value: str = self._raw["id"]
        return value

    @property
    def created_at(self) -> datetime.datetime:
        """When the record was created."""
        if self._created_at is None:
            self._created_at = parse_iso(self._raw["createdAt"])
        return self._created_at

    @property
    def updated_at(self) -> datetime.datetime | None:
        """When the record last changed, or None."""
        if isinstance(self._updated_at, Unset):
            raw = self._raw["updatedAt"]
            self._updated_at = None if raw is None else parse_iso(raw)
        return self._updated_at

    @property
    def http_link(self) -> str | None:
        """Where the record opens in Lightfield's web app, or None."""
        value: str | None = self._raw["httpLink"]
        return value

    @property
    def external_id(self) -> str | None | Unset:
        """An id from another system, None, or UNSET when the server sent no such key."""
        value: str | None | Unset = self._raw.get("externalId", UNSET)
        return value

    @property
    def fields(self) -> FieldMap:
        """Field key to entry; each entry is read when first asked for."""
        if self._fields is None:
            self._fields = FieldMap(self._raw["fields"], record_id=self._raw["id"])
        return self._fields

    @property
    def relationships(self) -> RelationshipMap:
        """Relationship key to the records it points at."""
        if self._relationships is None:
            self._relationships = RelationshipMap.from_dict(self._raw["relationships"])
        return self._relationships

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the record that this document does not list, as received (a copy)."""
        return {key: copy_json(value) for key, value in self._raw.items() if key not in _KNOWN_KEYS}

    @property
    def additional_keys(self) -> list[str]:
        return [key for key in self._raw if key not in _KNOWN_KEYS]

    def __getitem__(self, key: str) -> Any:
        if key in _KNOWN_KEYS:
            raise KeyError(key)
        return copy_json(self._raw[key])

    def __contains__(self, key: str) -> bool:
        return key not in _KNOWN_KEYS and key in self._raw

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Opportunity):
            return NotImplemented
        return self._raw == other._raw

    __hash__ = None  # type: ignore[assignment]  # equal records are equal by content, like dicts

    def __repr__(self) -> str:
        return (
            f"Opportunity(id={self.id!r}, fields={len(self.fields)}, relationships={len(self._raw['relationships'])})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The record's JSON exactly as received (a copy)."""
        result: dict[str, Any] = copy_json(dict(self._raw))
        return result

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Check the record's outline and wrap it; raises ValueError when the outline is wrong.

        The record is not copied: the caller hands over ``src_dict`` (as ``json.loads`` output is).
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"an opportunity must be a JSON object, got {type(src_dict).__name__}")
        problem = _outline_error(src_dict)
        if problem is not None:
            raise ValueError(f"not an opportunity record: {problem}")
        return cls(src_dict)
