from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_mode import WorkspaceMode, check_workspace_mode

if TYPE_CHECKING:
    from ..models.workspace_draft import WorkspaceDraft
    from ..models.workspace_message import WorkspaceMessage


T = TypeVar("T", bound="WorkspaceSendResult")


@_attrs_define
class WorkspaceSendResult:
    """What happened to an end-customer message and its answer."""

    user_message: WorkspaceMessage
    """ A delivered message of a workspace conversation. """
    responses: list[WorkspaceMessage]
    """ The messages delivered in answer (the `ai` message in mode `ai`); empty in `shadow` and `takeover`. """
    mode: WorkspaceMode
    """ Who answers the end customer: `ai` (the AI answers at once), `shadow` (the AI drafts an
    answer that a manager approves or rejects), `takeover` (a human agent answers).
     """
    pending_approval: bool
    """ True when the answer is a draft waiting for a manager (shadow mode). """
    draft: None | WorkspaceDraft
    """ The pending draft in shadow mode; null otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace_draft import WorkspaceDraft  # noqa: PLC0415

        user_message = self.user_message.to_dict()

        responses = []
        for responses_item_data in self.responses:
            responses_item = responses_item_data.to_dict()
            responses.append(responses_item)

        mode: str = self.mode

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
                "user_message": user_message,
                "responses": responses,
                "mode": mode,
                "pending_approval": pending_approval,
                "draft": draft,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_draft import WorkspaceDraft  # noqa: PLC0415
        from ..models.workspace_message import WorkspaceMessage  # noqa: PLC0415

        d = dict(src_dict)
        user_message = WorkspaceMessage.from_dict(d.pop("user_message"))

        responses = []
        _responses = d.pop("responses")
        for responses_item_data in _responses:
            responses_item = WorkspaceMessage.from_dict(responses_item_data)

            responses.append(responses_item)

        mode = check_workspace_mode(d.pop("mode"))

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

        workspace_send_result = cls(
            user_message=user_message,
            responses=responses,
            mode=mode,
            pending_approval=pending_approval,
            draft=draft,
        )

        workspace_send_result.additional_properties = d
        return workspace_send_result

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
