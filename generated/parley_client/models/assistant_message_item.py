from __future__ import annotations

import builtins
import datetime
import gc
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
from .._decoding import decode_list, new_object, pause_gc
from .._timestamps import parse_timestamp
from ..models.feedback_kind import (
    FeedbackKind,
    check_feedback_kind,
)
from ..models.item_status import ITEM_STATUS_VALUES, ItemStatus, check_item_status

if TYPE_CHECKING:
    from ..models.text_part import TextPart


T = TypeVar("T", bound="AssistantMessageItem")


@_attrs_define
class AssistantMessageItem:
    """A message from the assistant (text only; its tool calls are separate `tool_call` items)."""

    id: str
    """ The item's id (`item_...`). """
    thread_id: str
    run_id: None | str
    """ The run that produced the item; null for items the caller supplied. """
    created_at: datetime.datetime
    type: Literal["assistant_message"]
    feedback: FeedbackKind | None
    content: list[TextPart]
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

        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

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
                "content": content,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_part import TextPart  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        thread_id = d.pop("thread_id")

        def _parse_run_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        run_id = _parse_run_id(d.pop("run_id"))

        created_at = isoparse(d.pop("created_at"))

        type_ = cast(Literal["assistant_message"], d.pop("type"))
        if type_ != "assistant_message":
            raise ValueError(f"type must match const 'assistant_message', got '{type_}'")

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

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = TextPart.from_dict(content_item_data)

            content.append(content_item)

        status = check_item_status(d.pop("status"))

        assistant_message_item = cls(
            id=id,
            thread_id=thread_id,
            run_id=run_id,
            created_at=created_at,
            type=type_,
            feedback=feedback,
            content=content,
            status=status,
        )

        assistant_message_item.additional_properties = d
        return assistant_message_item

    @classmethod
    def decode(cls: builtins.type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not AssistantMessageItem or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(AssistantMessageItem)
        decoded.id = data["id"]
        decoded.thread_id = data["thread_id"]
        decoded.run_id = data["run_id"]
        v_: Any = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["type"]
        if v_ != "assistant_message":
            raise ValueError(f"type must match const 'assistant_message', got '{v_}'")

        decoded.type = v_
        decoded.feedback = data["feedback"]
        v_ = data["content"]
        if v_.__class__ is list and len(v_) == 1 and (t_content_item := v_[0]).__class__ is dict:  # one item, inline
            o_content_item__ = new_object(_MODEL_TextPart)
            v_content_item__: Any = t_content_item["type"]
            if v_content_item__ != "text":
                raise ValueError(f"type must match const 'text', got '{v_content_item__}'")

            o_content_item__.type = v_content_item__
            o_content_item__.text = t_content_item["text"]
            t_content_item__additional_properties = (
                {}
                if len(t_content_item) == 2
                else {k: x for k, x in t_content_item.items() if k not in _KEYS_content_item}
            )
            o_content_item__.additional_properties = t_content_item__additional_properties

            v_ = [o_content_item__]
        elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
            t_content_item__list: list[Any] = []
            t_content_item__append = t_content_item__list.append
            t_content_item__paused = pause_gc(v_)
            try:
                for t_content_item in v_:
                    if t_content_item.__class__ is dict:
                        o_content_item__ = new_object(_MODEL_TextPart)
                        v_content_item__ = t_content_item["type"]
                        if v_content_item__ != "text":
                            raise ValueError(f"type must match const 'text', got '{v_content_item__}'")

                        o_content_item__.type = v_content_item__
                        o_content_item__.text = t_content_item["text"]
                        t_content_item__additional_properties = (
                            {}
                            if len(t_content_item) == 2
                            else {k: x for k, x in t_content_item.items() if k not in _KEYS_content_item}
                        )
                        o_content_item__.additional_properties = t_content_item__additional_properties

                        t_content_item__append(o_content_item__)
                    else:
                        t_content_item__append(_MODEL_TextPart.from_dict(t_content_item))
            finally:
                if t_content_item__paused:
                    gc.enable()
            v_ = t_content_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_TextPart)

        decoded.content = v_
        v_ = data["status"]
        if v_ not in ITEM_STATUS_VALUES:
            v_ = check_item_status(v_)  # raises from_dict's TypeError

        decoded.status = v_
        t_additional_properties = {} if len(data) == 8 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is AssistantMessageItem here

    @property
    def type_(self) -> Literal["assistant_message"]:
        """Deprecated: the generator's name for `type`, kept for one release; warns on use."""
        warnings.warn(
            "AssistantMessageItem.type_ is deprecated; use AssistantMessageItem.type",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.type

    @type_.setter
    def type_(self, value: Literal["assistant_message"]) -> None:
        warnings.warn(
            "AssistantMessageItem.type_ is deprecated; use AssistantMessageItem.type",
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
        "content",
        "status",
    }
)


_KEYS_content_item = frozenset(
    {
        "type",
        "text",
    }
)


_MODEL_TextPart: type[_models.TextPart]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_TextPart, _linked
    _MODEL_TextPart = _models.TextPart
    _linked = True
