from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.error_envelope import ErrorEnvelope
from ...models.opportunity import Opportunity
from ...models.opportunity_update import OpportunityUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: OpportunityUpdate,
    lightfield_version: str = "2026-03-01",
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Lightfield-Version"] = lightfield_version

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/opportunities/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ErrorEnvelope | Opportunity | None:
    if response.status_code == 200:
        response_200 = Opportunity.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> Error | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Error.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = ErrorEnvelope.from_dict(data)

            return componentsschemas_error_body_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> Error | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Error.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = ErrorEnvelope.from_dict(data)

            return componentsschemas_error_body_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> Error | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Error.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = ErrorEnvelope.from_dict(data)

            return componentsschemas_error_body_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> Error | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Error.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = ErrorEnvelope.from_dict(data)

            return componentsschemas_error_body_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> Error | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Error.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = ErrorEnvelope.from_dict(data)

            return componentsschemas_error_body_type_1

        response_409 = _parse_response_409(response.json())

        return response_409

    if response.status_code == 415:

        def _parse_response_415(data: object) -> Error | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Error.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = ErrorEnvelope.from_dict(data)

            return componentsschemas_error_body_type_1

        response_415 = _parse_response_415(response.json())

        return response_415

    if response.status_code == 422:

        def _parse_response_422(data: object) -> Error | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Error.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = ErrorEnvelope.from_dict(data)

            return componentsschemas_error_body_type_1

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> Error | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Error.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = ErrorEnvelope.from_dict(data)

            return componentsschemas_error_body_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> Error | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Error.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = ErrorEnvelope.from_dict(data)

            return componentsschemas_error_body_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if response.status_code == 503:

        def _parse_response_503(data: object) -> Error | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Error.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = ErrorEnvelope.from_dict(data)

            return componentsschemas_error_body_type_1

        response_503 = _parse_response_503(response.json())

        return response_503

    if response.status_code == 504:

        def _parse_response_504(data: object) -> Error | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Error.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = ErrorEnvelope.from_dict(data)

            return componentsschemas_error_body_type_1

        response_504 = _parse_response_504(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ErrorEnvelope | Opportunity]:
    from ..._lowlevel import build_response  # noqa: PLC0415  (codegen/patches.py)

    return build_response(response, lambda: _parse_response(client=client, response=response))


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
    lightfield_version: str = "2026-03-01",
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | ErrorEnvelope | Opportunity]:
    """Update an opportunity

     Changes only the fields and relationships sent. A field set to null is cleared; a relationship takes
    an add, remove or replace operation.

    Args:
        id (str):
        lightfield_version (str):  Default: '2026-03-01'.
        idempotency_key (str | Unset):
        body (OpportunityUpdate): The changes to make; what is not sent stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ErrorEnvelope | Opportunity]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        lightfield_version=lightfield_version,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
    lightfield_version: str = "2026-03-01",
    idempotency_key: str | Unset = UNSET,
) -> Error | ErrorEnvelope | Opportunity | None:
    """Update an opportunity

     Changes only the fields and relationships sent. A field set to null is cleared; a relationship takes
    an add, remove or replace operation.

    Args:
        id (str):
        lightfield_version (str):  Default: '2026-03-01'.
        idempotency_key (str | Unset):
        body (OpportunityUpdate): The changes to make; what is not sent stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ErrorEnvelope | Opportunity
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        lightfield_version=lightfield_version,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
    lightfield_version: str = "2026-03-01",
    idempotency_key: str | Unset = UNSET,
) -> Response[Error | ErrorEnvelope | Opportunity]:
    """Update an opportunity

     Changes only the fields and relationships sent. A field set to null is cleared; a relationship takes
    an add, remove or replace operation.

    Args:
        id (str):
        lightfield_version (str):  Default: '2026-03-01'.
        idempotency_key (str | Unset):
        body (OpportunityUpdate): The changes to make; what is not sent stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ErrorEnvelope | Opportunity]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        lightfield_version=lightfield_version,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OpportunityUpdate,
    lightfield_version: str = "2026-03-01",
    idempotency_key: str | Unset = UNSET,
) -> Error | ErrorEnvelope | Opportunity | None:
    """Update an opportunity

     Changes only the fields and relationships sent. A field set to null is cleared; a relationship takes
    an add, remove or replace operation.

    Args:
        id (str):
        lightfield_version (str):  Default: '2026-03-01'.
        idempotency_key (str | Unset):
        body (OpportunityUpdate): The changes to make; what is not sent stays as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ErrorEnvelope | Opportunity
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            lightfield_version=lightfield_version,
            idempotency_key=idempotency_key,
        )
    ).parsed
