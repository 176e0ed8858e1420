# override: adds _client.py
"""What every SDK call goes through: settings, the request, retries, and reading the answer.

``Lightfield`` and ``AsyncLightfield`` (rendered into ``api/__init__.py`` from the document) add one
resource per tag on top of :class:`ClientCore` and :class:`AsyncClientCore`. A resource method
builds its request with the generated ``_get_kwargs`` of its operation and hands it to
``request()`` here, with the generated model's ``from_dict`` to read the answer.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Generic, Self, TypedDict, TypeVar
from urllib.parse import urlsplit

import attrs
import httpx

from ._ratelimit import DEFAULT_RATE_LIMIT, RateLimiter, header_int
from ._retry import RetryPolicy
from .errors import (
    SHAPE_ERRORS,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    LightfieldError,
    raise_for_status,
)

T = TypeVar("T")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)

DEFAULT_BASE_URL = "https://api.lightfield.app"
DEFAULT_VERSION = "2026-03-01"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
MAX_IDEMPOTENCY_KEY = 255
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})  # urlsplit's hostname has no brackets


class RequestOptions(TypedDict, total=False):
    """Settings of one call, over the client's: ``timeout`` (seconds or an httpx.Timeout),
    ``max_retries`` and ``extra_headers``."""

    timeout: float | httpx.Timeout
    max_retries: int
    extra_headers: Mapping[str, str]


class _Settings(Generic[H]):
    """Settings and request building shared by the sync and async clients.

    Settings (every one keyword-only):

    - ``api_key``: the bearer key; ``LIGHTFIELD_API_KEY`` when not given. Required.
    - ``base_url``: ``LIGHTFIELD_BASE_URL`` when not given, else ``https://api.lightfield.app``.
      Plain ``http://`` is refused for any host but localhost unless ``allow_insecure_http=True``.
    - ``timeout``: seconds or an ``httpx.Timeout``; default 30 s with 5 s to connect. Never None.
    - ``max_retries``: retries of a failed call (connection errors, 408, 409, 429, 5xx); default 2.
    - ``default_headers``: sent with every request.
    - ``lightfield_version``: the ``Lightfield-Version`` header; default 2026-03-01.
    - ``http_client``: an ``httpx.Client`` (``httpx.AsyncClient`` for the async client) of your
      own; auth, version, timeout and retries still apply, and closing this client leaves it open.
    - ``retry_policy``: a :class:`RetryPolicy` to replace the default one (``max_retries`` wins).
    - ``rate_limit``: requests per second per category (read, write, search) that the client keeps
      under, adapting to the server's rate-limit headers; default 25, None to turn it off.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        lightfield_version: str = DEFAULT_VERSION,
        allow_insecure_http: bool = False,
        retry_policy: RetryPolicy | None = None,
        rate_limit: int | None = DEFAULT_RATE_LIMIT,
        http_client: H | None = None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get("LIGHTFIELD_API_KEY")
        if not key:
            raise LightfieldError("No API key: pass api_key=... or set the LIGHTFIELD_API_KEY environment variable.")
        url = str(base_url or os.environ.get("LIGHTFIELD_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LightfieldError(f"base_url must be an http(s) URL with a host, got {url!r}")
        if parts.scheme == "http" and parts.hostname not in _LOCAL_HOSTS and not allow_insecure_http:
            raise LightfieldError(
                f"Refusing to send the API key in clear text to {parts.hostname}: use https, or pass "
                "allow_insecure_http=True if you really mean it."
            )
        if timeout is None:
            raise LightfieldError("timeout cannot be None: a call without a timeout can hang forever")
        if max_retries < 0:
            raise LightfieldError("max_retries cannot be negative")
        self._api_key = key
        self.base_url = url
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.lightfield_version = lightfield_version
        self.default_headers = dict(default_headers or {})
        self.allow_insecure_http = allow_insecure_http
        self.retry_policy = attrs.evolve(retry_policy or RetryPolicy(), max_retries=max_retries)
        self.rate_limit = rate_limit
        self._limiters: dict[str, RateLimiter] = {}
        self._headers = {
            **self.default_headers,
            "Authorization": f"Bearer {key}",
            "Lightfield-Version": lightfield_version,
            "Accept": "application/json",
        }
        self._owns_http = http_client is None
        self._http: H = http_client if http_client is not None else self._new_http_client()

    def _new_http_client(self) -> H:
        raise NotImplementedError

    @property
    def max_retries(self) -> int:
        return self.retry_policy.max_retries

    def __repr__(self) -> str:
        # The key is left out on purpose: reprs end up in logs and tracebacks.
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, lightfield_version={self.lightfield_version!r}, "
            f"max_retries={self.max_retries})"
        )

    def _settings(self, **changes: Any) -> dict[str, Any]:
        settings: dict[str, Any] = {
            "api_key": self._api_key,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "default_headers": self.default_headers,
            "lightfield_version": self.lightfield_version,
            "allow_insecure_http": self.allow_insecure_http,
            "retry_policy": self.retry_policy,
            "rate_limit": self.rate_limit,
        }
        settings.update(changes)
        return settings

    def with_options(self, **changes: Any) -> Self:
        """A client with some settings changed (any constructor argument), sharing this one's connections."""
        clone = type(self)(**self._settings(http_client=self._http, **changes))
        clone._owns_http = False
        if clone.rate_limit == self.rate_limit:
            clone._limiters = self._limiters  # the same key shares the same budget
        return clone

    def _build_request(
        self,
        spec: Mapping[str, Any],
        options: RequestOptions | None,
        idempotent_write: bool,
    ) -> httpx.Request:
        headers = {**self._headers, **spec.get("headers", {})}
        timeout = self.timeout
        if options:
            headers.update(options.get("extra_headers", {}))
            if "timeout" in options:
                timeout = _timeout(options["timeout"])
        if idempotent_write:
            # Made once per call, before the first attempt, so every retry of it carries the same key.
            key = headers.setdefault("Idempotency-Key", str(uuid.uuid4()))
            if len(key) > MAX_IDEMPOTENCY_KEY:
                raise LightfieldError(
                    f"Idempotency-Key is {len(key)} characters; the API takes at most {MAX_IDEMPOTENCY_KEY}"
                )
        return self._http.build_request(
            spec["method"],
            self.base_url + spec["url"],
            params=spec.get("params"),
            json=spec.get("json"),
            headers=headers,
            timeout=timeout,
        )

    def _limiter(self, category: str) -> RateLimiter | None:
        if self.rate_limit is None:
            return None
        limiter = self._limiters.get(category)
        if limiter is None:
            limiter = self._limiters.setdefault(category, RateLimiter(self.rate_limit))
        return limiter

    def _policy(self, options: RequestOptions | None) -> RetryPolicy:
        if options and "max_retries" in options:
            return attrs.evolve(self.retry_policy, max_retries=options["max_retries"])
        return self.retry_policy


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if value is None:
        raise LightfieldError("timeout cannot be None: a call without a timeout can hang forever")
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out: {type(exc).__name__}", request=request)
    return APIConnectionError(f"Connection error: {type(exc).__name__}: {exc}", request=request)


def _next_wait(
    policy: RetryPolicy,
    request: httpx.Request,
    retry: int,
    response: httpx.Response | None,
    error: httpx.TransportError | None,
) -> float | None:
    """The wait before the next attempt (logged), or None when this outcome is final."""
    if retry >= policy.max_retries:
        return None
    if response is not None and not policy.retries_status(response.status_code):
        return None
    wait = policy.delay(retry, response)
    reason = f"status {response.status_code}" if response is not None else type(error).__name__
    policy.log(request, retry, wait, reason)
    return wait


def read_response(response: httpx.Response, parse: Callable[[Any], T]) -> T:
    """Raise the typed error for a non-2xx answer, else read the body with ``parse``."""
    raise_for_status(response)
    try:
        body = json.loads(response.content)
    except ValueError:
        text = response.content.decode("utf-8", errors="replace")
        raise APIResponseValidationError(
            f"Status {response.status_code} with a body that is not JSON: {text[:120]!r}",
            response=response,
            body=text,
        ) from None
    try:
        return parse(body)
    except SHAPE_ERRORS as exc:
        raise APIResponseValidationError(
            f"Status {response.status_code} with a body not of the documented shape: {exc}",
            response=response,
            body=body,
        ) from exc


@attrs.frozen
class APIResponse(Generic[T]):
    """An answer with everything HTTP about it, from ``client.<resource>.with_raw_response``.

    ``parse()`` reads the body into the operation's model (raising as the plain method would);
    ``rate_limit`` has the X-RateLimit-* headers as integers (None when absent).
    """

    http_response: httpx.Response
    _parse: Callable[[Any], T] = attrs.field(alias="parse")

    @classmethod
    def checked(cls, response: httpx.Response, parse: Callable[[Any], T]) -> APIResponse[T]:
        """Raise the typed error for a non-2xx answer, as the plain methods do."""
        raise_for_status(response)
        return cls(response, parse=parse)

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def rate_limit(self) -> dict[str, int | None]:
        return {name: header_int(self.headers, f"x-ratelimit-{name}") for name in ("limit", "remaining", "reset")}

    def parse(self) -> T:
        return read_response(self.http_response, self._parse)


# ClientCore and AsyncClientCore are twins that differ only by ``await``: the decisions they share
# (building the request, pacing, when and how long to retry, reading the answer) live above.
class ClientCore(_Settings[httpx.Client]):
    __doc__ = _Settings.__doc__

    def _new_http_client(self) -> httpx.Client:
        return httpx.Client(timeout=self.timeout)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def send(
        self,
        spec: Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
        idempotent_write: bool = False,
        category: str = "read",
    ) -> httpx.Response:
        """Send a request built by a generated ``_get_kwargs``: paced by the rate limiter of its
        category, retried as the policy says. Returns the final answer, whatever its status."""
        request = self._build_request(spec, options, idempotent_write)
        policy = self._policy(options)
        limiter = self._limiter(category)
        retry = 0
        while True:
            if limiter is not None and (pause := limiter.reserve()) > 0:
                policy.sleep(pause)
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                wait = _next_wait(policy, request, retry, None, exc)
                if wait is None:
                    raise _connection_error(exc, request) from exc
            else:
                if limiter is not None:
                    limiter.observe(response)
                wait = _next_wait(policy, request, retry, response, None)
                if wait is None:
                    return response
                response.close()
            policy.sleep(wait)
            retry += 1

    def request(
        self,
        spec: Mapping[str, Any],
        parse: Callable[[Any], T],
        *,
        options: RequestOptions | None = None,
        idempotent_write: bool = False,
        category: str = "read",
    ) -> T:
        response = self.send(spec, options=options, idempotent_write=idempotent_write, category=category)
        return read_response(response, parse)

    def request_raw(
        self,
        spec: Mapping[str, Any],
        parse: Callable[[Any], T],
        *,
        options: RequestOptions | None = None,
        idempotent_write: bool = False,
        category: str = "read",
    ) -> APIResponse[T]:
        response = self.send(spec, options=options, idempotent_write=idempotent_write, category=category)
        return APIResponse.checked(response, parse)


class AsyncClientCore(_Settings[httpx.AsyncClient]):
    __doc__ = _Settings.__doc__

    def _new_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self.timeout)

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def send(
        self,
        spec: Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
        idempotent_write: bool = False,
        category: str = "read",
    ) -> httpx.Response:
        """Send a request built by a generated ``_get_kwargs``: paced by the rate limiter of its
        category, retried as the policy says. Returns the final answer, whatever its status."""
        request = self._build_request(spec, options, idempotent_write)
        policy = self._policy(options)
        limiter = self._limiter(category)
        retry = 0
        while True:
            if limiter is not None and (pause := limiter.reserve()) > 0:
                await policy.async_sleep(pause)
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                wait = _next_wait(policy, request, retry, None, exc)
                if wait is None:
                    raise _connection_error(exc, request) from exc
            else:
                if limiter is not None:
                    limiter.observe(response)
                wait = _next_wait(policy, request, retry, response, None)
                if wait is None:
                    return response
                await response.aclose()
            await policy.async_sleep(wait)
            retry += 1

    async def request(
        self,
        spec: Mapping[str, Any],
        parse: Callable[[Any], T],
        *,
        options: RequestOptions | None = None,
        idempotent_write: bool = False,
        category: str = "read",
    ) -> T:
        response = await self.send(spec, options=options, idempotent_write=idempotent_write, category=category)
        return read_response(response, parse)

    async def request_raw(
        self,
        spec: Mapping[str, Any],
        parse: Callable[[Any], T],
        *,
        options: RequestOptions | None = None,
        idempotent_write: bool = False,
        category: str = "read",
    ) -> APIResponse[T]:
        response = await self.send(spec, options=options, idempotent_write=idempotent_write, category=category)
        return APIResponse.checked(response, parse)
