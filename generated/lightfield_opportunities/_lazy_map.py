# override: adds _lazy_map.py
"""A read-only Mapping over a JSON object whose values are built when first read.

``FieldMap`` and ``RelationshipMap`` are both this: they keep the object the record arrived with,
build a model for a key the first time it is read (and keep it), and give back the JSON exactly as
received from ``to_dict()``. Laziness is what lets a page of records parse in about the time
``json.loads`` takes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

from ._json import copy_json

V = TypeVar("V")


class LazyMap(Mapping[str, V], Generic[V]):
    __slots__ = ("_built", "_raw")

    def __init__(self, raw: Mapping[str, Any] | None = None) -> None:
        self._raw: Mapping[str, Any] = raw if raw is not None else {}
        self._built: dict[str, V] = {}

    def _build(self, key: str, raw: Any) -> V:
        """The model for one key's JSON value."""
        raise NotImplementedError

    def __getitem__(self, key: str) -> V:
        value = self._built.get(key)
        if value is None:
            value = self._build(key, self._raw[key])
            self._built[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict(self.items())!r})"

    @property
    def additional_properties(self) -> dict[str, V]:
        """Every value, under the name the generated model gave them; a new dict on each call."""
        return dict(self.items())

    @property
    def additional_keys(self) -> list[str]:
        return list(self._raw)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object exactly as received (a copy)."""
        result: dict[str, Any] = copy_json(dict(self._raw))
        return result
