from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
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

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not AddAdminRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(AddAdminRequest)
        decoded.workos_id = data["workos_id"]
        decoded.email = data["email"]
        t_count = 2
        if "name" in data:
            decoded.name = data["name"]
            t_count += 1
        else:
            decoded.name = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is AddAdminRequest here

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


_KEYS = frozenset(
    {
        "workos_id",
        "email",
        "name",
    }
)
