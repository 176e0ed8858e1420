# override: replaces models/field_entry.py sha256=0affbba6c11e9629e8f0167343637da32e052646593214dfe1fdc0904d9d49fe
"""One field of a record: its raw JSON value and the ``valueType`` that says how to read it.

Replaces the generated ``FieldEntry``, whose ``from_dict`` guessed the value's type from its shape
(so a FULL_NAME came back as an Address) and failed on a ``valueType`` it did not know. Here the
entry keeps the value exactly as sent and reads it through :mod:`..field_value` on access.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import field as _attrs_field
from attrs import frozen as _attrs_frozen

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


@_attrs_frozen(slots=True)
class FieldEntry:
    """One field of a record.

    ``value`` is read from ``raw_value`` as ``value_type`` says (see :mod:`..field_value`);
    ``raw_value`` is the JSON exactly as received. ``record_id`` and ``key`` name where the entry
    came from, for error messages.
    """

    raw_value: Any
    value_type: FieldValueType
    record_id: str | None = _attrs_field(default=None, kw_only=True, eq=False, repr=False)
    key: str | None = _attrs_field(default=None, kw_only=True, eq=False, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    @property
    def value(self) -> Any:
        """The value as its kind says: str, int, float, bool, list[str], Address, FullName,
        a timezone-aware datetime, None, or an :class:`UnknownValue` for a kind this client
        does not know. Raises :class:`FieldValueError` when the shape contradicts the kind."""
        return field_value.decode(self.value_type, self.raw_value, record_id=self.record_id, key=self.key)

    @property
    def is_known(self) -> bool:
        """Whether this client knows the entry's ``valueType``."""
        return self.value_type.is_known

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = copy_json(self.additional_properties)
        field_dict["value"] = copy_json(self.raw_value)
        field_dict["valueType"] = self.value_type.value
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
