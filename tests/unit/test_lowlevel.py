"""The generator's low-level functions fail with the package's typed errors, never a bare one."""

from __future__ import annotations

from http import HTTPStatus

import httpx
import pytest
from lightfield_opportunities import (
    APIResponseValidationError,
    AuthenticatedClient,
    InternalServerError,
    OpportunityList,
    UnexpectedStatus,
)
from lightfield_opportunities.api.opportunity import list_
from lightfield_opportunities.models import Error


def client(status: int, text: str, *, strict: bool = False) -> AuthenticatedClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, text=text))
    return AuthenticatedClient(
        base_url="https://api.example.test",
        token="sk_secret",
        raise_on_unexpected_status=strict,
        httpx_args={"transport": transport},
    )


def test_documented_answer_is_parsed() -> None:
    answer = list_.sync_detailed(client=client(200, '{"object": "list", "data": [], "totalCount": 0}'))
    assert answer.status_code == HTTPStatus.OK and isinstance(answer.parsed, OpportunityList)


def test_documented_error_with_json_is_returned_as_its_model() -> None:
    answer = list_.sync_detailed(client=client(400, '{"type": "bad_request", "message": "no"}'))
    assert isinstance(answer.parsed, Error) and answer.parsed.type_ == "bad_request"


def test_html_500_raises_internal_server_error_not_json_decode_error() -> None:
    with pytest.raises(InternalServerError) as caught:
        list_.sync_detailed(client=client(500, "<html>oops</html>"))
    assert caught.value.body == "<html>oops</html>"


def test_success_that_is_not_json_raises_validation_error() -> None:
    with pytest.raises(APIResponseValidationError):
        list_.sync(client=client(200, "<html>maintenance</html>"))


def test_unknown_status_keeps_its_number() -> None:
    answer = list_.sync_detailed(client=client(520, "<html>origin error</html>"))
    assert answer.status_code == 520 and answer.parsed is None


def test_unknown_status_raises_unexpected_status_when_asked() -> None:
    with pytest.raises(UnexpectedStatus) as caught:
        list_.sync_detailed(client=client(520, "<html>origin error</html>", strict=True))
    assert caught.value.status_code == 520 and caught.value.content == b"<html>origin error</html>"


def test_generated_client_keeps_the_key_out_of_its_repr_and_has_a_timeout() -> None:
    low = client(200, "{}")
    assert "sk_secret" not in repr(low)
    assert low.get_httpx_client().timeout == httpx.Timeout(30.0, connect=5.0)
