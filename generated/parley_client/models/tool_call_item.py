from __future__ import annotations

import builtins
import datetime
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
from dateutil.parser import isoparse

from .. import models as _models
from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.feedback_kind import (
    FeedbackKind,
    check_feedback_kind,
)
from ..models.item_status import ITEM_STATUS_VALUES, ItemStatus, check_item_status
from ..types import UNSET

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
    type: Literal["tool_call"]
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

        type_ = self.type

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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
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
            type=type_,
            feedback=feedback,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            args=args,
            status=status,
        )

        tool_call_item.additional_properties = d
        return tool_call_item

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ToolCallItem or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ToolCallItem)
        decoded.id = data["id"]
        decoded.thread_id = data["thread_id"]
        decoded.run_id = data["run_id"]
        v_: Any = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["type"]
        if v_ != "tool_call":
            raise ValueError(f"type must match const 'tool_call', got '{v_}'")

        decoded.type = v_
        decoded.feedback = data["feedback"]
        decoded.tool_call_id = data["tool_call_id"]
        decoded.tool_name = data["tool_name"]
        v_ = data["args"]
        if v_.__class__ is dict:  # the nested model's decode: a copy of the object
            t_args = new_object(_MODEL_JsonObject)
            t_args.additional_properties = v_.copy()
            v_ = t_args
        elif v_ is not UNSET:
            v_ = _MODEL_JsonObject.from_dict(v_)

        decoded.args = v_
        v_ = data["status"]
        if v_ not in ITEM_STATUS_VALUES:
            v_ = check_item_status(v_)  # raises from_dict's TypeError

        decoded.status = v_
        t_additional_properties = {} if len(data) == 10 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ToolCallItem here

    @property
    def type_(self) -> Literal["tool_call"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ToolCallItem.type_ is deprecated; use ToolCallItem.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["tool_call"]) -> None:
        warnings.warn(
            "ToolCallItem.type_ is deprecated; use ToolCallItem.type",
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
        "args",
        "status",
    }
)


_MODEL_JsonObject: type[_models.JsonObject]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_JsonObject, _linked
    _MODEL_JsonObject = _models.JsonObject
    _linked = True
