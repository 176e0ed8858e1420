# override: replaces models/field_map.py sha256=e4814628cb6d8f8ddf5fcce7ae41b97653d847a7f4c6273fe545393b8c6218cf
"""The ``fields`` of a record: a read-only Mapping of field key to :class:`FieldEntry`.

Replaces the generated ``FieldMap``, which parsed every entry up front into a mutable dict. This
one keeps the JSON object it was given and builds an entry the first time its key is read, so a
page of records parses in about the time ``json.loads`` takes, and an entry that does not fit its
kind fails only when it is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from .._json import copy_json
from ..models.field_entry import FieldEntry

T = TypeVar("T", bound="FieldMap")


class FieldMap(Mapping[str, FieldEntry]):
    """Field key to entry. System fields start with ``$``; custom ones use their slug."""

    __slots__ = ("_entries", "_raw", "_record_id")

    def __init__(self, raw: Mapping[str, Any] | None = None, *, record_id: str | None = None) -> None:
        self._raw: Mapping[str, Any] = raw if raw is not None else {}
        self._entries: dict[str, FieldEntry] = {}
        self._record_id = record_id

    def __getitem__(self, key: str) -> FieldEntry:
        entry = self._entries.get(key)
        if entry is None:
            entry = FieldEntry.from_dict(self._raw[key], record_id=self._record_id, key=key)
            self._entries[key] = entry
        return entry

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __repr__(self) -> str:
        return f"FieldMap({dict(self.items())!r})"

    @property
    def additional_properties(self) -> dict[str, FieldEntry]:
        """Every entry, as the generated model named it; a new dict on each call."""
        return dict(self.items())

    @property
    def additional_keys(self) -> list[str]:
        return list(self._raw)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = copy_json(dict(self._raw))
        return result

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, record_id: str | None = None) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"fields must be a JSON object, got {type(src_dict).__name__}")
        return cls(src_dict, record_id=record_id)
