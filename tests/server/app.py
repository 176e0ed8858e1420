"""The reference server's HTTP surface: the five operations, checked and answered as Lightfield does.

Every API request passes, in order: the bearer key (401), the ``Lightfield-Version`` header (400
``version_header``), the rate limit of its category (429), then the fault knobs. ``/_control/*``
routes (not in the document; same key) reset the store and script faults for tests.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from tests.server import catalogue
from tests.server.limits import OFF, Faults, RateLimiter
from tests.server.storage import Store
from tests.server.validation import Problem, bad_request, page_parameters, validate_create, validate_update

VERSION = "2026-03-01"
MAX_IDEMPOTENCY_KEY = 255


@dataclass
class Settings:
    """How the server runs. ``rate_limit`` is requests per second per category (OFF by default)."""

    key: str = "sk_test_local"
    db: str | Path = ":memory:"
    rate_limit: int = OFF
    latency: float = 0.0
    fail_rate: float = 0.0
    drop_rate: float = 0.0
    broken: bool = False  # answers records without httpLink: a server that breaks the document


class DroppedResponse(Response):
    """Starts an answer, then drops the connection before its body is complete."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        await send({"type": "http.response.body", "body": b'{"id": "opp_', "more_body": True})
        # The server (uvicorn) closes the socket when an app fails mid-answer: the client sees a
        # connection that ended early, which is the fault being simulated.
        raise ConnectionAbortedError("fault injection: connection dropped")


def error_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(problem.body(), status_code=problem.status, headers=headers)


class Context:
    """What a handler needs besides the request."""

    def __init__(self, store: Store, faults: Faults) -> None:
        self.store = store
        self.faults = faults

    async def pause(self) -> None:
        if self.faults.latency:
            await asyncio.sleep(self.faults.latency)


Handler = Callable[[Request, Context], Awaitable[Response]]


def create_app(settings: Settings) -> Starlette:
    store = Store(settings.db, broken=settings.broken)
    limiter = RateLimiter(settings.rate_limit)
    faults = Faults(latency=settings.latency, fail_rate=settings.fail_rate, drop_rate=settings.drop_rate)
    context = Context(store, faults)
    key = f"Bearer {settings.key}".encode()

    def authorized(request: Request) -> bool:
        return hmac.compare_digest(request.headers.get("authorization", "").encode(), key)

    def api(
        category: str, handler: Handler, *, pause_first: bool, query: tuple[str, ...] = ()
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            allowed, headers = limiter.take(category)
            try:
                if not authorized(request):
                    raise Problem(401, "unauthorized", "a valid API key is required as a bearer token")
                if request.headers.get("lightfield-version") != VERSION:
                    raise bad_request(
                        f"the Lightfield-Version header must be {VERSION}",
                        code="version_header",
                        param="Lightfield-Version",
                    )
                if not allowed:
                    raise Problem(429, "too_many_requests", f"over {limiter.limit} {category} requests per second")
                for name in request.query_params:
                    if name not in query:
                        raise bad_request(f"unknown query parameter {name!r}", code="unknown_parameter", param=name)
                fault = faults.next_fault()
                if fault == "fail_before":
                    return error_response(Problem(503, "service_unavailable", "fault injection: try again"))
                if fault == "drop_before":
                    return DroppedResponse()
                if pause_first:
                    await context.pause()
                response = await handler(request, context)
            except Problem as problem:
                return error_response(problem, headers)
            if fault == "fail_after":
                return error_response(Problem(503, "service_unavailable", "fault injection: acted, then failed"))
            if fault == "drop_after":
                return DroppedResponse()
            response.headers.update(headers)
            return response

        return endpoint

    def control(handler: Callable[[dict[str, Any]], None]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            if not authorized(request):
                return error_response(Problem(401, "unauthorized", "a valid API key is required"))
            handler(await request.json() if await request.body() else {})
            return JSONResponse({"ok": True})

        return endpoint

    def set_faults(body: dict[str, Any]) -> None:
        for name, value in body.items():
            if name == "rate_limit":
                limiter.limit = int(value)
            elif hasattr(faults, name) and name != "rng":
                setattr(faults, name, type(getattr(faults, name))(value))

    routes = [
        Route("/v1/opportunities/definitions", api("read", definitions, pause_first=True), methods=["GET"]),
        Route(
            "/v1/opportunities",
            by_method(
                GET=api("search", list_page, pause_first=True, query=("limit", "offset")),
                POST=api("write", create, pause_first=False),
            ),
            methods=["GET", "POST"],
        ),
        Route(
            "/v1/opportunities/{id}",
            by_method(GET=api("read", retrieve, pause_first=True), POST=api("write", update, pause_first=False)),
            methods=["GET", "POST"],
        ),
        Route("/_control/reset", control(lambda body: store.reset()), methods=["POST"]),
        Route("/_control/faults", control(set_faults), methods=["POST"]),
    ]

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "bad_request")
        return JSONResponse(
            {"type": kind, "message": exc.detail, "code": None, "param": None},
            status_code=exc.status_code,
            headers=exc.headers,
        )

    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    app.state.store = store
    return app


def by_method(**handlers: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """One route per path, so that a 405 lists every method the path takes in its Allow header."""

    async def endpoint(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await handlers[method](request)

    return endpoint


# The operations -----------------------------------------------------------------------------------


async def definitions(request: Request, context: Context) -> Response:
    return JSONResponse(catalogue.definitions())


async def list_page(request: Request, context: Context) -> Response:
    limit, offset = page_parameters(request.query_params)
    records, total = context.store.page(limit, offset)
    return JSONResponse({"object": "list", "data": records, "totalCount": total})


async def retrieve(request: Request, context: Context) -> Response:
    opportunity_id = request.path_params["id"]
    record = context.store.retrieve(opportunity_id)
    if record is None:
        raise Problem(404, "not_found", f"no opportunity has the id {opportunity_id!r}")
    return JSONResponse(record)


async def create(request: Request, context: Context) -> Response:
    body = await _json_body(request)
    fields, relationships = validate_create(body)
    return await _write(
        request, context, "create", lambda key: context.store.create(fields, relationships, idempotency=key)
    )


async def update(request: Request, context: Context) -> Response:
    opportunity_id = request.path_params["id"]
    body = await _json_body(request)
    current = context.store.relationships_of(opportunity_id)
    if current is None:
        raise Problem(404, "not_found", f"no opportunity has the id {opportunity_id!r}")
    fields, _ = validate_update(body, current)  # refuse a bad body before the key is claimed

    def write(key: tuple[str, str] | None) -> dict[str, Any]:
        return context.store.update(opportunity_id, fields, lambda now: validate_update(body, now)[1], idempotency=key)

    return await _write(request, context, "update", write)


async def _write(
    request: Request, context: Context, operation: str, write: Callable[[tuple[str, str] | None], dict[str, Any]]
) -> Response:
    key = request.headers.get("idempotency-key")
    if key is not None:
        if not key or len(key) > MAX_IDEMPOTENCY_KEY:
            raise bad_request(
                f"Idempotency-Key must have 1 to {MAX_IDEMPOTENCY_KEY} characters",
                code="idempotency_key_too_long",
                param="Idempotency-Key",
            )
        replay = context.store.claim_key(operation, key)
        if replay is not None:
            return JSONResponse(replay[1], status_code=replay[0], headers={"Idempotent-Replayed": "true"})
    try:
        await context.pause()
        record = write((operation, key) if key is not None else None)
    except BaseException:
        if key is not None:
            context.store.release_key(operation, key)
        raise
    return JSONResponse(record)


async def _json_body(request: Request) -> object:
    content_type = request.headers.get("content-type", "")
    if content_type.split(";")[0].strip().lower() != "application/json":
        raise Problem(415, "unsupported_media_type", "send the body as application/json")
    raw = await request.body()
    try:
        return json.loads(raw, parse_constant=_refuse_constant)
    except ValueError:
        raise bad_request("the body is not valid JSON", code="invalid_json", param="body") from None


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")
