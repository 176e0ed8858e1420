# override: adds field_value.py
"""The field-value union: how a field's JSON value is read and written.

A field arrives as ``{"value": ..., "valueType": ...}``. The generator reads ``value`` by trying
each member of the union in turn, so an Address and a FullName (both objects of optional keys)
cannot be told apart. Here ``valueType`` alone decides:

=================================  ==========================================================
valueType                          Python value
=================================  ==========================================================
ADDRESS                            :class:`Address`
FULL_NAME                          :class:`FullName`
CHECKBOX                           ``bool``
NUMBER, CURRENCY                   ``int`` or ``float``, as sent (an integer stays an ``int``)
DATETIME                           timezone-aware ``datetime`` (no offset is read as UTC)
MULTI_SELECT                       ``list[str]``
EMAIL, URL, TELEPHONE              ``str``, or ``list[str]`` when the field holds several
TEXT, MARKDOWN, SINGLE_SELECT,     ``str``
SOCIAL_HANDLE
a kind this client does not know   ``UnknownValue(value_type, raw)``, the JSON untouched
=================================  ==========================================================

``null`` is ``None`` for every kind. A value whose JSON shape contradicts its kind raises
:class:`FieldValueError` when it is read, and only then: the rest of the record and the page stay
readable.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeAlias

from attrs import frozen

from ._dates import parse_iso
from .errors import FieldValueError
from .models.address import Address
from .models.field_value_type import FieldValueType
from .models.full_name import FullName

FieldInput: TypeAlias = (
    str | int | float | bool | Sequence[str] | Address | FullName | datetime.datetime | datetime.date | None
)
"""What a create or update accepts as a field's value."""


@frozen(slots=True)
class UnknownValue:
    """The value of a field whose ``valueType`` this client does not know (such as HTML), kept
    untouched. ``raw`` is the JSON value as the server sent it."""

    value_type: str
    raw: Any


FieldValue: TypeAlias = (
    str | int | float | bool | list[str] | Address | FullName | datetime.datetime | UnknownValue | None
)
"""What :attr:`FieldEntry.value` can return."""

_ADDRESS_TEXT = ("city", "country", "postalCode", "state", "street", "street2")
_ADDRESS_NUMBERS = ("latitude", "longitude")


class _Mismatch(Exception):
    """The raw value does not have the shape its kind requires; turned into FieldValueError."""


def _is_number(raw: object) -> bool:
    # bool is an int subclass, but a JSON true is not a number.
    return isinstance(raw, int | float) and not isinstance(raw, bool)


def _text(raw: object) -> str:
    if isinstance(raw, str):
        return raw
    raise _Mismatch


def _texts(raw: object) -> list[str]:
    if isinstance(raw, list) and all(isinstance(item, str) for item in raw):
        return list(raw)
    raise _Mismatch


def _text_or_texts(raw: object) -> str | list[str]:
    return raw if isinstance(raw, str) else _texts(raw)


def _boolean(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    raise _Mismatch


def _number(raw: object) -> int | float:
    if _is_number(raw):
        return raw  # type: ignore[return-value]
    raise _Mismatch


def _datetime(raw: object) -> datetime.datetime:
    if not isinstance(raw, str):
        raise _Mismatch
    try:
        parsed = parse_iso(raw)
    except (ValueError, OverflowError) as exc:
        raise _Mismatch from exc
    # The API promises an offset; a value without one is taken as UTC rather than left naive,
    # so that every DATETIME a caller gets can be compared with every other.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def _object(raw: object, text_keys: Sequence[str], number_keys: Sequence[str]) -> Mapping[str, Any]:
    if not isinstance(raw, dict):
        raise _Mismatch
    for key in text_keys:
        part = raw.get(key)
        if part is not None and not isinstance(part, str):
            raise _Mismatch
    for key in number_keys:
        part = raw.get(key)
        if part is not None and not _is_number(part):
            raise _Mismatch
    return raw


def _address(raw: object) -> Address:
    return Address.from_dict(_object(raw, _ADDRESS_TEXT, _ADDRESS_NUMBERS))


def _full_name(raw: object) -> FullName:
    return FullName.from_dict(_object(raw, ("firstName", "lastName"), ()))


_READERS: dict[str, Callable[[object], FieldValue]] = {
    FieldValueType.ADDRESS: _address,
    FieldValueType.CHECKBOX: _boolean,
    FieldValueType.CURRENCY: _number,
    FieldValueType.DATETIME: _datetime,
    FieldValueType.EMAIL: _text_or_texts,
    FieldValueType.FULL_NAME: _full_name,
    FieldValueType.MARKDOWN: _text,
    FieldValueType.MULTI_SELECT: _texts,
    FieldValueType.NUMBER: _number,
    FieldValueType.SINGLE_SELECT: _text,
    FieldValueType.SOCIAL_HANDLE: _text,
    FieldValueType.TELEPHONE: _text_or_texts,
    FieldValueType.TEXT: _text,
    FieldValueType.URL: _text_or_texts,
}


def decode(value_type: FieldValueType, raw: Any, *, record_id: str | None = None, key: str | None = None) -> Any:
    """Read one raw JSON value as its kind says (an :class:`UnknownValue` for a kind this client
    does not know); raise FieldValueError when the shape is wrong.

    ``record_id`` and ``key`` only serve the error message.
    """
    if raw is None:
        return None
    reader = _READERS.get(value_type)  # a StrEnum member hashes as its value
    if reader is None:
        return UnknownValue(value_type.value, raw)
    try:
        return reader(raw)
    except _Mismatch:
        raise FieldValueError(record_id=record_id, key=key, value_type=value_type.value, value=raw) from None


def check(value_type: FieldValueType, raw: Any) -> bool:
    """Whether ``raw`` has a shape that its kind allows (always true for an unknown kind)."""
    try:
        decode(value_type, raw)
    except FieldValueError:
        return False
    return True


def encode(value: object) -> Any:
    """Turn a Python value into the JSON the API expects for a field's value."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise ValueError(f"a DATETIME needs a timezone-aware datetime, got the naive {value.isoformat()}")
        return value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Address | FullName):
        return value.to_dict()
    if isinstance(value, Sequence) and all(isinstance(item, str) for item in value):
        return list(value)
    raise TypeError(
        f"cannot send a {type(value).__name__} as a field value; use str, int, float, bool, a list of str, "
        "Address, FullName, datetime, date or None"
    )


def encode_fields(fields: Mapping[str, object]) -> dict[str, Any]:
    """Encode every value of a ``fields`` argument of create or update."""
    return {key: encode(value) for key, value in fields.items()}


__all__ = ["FieldInput", "FieldValue", "UnknownValue", "check", "decode", "encode", "encode_fields"]
