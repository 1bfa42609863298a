from __future__ import annotations

import builtins
import datetime
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
from dateutil.parser import isoparse

from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.feedback_kind import (
    FeedbackKind,
    check_feedback_kind,
)

T = TypeVar("T", bound="ToolResultItem")


@_attrs_define
class ToolResultItem:
    """The result of a tool call."""

    id: str
    """ The item's id (`item_...`). """
    thread_id: str
    run_id: None | str
    """ The run that produced the item; null for items the caller supplied. """
    created_at: datetime.datetime
    type: Literal["tool_result"]
    feedback: FeedbackKind | None
    tool_call_id: str
    tool_name: str
    result: Any
    """ The tool's result, any JSON value. """
    is_error: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        thread_id = self.thread_id

        run_id: None | str
        run_id = self.run_id

        created_at = self.created_at.isoformat()

        type_ = self.type

        feedback: None | str
        if isinstance(self.feedback, str):
            feedback = self.feedback
        else:
            feedback = self.feedback

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        result = self.result

        is_error = self.is_error

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
                "result": result,
                "is_error": is_error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        thread_id = d.pop("thread_id")

        def _parse_run_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        run_id = _parse_run_id(d.pop("run_id"))

        created_at = isoparse(d.pop("created_at"))

        type_ = cast(Literal["tool_result"], d.pop("type"))
        if type_ != "tool_result":
            raise ValueError(f"type must match const 'tool_result', got '{type_}'")

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

        result = d.pop("result")

        is_error = d.pop("is_error")

        tool_result_item = cls(
            id=id,
            thread_id=thread_id,
            run_id=run_id,
            created_at=created_at,
            type=type_,
            feedback=feedback,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            result=result,
            is_error=is_error,
        )

        tool_result_item.additional_properties = d
        return tool_result_item

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ToolResultItem or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ToolResultItem)
        decoded.id = data["id"]
        decoded.thread_id = data["thread_id"]
        decoded.run_id = data["run_id"]
        v_: Any = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["type"]
        if v_ != "tool_result":
            raise ValueError(f"type must match const 'tool_result', got '{v_}'")

        decoded.type = v_
        decoded.feedback = data["feedback"]
        decoded.tool_call_id = data["tool_call_id"]
        decoded.tool_name = data["tool_name"]
        decoded.result = data["result"]
        decoded.is_error = data["is_error"]
        t_additional_properties = {} if len(data) == 10 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ToolResultItem here

    @property
    def type_(self) -> Literal["tool_result"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ToolResultItem.type_ is deprecated; use ToolResultItem.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["tool_result"]) -> None:
        warnings.warn(
            "ToolResultItem.type_ is deprecated; use ToolResultItem.type",
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
        "id",
        "thread_id",
        "run_id",
        "created_at",
        "type",
        "feedback",
        "tool_call_id",
        "tool_name",
        "result",
        "is_error",
    }
)
