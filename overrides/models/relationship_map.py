# override: replaces models/relationship_map.py sha256=ffccb957bf422562077d4f116178387d7785143a19b06780fa933c225fef7d71
"""The ``relationships`` of a record: a read-only Mapping of key to :class:`Relationship`.

Replaces the generated ``RelationshipMap`` for the same reasons as ``FieldMap``: it keeps the JSON
it was given, builds each :class:`Relationship` when first read, and cannot be changed in place.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from .._json import copy_json
from ..models.relationship import Relationship

T = TypeVar("T", bound="RelationshipMap")


def _check(key: str, raw: object) -> Mapping[str, Any]:
    if (
        isinstance(raw, Mapping)
        and isinstance(raw.get("cardinality"), str)
        and isinstance(raw.get("objectType"), str)
        and isinstance(raw.get("values"), list)
        and all(isinstance(item, str) for item in raw["values"])
    ):
        return raw
    raise ValueError(f"relationship {key!r} is not {{cardinality, objectType, values: [id...]}}: {raw!r}")


class RelationshipMap(Mapping[str, Relationship]):
    """Relationship key to the records it points at. System keys start with ``$``."""

    __slots__ = ("_raw", "_values")

    def __init__(self, raw: Mapping[str, Any] | None = None) -> None:
        self._raw: Mapping[str, Any] = raw if raw is not None else {}
        self._values: dict[str, Relationship] = {}

    def __getitem__(self, key: str) -> Relationship:
        value = self._values.get(key)
        if value is None:
            value = Relationship.from_dict(self._raw[key])
            self._values[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __repr__(self) -> str:
        return f"RelationshipMap({dict(self.items())!r})"

    @property
    def additional_properties(self) -> dict[str, Relationship]:
        """Every relationship, as the generated model named it; a new dict on each call."""
        return dict(self.items())

    @property
    def additional_keys(self) -> list[str]:
        return list(self._raw)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = copy_json(dict(self._raw))
        return result

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Checks every relationship's shape now (they are few), raising ValueError on a bad one."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"relationships must be a JSON object, got {type(src_dict).__name__}")
        for key, raw in src_dict.items():
            _check(key, raw)
        return cls(src_dict)
