from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_input_map import FieldInputMap
    from ..models.opportunity_create_relationships import OpportunityCreateRelationships


T = TypeVar("T", bound="OpportunityCreate")


@_attrs_define
class OpportunityCreate:
    """A new opportunity. `fields` must hold `$name`; `relationships` must hold `$account`."""

    fields: FieldInputMap
    """ Field key to the value to write; null clears the field on update. """
    relationships: OpportunityCreateRelationships
    """ Relationship key to one id or a list of ids. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields = self.fields.to_dict()

        relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
                "relationships": relationships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_input_map import FieldInputMap  # noqa: PLC0415
        from ..models.opportunity_create_relationships import OpportunityCreateRelationships  # noqa: PLC0415

        d = dict(src_dict)
        fields = FieldInputMap.from_dict(d.pop("fields"))

        relationships = OpportunityCreateRelationships.from_dict(d.pop("relationships"))

        opportunity_create = cls(
            fields=fields,
            relationships=relationships,
        )

        opportunity_create.additional_properties = d
        return opportunity_create

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
