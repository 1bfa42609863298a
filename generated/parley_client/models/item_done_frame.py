from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object

T = TypeVar("T", bound="ItemDoneFrame")


@_attrs_define
class ItemDoneFrame:
    """One `item.done` event as the wire carries it."""

    id: str
    """ The event's sequence number in its run. """
    event: Literal["item.done"]
    data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event = self.event

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event": event,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        event = cast(Literal["item.done"], d.pop("event"))
        if event != "item.done":
            raise ValueError(f"event must match const 'item.done', got '{event}'")

        data = d.pop("data")

        item_done_frame = cls(
            id=id,
            event=event,
            data=data,
        )

        item_done_frame.additional_properties = d
        return item_done_frame

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ItemDoneFrame or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ItemDoneFrame)
        decoded.id = data["id"]
        v_: Any = data["event"]
        if v_ != "item.done":
            raise ValueError(f"event must match const 'item.done', got '{v_}'")

        decoded.event = v_
        decoded.data = data["data"]
        t_additional_properties = {} if len(data) == 3 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ItemDoneFrame here

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
        "event",
        "data",
    }
)
