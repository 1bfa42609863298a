from __future__ import annotations

import builtins
import warnings
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

T = TypeVar("T", bound="ProgressUpdateEvent")


@_attrs_define
class ProgressUpdateEvent:
    """A transient note on what the run is doing (not stored as an item).

    Example:
        {'type': 'progress.update', 'run_id': 'run_6f7a8b9c', 'sequence': 3, 'text': 'Approving the refund...', 'icon':
            None}

    """

    type: Literal["progress.update"]
    run_id: str
    sequence: int
    """ The event's number within its run (1, 2, 3, ...), equal to the SSE `id:`. """
    text: str
    icon: None | str
    """ An icon name for the note, null for none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
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
            type=type_,
            run_id=run_id,
            sequence=sequence,
            text=text,
            icon=icon,
        )

        progress_update_event.additional_properties = d
        return progress_update_event

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ProgressUpdateEvent or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ProgressUpdateEvent)
        v_: Any = data["type"]
        if v_ != "progress.update":
            raise ValueError(f"type must match const 'progress.update', got '{v_}'")

        decoded.type = v_
        decoded.run_id = data["run_id"]
        decoded.sequence = data["sequence"]
        decoded.text = data["text"]
        decoded.icon = data["icon"]
        t_additional_properties = {} if len(data) == 5 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ProgressUpdateEvent here

    @property
    def type_(self) -> Literal["progress.update"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ProgressUpdateEvent.type_ is deprecated; use ProgressUpdateEvent.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["progress.update"]) -> None:
        warnings.warn(
            "ProgressUpdateEvent.type_ is deprecated; use ProgressUpdateEvent.type",
            DeprecationWarning,
            stacklevel=2,
        )
        self.type = value

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
        "type",
        "run_id",
        "sequence",
        "text",
        "icon",
    }
)
