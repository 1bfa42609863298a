from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..models.api_key_role import API_KEY_ROLE_VALUES, ApiKeyRole, check_api_key_role

T = TypeVar("T", bound="Caller")


@_attrs_define
class Caller:
    """The API key a request authenticated with, and the rights it has."""

    key_id: str
    """ The key's id (`key_...`), as `list_api_keys` shows it. """
    user_id: str
    """ The user the key acts for. """
    role: ApiKeyRole
    """ `user` keys act for their own user; `admin` keys may also do manager and admin operations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        user_id = self.user_id

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_id": key_id,
                "user_id": user_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_id = d.pop("key_id")

        user_id = d.pop("user_id")

        role = check_api_key_role(d.pop("role"))

        caller = cls(
            key_id=key_id,
            user_id=user_id,
            role=role,
        )

        caller.additional_properties = d
        return caller

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not Caller or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(Caller)
        decoded.key_id = data["key_id"]
        decoded.user_id = data["user_id"]
        v_: Any = data["role"]
        if v_ not in API_KEY_ROLE_VALUES:
            v_ = check_api_key_role(v_)  # raises from_dict's TypeError

        decoded.role = v_
        t_additional_properties = {} if len(data) == 3 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is Caller here

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
        "key_id",
        "user_id",
        "role",
    }
)
