from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._decoding import decode_list, new_object, pause_gc
from .._timestamps import parse_timestamp
from ..models.workspace_message_role import (
    WORKSPACE_MESSAGE_ROLE_VALUES,
    check_workspace_message_role,
)
from ..models.workspace_mode import WORKSPACE_MODE_VALUES, check_workspace_mode
from ..models.workspace_status import WORKSPACE_STATUS_VALUES, check_workspace_status
from ..types import UNSET

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

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not WorkspaceWithMessages or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(WorkspaceWithMessages)
        v_: Any = data["workspace"]
        if v_.__class__ is dict:  # the nested model's decode, inline
            o_workspace__ = new_object(_MODEL_Workspace)
            o_workspace__.id = v_["id"]
            o_workspace__.client_id = v_["client_id"]
            v_workspace__: Any = v_["mode"]
            if v_workspace__ not in WORKSPACE_MODE_VALUES:
                v_workspace__ = check_workspace_mode(v_workspace__)  # raises from_dict's TypeError

            o_workspace__.mode = v_workspace__
            v_workspace__ = v_["status"]
            if v_workspace__ not in WORKSPACE_STATUS_VALUES:
                v_workspace__ = check_workspace_status(v_workspace__)  # raises from_dict's TypeError

            o_workspace__.status = v_workspace__
            o_workspace__.system_prompt = v_["system_prompt"]
            v_workspace__ = v_["context"]
            if v_workspace__.__class__ is dict:  # the nested model's decode: a copy of the object
                t_workspace__context = new_object(_MODEL_JsonObject)
                t_workspace__context.additional_properties = v_workspace__.copy()
                v_workspace__ = t_workspace__context
            elif v_workspace__ is not UNSET:
                v_workspace__ = _MODEL_JsonObject.from_dict(v_workspace__)

            o_workspace__.context = v_workspace__
            v_workspace__ = v_["metadata"]
            if v_workspace__.__class__ is dict:  # the nested model's decode: a copy of the object
                t_workspace__metadata = new_object(_MODEL_Metadata)
                t_workspace__metadata.additional_properties = v_workspace__.copy()
                v_workspace__ = t_workspace__metadata
            elif v_workspace__ is not UNSET:
                v_workspace__ = _MODEL_Metadata.from_dict(v_workspace__)

            o_workspace__.metadata = v_workspace__
            o_workspace__.model = v_["model"]
            o_workspace__.message_count = v_["message_count"]
            o_workspace__.pending_drafts = v_["pending_drafts"]
            v_workspace__ = v_["created_at"]
            v_workspace__ = parse_timestamp(v_workspace__)

            o_workspace__.created_at = v_workspace__
            v_workspace__ = v_["updated_at"]
            v_workspace__ = parse_timestamp(v_workspace__)

            o_workspace__.updated_at = v_workspace__
            v_workspace__ = v_["ended_at"]
            if v_workspace__ is not None:  # values its parser returns as they are
                v_workspace__ = _decode_workspace__ended_at(v_workspace__)

            o_workspace__.ended_at = v_workspace__
            t_workspace__additional_properties = (
                {} if len(v_) == 13 else {k: x for k, x in v_.items() if k not in _KEYS_workspace}
            )
            o_workspace__.additional_properties = t_workspace__additional_properties

            v_ = o_workspace__
        elif v_ is not UNSET:
            v_ = _MODEL_Workspace.from_dict(v_)

        decoded.workspace = v_
        v_ = data["messages"]
        if v_.__class__ is list and len(v_) == 1 and (t_messages_item := v_[0]).__class__ is dict:  # one item, inline
            o_messages_item__ = new_object(_MODEL_WorkspaceMessage)
            o_messages_item__.id = t_messages_item["id"]
            o_messages_item__.workspace_id = t_messages_item["workspace_id"]
            v_messages_item__: Any = t_messages_item["role"]
            if v_messages_item__ not in WORKSPACE_MESSAGE_ROLE_VALUES:
                v_messages_item__ = check_workspace_message_role(v_messages_item__)  # raises from_dict's TypeError

            o_messages_item__.role = v_messages_item__
            o_messages_item__.content = t_messages_item["content"]
            v_messages_item__ = t_messages_item["created_at"]
            v_messages_item__ = parse_timestamp(v_messages_item__)

            o_messages_item__.created_at = v_messages_item__
            o_messages_item__.draft_id = t_messages_item["draft_id"]
            t_messages_item__additional_properties = (
                {}
                if len(t_messages_item) == 6
                else {k: x for k, x in t_messages_item.items() if k not in _KEYS_messages_item}
            )
            o_messages_item__.additional_properties = t_messages_item__additional_properties

            v_ = [o_messages_item__]
        elif v_.__class__ is list:  # each item inline; see decode_list for the collector's pause
            t_messages_item__list: list[Any] = []
            t_messages_item__append = t_messages_item__list.append
            t_messages_item__paused = pause_gc(v_)
            try:
                for t_messages_item in v_:
                    if t_messages_item.__class__ is dict:
                        o_messages_item__ = new_object(_MODEL_WorkspaceMessage)
                        o_messages_item__.id = t_messages_item["id"]
                        o_messages_item__.workspace_id = t_messages_item["workspace_id"]
                        v_messages_item__ = t_messages_item["role"]
                        if v_messages_item__ not in WORKSPACE_MESSAGE_ROLE_VALUES:
                            v_messages_item__ = check_workspace_message_role(
                                v_messages_item__
                            )  # raises from_dict's TypeError

                        o_messages_item__.role = v_messages_item__
                        o_messages_item__.content = t_messages_item["content"]
                        v_messages_item__ = t_messages_item["created_at"]
                        v_messages_item__ = parse_timestamp(v_messages_item__)

                        o_messages_item__.created_at = v_messages_item__
                        o_messages_item__.draft_id = t_messages_item["draft_id"]
                        t_messages_item__additional_properties = (
                            {}
                            if len(t_messages_item) == 6
                            else {k: x for k, x in t_messages_item.items() if k not in _KEYS_messages_item}
                        )
                        o_messages_item__.additional_properties = t_messages_item__additional_properties

                        t_messages_item__append(o_messages_item__)
                    else:
                        t_messages_item__append(_MODEL_WorkspaceMessage.from_dict(t_messages_item))
            finally:
                if t_messages_item__paused:
                    gc.enable()
            v_ = t_messages_item__list
        else:  # not a list: iterated, as from_dict does
            v_ = decode_list(v_, _MODEL_WorkspaceMessage)

        decoded.messages = v_
        decoded.pending_approval = data["pending_approval"]
        v_ = data["draft"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_draft(v_)

        decoded.draft = v_
        t_additional_properties = {} if len(data) == 4 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is WorkspaceWithMessages here

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
        "workspace",
        "messages",
        "pending_approval",
        "draft",
    }
)

_KEYS_workspace = frozenset(
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


def _decode_workspace__ended_at(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, str):
        try:
            v_workspace__ended_at_type_0: Any = data
            v_workspace__ended_at_type_0 = parse_timestamp(v_workspace__ended_at_type_0)

            return v_workspace__ended_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_KEYS_messages_item = frozenset(
    {
        "id",
        "workspace_id",
        "role",
        "content",
        "created_at",
        "draft_id",
    }
)


def _decode_draft(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            v_draft_type_0: Any = data
            v_draft_type_0 = _MODEL_WorkspaceDraft.decode(v_draft_type_0)

            return v_draft_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return data


_MODEL_JsonObject: type[_models.JsonObject]
_MODEL_Metadata: type[_models.Metadata]
_MODEL_Workspace: type[_models.Workspace]
_MODEL_WorkspaceDraft: type[_models.WorkspaceDraft]
_MODEL_WorkspaceMessage: type[_models.WorkspaceMessage]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_JsonObject, _MODEL_Metadata, _MODEL_Workspace, _MODEL_WorkspaceDraft, _MODEL_WorkspaceMessage, _linked
    _MODEL_JsonObject = _models.JsonObject
    _MODEL_Metadata = _models.Metadata
    _MODEL_Workspace = _models.Workspace
    _MODEL_WorkspaceDraft = _models.WorkspaceDraft
    _MODEL_WorkspaceMessage = _models.WorkspaceMessage
    _linked = True
