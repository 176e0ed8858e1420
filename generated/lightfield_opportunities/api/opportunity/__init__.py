"""The opportunity operations: low-level modules (one per operation) and the
OpportunityResource / AsyncOpportunityResource classes that Lightfield and AsyncLightfield expose."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ... import _paging
from ..._json import checked_body, to_json
from ...field_value import FieldInput, encode_fields
from ...models.opportunity import Opportunity
from ...models.opportunity_create import OpportunityCreate
from ...models.opportunity_definitions import OpportunityDefinitions
from ...models.opportunity_list import OpportunityList
from ...models.opportunity_update import OpportunityUpdate
from ...models.relationship_operation import RelationshipOperation
from ...types import UNSET, Unset
from . import create as _create
from . import definitions as _definitions
from . import list_ as _list_
from . import retrieve as _retrieve
from . import update as _update

if TYPE_CHECKING:
    from ..._client import APIResponse, AsyncClientCore, ClientCore, RequestOptions


class OpportunityResource:
    """The opportunity operations of a :class:`Lightfield` client."""

    def __init__(self, client: ClientCore) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OpportunityResourceWithRawResponse:
        """The same operations, answering an :class:`APIResponse` with status and headers."""
        return OpportunityResourceWithRawResponse(self._client)

    def definitions(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> OpportunityDefinitions:
        """Get opportunity field definitions.

        Describes every field and relationship an opportunity can carry in this organization, system
        ones (keys starting with `$`) and custom ones alike.

        ``options`` sets the timeout, retries or extra headers of this call alone. Raises an
        ``APIStatusError`` subclass for a 4xx or 5xx answer, ``APIConnectionError`` when no answer
        comes, ``APIResponseValidationError`` for a success body of the wrong shape.
        """
        request = _definitions._get_kwargs(
            lightfield_version=self._client.lightfield_version,
        )
        return self._client.request(
            request,
            OpportunityDefinitions.from_dict,
            options=options,
            idempotent_write=False,
            category="read",
        )

    def list(
        self,
        *,
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        options: RequestOptions | None = None,
    ) -> OpportunityList:
        """List opportunities.

        One page of opportunities, newest first by creation time.

        ``options`` sets the timeout, retries or extra headers of this call alone. Raises an
        ``APIStatusError`` subclass for a 4xx or 5xx answer, ``APIConnectionError`` when no answer
        comes, ``APIResponseValidationError`` for a success body of the wrong shape.
        """
        request = _list_._get_kwargs(
            limit=limit,
            offset=offset,
            lightfield_version=self._client.lightfield_version,
        )
        return self._client.request(
            request,
            OpportunityList.from_dict,
            options=options,
            idempotent_write=False,
            category="search",
        )

    def create(
        self,
        *,
        fields: Mapping[str, FieldInput],
        relationships: Mapping[str, str | Sequence[str]],
        idempotency_key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Opportunity:
        """Create an opportunity.

        Creates one opportunity. `$name` and the `$account` relationship are required. Send an
        `Idempotency-Key` to make a retried create act once.

        ``options`` sets the timeout, retries or extra headers of this call alone. Raises an
        ``APIStatusError`` subclass for a 4xx or 5xx answer, ``APIConnectionError`` when no answer
        comes, ``APIResponseValidationError`` for a success body of the wrong shape.
        """
        body_json: dict[str, Any] = {}
        body_json["fields"] = encode_fields(fields)
        body_json["relationships"] = to_json(relationships)
        request = _create._get_kwargs(
            body=checked_body(OpportunityCreate, body_json),
            idempotency_key=idempotency_key,
            lightfield_version=self._client.lightfield_version,
        )
        return self._client.request(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=True,
            category="write",
        )

    def retrieve(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> Opportunity:
        """Retrieve an opportunity.

        One opportunity by its id.

        ``options`` sets the timeout, retries or extra headers of this call alone. Raises an
        ``APIStatusError`` subclass for a 4xx or 5xx answer, ``APIConnectionError`` when no answer
        comes, ``APIResponseValidationError`` for a success body of the wrong shape.
        """
        request = _retrieve._get_kwargs(
            id,
            lightfield_version=self._client.lightfield_version,
        )
        return self._client.request(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=False,
            category="read",
        )

    def update(
        self,
        id: str,
        *,
        fields: Mapping[str, FieldInput] | None = None,
        relationships: Mapping[str, RelationshipOperation | Mapping[str, Any]] | None = None,
        idempotency_key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Opportunity:
        """Update an opportunity.

        Changes only the fields and relationships sent. A field set to null is cleared; a
        relationship takes an add, remove or replace operation.

        ``options`` sets the timeout, retries or extra headers of this call alone. Raises an
        ``APIStatusError`` subclass for a 4xx or 5xx answer, ``APIConnectionError`` when no answer
        comes, ``APIResponseValidationError`` for a success body of the wrong shape.
        """
        body_json: dict[str, Any] = {}
        if fields is not None:
            body_json["fields"] = encode_fields(fields)
        if relationships is not None:
            body_json["relationships"] = to_json(relationships)
        request = _update._get_kwargs(
            id,
            body=checked_body(OpportunityUpdate, body_json),
            idempotency_key=idempotency_key,
            lightfield_version=self._client.lightfield_version,
        )
        return self._client.request(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=True,
            category="write",
        )

    def list_pages(
        self,
        *,
        page_size: int = _paging.MAX_PAGE_SIZE,
        concurrency: int = _paging.DEFAULT_CONCURRENCY,
        options: RequestOptions | None = None,
    ) -> Iterator[OpportunityList]:
        """Every page of ``list``, in the server's order, up to ``concurrency`` fetched ahead.

        Each record that existed when the first page was read comes out once; records created while
        paging are left out (see :mod:`lightfield_opportunities._paging`). ``total_count`` is on
        every page.
        """

        def fetch(offset: int, limit: int) -> OpportunityList:
            return self.list(limit=limit, offset=offset, options=options)

        return _paging.iterate_pages(fetch, page_size=page_size, concurrency=concurrency)

    def list_all(
        self,
        *,
        page_size: int = _paging.MAX_PAGE_SIZE,
        concurrency: int = _paging.DEFAULT_CONCURRENCY,
        options: RequestOptions | None = None,
    ) -> Iterator[Opportunity]:
        """Every record of ``list``, across all pages, in the server's order, each once."""
        return _paging.records(self.list_pages(page_size=page_size, concurrency=concurrency, options=options))


class OpportunityResourceWithRawResponse:
    """The opportunity operations answering :class:`APIResponse` objects."""

    def __init__(self, client: ClientCore) -> None:
        self._client = client

    def definitions(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> APIResponse[OpportunityDefinitions]:
        """Get opportunity field definitions, answered as an :class:`APIResponse` (status,
        headers, rate-limit headers); ``.parse()`` gives the OpportunityDefinitions."""
        request = _definitions._get_kwargs(
            lightfield_version=self._client.lightfield_version,
        )
        return self._client.request_raw(
            request,
            OpportunityDefinitions.from_dict,
            options=options,
            idempotent_write=False,
            category="read",
        )

    def list(
        self,
        *,
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        options: RequestOptions | None = None,
    ) -> APIResponse[OpportunityList]:
        """List opportunities, answered as an :class:`APIResponse` (status,
        headers, rate-limit headers); ``.parse()`` gives the OpportunityList."""
        request = _list_._get_kwargs(
            limit=limit,
            offset=offset,
            lightfield_version=self._client.lightfield_version,
        )
        return self._client.request_raw(
            request,
            OpportunityList.from_dict,
            options=options,
            idempotent_write=False,
            category="search",
        )

    def create(
        self,
        *,
        fields: Mapping[str, FieldInput],
        relationships: Mapping[str, str | Sequence[str]],
        idempotency_key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> APIResponse[Opportunity]:
        """Create an opportunity, answered as an :class:`APIResponse` (status,
        headers, rate-limit headers); ``.parse()`` gives the Opportunity."""
        body_json: dict[str, Any] = {}
        body_json["fields"] = encode_fields(fields)
        body_json["relationships"] = to_json(relationships)
        request = _create._get_kwargs(
            body=checked_body(OpportunityCreate, body_json),
            idempotency_key=idempotency_key,
            lightfield_version=self._client.lightfield_version,
        )
        return self._client.request_raw(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=True,
            category="write",
        )

    def retrieve(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> APIResponse[Opportunity]:
        """Retrieve an opportunity, answered as an :class:`APIResponse` (status,
        headers, rate-limit headers); ``.parse()`` gives the Opportunity."""
        request = _retrieve._get_kwargs(
            id,
            lightfield_version=self._client.lightfield_version,
        )
        return self._client.request_raw(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=False,
            category="read",
        )

    def update(
        self,
        id: str,
        *,
        fields: Mapping[str, FieldInput] | None = None,
        relationships: Mapping[str, RelationshipOperation | Mapping[str, Any]] | None = None,
        idempotency_key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> APIResponse[Opportunity]:
        """Update an opportunity, answered as an :class:`APIResponse` (status,
        headers, rate-limit headers); ``.parse()`` gives the Opportunity."""
        body_json: dict[str, Any] = {}
        if fields is not None:
            body_json["fields"] = encode_fields(fields)
        if relationships is not None:
            body_json["relationships"] = to_json(relationships)
        request = _update._get_kwargs(
            id,
            body=checked_body(OpportunityUpdate, body_json),
            idempotency_key=idempotency_key,
            lightfield_version=self._client.lightfield_version,
        )
        return self._client.request_raw(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=True,
            category="write",
        )


class AsyncOpportunityResource:
    """The opportunity operations of an :class:`AsyncLightfield` client."""

    def __init__(self, client: AsyncClientCore) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOpportunityResourceWithRawResponse:
        """The same operations, answering an :class:`APIResponse` with status and headers."""
        return AsyncOpportunityResourceWithRawResponse(self._client)

    async def definitions(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> OpportunityDefinitions:
        """Get opportunity field definitions.

        Describes every field and relationship an opportunity can carry in this organization, system
        ones (keys starting with `$`) and custom ones alike.

        ``options`` sets the timeout, retries or extra headers of this call alone. Raises an
        ``APIStatusError`` subclass for a 4xx or 5xx answer, ``APIConnectionError`` when no answer
        comes, ``APIResponseValidationError`` for a success body of the wrong shape.
        """
        request = _definitions._get_kwargs(
            lightfield_version=self._client.lightfield_version,
        )
        return await self._client.request(
            request,
            OpportunityDefinitions.from_dict,
            options=options,
            idempotent_write=False,
            category="read",
        )

    async def list(
        self,
        *,
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        options: RequestOptions | None = None,
    ) -> OpportunityList:
        """List opportunities.

        One page of opportunities, newest first by creation time.

        ``options`` sets the timeout, retries or extra headers of this call alone. Raises an
        ``APIStatusError`` subclass for a 4xx or 5xx answer, ``APIConnectionError`` when no answer
        comes, ``APIResponseValidationError`` for a success body of the wrong shape.
        """
        request = _list_._get_kwargs(
            limit=limit,
            offset=offset,
            lightfield_version=self._client.lightfield_version,
        )
        return await self._client.request(
            request,
            OpportunityList.from_dict,
            options=options,
            idempotent_write=False,
            category="search",
        )

    async def create(
        self,
        *,
        fields: Mapping[str, FieldInput],
        relationships: Mapping[str, str | Sequence[str]],
        idempotency_key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Opportunity:
        """Create an opportunity.

        Creates one opportunity. `$name` and the `$account` relationship are required. Send an
        `Idempotency-Key` to make a retried create act once.

        ``options`` sets the timeout, retries or extra headers of this call alone. Raises an
        ``APIStatusError`` subclass for a 4xx or 5xx answer, ``APIConnectionError`` when no answer
        comes, ``APIResponseValidationError`` for a success body of the wrong shape.
        """
        body_json: dict[str, Any] = {}
        body_json["fields"] = encode_fields(fields)
        body_json["relationships"] = to_json(relationships)
        request = _create._get_kwargs(
            body=checked_body(OpportunityCreate, body_json),
            idempotency_key=idempotency_key,
            lightfield_version=self._client.lightfield_version,
        )
        return await self._client.request(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=True,
            category="write",
        )

    async def retrieve(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> Opportunity:
        """Retrieve an opportunity.

        One opportunity by its id.

        ``options`` sets the timeout, retries or extra headers of this call alone. Raises an
        ``APIStatusError`` subclass for a 4xx or 5xx answer, ``APIConnectionError`` when no answer
        comes, ``APIResponseValidationError`` for a success body of the wrong shape.
        """
        request = _retrieve._get_kwargs(
            id,
            lightfield_version=self._client.lightfield_version,
        )
        return await self._client.request(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=False,
            category="read",
        )

    async def update(
        self,
        id: str,
        *,
        fields: Mapping[str, FieldInput] | None = None,
        relationships: Mapping[str, RelationshipOperation | Mapping[str, Any]] | None = None,
        idempotency_key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Opportunity:
        """Update an opportunity.

        Changes only the fields and relationships sent. A field set to null is cleared; a
        relationship takes an add, remove or replace operation.

        ``options`` sets the timeout, retries or extra headers of this call alone. Raises an
        ``APIStatusError`` subclass for a 4xx or 5xx answer, ``APIConnectionError`` when no answer
        comes, ``APIResponseValidationError`` for a success body of the wrong shape.
        """
        body_json: dict[str, Any] = {}
        if fields is not None:
            body_json["fields"] = encode_fields(fields)
        if relationships is not None:
            body_json["relationships"] = to_json(relationships)
        request = _update._get_kwargs(
            id,
            body=checked_body(OpportunityUpdate, body_json),
            idempotency_key=idempotency_key,
            lightfield_version=self._client.lightfield_version,
        )
        return await self._client.request(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=True,
            category="write",
        )

    def list_pages(
        self,
        *,
        page_size: int = _paging.MAX_PAGE_SIZE,
        concurrency: int = _paging.DEFAULT_CONCURRENCY,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[OpportunityList]:
        """Every page of ``list``, in the server's order, up to ``concurrency`` fetched ahead.

        Each record that existed when the first page was read comes out once; records created while
        paging are left out (see :mod:`lightfield_opportunities._paging`). ``total_count`` is on
        every page.
        """

        async def fetch(offset: int, limit: int) -> OpportunityList:
            return await self.list(limit=limit, offset=offset, options=options)

        return _paging.aiterate_pages(fetch, page_size=page_size, concurrency=concurrency)

    def list_all(
        self,
        *,
        page_size: int = _paging.MAX_PAGE_SIZE,
        concurrency: int = _paging.DEFAULT_CONCURRENCY,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Opportunity]:
        """Every record of ``list``, across all pages, in the server's order, each once."""
        return _paging.arecords(self.list_pages(page_size=page_size, concurrency=concurrency, options=options))


class AsyncOpportunityResourceWithRawResponse:
    """The opportunity operations answering :class:`APIResponse` objects."""

    def __init__(self, client: AsyncClientCore) -> None:
        self._client = client

    async def definitions(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> APIResponse[OpportunityDefinitions]:
        """Get opportunity field definitions, answered as an :class:`APIResponse` (status,
        headers, rate-limit headers); ``.parse()`` gives the OpportunityDefinitions."""
        request = _definitions._get_kwargs(
            lightfield_version=self._client.lightfield_version,
        )
        return await self._client.request_raw(
            request,
            OpportunityDefinitions.from_dict,
            options=options,
            idempotent_write=False,
            category="read",
        )

    async def list(
        self,
        *,
        limit: int | Unset = 25,
        offset: int | Unset = 0,
        options: RequestOptions | None = None,
    ) -> APIResponse[OpportunityList]:
        """List opportunities, answered as an :class:`APIResponse` (status,
        headers, rate-limit headers); ``.parse()`` gives the OpportunityList."""
        request = _list_._get_kwargs(
            limit=limit,
            offset=offset,
            lightfield_version=self._client.lightfield_version,
        )
        return await self._client.request_raw(
            request,
            OpportunityList.from_dict,
            options=options,
            idempotent_write=False,
            category="search",
        )

    async def create(
        self,
        *,
        fields: Mapping[str, FieldInput],
        relationships: Mapping[str, str | Sequence[str]],
        idempotency_key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> APIResponse[Opportunity]:
        """Create an opportunity, answered as an :class:`APIResponse` (status,
        headers, rate-limit headers); ``.parse()`` gives the Opportunity."""
        body_json: dict[str, Any] = {}
        body_json["fields"] = encode_fields(fields)
        body_json["relationships"] = to_json(relationships)
        request = _create._get_kwargs(
            body=checked_body(OpportunityCreate, body_json),
            idempotency_key=idempotency_key,
            lightfield_version=self._client.lightfield_version,
        )
        return await self._client.request_raw(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=True,
            category="write",
        )

    async def retrieve(
        self,
        id: str,
        *,
        options: RequestOptions | None = None,
    ) -> APIResponse[Opportunity]:
        """Retrieve an opportunity, answered as an :class:`APIResponse` (status,
        headers, rate-limit headers); ``.parse()`` gives the Opportunity."""
        request = _retrieve._get_kwargs(
            id,
            lightfield_version=self._client.lightfield_version,
        )
        return await self._client.request_raw(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=False,
            category="read",
        )

    async def update(
        self,
        id: str,
        *,
        fields: Mapping[str, FieldInput] | None = None,
        relationships: Mapping[str, RelationshipOperation | Mapping[str, Any]] | None = None,
        idempotency_key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> APIResponse[Opportunity]:
        """Update an opportunity, answered as an :class:`APIResponse` (status,
        headers, rate-limit headers); ``.parse()`` gives the Opportunity."""
        body_json: dict[str, Any] = {}
        if fields is not None:
            body_json["fields"] = encode_fields(fields)
        if relationships is not None:
            body_json["relationships"] = to_json(relationships)
        request = _update._get_kwargs(
            id,
            body=checked_body(OpportunityUpdate, body_json),
            idempotency_key=idempotency_key,
            lightfield_version=self._client.lightfield_version,
        )
        return await self._client.request_raw(
            request,
            Opportunity.from_dict,
            options=options,
            idempotent_write=True,
            category="write",
        )


__all__ = [
    "AsyncOpportunityResource",
    "AsyncOpportunityResourceWithRawResponse",
    "OpportunityResource",
    "OpportunityResourceWithRawResponse",
]
