# override: adds _json.py
"""JSON helpers shared by the lazy models and the client."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar


class _Body(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


M_co = TypeVar("M_co", bound=_Body, covariant=True)


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


class _Model(Protocol[M_co]):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> M_co: ...


def checked_body(model: type[_Model[M_co]], body: dict[str, Any]) -> M_co:
    """The generated request-body model for ``body``, refusing anything the model would drop.

    A generated model silently leaves out keys its schema does not name (``{"add": ..., "remvoe":
    ...}`` would send the add and lose the typo); a request must go out as the caller wrote it.
    """
    built = model.from_dict(body)
    sent = built.to_dict()
    if sent != body:
        raise ValueError(f"{model.__name__} cannot carry {_dropped(body, sent)}; check the names and shapes")
    return built


def _dropped(wanted: Any, sent: Any, path: str = "") -> str:
    if isinstance(wanted, dict) and isinstance(sent, dict):
        for key, value in wanted.items():
            if key not in sent:
                return f"{path}{key!s}"
            if value != sent[key]:
                return _dropped(value, sent[key], f"{path}{key!s}.")
    return path.rstrip(".") or "this value"
