from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Relationship")


@_attrs_define
class Relationship:
    """The records one relationship points at."""

    cardinality: str
    """ Whether the relationship holds one record or many (HAS_ONE or HAS_MANY). """
    object_type: str
    """ The kind of the related records, such as account or contact. """
    values: list[str]
    """ Ids of the related records. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cardinality = self.cardinality

        object_type = self.object_type

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cardinality": cardinality,
                "objectType": object_type,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cardinality = d.pop("cardinality")

        object_type = d.pop("objectType")

        values = cast(list[str], d.pop("values"))

        relationship = cls(
            cardinality=cardinality,
            object_type=object_type,
            values=values,
        )

        relationship.additional_properties = d
        return relationship

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
