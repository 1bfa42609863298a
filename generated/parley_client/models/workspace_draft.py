from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.draft_status import DRAFT_STATUS_VALUES, DraftStatus, check_draft_status

T = TypeVar("T", bound="WorkspaceDraft")


@_attrs_define
class WorkspaceDraft:
    """An AI answer written in shadow mode, waiting for (or after) a manager's decision."""

    id: str
    """ The draft id (`draft_...`). """
    workspace_id: str
    """ The workspace the draft belongs to. """
    reply_to_message_id: str
    """ The `user` message this draft answers. """
    content: str
    """ The text proposed (pending, rejected) or delivered (approved, possibly edited by the manager). """
    original_content: str
    """ The AI's text before any edit. """
    status: DraftStatus
    """ `pending` until a manager decides; then `approved` (delivered) or `rejected` (discarded). """
    created_at: datetime.datetime
    decided_at: datetime.datetime | None
    """ When the draft was approved or rejected; null while pending. """
    decided_by: None | str
    """ The user id of the manager who decided; null while pending and for drafts rejected by `end_workspace`. """
    reason: None | str
    """ Why the draft was rejected, if a reason was given. """
    message_id: None | str
    """ The message the draft was delivered as; null unless approved. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        reply_to_message_id = self.reply_to_message_id

        content = self.content

        original_content = self.original_content

        status: str = self.status

        created_at = self.created_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by: None | str
        decided_by = self.decided_by

        reason: None | str
        reason = self.reason

        message_id: None | str
        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "reply_to_message_id": reply_to_message_id,
                "content": content,
                "original_content": original_content,
                "status": status,
                "created_at": created_at,
                "decided_at": decided_at,
                "decided_by": decided_by,
                "reason": reason,
                "message_id": message_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        workspace_id = d.pop("workspace_id")

        reply_to_message_id = d.pop("reply_to_message_id")

        content = d.pop("content")

        original_content = d.pop("original_content")

        status = check_draft_status(d.pop("status"))

        created_at = isoparse(d.pop("created_at"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = isoparse(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_message_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message_id = _parse_message_id(d.pop("message_id"))

        workspace_draft = cls(
            id=id,
            workspace_id=workspace_id,
            reply_to_message_id=reply_to_message_id,
            content=content,
            original_content=original_content,
            status=status,
            created_at=created_at,
            decided_at=decided_at,
            decided_by=decided_by,
            reason=reason,
            message_id=message_id,
        )

        workspace_draft.additional_properties = d
        return workspace_draft

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not WorkspaceDraft or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(WorkspaceDraft)
        decoded.id = data["id"]
        decoded.workspace_id = data["workspace_id"]
        decoded.reply_to_message_id = data["reply_to_message_id"]
        decoded.content = data["content"]
        decoded.original_content = data["original_content"]
        v_: Any = data["status"]
        if v_ not in DRAFT_STATUS_VALUES:
            v_ = check_draft_status(v_)  # raises from_dict's TypeError

        decoded.status = v_
        v_ = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["decided_at"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_decided_at(v_)

        decoded.decided_at = v_
        decoded.decided_by = data["decided_by"]
        decoded.reason = data["reason"]
        decoded.message_id = data["message_id"]
        t_additional_properties = {} if len(data) == 11 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is WorkspaceDraft here

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
        "workspace_id",
        "reply_to_message_id",
        "content",
        "original_content",
        "status",
        "created_at",
        "decided_at",
        "decided_by",
        "reason",
        "message_id",
    }
)


def _decode_decided_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_decided_at_type_0: Any = data
            v_decided_at_type_0 = parse_timestamp(v_decided_at_type_0)

            return v_decided_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data
