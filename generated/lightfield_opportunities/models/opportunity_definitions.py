from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.opportunity_definitions_field_definitions import OpportunityDefinitionsFieldDefinitions
    from ..models.opportunity_definitions_relationship_definitions import OpportunityDefinitionsRelationshipDefinitions


T = TypeVar("T", bound="OpportunityDefinitions")


@_attrs_define
class OpportunityDefinitions:
    """Every field and relationship an opportunity can carry."""

    object_type: str
    """ Always `opportunity` here. """
    field_definitions: OpportunityDefinitionsFieldDefinitions
    """ Field key to its definition. """
    relationship_definitions: OpportunityDefinitionsRelationshipDefinitions
    """ Relationship key to its definition. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        field_definitions = self.field_definitions.to_dict()

        relationship_definitions = self.relationship_definitions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objectType": object_type,
                "fieldDefinitions": field_definitions,
                "relationshipDefinitions": relationship_definitions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opportunity_definitions_field_definitions import OpportunityDefinitionsFieldDefinitions  # noqa: PLC0415
        from ..models.opportunity_definitions_relationship_definitions import (
            OpportunityDefinitionsRelationshipDefinitions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        object_type = d.pop("objectType")

        field_definitions = OpportunityDefinitionsFieldDefinitions.from_dict(d.pop("fieldDefinitions"))

        relationship_definitions = OpportunityDefinitionsRelationshipDefinitions.from_dict(
            d.pop("relationshipDefinitions")
        )

        opportunity_definitions = cls(
            object_type=object_type,
            field_definitions=field_definitions,
            relationship_definitions=relationship_definitions,
        )

        opportunity_definitions.additional_properties = d
        return opportunity_definitions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
