# override: adds _dates.py
"""ISO 8601 timestamps, read with python-dateutil.

The standard library's C ``datetime.fromisoformat`` reads the RFC 3339 timestamps the API sends
some thirty times faster than dateutil's ``isoparse`` and gives the same datetime, so it goes first;
whatever it refuses (``24:00``, week dates, ordinal dates, ...) goes to dateutil, the parser of
record. dateutil's parser costs several milliseconds to import, and many jobs never need it, so it
is imported on first use.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

_isoparse: Callable[[str], datetime.datetime] | None = None


def parse_iso(text: str) -> datetime.datetime:
    """Parse an ISO 8601 timestamp; raises ValueError (or OverflowError) when it is not one."""
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        pass
    global _isoparse
    if _isoparse is None:
        from dateutil.parser import isoparse  # noqa: PLC0415 - see the module docstring

        _isoparse = isoparse
    return _isoparse(text)
