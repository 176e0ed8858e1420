"""The package's public surface: a change here is a user-visible change, made on purpose."""

from __future__ import annotations

import lightfield_opportunities

PUBLIC = {
    "APIConnectionError", "APIError", "APIResponse", "APIResponseValidationError", "APIStatusError",
    "APITimeoutError", "Address", "AsyncLightfield", "AuthenticatedClient", "AuthenticationError",
    "BadRequestError", "Cardinality", "Client", "ConflictError", "DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT", "DEFAULT_VERSION", "FieldDefinition", "FieldEntry", "FieldInput", "FieldMap",
    "FieldValue", "FieldValueError", "FieldValueType", "FullName", "HandleService", "InternalServerError",
    "Lightfield", "LightfieldError", "NotFoundError", "Opportunity", "OpportunityDefinitions",
    "OpportunityList", "PermissionDeniedError", "RateLimitError", "RateLimiter", "Relationship",
    "RelationshipDefinition", "RelationshipMap", "RelationshipOperation", "RequestOptions", "RetryPolicy",
    "SelectOption", "TypeConfiguration", "UNSET", "UnexpectedStatus", "UnknownValue",
    "UnprocessableEntityError", "Unset", "__version__",
}  # fmt: skip


def test_exports_are_exactly_the_documented_surface() -> None:
    assert set(lightfield_opportunities.__all__) == PUBLIC


def test_every_export_resolves() -> None:
    for name in lightfield_opportunities.__all__:
        assert getattr(lightfield_opportunities, name) is not None, name


def test_unknown_names_raise_attribute_error() -> None:
    try:
        lightfield_opportunities.NoSuchThing  # noqa: B018
    except AttributeError as error:
        assert "NoSuchThing" in str(error)
    else:
        raise AssertionError("an unknown name resolved")


def test_the_sdk_resource_has_every_operation_and_the_paging_helpers() -> None:
    client = lightfield_opportunities.Lightfield(api_key="k")
    names = {"definitions", "create", "retrieve", "update", "list", "list_all", "list_pages", "with_raw_response"}
    assert names <= set(dir(client.opportunity))
    client.close()
