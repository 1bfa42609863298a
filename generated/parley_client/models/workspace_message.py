from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.workspace_message_role import (
    WORKSPACE_MESSAGE_ROLE_VALUES,
    WorkspaceMessageRole,
    check_workspace_message_role,
)

T = TypeVar("T", bound="WorkspaceMessage")


@_attrs_define
class WorkspaceMessage:
    """A delivered message of a workspace conversation."""

    id: str
    """ The message id (`wsmsg_...`). """
    workspace_id: str
    """ The workspace the message belongs to. """
    role: WorkspaceMessageRole
    """ Who wrote a workspace message: `user` (the end customer), `ai` (the AI, directly or
    through an approved draft), `human` (a human agent), `system` (notices).
     """
    content: str
    """ The text of the message. """
    created_at: datetime.datetime
    draft_id: None | str
    """ The approved draft this message was delivered from; null for every other message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        workspace_id = self.workspace_id

        role: str = self.role

        content = self.content

        created_at = self.created_at.isoformat()

        draft_id: None | str
        draft_id = self.draft_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspace_id": workspace_id,
                "role": role,
                "content": content,
                "created_at": created_at,
                "draft_id": draft_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        workspace_id = d.pop("workspace_id")

        role = check_workspace_message_role(d.pop("role"))

        content = d.pop("content")

        created_at = isoparse(d.pop("created_at"))

        def _parse_draft_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        draft_id = _parse_draft_id(d.pop("draft_id"))

        workspace_message = cls(
            id=id,
            workspace_id=workspace_id,
            role=role,
            content=content,
            created_at=created_at,
            draft_id=draft_id,
        )

        workspace_message.additional_properties = d
        return workspace_message

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not WorkspaceMessage or data.__class__ is not dict:
            return cls.from_dict(data)
        decoded = new_object(WorkspaceMessage)
        decoded.id = data["id"]
        decoded.workspace_id = data["workspace_id"]
        v_: Any = data["role"]
        if v_ not in WORKSPACE_MESSAGE_ROLE_VALUES:
            v_ = check_workspace_message_role(v_)  # raises from_dict's TypeError

        decoded.role = v_
        decoded.content = data["content"]
        v_ = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        decoded.draft_id = data["draft_id"]
        t_additional_properties = {} if len(data) == 6 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is WorkspaceMessage here

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
        "role",
        "content",
        "created_at",
        "draft_id",
    }
)
