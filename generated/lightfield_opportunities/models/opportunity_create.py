from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        fields = self.fields.to_dict()

        relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

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

        return opportunity_create
