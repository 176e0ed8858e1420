from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_value_type import FieldValueType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.type_configuration import TypeConfiguration


T = TypeVar("T", bound="FieldDefinition")


@_attrs_define
class FieldDefinition:
    """What one field is and how it may be written."""

    label: str
    """ The field's display name. """
    description: None | str
    """ What the field is for """
    value_type: FieldValueType
    """ The kind of a field's value. Lightfield adds kinds over time (HTML is one newer than this document); a
    client keeps a kind it does not know with its raw value. """
    type_configuration: TypeConfiguration
    """ Settings that depend on the field's kind. """
    id: str | Unset = UNSET
    """ The definition's id. """
    read_only: bool | Unset = UNSET
    """ True when the API does not let callers write this field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        description: None | str
        description = self.description

        value_type = self.value_type.value

        type_configuration = self.type_configuration.to_dict()

        id = self.id

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "description": description,
                "valueType": value_type,
                "typeConfiguration": type_configuration,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.type_configuration import TypeConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        value_type = FieldValueType(d.pop("valueType"))

        type_configuration = TypeConfiguration.from_dict(d.pop("typeConfiguration"))

        id = d.pop("id", UNSET)

        read_only = d.pop("readOnly", UNSET)

        field_definition = cls(
            label=label,
            description=description,
            value_type=value_type,
            type_configuration=type_configuration,
            id=id,
            read_only=read_only,
        )

        field_definition.additional_properties = d
        return field_definition

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
