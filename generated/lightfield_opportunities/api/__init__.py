"""The SDK clients: ``Lightfield`` and ``AsyncLightfield``, one resource attribute per tag."""

from __future__ import annotations

from functools import cached_property

from .._client import AsyncClientCore, ClientCore
from .opportunity import AsyncOpportunityResource, OpportunityResource


class Lightfield(ClientCore):
    """A synchronous client of the Lightfield API; see :class:`ClientCore` for its settings.

    Use it as a context manager, or call ``close()``, to release its connections.
    """

    @cached_property
    def opportunity(self) -> OpportunityResource:
        return OpportunityResource(self)


class AsyncLightfield(AsyncClientCore):
    """An asyncio client of the Lightfield API; see :class:`ClientCore` for its settings.

    Use it as an async context manager, or await ``close()``, to release its connections.
    """

    @cached_property
    def opportunity(self) -> AsyncOpportunityResource:
        return AsyncOpportunityResource(self)


__all__ = ["AsyncLightfield", "Lightfield"]
