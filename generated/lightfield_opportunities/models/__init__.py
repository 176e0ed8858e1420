"""Contains all the data models used in inputs/outputs"""

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
