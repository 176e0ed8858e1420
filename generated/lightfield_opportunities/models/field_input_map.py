from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.full_name import FullName


T = TypeVar("T", bound="FieldInputMap")


@_attrs_define
class FieldInputMap:
    """Field key to the value to write; null clears the field on update."""

    additional_properties: dict[str, Address | bool | float | FullName | int | list[str] | None | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.full_name import FullName  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, Address):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, FullName):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.full_name import FullName  # noqa: PLC0415

        d = dict(src_dict)
        field_input_map = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> Address | bool | float | FullName | int | list[str] | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_field_value_type_4 = cast(list[str], data)

                    return componentsschemas_field_value_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_field_value_type_5 = Address.from_dict(data)

                    return componentsschemas_field_value_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_field_value_type_6 = FullName.from_dict(data)

                    return componentsschemas_field_value_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Address | bool | float | FullName | int | list[str] | None | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        field_input_map.additional_properties = additional_properties
        return field_input_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Address | bool | float | FullName | int | list[str] | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Address | bool | float | FullName | int | list[str] | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
