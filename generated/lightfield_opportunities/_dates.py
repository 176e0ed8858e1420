# override: adds _dates.py
"""ISO 8601 timestamps, read with python-dateutil.

dateutil's parser costs several milliseconds to import, a good share of this package's import
time, and many jobs never read a timestamp; so it is imported on the first parse, not before.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

_isoparse: Callable[[str], datetime.datetime] | None = None


def parse_iso(text: str) -> datetime.datetime:
    """Parse an ISO 8601 timestamp; raises ValueError (or OverflowError) when it is not one."""
    global _isoparse
    if _isoparse is None:
        from dateutil.parser import isoparse  # noqa: PLC0415 - see the module docstring

        _isoparse = isoparse
    return _isoparse(text)
