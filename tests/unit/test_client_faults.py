"""Answers a real server rarely gives, injected with httpx.MockTransport: each becomes a typed error.

What a real server can show (headers, auth, paths, status codes it sends) is tested end to end
against the reference server in tests/e2e.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from lightfield_opportunities import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncLightfield,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    Lightfield,
    LightfieldError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    UnprocessableEntityError,
)

from tests.samples import record

Handler = Callable[[httpx.Request], httpx.Response]
NO_WAIT = RetryPolicy(sleep=lambda seconds: None)


def client(handler: Handler, **settings: Any) -> Lightfield:
    settings.setdefault("max_retries", 0)
    return Lightfield(
        api_key="sk_test_secret",
        base_url="https://api.example.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        retry_policy=NO_WAIT,
        **settings,
    )


def answer(status: int, body: Any = None, *, text: str | None = None, **headers: str) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return handler


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (415, APIStatusError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_maps_to_its_typed_error(status: int, error: type[APIStatusError]) -> None:
    body = {"type": "x", "message": "went wrong", "code": "c", "param": "fields.bogus"}
    with pytest.raises(error) as caught:
        client(answer(status, body)).opportunity.retrieve("opp_1")
    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert (caught.value.type, caught.value.code, caught.value.param) == ("x", "c", "fields.bogus")
    assert caught.value.error_message == "went wrong"
    assert caught.value.body == body
    assert caught.value.response.status_code == status


def test_error_wrapped_in_error_key_is_read_too() -> None:
    body = {"error": {"type": "bad_request", "message": "nope", "code": "unknown_field", "param": "fields.x"}}
    with pytest.raises(BadRequestError) as caught:
        client(answer(400, body)).opportunity.retrieve("opp_1")
    assert (caught.value.type, caught.value.code, caught.value.param) == ("bad_request", "unknown_field", "fields.x")
    assert "unknown_field" in str(caught.value)


def test_html_502_is_an_internal_server_error_with_its_text() -> None:
    with pytest.raises(InternalServerError) as caught:
        client(answer(502, text="<html><body>Bad gateway</body></html>")).opportunity.list()
    assert caught.value.status_code == 502
    assert caught.value.body == "<html><body>Bad gateway</body></html>"
    assert caught.value.code is None
    assert "Bad gateway" in str(caught.value)


def test_empty_error_body_still_raises_typed_error() -> None:
    with pytest.raises(NotFoundError) as caught:
        client(answer(404, text="")).opportunity.retrieve("opp_1")
    assert caught.value.body is None


def test_success_that_is_not_json_is_a_validation_error() -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        client(answer(200, text="<html>maintenance</html>")).opportunity.retrieve("opp_1")
    assert caught.value.status_code == 200
    assert not isinstance(caught.value, json.JSONDecodeError)


def test_truncated_json_is_a_validation_error() -> None:
    truncated = json.dumps(record())[:-20]
    with pytest.raises(APIResponseValidationError):
        client(answer(200, text=truncated)).opportunity.retrieve("opp_1")


@pytest.mark.parametrize(
    "body",
    [[], {"object": "list"}, {"object": "list", "data": [{"id": 1}], "totalCount": 1}, "text", None],
)
def test_list_body_of_the_wrong_shape_is_a_validation_error(body: Any) -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        client(answer(200, text=json.dumps(body))).opportunity.list()
    assert caught.value.body == body


def test_dropped_connection_is_a_connection_error() -> None:
    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)

    with pytest.raises(APIConnectionError) as caught:
        client(drop).opportunity.list()
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)


def test_timeout_is_a_timeout_error() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(APITimeoutError):
        client(slow).opportunity.list()


def test_async_client_raises_the_same_typed_errors() -> None:
    async def run() -> None:
        transport = httpx.MockTransport(answer(502, text="<html>bad</html>"))
        async with AsyncLightfield(
            api_key="k",
            base_url="https://api.example.test",
            http_client=httpx.AsyncClient(transport=transport),
            max_retries=0,
        ) as lightfield:
            with pytest.raises(InternalServerError):
                await lightfield.opportunity.list()

    asyncio.run(run())


def test_api_key_appears_in_no_repr_or_error() -> None:
    secret = "sk_test_secret"
    lightfield = client(answer(401, {"type": "unauthorized", "message": "bad key"}))
    assert secret not in repr(lightfield)
    with pytest.raises(AuthenticationError) as caught:
        lightfield.opportunity.list()
    assert secret not in str(caught.value) and secret not in repr(caught.value)


def test_missing_api_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LIGHTFIELD_API_KEY", raising=False)
    with pytest.raises(LightfieldError, match="LIGHTFIELD_API_KEY"):
        Lightfield()


def test_api_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIGHTFIELD_API_KEY", "sk_env")
    monkeypatch.setenv("LIGHTFIELD_BASE_URL", "https://env.example.test/")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"object": "list", "data": [], "totalCount": 0})

    Lightfield(http_client=httpx.Client(transport=httpx.MockTransport(handler))).opportunity.list()
    assert seen[0].headers["authorization"] == "Bearer sk_env"
    assert str(seen[0].url).startswith("https://env.example.test/v1/opportunities")


def test_plain_http_to_a_remote_host_is_refused() -> None:
    with pytest.raises(LightfieldError, match="clear text"):
        Lightfield(api_key="k", base_url="http://api.example.test")
    Lightfield(api_key="k", base_url="http://api.example.test", allow_insecure_http=True).close()
    Lightfield(api_key="k", base_url="http://127.0.0.1:9").close()


def test_timeout_defaults_to_30s_with_5s_connect_and_cannot_be_none() -> None:
    lightfield = Lightfield(api_key="k")
    assert lightfield.timeout == httpx.Timeout(30.0, connect=5.0)
    with pytest.raises(LightfieldError):
        Lightfield(api_key="k", timeout=None)  # type: ignore[arg-type]
