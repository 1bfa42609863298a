from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.feedback_kind import (
    FEEDBACK_KIND_VALUES,
    FeedbackKind,
    check_feedback_kind,
)

T = TypeVar("T", bound="ItemFeedback")


@_attrs_define
class ItemFeedback:
    """Feedback recorded on thread items."""

    id: str
    """ The feedback's id (`fb_...`). """
    thread_id: str
    item_ids: list[str]
    kind: FeedbackKind
    """ A rating of an item. """
    comment: None | str
    """ The comment, null when none was given. """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        thread_id = self.thread_id

        item_ids = self.item_ids

        kind: str = self.kind

        comment: None | str
        comment = self.comment

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "thread_id": thread_id,
                "item_ids": item_ids,
                "kind": kind,
                "comment": comment,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        thread_id = d.pop("thread_id")

        item_ids = cast(list[str], d.pop("item_ids"))

        kind = check_feedback_kind(d.pop("kind"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        created_at = isoparse(d.pop("created_at"))

        item_feedback = cls(
            id=id,
            thread_id=thread_id,
            item_ids=item_ids,
            kind=kind,
            comment=comment,
            created_at=created_at,
        )

        item_feedback.additional_properties = d
        return item_feedback

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ItemFeedback or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ItemFeedback)
        decoded.id = data["id"]
        decoded.thread_id = data["thread_id"]
        v_: Any = data["item_ids"]

        decoded.item_ids = v_
        v_ = data["kind"]
        if v_ not in FEEDBACK_KIND_VALUES:
            v_ = check_feedback_kind(v_)  # raises from_dict's TypeError

        decoded.kind = v_
        decoded.comment = data["comment"]
        v_ = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        t_additional_properties = {} if len(data) == 6 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ItemFeedback here

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
        "item_ids",
        "kind",
        "comment",
        "created_at",
    }
)
