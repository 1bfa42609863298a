from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddAdminRequest")


@_attrs_define
class AddAdminRequest:
    """The user to make an administrator."""

    workos_id: str
    """ The user id (as API keys carry it) of the new administrator. """
    email: str
    """ The new administrator's email. """
    name: str | Unset = ""
    """ A display name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workos_id = self.workos_id

        email = self.email

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workos_id": workos_id,
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workos_id = d.pop("workos_id")

        email = d.pop("email")

        name = d.pop("name", UNSET)

        add_admin_request = cls(
            workos_id=workos_id,
            email=email,
            name=name,
        )

        add_admin_request.additional_properties = d
        return add_admin_request

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
