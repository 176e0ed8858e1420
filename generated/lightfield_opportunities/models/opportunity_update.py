from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_input_map import FieldInputMap
    from ..models.opportunity_update_relationships import OpportunityUpdateRelationships


T = TypeVar("T", bound="OpportunityUpdate")


@_attrs_define
class OpportunityUpdate:
    """The changes to make; what is not sent stays as it is."""

    fields: FieldInputMap | Unset = UNSET
    """ Field key to the value to write; null clears the field on update. """
    relationships: OpportunityUpdateRelationships | Unset = UNSET
    """ Relationship key to the operation to apply. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fields is not UNSET:
            field_dict["fields"] = fields
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_input_map import FieldInputMap  # noqa: PLC0415
        from ..models.opportunity_update_relationships import OpportunityUpdateRelationships  # noqa: PLC0415

        d = dict(src_dict)
        _fields = d.pop("fields", UNSET)
        fields: FieldInputMap | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = FieldInputMap.from_dict(_fields)

        _relationships = d.pop("relationships", UNSET)
        relationships: OpportunityUpdateRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = OpportunityUpdateRelationships.from_dict(_relationships)

        opportunity_update = cls(
            fields=fields,
            relationships=relationships,
        )

        opportunity_update.additional_properties = d
        return opportunity_update

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
