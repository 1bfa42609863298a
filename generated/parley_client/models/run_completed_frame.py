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

T = TypeVar("T", bound="RunCompletedFrame")


@_attrs_define
class RunCompletedFrame:
    """One `run.completed` event as the wire carries it."""

    id: str
    """ The event's sequence number in its run. """
    event: Literal["run.completed"]
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

        event = cast(Literal["run.completed"], d.pop("event"))
        if event != "run.completed":
            raise ValueError(f"event must match const 'run.completed', got '{event}'")

        data = d.pop("data")

        run_completed_frame = cls(
            id=id,
            event=event,
            data=data,
        )

        run_completed_frame.additional_properties = d
        return run_completed_frame

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not RunCompletedFrame or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(RunCompletedFrame)
        decoded.id = data["id"]
        v_: Any = data["event"]
        if v_ != "run.completed":
            raise ValueError(f"event must match const 'run.completed', got '{v_}'")

        decoded.event = v_
        decoded.data = data["data"]
        t_additional_properties = {} if len(data) == 3 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is RunCompletedFrame here

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
