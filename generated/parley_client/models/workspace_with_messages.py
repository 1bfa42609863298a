from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace import Workspace
    from ..models.workspace_draft import WorkspaceDraft
    from ..models.workspace_message import WorkspaceMessage


T = TypeVar("T", bound="WorkspaceWithMessages")


@_attrs_define
class WorkspaceWithMessages:
    """A workspace with its delivered messages and the state of the answer to `initial_message`."""

    workspace: Workspace
    """ A managed conversation with one end customer. """
    messages: list[WorkspaceMessage]
    """ The workspace's delivered messages, oldest first. """
    pending_approval: bool
    """ True when the answer to `initial_message` is a draft waiting for approval (shadow mode). """
    draft: None | WorkspaceDraft
    """ The pending draft that answers `initial_message` (shadow mode); null otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace_draft import WorkspaceDraft  # noqa: PLC0415

        workspace = self.workspace.to_dict()

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        pending_approval = self.pending_approval

        draft: dict[str, Any] | None
        if isinstance(self.draft, WorkspaceDraft):
            draft = self.draft.to_dict()
        else:
            draft = self.draft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace": workspace,
                "messages": messages,
                "pending_approval": pending_approval,
                "draft": draft,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace import Workspace  # noqa: PLC0415
        from ..models.workspace_draft import WorkspaceDraft  # noqa: PLC0415
        from ..models.workspace_message import WorkspaceMessage  # noqa: PLC0415

        d = dict(src_dict)
        workspace = Workspace.from_dict(d.pop("workspace"))

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = WorkspaceMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        pending_approval = d.pop("pending_approval")

        def _parse_draft(data: object) -> None | WorkspaceDraft:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                draft_type_0 = WorkspaceDraft.from_dict(data)

                return draft_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WorkspaceDraft, data)

        draft = _parse_draft(d.pop("draft"))

        workspace_with_messages = cls(
            workspace=workspace,
            messages=messages,
            pending_approval=pending_approval,
            draft=draft,
        )

        workspace_with_messages.additional_properties = d
        return workspace_with_messages

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
