from __future__ import annotations

import datetime
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
from dateutil.parser import isoparse

from ..models.feedback_kind import FeedbackKind, check_feedback_kind
from ..models.item_status import ItemStatus, check_item_status

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ToolCallItem")


@_attrs_define
class ToolCallItem:
    """A tool call the assistant made."""

    id: str
    """ The item's id (`item_...`). """
    thread_id: str
    run_id: None | str
    """ The run that produced the item; null for items the caller supplied. """
    created_at: datetime.datetime
    type_: Literal["tool_call"]
    feedback: FeedbackKind | None
    tool_call_id: str
    tool_name: str
    args: JsonObject
    """ A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context).
    """
    status: ItemStatus
    """ Whether an item is still being produced (`in_progress`), finished (`completed`) or was cut short by a cancel
    or failure (`incomplete`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        thread_id = self.thread_id

        run_id: None | str
        run_id = self.run_id

        created_at = self.created_at.isoformat()

        type_ = self.type_

        feedback: None | str
        if isinstance(self.feedback, str):
            feedback = self.feedback
        else:
            feedback = self.feedback

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        args = self.args.to_dict()

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "thread_id": thread_id,
                "run_id": run_id,
                "created_at": created_at,
                "type": type_,
                "feedback": feedback,
                "tool_call_id": tool_call_id,
                "tool_name": tool_name,
                "args": args,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        thread_id = d.pop("thread_id")

        def _parse_run_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        run_id = _parse_run_id(d.pop("run_id"))

        created_at = isoparse(d.pop("created_at"))

        type_ = cast(Literal["tool_call"], d.pop("type"))
        if type_ != "tool_call":
            raise ValueError(f"type must match const 'tool_call', got '{type_}'")

        def _parse_feedback(data: object) -> FeedbackKind | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                feedback_type_0 = check_feedback_kind(data)

                return feedback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FeedbackKind | None, data)

        feedback = _parse_feedback(d.pop("feedback"))

        tool_call_id = d.pop("tool_call_id")

        tool_name = d.pop("tool_name")

        args = JsonObject.from_dict(d.pop("args"))

        status = check_item_status(d.pop("status"))

        tool_call_item = cls(
            id=id,
            thread_id=thread_id,
            run_id=run_id,
            created_at=created_at,
            type_=type_,
            feedback=feedback,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            args=args,
            status=status,
        )

        tool_call_item.additional_properties = d
        return tool_call_item

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
