from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._decoding import new_object
from .._timestamps import parse_timestamp

T = TypeVar("T", bound="Admin")


@_attrs_define
class Admin:
    """A platform administrator."""

    id: str
    """ The administrator id (`adm_...`). """
    workos_id: str
    """ The user id of the administrator; every API key of this `user_id` has admin rights. """
    email: str
    """ The administrator's email, unique among administrators. """
    name: str
    """ A display name; empty when none was given. """
    created_at: datetime.datetime
    created_by: None | str
    """ The user id of the administrator who added this one; null for the first-start administrator. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workos_id = self.workos_id

        email = self.email

        name = self.name

        created_at = self.created_at.isoformat()

        created_by: None | str
        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workos_id": workos_id,
                "email": email,
                "name": name,
                "created_at": created_at,
                "created_by": created_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        workos_id = d.pop("workos_id")

        email = d.pop("email")

        name = d.pop("name")

        created_at = isoparse(d.pop("created_at"))

        def _parse_created_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_by = _parse_created_by(d.pop("created_by"))

        admin = cls(
            id=id,
            workos_id=workos_id,
            email=email,
            name=name,
            created_at=created_at,
            created_by=created_by,
        )

        admin.additional_properties = d
        return admin

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not Admin or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(Admin)
        decoded.id = data["id"]
        decoded.workos_id = data["workos_id"]
        decoded.email = data["email"]
        decoded.name = data["name"]
        v_: Any = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        decoded.created_by = data["created_by"]
        t_additional_properties = {} if len(data) == 6 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is Admin here

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
        "id",
        "workos_id",
        "email",
        "name",
        "created_at",
        "created_by",
    }
)
