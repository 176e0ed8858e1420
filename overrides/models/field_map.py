# override: replaces models/field_map.py sha256=e4814628cb6d8f8ddf5fcce7ae41b97653d847a7f4c6273fe545393b8c6218cf
"""The ``fields`` of a record: a read-only Mapping of field key to :class:`FieldEntry`.

Replaces the generated ``FieldMap``, which parsed every entry up front into a mutable dict. This
one is a :class:`LazyMap`: an entry is built the first time its key is read, so an entry that does
not fit its kind fails only when it is read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .._lazy_map import LazyMap
from ..models.field_entry import FieldEntry

T = TypeVar("T", bound="FieldMap")


class FieldMap(LazyMap[FieldEntry]):
    """Field key to entry. System fields start with ``$``; custom ones use their slug."""

    __slots__ = ("_record_id",)

    def __init__(self, raw: Mapping[str, Any] | None = None, *, record_id: str | None = None) -> None:
        super().__init__(raw)
        self._record_id = record_id

    def _build(self, key: str, raw: Any) -> FieldEntry:
        return FieldEntry.from_dict(raw, record_id=self._record_id, key=key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, record_id: str | None = None) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"fields must be a JSON object, got {type(src_dict).__name__}")
        return cls(src_dict, record_id=record_id)
