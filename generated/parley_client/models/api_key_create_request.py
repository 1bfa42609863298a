from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..models.api_key_role import API_KEY_ROLE_VALUES, ApiKeyRole, check_api_key_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKeyCreateRequest")


@_attrs_define
class ApiKeyCreateRequest:
    """The API key to issue."""

    user_id: str
    """ The user the key will belong to. """
    name: str
    """ A label for the key. """
    role: ApiKeyRole | Unset = UNSET
    """ `user` keys act for their own user; `admin` keys may also do manager and admin operations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        name = self.name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "name": name,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        name = d.pop("name")

        _role = d.pop("role", UNSET)
        role: ApiKeyRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_api_key_role(_role)

        api_key_create_request = cls(
            user_id=user_id,
            name=name,
            role=role,
        )

        api_key_create_request.additional_properties = d
        return api_key_create_request

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ApiKeyCreateRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ApiKeyCreateRequest)
        decoded.user_id = data["user_id"]
        decoded.name = data["name"]
        t_count = 2
        if "role" in data:
            v_: Any = data["role"]
            if v_ not in API_KEY_ROLE_VALUES:
                v_ = check_api_key_role(v_)  # raises from_dict's TypeError

            decoded.role = v_
            t_count += 1
        else:
            decoded.role = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ApiKeyCreateRequest here

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
        "user_id",
        "name",
        "role",
    }
)
