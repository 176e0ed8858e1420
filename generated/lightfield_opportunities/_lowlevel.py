# override: adds _lowlevel.py
"""Typed errors for the generator's low-level functions (``api/<tag>/<operation>.py``).

The generated ``_build_response`` called ``HTTPStatus(code)``, which raises ValueError for a status
the standard library does not know (520, say), and ``response.json()``, which raises
JSONDecodeError for an HTML 500 page. codegen/patches.py routes it through :func:`build_response`
instead, so the low-level layer fails the way the rest of the package does.
"""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus
from typing import TypeVar

import httpx

from .errors import SHAPE_ERRORS, APIResponseValidationError, UnexpectedStatus, status_error
from .types import Response

T = TypeVar("T")

_KNOWN_STATUSES = {status.value: status for status in HTTPStatus}


def build_response(response: httpx.Response, parse: Callable[[], T | None]) -> Response[T]:
    """The generated Response, with a documented error body that is not JSON raised as the typed
    error of its status, and a success body that is not the documented shape as
    APIResponseValidationError. ``status_code`` is an int when HTTPStatus has no member for it."""
    try:
        parsed = parse()
    except UnexpectedStatus:
        raise
    except SHAPE_ERRORS as exc:  # JSONDecodeError is a ValueError
        if 200 <= response.status_code < 300:
            raise APIResponseValidationError(
                f"Status {response.status_code} with a body not of the documented shape: {exc}", response=response
            ) from exc
        raise status_error(response) from exc
    return Response(
        status_code=_KNOWN_STATUSES.get(response.status_code, response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )
