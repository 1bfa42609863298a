from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.api_key_role import API_KEY_ROLE_VALUES, ApiKeyRole, check_api_key_role

T = TypeVar("T", bound="ApiKeyWithSecret")


@_attrs_define
class ApiKeyWithSecret:
    """A newly issued API key with its full secret, shown only this once."""

    id: str
    """ The key id (`key_...`). """
    name: str
    """ A label for the key. """
    user_id: str
    """ The user the key belongs to. """
    role: ApiKeyRole
    """ `user` keys act for their own user; `admin` keys may also do manager and admin operations. """
    prefix: str
    """ The first characters of the secret, to recognise the key. """
    created_at: datetime.datetime
    last_used_at: datetime.datetime | None
    """ When the key last authenticated a request; null if never. """
    revoked_at: datetime.datetime | None
    """ When the key was revoked; null while valid. """
    secret: str
    """ The full API key, to send as `Authorization: Bearer <secret>`. It cannot be read again. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user_id = self.user_id

        role: str = self.role

        prefix = self.prefix

        created_at = self.created_at.isoformat()

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "user_id": user_id,
                "role": role,
                "prefix": prefix,
                "created_at": created_at,
                "last_used_at": last_used_at,
                "revoked_at": revoked_at,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        user_id = d.pop("user_id")

        role = check_api_key_role(d.pop("role"))

        prefix = d.pop("prefix")

        created_at = isoparse(d.pop("created_at"))

        def _parse_last_used_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = isoparse(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at"))

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = isoparse(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))

        secret = d.pop("secret")

        api_key_with_secret = cls(
            id=id,
            name=name,
            user_id=user_id,
            role=role,
            prefix=prefix,
            created_at=created_at,
            last_used_at=last_used_at,
            revoked_at=revoked_at,
            secret=secret,
        )

        api_key_with_secret.additional_properties = d
        return api_key_with_secret

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ApiKeyWithSecret or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ApiKeyWithSecret)
        decoded.id = data["id"]
        decoded.name = data["name"]
        decoded.user_id = data["user_id"]
        v_: Any = data["role"]
        if v_ not in API_KEY_ROLE_VALUES:
            v_ = check_api_key_role(v_)  # raises from_dict's TypeError

        decoded.role = v_
        decoded.prefix = data["prefix"]
        v_ = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["last_used_at"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_last_used_at(v_)

        decoded.last_used_at = v_
        v_ = data["revoked_at"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_revoked_at(v_)

        decoded.revoked_at = v_
        decoded.secret = data["secret"]
        t_additional_properties = {} if len(data) == 9 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ApiKeyWithSecret here

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
        "name",
        "user_id",
        "role",
        "prefix",
        "created_at",
        "last_used_at",
        "revoked_at",
        "secret",
    }
)


def _decode_last_used_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_last_used_at_type_0: Any = data
            v_last_used_at_type_0 = parse_timestamp(v_last_used_at_type_0)

            return v_last_used_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


def _decode_revoked_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_revoked_at_type_0: Any = data
            v_revoked_at_type_0 = parse_timestamp(v_revoked_at_type_0)

            return v_revoked_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data
