# override: replaces errors.py sha256=b6ba7ea79aa7d7f24b47119985d1ed20268d3da0ab70309ee138088a106b6af9
"""Every exception this package raises, in one tree.

The names follow the official ``lightfield`` SDK, so that code catching its errors keeps working::

    LightfieldError
    ├── APIError
    │   ├── APIConnectionError          the request never got an answer
    │   │   └── APITimeoutError
    │   ├── APIResponseValidationError  a 2xx whose body is not JSON or not the documented shape
    │   └── APIStatusError              any answer of 4xx or 5xx
    │       ├── BadRequestError          400
    │       ├── AuthenticationError      401
    │       ├── PermissionDeniedError    403
    │       ├── NotFoundError            404
    │       ├── ConflictError            409
    │       ├── UnprocessableEntityError 422
    │       ├── RateLimitError           429
    │       ├── InternalServerError      500 and above, 520 included
    │       └── UnexpectedStatus         raised by the low-level api/ functions for an
    │                                    undocumented status
    └── FieldValueError                 a field value whose shape contradicts its valueType
                                        (also a ValueError)

The generated ``errors.py`` held only ``UnexpectedStatus``; this module keeps that name and its
``(status_code, content)`` constructor so the generated endpoint modules work unchanged.
"""

from __future__ import annotations

import json
from typing import Any

import httpx


class LightfieldError(Exception):
    """The base of every error raised by this package."""


class APIError(LightfieldError):
    """An error in talking to the API. ``request`` is the request that failed, when known."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No answer came: the connection failed or was dropped."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No answer came in time."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A success status whose body is not JSON, or not of the documented shape."""

    response: httpx.Response
    status_code: int
    body: object

    def __init__(self, message: str, *, response: httpx.Response, body: object = None) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class APIStatusError(APIError):
    """An answer of 4xx or 5xx.

    ``body`` is the parsed JSON body (or the text when it is not JSON); ``type``, ``code``,
    ``param`` and ``error_message`` come from the error object, flat or wrapped in ``error``.
    """

    response: httpx.Response
    status_code: int
    body: object
    type: str | None
    code: str | None
    param: str | None
    error_message: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, request=response.request if _has_request(response) else None)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        error = _error_object(body)
        self.type = _text(error.get("type"))
        self.code = _text(error.get("code"))
        self.param = _text(error.get("param"))
        self.error_message = _text(error.get("message"))


class BadRequestError(APIStatusError):
    """400: the request is malformed (see ``code`` and ``param``)."""


class AuthenticationError(APIStatusError):
    """401: no API key, or a key the server does not accept."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such record."""


class ConflictError(APIStatusError):
    """409: a unique value is taken, or the same Idempotency-Key is still running."""


class UnprocessableEntityError(APIStatusError):
    """422: the body is well formed but cannot be applied."""


class RateLimitError(APIStatusError):
    """429: over the rate limit; ``retry_after`` is the wait the server asked for, in seconds."""

    @property
    def retry_after(self) -> float | None:
        value = self.response.headers.get("retry-after")
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class InternalServerError(APIStatusError):
    """500 and above: the server failed; the request may be retried."""


class UnexpectedStatus(APIStatusError):
    """Raised by the low-level ``api/`` functions for a status the document does not list, when the
    generated ``Client`` has ``raise_on_unexpected_status=True``."""

    content: bytes

    def __init__(self, status_code: int, content: bytes) -> None:
        response = httpx.Response(status_code, content=content)
        body = _decode_body(content)
        super().__init__(_status_message(status_code, body), response=response, body=body)
        self.content = content


class FieldValueError(LightfieldError, ValueError):
    """A field's value does not have the shape its ``valueType`` requires.

    Raised when the value is read (``entry.value``), never while a record or page is parsed, so
    the rest of the record and page stay readable. ``value`` is the raw JSON value.
    """

    record_id: str | None
    key: str | None
    value_type: str
    value: object

    def __init__(self, *, record_id: str | None, key: str | None, value_type: str, value: object) -> None:
        shown = json.dumps(value, default=repr)
        if len(shown) > 200:
            shown = shown[:197] + "..."
        where = f"field {key!r}" if key is not None else "a field"
        if record_id is not None:
            where += f" of record {record_id!r}"
        super().__init__(f"{where} has valueType {value_type} but its value {shown} does not fit it")
        self.record_id = record_id
        self.key = key
        self.value_type = value_type
        self.value = value


# What a generated from_dict raises on a body of the wrong shape.
SHAPE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for a 4xx or 5xx answer, whatever its body (JSON, HTML or nothing)."""
    body = _decode_body(response.content)
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(_status_message(status, body), response=response, body=body)


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed error of a non-2xx answer."""
    if not 200 <= response.status_code < 300:
        raise status_error(response)


def _decode_body(content: bytes) -> object:
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")


def _error_object(body: object) -> dict[str, Any]:
    if isinstance(body, dict):
        inner = body.get("error")
        return inner if isinstance(inner, dict) else body
    return {}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _status_message(status: int, body: object) -> str:
    error = _error_object(body)
    parts = [f"Error code: {status}"]
    for key in ("type", "code", "param", "message"):
        value = _text(error.get(key))
        if value:
            parts.append(f"{key}={value}")
    if not error and isinstance(body, str) and body:
        snippet = " ".join(body.split())
        parts.append(f"body={snippet[:120]!r}")
    return " ".join(parts[:1]) + (" - " + ", ".join(parts[1:]) if len(parts) > 1 else "")


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - httpx raises when a response was built without a request
    except RuntimeError:
        return False
    return True


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FieldValueError",
    "InternalServerError",
    "LightfieldError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "raise_for_status",
    "status_error",
]
