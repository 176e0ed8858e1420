"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .cardinality import Cardinality
    from .error import Error
    from .error_envelope import ErrorEnvelope
    from .field_definition import FieldDefinition
    from .field_entry import FieldEntry
    from .field_input_map import FieldInputMap
    from .field_map import FieldMap
    from .field_value_type import FieldValueType
    from .full_name import FullName
    from .handle_service import HandleService
    from .opportunity import Opportunity
    from .opportunity_create import OpportunityCreate
    from .opportunity_create_relationships import OpportunityCreateRelationships
    from .opportunity_definitions import OpportunityDefinitions
    from .opportunity_definitions_field_definitions import OpportunityDefinitionsFieldDefinitions
    from .opportunity_definitions_relationship_definitions import OpportunityDefinitionsRelationshipDefinitions
    from .opportunity_list import OpportunityList
    from .opportunity_update import OpportunityUpdate
    from .opportunity_update_relationships import OpportunityUpdateRelationships
    from .relationship import Relationship
    from .relationship_definition import RelationshipDefinition
    from .relationship_map import RelationshipMap
    from .relationship_operation import RelationshipOperation
    from .select_option import SelectOption
    from .type_configuration import TypeConfiguration

_EXPORTS = {
    "Address": ".address",
    "Cardinality": ".cardinality",
    "Error": ".error",
    "ErrorEnvelope": ".error_envelope",
    "FieldDefinition": ".field_definition",
    "FieldEntry": ".field_entry",
    "FieldInputMap": ".field_input_map",
    "FieldMap": ".field_map",
    "FieldValueType": ".field_value_type",
    "FullName": ".full_name",
    "HandleService": ".handle_service",
    "Opportunity": ".opportunity",
    "OpportunityCreate": ".opportunity_create",
    "OpportunityCreateRelationships": ".opportunity_create_relationships",
    "OpportunityDefinitions": ".opportunity_definitions",
    "OpportunityDefinitionsFieldDefinitions": ".opportunity_definitions_field_definitions",
    "OpportunityDefinitionsRelationshipDefinitions": ".opportunity_definitions_relationship_definitions",
    "OpportunityList": ".opportunity_list",
    "OpportunityUpdate": ".opportunity_update",
    "OpportunityUpdateRelationships": ".opportunity_update_relationships",
    "Relationship": ".relationship",
    "RelationshipDefinition": ".relationship_definition",
    "RelationshipMap": ".relationship_map",
    "RelationshipOperation": ".relationship_operation",
    "SelectOption": ".select_option",
    "TypeConfiguration": ".type_configuration",
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


__all__ = (
    "Address",
    "Cardinality",
    "Error",
    "ErrorEnvelope",
    "FieldDefinition",
    "FieldEntry",
    "FieldInputMap",
    "FieldMap",
    "FieldValueType",
    "FullName",
    "HandleService",
    "Opportunity",
    "OpportunityCreate",
    "OpportunityCreateRelationships",
    "OpportunityDefinitions",
    "OpportunityDefinitionsFieldDefinitions",
    "OpportunityDefinitionsRelationshipDefinitions",
    "OpportunityList",
    "OpportunityUpdate",
    "OpportunityUpdateRelationships",
    "Relationship",
    "RelationshipDefinition",
    "RelationshipMap",
    "RelationshipOperation",
    "SelectOption",
    "TypeConfiguration",
)
