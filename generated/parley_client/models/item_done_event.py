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
    from ..models.action_item import ActionItem
    from ..models.assistant_message_item import AssistantMessageItem
    from ..models.tool_call_item import ToolCallItem
    from ..models.tool_result_item import ToolResultItem
    from ..models.user_message_item import UserMessageItem


T = TypeVar("T", bound="ItemDoneEvent")


@_attrs_define
class ItemDoneEvent:
    """An item is final and stored, as `list_thread_items` shows it.

    Example:
        {'type': 'item.done', 'run_id': 'run_5e6f7a8b', 'sequence': 6, 'item': {'id': 'item_9c0d1e2f', 'thread_id':
            'thr_1a2b3c4d', 'run_id': 'run_5e6f7a8b', 'created_at': '2026-11-22T09:31:00Z', 'type': 'assistant_message',
            'feedback': None, 'content': [{'type': 'text', 'text': 'Hello! How can I help with order 4417?'}], 'status':
            'completed'}}

    """

    type: Literal["item.done"]
    run_id: str
    sequence: int
    """ The event's number within its run (1, 2, 3, ...), equal to the SSE `id:`. """
    item: ActionItem | AssistantMessageItem | ToolCallItem | ToolResultItem | UserMessageItem
    """ One entry of a thread, by `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_message_item import AssistantMessageItem  # noqa: PLC0415
        from ..models.tool_call_item import ToolCallItem  # noqa: PLC0415
        from ..models.tool_result_item import ToolResultItem  # noqa: PLC0415
        from ..models.user_message_item import UserMessageItem  # noqa: PLC0415

        type_ = self.type

        run_id = self.run_id

        sequence = self.sequence

        item: dict[str, Any]
        if isinstance(self.item, UserMessageItem):
            item = self.item.to_dict()
        elif isinstance(self.item, AssistantMessageItem):
            item = self.item.to_dict()
        elif isinstance(self.item, ToolCallItem):
            item = self.item.to_dict()
        elif isinstance(self.item, ToolResultItem):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "run_id": run_id,
                "sequence": sequence,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_item import ActionItem  # noqa: PLC0415
        from ..models.assistant_message_item import AssistantMessageItem  # noqa: PLC0415
        from ..models.tool_call_item import ToolCallItem  # noqa: PLC0415
        from ..models.tool_result_item import ToolResultItem  # noqa: PLC0415
        from ..models.user_message_item import UserMessageItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["item.done"], d.pop("type"))
        if type_ != "item.done":
            raise ValueError(f"type must match const 'item.done', got '{type_}'")

        run_id = d.pop("run_id")

        sequence = d.pop("sequence")

        def _parse_item(
            data: object,
        ) -> ActionItem | AssistantMessageItem | ToolCallItem | ToolResultItem | UserMessageItem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_item_type_0 = UserMessageItem.from_dict(data)

                return componentsschemas_thread_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_item_type_1 = AssistantMessageItem.from_dict(data)

                return componentsschemas_thread_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_item_type_2 = ToolCallItem.from_dict(data)

                return componentsschemas_thread_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thread_item_type_3 = ToolResultItem.from_dict(data)

                return componentsschemas_thread_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_thread_item_type_4 = ActionItem.from_dict(data)

            return componentsschemas_thread_item_type_4

        item = _parse_item(d.pop("item"))

        item_done_event = cls(
            type=type_,
            run_id=run_id,
            sequence=sequence,
            item=item,
        )

        item_done_event.additional_properties = d
        return item_done_event

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ItemDoneEvent or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ItemDoneEvent)
        v_: Any = data["type"]
        if v_ != "item.done":
            raise ValueError(f"type must match const 'item.done', got '{v_}'")

        decoded.type = v_
        decoded.run_id = data["run_id"]
        decoded.sequence = data["sequence"]
        v_ = data["item"]
        v_ = _decode_item(v_)

        decoded.item = v_
        t_additional_properties = {} if len(data) == 4 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ItemDoneEvent here

    @property
    def type_(self) -> Literal["item.done"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ItemDoneEvent.type_ is deprecated; use ItemDoneEvent.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["item.done"]) -> None:
        warnings.warn(
            "ItemDoneEvent.type_ is deprecated; use ItemDoneEvent.type",
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
        "item",
    }
)


def _decode_item(data: Any) -> Any:
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_item_type_0: Any = data
            v_componentsschemas_thread_item_type_0 = _MODEL_UserMessageItem.decode(
                v_componentsschemas_thread_item_type_0
            )

            return v_componentsschemas_thread_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_item_type_1: Any = data
            v_componentsschemas_thread_item_type_1 = _MODEL_AssistantMessageItem.decode(
                v_componentsschemas_thread_item_type_1
            )

            return v_componentsschemas_thread_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_item_type_2: Any = data
            v_componentsschemas_thread_item_type_2 = _MODEL_ToolCallItem.decode(v_componentsschemas_thread_item_type_2)

            return v_componentsschemas_thread_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            v_componentsschemas_thread_item_type_3: Any = data
            v_componentsschemas_thread_item_type_3 = _MODEL_ToolResultItem.decode(
                v_componentsschemas_thread_item_type_3
            )

            return v_componentsschemas_thread_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    v_componentsschemas_thread_item_type_4: Any = data
    v_componentsschemas_thread_item_type_4 = _MODEL_ActionItem.decode(v_componentsschemas_thread_item_type_4)

    return v_componentsschemas_thread_item_type_4


_MODEL_ActionItem: type[_models.ActionItem]
_MODEL_AssistantMessageItem: type[_models.AssistantMessageItem]
_MODEL_ToolCallItem: type[_models.ToolCallItem]
_MODEL_ToolResultItem: type[_models.ToolResultItem]
_MODEL_UserMessageItem: type[_models.UserMessageItem]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global \
        _MODEL_ActionItem, \
        _MODEL_AssistantMessageItem, \
        _MODEL_ToolCallItem, \
        _MODEL_ToolResultItem, \
        _MODEL_UserMessageItem, \
        _linked
    _MODEL_ActionItem = _models.ActionItem
    _MODEL_AssistantMessageItem = _models.AssistantMessageItem
    _MODEL_ToolCallItem = _models.ToolCallItem
    _MODEL_ToolResultItem = _models.ToolResultItem
    _MODEL_UserMessageItem = _models.UserMessageItem
    _linked = True
