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

    @classmethod
    def decode(cls: type[T], data: Any) -> T:
        """What `from_dict(data)` returns, built faster from a parsed JSON object (`response.json()`).

        The same class, field values, `UNSET`s, `additional_properties` and nested models, unions tried
        in the same order; for data `from_dict` rejects, the same exception from the same field.
        """
        if cls is not WorkspaceLookup or data.__class__ is not dict:
            return cls.from_dict(data)
        if not _linked:
            _link_models()
        decoded = new_object(WorkspaceLookup)
        decoded.exists = data["exists"]
        v_: Any = data["workspace"]
        if v_ is not None:  # values its parser returns as they are
            v_ = _decode_workspace(v_)

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
        t_additional_properties = {} if len(data) == 3 else {k: x for k, x in data.items() if k not in _KEYS}
        decoded.additional_properties = t_additional_properties

        return decoded  # type: ignore[return-value]  # T is WorkspaceLookup here

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
        "exists",
        "workspace",
        "messages",
    }
)


def _decode_workspace(data: Any) -> Any:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            v_workspace_type_0: Any = data
            v_workspace_type_0 = _MODEL_Workspace.decode(v_workspace_type_0)

            return v_workspace_type_0
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


_MODEL_Workspace: type[_models.Workspace]
_MODEL_WorkspaceMessage: type[_models.WorkspaceMessage]
_linked = False


def _link_models() -> None:
    """Bind the model classes decode builds, on first use (importing them with this module would import them all)."""
    global _MODEL_Workspace, _MODEL_WorkspaceMessage, _linked
    _MODEL_Workspace = _models.Workspace
    _MODEL_WorkspaceMessage = _models.WorkspaceMessage
    _linked = True
