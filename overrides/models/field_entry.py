# override: replaces models/field_entry.py sha256=0affbba6c11e9629e8f0167343637da32e052646593214dfe1fdc0904d9d49fe
"""One field of a record: its raw JSON value and the ``valueType`` that says how to read it.

Replaces the generated ``FieldEntry``, whose ``from_dict`` guessed the value's type from its shape
(so a FULL_NAME came back as an Address) and failed on a ``valueType`` it did not know. Here the
entry keeps the value exactly as sent and reads it through :mod:`..field_value` on access.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .. import field_value  # a module reference: field_value itself imports models
from .._json import copy_json
from ..errors import FieldValueError
from ..field_value import UnknownValue

__all__ = ["FieldEntry", "UnknownValue"]  # UnknownValue is re-exported: it used to live here
from ..models.field_value_type import FieldValueType

T = TypeVar("T", bound="FieldEntry")

_MISSING_KIND = "<missing>"
# The known kinds by value: a dict lookup is several times cheaper than calling the enum.
_KINDS: dict[str, FieldValueType] = {member.value: member for member in FieldValueType}


class FieldEntry:
    """One field of a record, read-only.

    ``value`` is read from ``raw_value`` as ``value_type`` says (see :mod:`..field_value`);
    ``raw_value`` is the JSON exactly as received. ``record_id`` and ``key`` name where the entry
    came from, for error messages, and take no part in equality.

    A plain slotted class rather than an attrs one: a page builds up to 750 of these when every
    value is read, and attrs' frozen ``__init__`` (one ``object.__setattr__`` a field) made it twice
    as slow to build. Read-only properties keep it immutable.
    """

    __slots__ = ("_additional", "_key", "_raw", "_record_id", "_type")

    def __init__(
        self,
        raw_value: Any,
        value_type: FieldValueType,
        *,
        record_id: str | None = None,
        key: str | None = None,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self._raw = raw_value
        self._type = value_type
        self._record_id = record_id
        self._key = key
        self._additional = additional_properties if additional_properties is not None else {}

    @property
    def raw_value(self) -> Any:
        """The value's JSON exactly as received."""
        return self._raw

    @property
    def value_type(self) -> FieldValueType:
        return self._type

    @property
    def record_id(self) -> str | None:
        return self._record_id

    @property
    def key(self) -> str | None:
        return self._key

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the entry besides value and valueType, as received."""
        return self._additional

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FieldEntry):
            return NotImplemented
        return (self._raw, self._type, self._additional) == (other._raw, other._type, other._additional)

    __hash__ = None  # type: ignore[assignment]  # the value may be a list or an object

    def __repr__(self) -> str:
        return f"FieldEntry(raw_value={self._raw!r}, value_type={self._type!r})"

    @property
    def value(self) -> Any:
        """The value as its kind says: str, int, float, bool, list[str], Address, FullName,
        a timezone-aware datetime, None, or an :class:`UnknownValue` for a kind this client
        does not know. Raises :class:`FieldValueError` when the shape contradicts the kind."""
        return field_value.decode(self._type, self._raw, record_id=self._record_id, key=self._key)

    @property
    def is_known(self) -> bool:
        """Whether this client knows the entry's ``valueType``."""
        return self._type.is_known

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = copy_json(self._additional)
        field_dict["value"] = copy_json(self._raw)
        field_dict["valueType"] = self._type.value
        return field_dict

    @classmethod
    def from_dict(
        cls: type[T], src_dict: Mapping[str, Any], *, record_id: str | None = None, key: str | None = None
    ) -> T:
        """Read an entry; raises :class:`FieldValueError` when it is not ``{value, valueType}``."""
        # type() first: every entry from json.loads is a dict, and the Mapping check is slow.
        is_mapping = type(src_dict) is dict or isinstance(src_dict, Mapping)
        kind = src_dict.get("valueType") if is_mapping else None
        if not is_mapping or "value" not in src_dict or not isinstance(kind, str):
            raise FieldValueError(
                record_id=record_id,
                key=key,
                value_type=kind if isinstance(kind, str) else _MISSING_KIND,
                value=src_dict,
            )
        extra = (
            {name: item for name, item in src_dict.items() if name not in ("value", "valueType")}
            if len(src_dict) > 2
            else {}
        )
        return cls(
            src_dict["value"],
            _KINDS.get(kind) or FieldValueType(kind),
            record_id=record_id,
            key=key,
            additional_properties=extra,
        )
