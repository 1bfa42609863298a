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

T = TypeVar("T", bound="ProgressUpdateEvent")


@_attrs_define
class ProgressUpdateEvent:
    """A transient note on what the run is doing (not stored as an item).

    Example:
        {'type': 'progress.update', 'run_id': 'run_6f7a8b9c', 'sequence': 3, 'text': 'Approving the refund...', 'icon':
            None}

    """

    type_: Literal["progress.update"]
    run_id: str
    sequence: int
    """ The event's number within its run (1, 2, 3, ...), equal to the SSE `id:`. """
    text: str
    icon: None | str
    """ An icon name for the note, null for none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        run_id = self.run_id

        sequence = self.sequence

        text = self.text

        icon: None | str
        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "run_id": run_id,
                "sequence": sequence,
                "text": text,
                "icon": icon,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["progress.update"], d.pop("type"))
        if type_ != "progress.update":
            raise ValueError(f"type must match const 'progress.update', got '{type_}'")

        run_id = d.pop("run_id")

        sequence = d.pop("sequence")

        text = d.pop("text")

        def _parse_icon(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        icon = _parse_icon(d.pop("icon"))

        progress_update_event = cls(
            type_=type_,
            run_id=run_id,
            sequence=sequence,
            text=text,
            icon=icon,
        )

        progress_update_event.additional_properties = d
        return progress_update_event

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
