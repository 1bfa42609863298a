from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.admin import Admin


T = TypeVar("T", bound="AdminList")


@_attrs_define
class AdminList:
    """Every platform administrator (not paginated)."""

    admins: list[Admin]
    """ The administrators, oldest first. """
    count: int
    """ The number of administrators. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admins = []
        for admins_item_data in self.admins:
            admins_item = admins_item_data.to_dict()
            admins.append(admins_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admins": admins,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin import Admin  # noqa: PLC0415

        d = dict(src_dict)
        admins = []
        _admins = d.pop("admins")
        for admins_item_data in _admins:
            admins_item = Admin.from_dict(admins_item_data)

            admins.append(admins_item)

        count = d.pop("count")

        admin_list = cls(
            admins=admins,
            count=count,
        )

        admin_list.additional_properties = d
        return admin_list

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
