from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RelationshipOperation")


@_attrs_define
class RelationshipOperation:
    """How an update changes one relationship."""

    add: list[str] | str | Unset = UNSET
    """ One record id, or several. """
    remove: list[str] | str | Unset = UNSET
    """ One record id, or several. """
    replace: None | str | Unset = UNSET
    """ The id that replaces what the relationship holds, or null to empty it. """

    def to_dict(self) -> dict[str, Any]:
        add: list[str] | str | Unset
        if isinstance(self.add, Unset):
            add = UNSET
        elif isinstance(self.add, list):
            add = self.add

        else:
            add = self.add

        remove: list[str] | str | Unset
        if isinstance(self.remove, Unset):
            remove = UNSET
        elif isinstance(self.remove, list):
            remove = self.remove

        else:
            remove = self.remove

        replace: None | str | Unset
        if isinstance(self.replace, Unset):
            replace = UNSET
        else:
            replace = self.replace

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if remove is not UNSET:
            field_dict["remove"] = remove
        if replace is not UNSET:
            field_dict["replace"] = replace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_add(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_id_list_type_1 = cast(list[str], data)

                return componentsschemas_id_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        add = _parse_add(d.pop("add", UNSET))

        def _parse_remove(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_id_list_type_1 = cast(list[str], data)

                return componentsschemas_id_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        remove = _parse_remove(d.pop("remove", UNSET))

        def _parse_replace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replace = _parse_replace(d.pop("replace", UNSET))

        relationship_operation = cls(
            add=add,
            remove=remove,
            replace=replace,
        )

        return relationship_operation
