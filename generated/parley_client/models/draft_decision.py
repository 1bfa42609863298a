from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace_draft import WorkspaceDraft
    from ..models.workspace_message import WorkspaceMessage


T = TypeVar("T", bound="DraftDecision")


@_attrs_define
class DraftDecision:
    """The outcome of approving or rejecting a draft."""

    draft: WorkspaceDraft
    """ An AI answer written in shadow mode, waiting for (or after) a manager's decision. """
    message: None | WorkspaceMessage
    """ The delivered `ai` message when approved; null for a rejection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace_message import WorkspaceMessage  # noqa: PLC0415

        draft = self.draft.to_dict()

        message: dict[str, Any] | None
        if isinstance(self.message, WorkspaceMessage):
            message = self.message.to_dict()
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "draft": draft,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_draft import WorkspaceDraft  # noqa: PLC0415
        from ..models.workspace_message import WorkspaceMessage  # noqa: PLC0415

        d = dict(src_dict)
        draft = WorkspaceDraft.from_dict(d.pop("draft"))

        def _parse_message(data: object) -> None | WorkspaceMessage:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = WorkspaceMessage.from_dict(data)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WorkspaceMessage, data)

        message = _parse_message(d.pop("message"))

        draft_decision = cls(
            draft=draft,
            message=message,
        )

        draft_decision.additional_properties = d
        return draft_decision

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
