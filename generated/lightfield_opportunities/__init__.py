"""A typed client for Lightfield's Opportunity API, generated from openapi.yaml.

Start with :class:`Lightfield` (or :class:`AsyncLightfield`)::

    from lightfield_opportunities import Lightfield

    with Lightfield(api_key="sk_lf_...") as client:
        page = client.opportunity.list(limit=10)
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import (
        DEFAULT_BASE_URL,
        DEFAULT_MAX_RETRIES,
        DEFAULT_TIMEOUT,
        DEFAULT_VERSION,
        APIResponse,
        RequestOptions,
    )
    from ._ratelimit import (
        RateLimiter,
    )
    from ._retry import (
        RetryPolicy,
    )
    from .api import (
        AsyncLightfield,
        Lightfield,
    )
    from .client import (
        AuthenticatedClient,
        Client,
    )
    from .errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        FieldValueError,
        InternalServerError,
        LightfieldError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        UnexpectedStatus,
        UnprocessableEntityError,
    )
    from .field_value import (
        FieldInput,
        FieldValue,
        UnknownValue,
    )
    from .models import (
        Address,
        Cardinality,
        FieldDefinition,
        FieldEntry,
        FieldMap,
        FieldValueType,
        FullName,
        HandleService,
        Opportunity,
        OpportunityDefinitions,
        OpportunityList,
        Relationship,
        RelationshipDefinition,
        RelationshipMap,
        RelationshipOperation,
        SelectOption,
        TypeConfiguration,
    )
    from .types import (
        UNSET,
        Unset,
    )

# Name -> the module that defines it. Modules load on first use (PEP 562): `import
# lightfield_opportunities` stays cheap for a short-lived job, and a job pays only for what it
# touches. Type checkers read the imports above.
_EXPORTS = {
    "APIResponse": "._client",
    "DEFAULT_BASE_URL": "._client",
    "DEFAULT_MAX_RETRIES": "._client",
    "DEFAULT_TIMEOUT": "._client",
    "DEFAULT_VERSION": "._client",
    "RequestOptions": "._client",
    "RateLimiter": "._ratelimit",
    "RetryPolicy": "._retry",
    "AsyncLightfield": ".api",
    "Lightfield": ".api",
    "AuthenticatedClient": ".client",
    "Client": ".client",
    "APIConnectionError": ".errors",
    "APIError": ".errors",
    "APIResponseValidationError": ".errors",
    "APIStatusError": ".errors",
    "APITimeoutError": ".errors",
    "AuthenticationError": ".errors",
    "BadRequestError": ".errors",
    "ConflictError": ".errors",
    "FieldValueError": ".errors",
    "InternalServerError": ".errors",
    "LightfieldError": ".errors",
    "NotFoundError": ".errors",
    "PermissionDeniedError": ".errors",
    "RateLimitError": ".errors",
    "UnexpectedStatus": ".errors",
    "UnprocessableEntityError": ".errors",
    "FieldInput": ".field_value",
    "FieldValue": ".field_value",
    "Address": ".models",
    "Cardinality": ".models",
    "FieldDefinition": ".models",
    "FieldEntry": ".models",
    "FieldMap": ".models",
    "FieldValueType": ".models",
    "FullName": ".models",
    "HandleService": ".models",
    "Opportunity": ".models",
    "OpportunityDefinitions": ".models",
    "OpportunityList": ".models",
    "Relationship": ".models",
    "RelationshipDefinition": ".models",
    "RelationshipMap": ".models",
    "RelationshipOperation": ".models",
    "SelectOption": ".models",
    "TypeConfiguration": ".models",
    "UnknownValue": ".field_value",
    "UNSET": ".types",
    "Unset": ".types",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__version__ = "0.1.0"

__all__ = (
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Address",
    "AsyncLightfield",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Cardinality",
    "Client",
    "ConflictError",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_VERSION",
    "FieldDefinition",
    "FieldEntry",
    "FieldInput",
    "FieldMap",
    "FieldValue",
    "FieldValueError",
    "FieldValueType",
    "FullName",
    "HandleService",
    "InternalServerError",
    "Lightfield",
    "LightfieldError",
    "NotFoundError",
    "Opportunity",
    "OpportunityDefinitions",
    "OpportunityList",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "Relationship",
    "RelationshipDefinition",
    "RelationshipMap",
    "RelationshipOperation",
    "RequestOptions",
    "RetryPolicy",
    "SelectOption",
    "TypeConfiguration",
    "UNSET",
    "UnexpectedStatus",
    "UnknownValue",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
)
