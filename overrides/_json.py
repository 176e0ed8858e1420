# override: adds _json.py
"""JSON helpers shared by the lazy models and the client."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def copy_json(value: Any) -> Any:
    """A deep copy of JSON data (dicts, lists and scalars).

    The lazy models hand out copies from ``to_dict()`` so that a caller editing the result cannot
    change the record it came from. Written here rather than using ``copy.deepcopy`` because
    JSON needs none of deepcopy's memo and dispatch machinery, which makes it several times slower.
    """
    if isinstance(value, dict):
        return {key: copy_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [copy_json(item) for item in value]
    return value


def to_json(value: Any) -> Any:
    """Turn a request argument into JSON data: models by their ``to_dict()``, mappings into dicts,
    tuples and other non-string sequences into lists; scalars as they are."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, str | bytes):
        return value
    if isinstance(value, Sequence):
        return [to_json(item) for item in value]
    return value
