"""A typed client for Lightfield's Opportunity API, generated from openapi.yaml.

Start with :class:`Lightfield` (or :class:`AsyncLightfield`)::

    from lightfield_opportunities import Lightfield

    with Lightfield(api_key="sk_lf_...") as client:
        page = client.opportunity.list(limit=10)
"""

from ._client import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, DEFAULT_VERSION, RequestOptions
from ._retry import RetryPolicy
from .api import AsyncLightfield, Lightfield
from .client import AuthenticatedClient, Client
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
from .field_value import FieldInput, FieldValue
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
from .models.field_entry import UnknownValue
from .types import UNSET, Unset

__version__ = "0.1.0"

__all__ = (
    "APIConnectionError",
    "APIError",
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
