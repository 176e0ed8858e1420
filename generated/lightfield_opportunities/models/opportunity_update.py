from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

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

        return opportunity_update
