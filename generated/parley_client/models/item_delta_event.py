from __future__ import annotations

import builtins
import warnings
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

from .. import models as _models
from .._decoding import new_object

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

    type: Literal["item.delta"]
    run_id: str
    sequence: int
    """ The event's number within its run (1, 2, 3, ...), equal to the SSE `id:`. """
    item_id: str
    delta: TextDelta | ToolCallArgsDelta
    """ An increment to an item in progress, by `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.text_delta import TextDelta  # noqa: PLC0415

        type_ = self.type

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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
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
            type=type_,
            run_id=run_id,
            sequence=sequence,
            item_id=item_id,
            delta=delta,
        )

        item_delta_event.additional_properties = d
        return item_delta_event

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ItemDeltaEvent or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ItemDeltaEvent)
        v_: Any = data["type"]
        if v_ != "item.delta":
            raise ValueError(f"type must match const 'item.delta', got '{v_}'")

        decoded.type = v_
        decoded.run_id = data["run_id"]
        decoded.sequence = data["sequence"]
        decoded.item_id = data["item_id"]
        v_ = data["delta"]
        v_ = _decode_delta(v_)

        decoded.delta = v_
        t_additional_properties = {} if len(data) == 5 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ItemDeltaEvent here

    @property
    def type_(self) -> Literal["item.delta"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ItemDeltaEvent.type_ is deprecated; use ItemDeltaEvent.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["item.delta"]) -> None:
        warnings.warn(
            "ItemDeltaEvent.type_ is deprecated; use ItemDeltaEvent.type",
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
        "item_id",
        "delta",
    }
)


def _decode_delta(data: Any) -> Any:
    if isinstance(data, dict):
        try:
            v_componentsschemas_item_delta_type_0: Any = data
            v_componentsschemas_item_delta_type_0 = _MODEL_TextDelta.decode(v_componentsschemas_item_delta_type_0)

            return v_componentsschemas_item_delta_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    v_componentsschemas_item_delta_type_1: Any = data
    v_componentsschemas_item_delta_type_1 = _MODEL_ToolCallArgsDelta.decode(v_componentsschemas_item_delta_type_1)

    return v_componentsschemas_item_delta_type_1


_MODEL_TextDelta: type[_models.TextDelta]
_MODEL_ToolCallArgsDelta: type[_models.ToolCallArgsDelta]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_TextDelta, _MODEL_ToolCallArgsDelta, _linked
    _MODEL_TextDelta = _models.TextDelta
    _MODEL_ToolCallArgsDelta = _models.ToolCallArgsDelta
    _linked = True
