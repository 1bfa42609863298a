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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="ActionItem")


@_attrs_define
class ActionItem:
    """An action the caller sent with `run_thread_action`."""

    id: str
    """ The item's id (`item_...`). """
    thread_id: str
    run_id: None | str
    """ The run that produced the item; null for items the caller supplied. """
    created_at: datetime.datetime
    type: Literal["action"]
    feedback: FeedbackKind | None
    action_type: str
    """ The action's `type`. """
    payload: JsonObject
    """ A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context).
    """
    source_item_id: None | str
    """ The item the action came from, null when none was given. """
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

        action_type = self.action_type

        payload = self.payload.to_dict()

        source_item_id: None | str
        source_item_id = self.source_item_id

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
                "action_type": action_type,
                "payload": payload,
                "source_item_id": source_item_id,
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

        type_ = cast(Literal["action"], d.pop("type"))
        if type_ != "action":
            raise ValueError(f"type must match const 'action', got '{type_}'")

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

        action_type = d.pop("action_type")

        payload = JsonObject.from_dict(d.pop("payload"))

        def _parse_source_item_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_item_id = _parse_source_item_id(d.pop("source_item_id"))

        action_item = cls(
            id=id,
            thread_id=thread_id,
            run_id=run_id,
            created_at=created_at,
            type=type_,
            feedback=feedback,
            action_type=action_type,
            payload=payload,
            source_item_id=source_item_id,
        )

        action_item.additional_properties = d
        return action_item

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ActionItem or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(ActionItem)
        decoded.id = data["id"]
        decoded.thread_id = data["thread_id"]
        decoded.run_id = data["run_id"]
        v_: Any = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["type"]
        if v_ != "action":
            raise ValueError(f"type must match const 'action', got '{v_}'")

        decoded.type = v_
        decoded.feedback = data["feedback"]
        decoded.action_type = data["action_type"]
        v_ = data["payload"]
        if v_.__class__ is dict:  # the nested model's decode: a copy of the object
            t_payload = new_object(_MODEL_JsonObject)
            t_payload.additional_properties = v_.copy()
            v_ = t_payload
        elif v_ is not UNSET:
            v_ = _MODEL_JsonObject.from_dict(v_)

        decoded.payload = v_
        decoded.source_item_id = data["source_item_id"]
        t_additional_properties = {} if len(data) == 9 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ActionItem here

    @property
    def type_(self) -> Literal["action"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "ActionItem.type_ is deprecated; use ActionItem.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["action"]) -> None:
        warnings.warn(
            "ActionItem.type_ is deprecated; use ActionItem.type",
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
        "action_type",
        "payload",
        "source_item_id",
    }
)


_MODEL_JsonObject: type[_models.JsonObject]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_JsonObject, _linked
    _MODEL_JsonObject = _models.JsonObject
    _linked = True
