from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.handle_service import HandleService
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.select_option import SelectOption


T = TypeVar("T", bound="TypeConfiguration")


@_attrs_define
class TypeConfiguration:
    """Settings that depend on the field's kind."""

    currency: str | Unset = UNSET
    """ ISO 4217 code of a CURRENCY field. """
    handle_service: HandleService | Unset = UNSET
    """ The social network a SOCIAL_HANDLE field points into. """
    multiple_values: bool | Unset = UNSET
    """ Whether the field holds several values. """
    options: list[SelectOption] | Unset = UNSET
    """ The choices of a select field. """
    unique: bool | Unset = UNSET
    """ Whether two records may not share a value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        handle_service: str | Unset = UNSET
        if not isinstance(self.handle_service, Unset):
            handle_service = self.handle_service.value

        multiple_values = self.multiple_values

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        unique = self.unique

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if handle_service is not UNSET:
            field_dict["handleService"] = handle_service
        if multiple_values is not UNSET:
            field_dict["multipleValues"] = multiple_values
        if options is not UNSET:
            field_dict["options"] = options
        if unique is not UNSET:
            field_dict["unique"] = unique

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.select_option import SelectOption  # noqa: PLC0415

        d = dict(src_dict)
        currency = d.pop("currency", UNSET)

        _handle_service = d.pop("handleService", UNSET)
        handle_service: HandleService | Unset
        if isinstance(_handle_service, Unset):
            handle_service = UNSET
        else:
            handle_service = HandleService(_handle_service)

        multiple_values = d.pop("multipleValues", UNSET)

        _options = d.pop("options", UNSET)
        options: list[SelectOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = SelectOption.from_dict(options_item_data)

                options.append(options_item)

        unique = d.pop("unique", UNSET)

        type_configuration = cls(
            currency=currency,
            handle_service=handle_service,
            multiple_values=multiple_values,
            options=options,
            unique=unique,
        )

        type_configuration.additional_properties = d
        return type_configuration

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
