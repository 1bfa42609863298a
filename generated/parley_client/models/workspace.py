from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .. import models as _models
from .._decoding import new_object
from .._timestamps import parse_timestamp
from ..models.workspace_mode import (
    WORKSPACE_MODE_VALUES,
    WorkspaceMode,
    check_workspace_mode,
)
from ..models.workspace_status import (
    WORKSPACE_STATUS_VALUES,
    WorkspaceStatus,
    check_workspace_status,
)
from ..types import UNSET

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

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not Workspace or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(Workspace)
        decoded.id = data["id"]
        decoded.client_id = data["client_id"]
        v_: Any = data["mode"]
        if v_ not in WORKSPACE_MODE_VALUES:
            v_ = check_workspace_mode(v_)  # raises from_dict's TypeError

        decoded.mode = v_
        v_ = data["status"]
        if v_ not in WORKSPACE_STATUS_VALUES:
            v_ = check_workspace_status(v_)  # raises from_dict's TypeError

        decoded.status = v_
        decoded.system_prompt = data["system_prompt"]
        v_ = data["context"]
        if v_.__class__ is dict:  # the nested model's decode: a copy of the object
            t_context = new_object(_MODEL_JsonObject)
            t_context.additional_properties = v_.copy()
            v_ = t_context
        elif v_ is not UNSET:
            v_ = _MODEL_JsonObject.from_dict(v_)

        decoded.context = v_
        v_ = data["metadata"]
        if v_.__class__ is dict:  # the nested model's decode: a copy of the object
            t_metadata = new_object(_MODEL_Metadata)
            t_metadata.additional_properties = v_.copy()
            v_ = t_metadata
        elif v_ is not UNSET:
            v_ = _MODEL_Metadata.from_dict(v_)

        decoded.metadata = v_
        decoded.model = data["model"]
        decoded.message_count = data["message_count"]
        decoded.pending_drafts = data["pending_drafts"]
        v_ = data["created_at"]
        v_ = parse_timestamp(v_)

        decoded.created_at = v_
        v_ = data["updated_at"]
        v_ = parse_timestamp(v_)

        decoded.updated_at = v_
        v_ = data["ended_at"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_ended_at(v_)

        decoded.ended_at = v_
        t_additional_properties = {} if len(data) == 13 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is Workspace here

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
        "client_id",
        "mode",
        "status",
        "system_prompt",
        "context",
        "metadata",
        "model",
        "message_count",
        "pending_drafts",
        "created_at",
        "updated_at",
        "ended_at",
    }
)


def _decode_ended_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_ended_at_type_0: Any = data
            v_ended_at_type_0 = parse_timestamp(v_ended_at_type_0)

            return v_ended_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_JsonObject: type[_models.JsonObject]
_MODEL_Metadata: type[_models.Metadata]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_JsonObject, _MODEL_Metadata, _linked
    _MODEL_JsonObject = _models.JsonObject
    _MODEL_Metadata = _models.Metadata
    _linked = True
