from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cardinality import Cardinality
from ..types import UNSET, Unset

T = TypeVar("T", bound="RelationshipDefinition")


@_attrs_define
class RelationshipDefinition:
    """What one relationship is and what it points at."""

    label: str
    """ The relationship's display name. """
    description: None | str
    """ What it is for """
    cardinality: Cardinality
    """ Whether a relationship holds one record or many. """
    object_type: str
    """ The kind of the related records. """
    id: str | Unset = UNSET
    """ The definition's id. """
    read_only: bool | Unset = UNSET
    """ True when the API does not let callers write this relationship. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        description: None | str
        description = self.description

        cardinality = self.cardinality.value

        object_type = self.object_type

        id = self.id

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "description": description,
                "cardinality": cardinality,
                "objectType": object_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        cardinality = Cardinality(d.pop("cardinality"))

        object_type = d.pop("objectType")

        id = d.pop("id", UNSET)

        read_only = d.pop("readOnly", UNSET)

        relationship_definition = cls(
            label=label,
            description=description,
            cardinality=cardinality,
            object_type=object_type,
            id=id,
            read_only=read_only,
        )

        relationship_definition.additional_properties = d
        return relationship_definition

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
