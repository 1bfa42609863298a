from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from .._timestamps import parse_timestamp

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

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not AdminList or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(AdminList)
        v_: Any = data["admins"]
        if v_.__class__ is list and len(v_) == 1 and (t_admins_item := v_[0]).__class__ is dict:  # one item, inline
            o_admins_item__ = new_object(_MODEL_Admin)
            o_admins_item__.id = t_admins_item["id"]
            o_admins_item__.workos_id = t_admins_item["workos_id"]
            o_admins_item__.email = t_admins_item["email"]
            o_admins_item__.name = t_admins_item["name"]
            v_admins_item__: Any = t_admins_item["created_at"]
            v_admins_item__ = parse_timestamp(v_admins_item__)

            o_admins_item__.created_at = v_admins_item__
            o_admins_item__.created_by = t_admins_item["created_by"]
            t_admins_item__additional_properties = (
                {}
                if len(t_admins_item) == 6
                else {k: x for k, x in t_admins_item.items() if k not in _KEYS_admins_item}
            )
            o_admins_item__.additional_properties = t_admins_item__additional_properties

            v_ = [o_admins_item__]
        elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
            t_admins_item__list: list[Any] = []
            t_admins_item__append = t_admins_item__list.append
            t_admins_item__paused = pause_gc(v_)
            try:
                for t_admins_item in v_:
                    if t_admins_item.__class__ is dict:
                        o_admins_item__ = new_object(_MODEL_Admin)
                        o_admins_item__.id = t_admins_item["id"]
                        o_admins_item__.workos_id = t_admins_item["workos_id"]
                        o_admins_item__.email = t_admins_item["email"]
                        o_admins_item__.name = t_admins_item["name"]
                        v_admins_item__ = t_admins_item["created_at"]
                        v_admins_item__ = parse_timestamp(v_admins_item__)

                        o_admins_item__.created_at = v_admins_item__
                        o_admins_item__.created_by = t_admins_item["created_by"]
                        t_admins_item__additional_properties = (
                            {}
                            if len(t_admins_item) == 6
                            else {k: x for k, x in t_admins_item.items() if k not in _KEYS_admins_item}
                        )
                        o_admins_item__.additional_properties = t_admins_item__additional_properties

                        t_admins_item__append(o_admins_item__)
                    else:
                        t_admins_item__append(_MODEL_Admin.from_dict(t_admins_item))
            finally:
                if t_admins_item__paused:
                    gc.enable()
            v_ = t_admins_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_Admin)

        decoded.admins = v_
        decoded.count = data["count"]
        t_additional_properties = {} if len(data) == 2 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is AdminList here

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
        "admins",
        "count",
    }
)


_KEYS_admins_item = frozenset(
    {
        "id",
        "workos_id",
        "email",
        "name",
        "created_at",
        "created_by",
    }
)


_MODEL_Admin: type[_models.Admin]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_Admin, _linked
    _MODEL_Admin = _models.Admin
    _linked = True
