from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.workspace_mode import WorkspaceMode, check_workspace_mode
from ..models.workspace_status import WorkspaceStatus, check_workspace_status

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """A managed conversation with one end customer."""

    id: str
    """ The workspace id (`ws_...`). """
    client_id: None | str
    """ The caller's own id for its end customer, if one was given. """
    mode: WorkspaceMode
    """ Who answers the end customer: `ai` (the AI answers at once), `shadow` (the AI drafts an
    answer that a manager approves or rejects), `takeover` (a human agent answers).
     """
    status: WorkspaceStatus
    """ `active` while the conversation goes on; `ended` after `end_workspace` (read-only from then on). """
    system_prompt: None | str
    """ Instructions given to the AI for this conversation, if any. """
    context: JsonObject
    """ A JSON object whose keys and values the API does not constrain (tool arguments, action payloads, context).
    """
    metadata: Metadata
    """ Free-form key/value data owned by the caller. The server stores it and returns it unchanged. """
    model: None | str
    """ The model the AI answers with by default; null means the server's default model. """
    message_count: int
    """ The number of delivered messages. """
    pending_drafts: int
    """ The number of drafts waiting for a manager's decision. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    """ When the workspace or its conversation last changed. """
    ended_at: datetime.datetime | None
    """ When the workspace was ended; null while active. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id: None | str
        client_id = self.client_id

        mode: str = self.mode

        status: str = self.status

        system_prompt: None | str
        system_prompt = self.system_prompt

        context = self.context.to_dict()

        metadata = self.metadata.to_dict()

        model: None | str
        model = self.model

        message_count = self.message_count

        pending_drafts = self.pending_drafts

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
                "mode": mode,
                "status": status,
                "system_prompt": system_prompt,
                "context": context,
                "metadata": metadata,
                "model": model,
                "message_count": message_count,
                "pending_drafts": pending_drafts,
                "created_at": created_at,
                "updated_at": updated_at,
                "ended_at": ended_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("client_id"))

        mode = check_workspace_mode(d.pop("mode"))

        status = check_workspace_status(d.pop("status"))

        def _parse_system_prompt(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt"))

        context = JsonObject.from_dict(d.pop("context"))

        metadata = Metadata.from_dict(d.pop("metadata"))

        def _parse_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model = _parse_model(d.pop("model"))

        message_count = d.pop("message_count")

        pending_drafts = d.pop("pending_drafts")

        created_at = isoparse(d.pop("created_at"))

        updated_at = isoparse(d.pop("updated_at"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = isoparse(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        workspace = cls(
            id=id,
            client_id=client_id,
            mode=mode,
            status=status,
            system_prompt=system_prompt,
            context=context,
            metadata=metadata,
            model=model,
            message_count=message_count,
            pending_drafts=pending_drafts,
            created_at=created_at,
            updated_at=updated_at,
            ended_at=ended_at,
        )

        workspace.additional_properties = d
        return workspace

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
