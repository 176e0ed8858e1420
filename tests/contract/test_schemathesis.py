"""Schemathesis against the reference server in-process, every check on, stateless and stateful."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.schemas import OpenApiSchema

from tests.contract import hooks  # noqa: F401  (registers the key_accepted check)
from tests.contract.documents import contract_document, fetch_definitions_async
from tests.server.app import Settings, create_app

KEY = "sk_test_contract"
AUTH = {"Authorization": f"Bearer {KEY}"}
APP = create_app(Settings(key=KEY, db=":memory:"))


def load_schema() -> OpenApiSchema:
    async def definitions() -> dict[str, Any]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=APP), base_url="http://testserver") as http:
            return await fetch_definitions_async(http, KEY)

    schema = schemathesis.openapi.from_dict(contract_document(asyncio.run(definitions())))
    schema.app = APP
    # Both modes: valid data must be accepted and invalid data refused.
    schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
    return schema


schema = load_schema()


@schema.parametrize()
@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_operation_conforms_to_the_document(case: schemathesis.Case[Any]) -> None:
    case.call_and_validate(headers=AUTH)


class StatefulRun(schema.as_state_machine()):  # type: ignore[misc]
    """create -> retrieve -> update -> list chains, following the document's links."""

    def setup(self) -> None:
        APP.state.store.reset()  # each example starts from an empty store, so runs do not depend on order

    def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
        return {"headers": AUTH}


TestStateful = StatefulRun.TestCase
TestStateful.settings = settings(
    max_examples=25, stateful_step_count=6, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)


def test_a_run_with_a_wrong_key_fails() -> None:
    """A 401 conforms to the document; the key_accepted check is what makes a wrong key fail the run."""
    operation = schema["/v1/opportunities"]["GET"]

    @given(case=operation.as_strategy())
    @settings(max_examples=3, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case[Any]) -> None:
        case.call_and_validate(headers={"Authorization": "Bearer sk_wrong"})

    with pytest.raises(BaseExceptionGroup) as caught:
        run()
    messages = [str(error) for error in caught.value.exceptions]
    assert any("key_accepted" in message for message in messages), messages


def test_the_same_run_with_the_right_key_passes() -> None:
    operation = schema["/v1/opportunities"]["GET"]

    @given(case=operation.as_strategy())
    @settings(max_examples=3, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case[Any]) -> None:
        case.call_and_validate(headers=AUTH)

    run()
