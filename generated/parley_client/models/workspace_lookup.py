from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace import Workspace
    from ..models.workspace_message import WorkspaceMessage


T = TypeVar("T", bound="WorkspaceLookup")


@_attrs_define
class WorkspaceLookup:
    """The result of looking up the active workspace for a client id."""

    exists: bool
    """ True when an active workspace exists for the client id. """
    workspace: None | Workspace
    """ The active workspace; null when none exists. """
    messages: list[WorkspaceMessage]
    """ Its delivered messages, oldest first; empty when none exists. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace import Workspace  # noqa: PLC0415

        exists = self.exists

        workspace: dict[str, Any] | None
        if isinstance(self.workspace, Workspace):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exists": exists,
                "workspace": workspace,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace import Workspace  # noqa: PLC0415
        from ..models.workspace_message import WorkspaceMessage  # noqa: PLC0415

        d = dict(src_dict)
        exists = d.pop("exists")

        def _parse_workspace(data: object) -> None | Workspace:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workspace_type_0 = Workspace.from_dict(data)

                return workspace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Workspace, data)

        workspace = _parse_workspace(d.pop("workspace"))

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = WorkspaceMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        workspace_lookup = cls(
            exists=exists,
            workspace=workspace,
            messages=messages,
        )

        workspace_lookup.additional_properties = d
        return workspace_lookup

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
