from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import new_object
from ..models.feedback_kind import (
    FEEDBACK_KIND_VALUES,
    FeedbackKind,
    check_feedback_kind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemFeedbackRequest")


@_attrs_define
class ItemFeedbackRequest:
    """The body of `create_item_feedback`."""

    item_ids: list[str]
    """ The items to rate (`item_...`), all of this thread. """
    kind: FeedbackKind
    """ A rating of an item. """
    comment: str | Unset = UNSET
    """ Why, in the user's words. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_ids = self.item_ids

        kind: str = self.kind

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_ids": item_ids,
                "kind": kind,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_ids = cast(list[str], d.pop("item_ids"))

        kind = check_feedback_kind(d.pop("kind"))

        comment = d.pop("comment", UNSET)

        item_feedback_request = cls(
            item_ids=item_ids,
            kind=kind,
            comment=comment,
        )

        item_feedback_request.additional_properties = d
        return item_feedback_request

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not ItemFeedbackRequest or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(ItemFeedbackRequest)
        v_: Any = data["item_ids"]

        decoded.item_ids = v_
        v_ = data["kind"]
        if v_ not in FEEDBACK_KIND_VALUES:
            v_ = check_feedback_kind(v_)  # raises from_dict's TypeError

        decoded.kind = v_
        t_count = 2
        if "comment" in data:
            decoded.comment = data["comment"]
            t_count += 1
        else:
            decoded.comment = UNSET
        t_additional_properties = {} if len(data) == t_count else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is ItemFeedbackRequest here

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
        "item_ids",
        "kind",
        "comment",
    }
)
