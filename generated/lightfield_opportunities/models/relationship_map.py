# override: replaces models/relationship_map.py sha256=ffccb957bf422562077d4f116178387d7785143a19b06780fa933c225fef7d71
"""The ``relationships`` of a record: a read-only Mapping of key to :class:`Relationship`.

Replaces the generated ``RelationshipMap`` for the same reasons as ``FieldMap``: a :class:`LazyMap`
that builds each :class:`Relationship` when first read and cannot be changed in place.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._lazy_map import LazyMap
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


class RelationshipMap(LazyMap[Relationship]):
    """Relationship key to the records it points at. System keys start with ``$``."""

    __slots__ = ()

    def _build(self, key: str, raw: Any) -> Relationship:
        return Relationship.from_dict(raw)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Checks every relationship's shape now (they are few), raising ValueError on a bad one."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"relationships must be a JSON object, got {type(src_dict).__name__}")
        for key, raw in src_dict.items():
            _check(key, raw)
        return cls(src_dict)
