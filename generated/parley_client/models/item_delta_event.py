from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.text_delta import TextDelta
    from ..models.tool_call_args_delta import ToolCallArgsDelta


T = TypeVar("T", bound="ItemDeltaEvent")


@_attrs_define
class ItemDeltaEvent:
    """An increment to an item in progress.

    Example:
        {'type': 'item.delta', 'run_id': 'run_5e6f7a8b', 'sequence': 4, 'item_id': 'item_9c0d1e2f', 'delta': {'type':
            'text', 'text': 'Hello! '}}

    """

    type_: Literal["item.delta"]
    run_id: str
    sequence: int
    """ The event's number within its run (1, 2, 3, ...), equal to the SSE `id:`. """
    item_id: str
    delta: TextDelta | ToolCallArgsDelta
    """ An increment to an item in progress, by `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.text_delta import TextDelta  # noqa: PLC0415

        type_ = self.type_

        run_id = self.run_id

        sequence = self.sequence

        item_id = self.item_id

        delta: dict[str, Any]
        if isinstance(self.delta, TextDelta):
            delta = self.delta.to_dict()
        else:
            delta = self.delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "run_id": run_id,
                "sequence": sequence,
                "item_id": item_id,
                "delta": delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_delta import TextDelta  # noqa: PLC0415
        from ..models.tool_call_args_delta import ToolCallArgsDelta  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["item.delta"], d.pop("type"))
        if type_ != "item.delta":
            raise ValueError(f"type must match const 'item.delta', got '{type_}'")

        run_id = d.pop("run_id")

        sequence = d.pop("sequence")

        item_id = d.pop("item_id")

        def _parse_delta(data: object) -> TextDelta | ToolCallArgsDelta:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_item_delta_type_0 = TextDelta.from_dict(data)

                return componentsschemas_item_delta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_item_delta_type_1 = ToolCallArgsDelta.from_dict(data)

            return componentsschemas_item_delta_type_1

        delta = _parse_delta(d.pop("delta"))

        item_delta_event = cls(
            type_=type_,
            run_id=run_id,
            sequence=sequence,
            item_id=item_id,
            delta=delta,
        )

        item_delta_event.additional_properties = d
        return item_delta_event

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
